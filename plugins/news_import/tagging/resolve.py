"""Turn one article's mentions into entities: one entity per person, place or organisation.

Full names are entities; a lone surname joins the one full name it ends ("Lukashenko" ->
"Alexander Lukashenko"), a lone first word joins the one name it starts ("Nordvik" ->
"Nordvik Energy Storage"), a first surname or a surname with its particles joins the person
("Paredes" -> "Lucía Paredes Quispe", "De la Fuente" -> "Ana de la Fuente Ruiz"), an acronym
joins the name it stands for (:mod:`.references`), and a shorter form of a longer name joins
it. What an article cannot resolve on its own is left for the site-wide pass (:mod:`.site`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
import re

from .data import Kind
from .lexicon import Lexicon
from .mentions import LEDE, TITLE, Mention
from .references import spelled_out
from .tokens import fold

_ENGLISH_FORM = re.compile(r"(?:ed|ing|ly)$")
MIN_OPENERS = 3


@dataclass(slots=True)
class Entity:
    """One person, place, organisation or other name in one article."""

    key: str
    kind: Kind
    words: tuple[str, ...]
    fixed: str | None = None
    surfaces: Counter[str] = field(default_factory=Counter)
    count: int = 0
    in_title: bool = False
    in_lede: bool = False
    first: int = 1 << 30
    person: bool = False

    def add(self, mention: Mention, *, full: bool = True) -> None:
        """Count one mention; a full mention also votes for how the name is spelled."""
        self.count += 1
        self.in_title = self.in_title or mention.chunk == TITLE
        self.in_lede = self.in_lede or mention.chunk == LEDE
        self.first = min(self.first, mention.order)
        self.person = self.person or (mention.person_cue and not mention.org_cue)
        if full and mention.entry is None:
            self.surfaces[mention.surface] += 1 if mention.shouted or not mention.strong else 2

    def absorb(self, other: Entity) -> None:
        """Take over the mentions of ``other`` (a shorter form of this name)."""
        self.count += other.count
        self.in_title = self.in_title or other.in_title
        self.in_lede = self.in_lede or other.in_lede
        self.first = min(self.first, other.first)
        self.person = self.person or other.person

    @property
    def is_person(self) -> bool:
        """True when the text reads this name as a person's."""
        return self.kind is Kind.PERSON or self.person

    @property
    def name(self) -> str:
        """The tag this entity becomes (before the site-wide spelling vote)."""
        if self.fixed:
            return self.fixed
        return best_spelling(self.surfaces) if self.surfaces else " ".join(self.words)


def best_spelling(votes: Counter[str]) -> str:
    """Most votes, then the spelling with more accents (Tomás over Tomas), then A-Z."""
    return min(votes, key=lambda s: (-votes[s], -sum(not c.isascii() for c in s), s))


@dataclass(slots=True)
class ArticleEntities:
    """The entities of one article, the lone words it could not place yet, and the
    acronyms it spelled out (acronym -> entity key)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    loose: list[Mention] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)


def collect(
    mentions: list[Mention], lexicon: Lexicon, lower_words: frozenset[str] = frozenset()
) -> ArticleEntities:
    """Group one article's mentions into entities; ``lower_words`` are the folded words the
    article also writes in lower case (see :func:`_trust_repeated_openers`)."""
    _trust_repeated_openers(mentions, lower_words)
    found = ArticleEntities()
    defined: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.entry is not None:
            entity = _known(found, mention)
        elif mention.strong and len(mention.words) > 1:
            entity = _named(found, mention, lexicon)
        else:
            continue
        if mention.acronym:
            defined.append((mention.acronym, entity.key))
    moved = _merge_short_forms(found.entities)
    found.acronyms = spelled_out(found.entities, defined, moved, lexicon)
    pending = [m for m in mentions if m.entry is None and not (m.strong and len(m.words) > 1)]
    for mention in sorted(pending, key=lambda m: (not m.strong, m.order)):
        _place(found, mention, lexicon)
    return found


def _trust_repeated_openers(mentions: list[Mention], lower_words: frozenset[str]) -> None:
    """ "Flamengo signed... Flamengo is... Flamengo coach": a lone word that opens three
    sentences or more is a name after all, unless it looks like a plural or an English form
    or the article writes it, or a longer word it starts ("Farm": "farmers"), in lower case."""
    openers = Counter(m.words[0] for m in mentions if m.opener)
    for word, count in openers.items():
        key = fold(word)
        if (
            count < MIN_OPENERS
            or word.endswith("s")
            or _ENGLISH_FORM.search(word)
            or any(lower.startswith(key) for lower in lower_words)
        ):
            continue
        for mention in mentions:
            if mention.opener and mention.words[0] == word:
                mention.strong = True


def _known(found: ArticleEntities, mention: Mention) -> Entity:
    entry = mention.entry
    assert entry is not None
    key = fold(entry.canonical)
    entity = found.entities.get(key)
    if entity is None:
        entity = Entity(key, entry.kind, tuple(key.split()), fixed=entry.canonical)
        found.entities[key] = entity
    entity.add(mention)
    return entity


def _named(found: ArticleEntities, mention: Mention, lexicon: Lexicon) -> Entity:
    alias = lexicon.editorial.aliases.get(fold(mention.surface)) or lexicon.editorial.aliases.get(
        fold(" ".join(mention.words))
    )
    key = fold(alias or " ".join(mention.words))
    entity = found.entities.get(key)
    if entity is None:
        kind = Kind.ORG if mention.org_cue else Kind.PERSON if mention.person_cue else Kind.OTHER
        entity = Entity(key, kind, tuple(key.split()), fixed=alias)
        found.entities[key] = entity
    elif entity.kind is Kind.OTHER and mention.person_cue:
        entity.kind = Kind.PERSON
    entity.add(mention)
    return entity


def _merge_short_forms(entities: dict[str, Entity]) -> dict[str, str]:
    """ "Teresa Villanueva" joins "Maria Teresa Villanueva" when that is the only longer form;
    "De la Fuente" joins "Ana de la Fuente Ruiz" (a first surname of a person's name).
    Returns the keys that moved, each to the key of the name that took it over."""
    moved: dict[str, str] = {}
    for entity in sorted(entities.values(), key=lambda e: len(e.words)):
        if entity.fixed or len(entity.words) < 2:
            continue
        size = len(entity.words)
        longer = [
            other
            for other in entities.values()
            if len(other.words) > size and entity.words in (other.words[:size], other.words[-size:])
        ]
        if not longer:
            longer = [other for other in entities.values() if _inner_surname(entity.words, other)]
        if len(longer) == 1:
            longer[0].absorb(entity)
            moved[entity.key] = longer[0].key
            del entities[entity.key]
    return moved


def _edges(words: tuple[str, ...], size: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return words[:size], words[-size:]


def _place(found: ArticleEntities, mention: Mention, lexicon: Lexicon) -> None:
    """Count a lone word or a weak run towards the entity it belongs to."""
    if len(mention.words) > 1:
        _place_weak_run(found, mention)
        return
    raw, word = mention.words[0], fold(mention.words[0])
    if not word or word in lexicon.kb.never or raw in lexicon.kb.common:
        return
    alias = lexicon.editorial.aliases.get(word)
    if alias:
        _named(found, mention, lexicon).fixed = alias
        return
    if raw in found.acronyms:
        found.entities[found.acronyms[raw]].add(mention, full=False)
        return
    owners = [match_word(part, found.entities) for part in word.split()]
    if len(owners) > 1 and all(owners):
        for owner in owners:
            assert owner is not None
            owner.add(mention, full=False)
        return
    owner = match_word(word, found.entities)
    if owner is not None:
        owner.add(mention, full=owner.key == word)
    elif _never_alone(raw, lexicon):
        return
    elif mention.strong:
        _named(found, mention, lexicon)
    else:
        found.loose.append(mention)


def _never_alone(raw: str, lexicon: Lexicon) -> bool:
    """Words that are part of names but never a tag on their own ("Port", "Inc")."""
    kb = lexicon.kb
    return any(
        kb.listed(section, raw) for section in ("place_heads", "org_heads", "legal_suffixes")
    )


def match_word(word: str, entities: dict[str, Entity]) -> Entity | None:
    """The one entity a lone word (or hyphenated pair) stands for in this article, if any.

    It is the entity of that exact name, else the one longer name ending with it (a
    surname), else the one longer name starting with it ("Nordvik", "Park" of "Park
    Ji-hoon"). When several names qualify, a single person among them wins.
    """
    if word in entities:
        return entities[word]
    words = tuple(word.split())
    size = len(words)
    for edge in (slice(-size, None), slice(0, size)):
        owners = [e for e in entities.values() if len(e.words) > size and e.words[edge] == words]
        people = [e for e in owners if e.is_person]
        if len(owners) == 1:
            return owners[0]
        if len(people) == 1:
            return people[0]
    owners = [e for e in entities.values() if _inner_surname(words, e)]
    return owners[0] if len(owners) == 1 else None


def _inner_surname(words: tuple[str, ...], entity: Entity) -> bool:
    """ "Paredes" of "Lucía Paredes Quispe", "de la Fuente" of "Ana de la Fuente Ruiz": the
    first of a person's two surnames, or a surname with its particles ("van der Berg")."""
    if not entity.is_person or len(entity.words) < len(words) + 2:
        return False
    size = len(words)
    return any(
        entity.words[start : start + size] == words for start in range(1, len(entity.words) - size)
    )


def _place_weak_run(found: ArticleEntities, mention: Mention) -> None:
    """A Title Case headline or shouted subhead: count the known names inside it."""
    words = [fold(w) for w in mention.words]
    index = 0
    while index < len(words):
        for length in range(len(words) - index, 0, -1):
            piece = " ".join(words[index : index + length])
            owner = found.entities.get(piece) if length > 1 else match_word(piece, found.entities)
            if owner is not None:
                owner.add(mention, full=False)
                index += length
                break
        else:
            index += 1
