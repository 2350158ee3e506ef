"""Tag every article of a site in one pass, so that one entity has one tag everywhere.

Each article is read on its own first (:mod:`.mentions`, :mod:`.resolve`); then lone
surnames left over are matched against the people named in full anywhere on the site, lone
acronyms against the names other articles spelled them out as, and every entity's spelling
is decided by a site-wide vote, so "Tomás Reyes" never becomes a second tag "Tomas Reyes".
Last come topics, the cap and the editor's per-article directives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
import re

from .chunks import article_chunks
from .data import Kind
from .directives import TagDirectives, apply_directives
from .editorial import Editorial
from .languages import read_language
from .lexicon import Lexicon, build_lexicon
from .mentions import BODY, TITLE, Chunk, find_mentions
from .references import count_head_references
from .resolve import ArticleEntities, Entity, best_spelling, collect
from .tokens import fold
from .topics import pick_topics

MAX_TAGS = 12
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_LEDE_KINDS = (Kind.COUNTRY, Kind.ORG)


@dataclass(frozen=True, slots=True)
class TagInput:
    """One article as the tagger needs it.

    ``exclude`` holds names that must never be tags (authors, agency, publisher), with one
    exception: an organisation the headline or lede names is the subject of its own press
    release and keeps its tag (a news site never names itself there). ``lang`` is an
    ISO 639-1 code, detected when None; ``directives`` are the editor's.
    ``headings`` (subheads) and ``dateline`` only add weight to names the story names;
    they never make a tag on their own, except for known places and organisations.
    """

    title: str
    paragraphs: Sequence[str] = ()
    exclude: frozenset[str] = frozenset()
    lang: str | None = None
    directives: TagDirectives | None = None
    headings: Sequence[str] = ()
    dateline: str | None = None


@dataclass(slots=True)
class _Article:
    found: ArticleEntities
    excluded: set[str]
    excluded_words: set[str]
    people: set[str] = field(default_factory=set)
    topics: list[str] = field(default_factory=list)


def tag_articles(docs: Sequence[TagInput], editorial: Editorial | None = None) -> list[list[str]]:
    """The tags of every article, in the order given; deterministic for the same input."""
    lexicon = build_lexicon(editorial or Editorial())
    articles = [_read(doc, lexicon) for doc in docs]
    people = _people(articles)
    acronyms = _acronyms(articles)
    for article in articles:
        _resolve_across_site(article, people)
        _spell_out_acronyms(article, acronyms)
    spellings = _spellings(articles)
    for person_keys in people.values():
        for key in person_keys:
            spellings.setdefault(key, key.title())
    names = _Names(spellings, people, lexicon)
    return [_finish(doc, article, names) for doc, article in zip(docs, articles, strict=True)]


def auto_tags(
    title: str, paragraphs: list[str], exclude: set[str], editorial: Editorial | None = None
) -> list[str]:
    """Tags of one article on its own (the first-cut entry point ``convert.py`` calls)."""
    doc = TagInput(title, tuple(paragraphs), frozenset(name for name in exclude if name))
    return tag_articles([doc], editorial)[0]


def _read(doc: TagInput, lexicon: Lexicon) -> _Article:
    chunks, bylines = article_chunks(doc.title, doc.paragraphs)
    body = "\n".join(chunk.text for chunk in chunks if chunk.where != TITLE)
    extras = [*doc.headings, doc.dateline or ""]
    chunks += [Chunk(text, BODY, title_case=True) for text in extras if text.strip()]
    reading = read_language(doc.lang, doc.title, body, chunks, lexicon)
    mentions = []
    for chunk in chunks:
        mentions += find_mentions(chunk, lexicon, order=len(mentions), reading=reading)
    found = collect(mentions, lexicon, _lower_words(f"{doc.title}\n{body}"))
    count_head_references(found, body, lexicon)
    article = _Article(found, set(), set())
    _exclude(article, {name for name in doc.exclude if name}, bylines, lexicon)
    article.topics = pick_topics(
        lexicon.editorial.topics, doc.title, body, caps_nouns=reading.caps_nouns
    )
    return article


def _lower_words(text: str) -> frozenset[str]:
    """The folded words ``text`` writes in lower case ("said", "club")."""
    return frozenset(fold(word) for word in _WORD.findall(text) if word[0].islower())


def _exclude(article: _Article, names: set[str], bylines: set[str], lexicon: Lexicon) -> None:
    """Note the names that must not become tags: with and without a legal form ("Cobre
    S.A.A."), their last words alone, and which of them are people, who stay out even when
    the headline names them."""
    names = names | bylines
    article.excluded = {fold(name) for name in names} | {
        fold(lexicon.kb.without_legal_form(name)) for name in names
    }
    article.excluded_words = {key.rsplit(" ", 1)[-1] for key in article.excluded if " " in key}
    article.people = {fold(name) for name in names if name in bylines or _personal(name, lexicon)}


def _personal(name: str, lexicon: Lexicon) -> bool:
    """A name that reads as a person's: it starts with a first name, or it is two to four
    capitalised words with neither a legal form nor an organisation word ("Esther Mwale",
    not "Cordillera Cobre S.A.A." or "Corvid Labs")."""
    kb = lexicon.kb
    words = name.split()
    if words[0] in kb.first_names:
        return True
    return (
        kb.without_legal_form(name) == " ".join(words)
        and 2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not any(kb.listed("org_heads", word) for word in words)
    )


def _people(articles: list[_Article]) -> dict[str, set[str]]:
    """Surname -> keys of the people named in full with that surname, site-wide."""
    people: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for entity in article.found.entities.values():
            if len(entity.words) > 1 and (entity.kind is Kind.PERSON or entity.person):
                people[entity.words[-1]].add(entity.key)
    return people


def _resolve_across_site(article: _Article, people: dict[str, set[str]]) -> None:
    """A lone surname this article never spelled out joins the site's one person of that name."""
    entities = article.found.entities
    for entity in [e for e in entities.values() if len(e.words) == 1 and not e.fixed]:
        owners = people.get(entity.key, set())
        if len(owners) == 1:
            target = _entity_for(entities, next(iter(owners)))
            target.absorb(entity)
            target.kind = Kind.PERSON
            del entities[entity.key]
    for mention in article.found.loose:
        owners = people.get(fold(mention.words[0]), set())
        if len(owners) == 1:
            _entity_for(entities, next(iter(owners))).add(mention, full=False)


def _entity_for(entities: dict[str, Entity], key: str, kind: Kind = Kind.PERSON) -> Entity:
    if key not in entities:
        entities[key] = Entity(key, kind, tuple(key.split()), person=kind is Kind.PERSON)
    return entities[key]


def _acronyms(articles: list[_Article]) -> dict[str, set[str]]:
    """Acronym -> keys of the names it stands for in the articles that spell it out."""
    acronyms: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for acronym, key in article.found.acronyms.items():
            acronyms[acronym].add(key)
    return acronyms


def _spell_out_acronyms(article: _Article, acronyms: dict[str, set[str]]) -> None:
    """ "CBN" in an article that never spells it out joins "Central Bank of Nigeria" when
    the site spells it out one way only."""
    entities = article.found.entities
    for entity in [e for e in entities.values() if len(e.words) == 1 and not e.fixed]:
        owners = _acronym_owners(entity.surfaces, acronyms)
        if len(owners) == 1 and (key := next(iter(owners))) != entity.key:
            _entity_for(entities, key, Kind.ORG).absorb(entity)
            del entities[entity.key]
    for mention in list(article.found.loose):
        owners = acronyms.get(mention.words[0], set())
        if len(owners) == 1:
            _entity_for(entities, next(iter(owners)), Kind.ORG).add(mention, full=False)
            article.found.loose.remove(mention)


def _acronym_owners(surfaces: Counter[str], acronyms: dict[str, set[str]]) -> set[str]:
    owners: set[str] = set()
    for surface in surfaces:
        owners |= acronyms.get(surface, set())
    return owners


def _spellings(articles: list[_Article]) -> dict[str, str]:
    """One spelling per entity key for the whole site."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    fixed: dict[str, str] = {}
    for article in articles:
        for entity in article.found.entities.values():
            if entity.fixed:
                fixed.setdefault(entity.key, entity.fixed)
            votes[entity.key].update(entity.surfaces)
    spellings = {key: best_spelling(vote) for key, vote in votes.items() if vote}
    spellings.update(fixed)
    return spellings


@dataclass(frozen=True, slots=True)
class _Names:
    """How the site spells each entity, and who its people are (for editors' names)."""

    spellings: dict[str, str]
    people: dict[str, set[str]]
    lexicon: Lexicon

    def spell(self, name: str) -> str:
        """An editor's name as the site spells it: aliases, known names, lone surnames."""
        name = self.lexicon.canonical(name)
        entry = self.lexicon.entry_for(name)
        key = fold(entry.canonical if entry else name)
        owners = self.people.get(key, set())
        if key not in self.spellings and len(owners) == 1:
            key = next(iter(owners))
        return self.spellings.get(key, entry.canonical if entry else name)


def _finish(doc: TagInput, article: _Article, names: _Names) -> list[str]:
    worthy = _worthy_entities(article.found.entities.values(), names.lexicon)
    ranked = sorted(
        (e for e in worthy if not _excluded(e, article)),
        key=lambda e: (-(e.count + 3 * e.in_title + e.in_lede), e.first, e.key),
    )
    editorial = names.lexicon.editorial
    spelled = [names.spellings.get(e.key) or e.name for e in ranked]
    spelled = [name for name in spelled if not editorial.stopped(name)]
    topics = [t for t in article.topics if not editorial.stopped(t)]
    tags = _unique([*spelled[: MAX_TAGS - len(topics)], *topics])[:MAX_TAGS]
    if not doc.directives:
        return tags
    directives = TagDirectives(
        tuple(names.spell(n) for n in doc.directives.add),
        tuple(names.spell(n) for n in doc.directives.remove),
        doc.directives.lock,
    )
    return apply_directives(tags, directives)


def _worthy_entities(entities: Iterable[Entity], lexicon: Lexicon) -> list[Entity]:
    """The entities that become tags: see :func:`_worthy`; a country named only once also
    does when one of the article's tagged places lies in it ("Accra" and "Ghana")."""
    entities = list(entities)
    chosen = [e for e in entities if _worthy(e)]
    hosts = {lexicon.countries_of.get(e.key) for e in chosen if e.kind is Kind.PLACE}
    return chosen + [
        e for e in entities if e.kind is Kind.COUNTRY and e.key in hosts - {None} and not _worthy(e)
    ]


def _worthy(entity: Entity) -> bool:
    """Known names count once in the headline, known countries and organisations once in
    the lede; everything else needs two mentions."""
    if entity.fixed and (entity.in_title or (entity.in_lede and entity.kind in _LEDE_KINDS)):
        return True
    return entity.count >= 2


def _excluded(entity: Entity, article: _Article) -> bool:
    if entity.key in article.excluded:
        return entity.key in article.people or not _issuer(entity)
    return len(entity.words) == 1 and entity.key in article.excluded_words


def _issuer(entity: Entity) -> bool:
    """The company of its own press release: an organisation the headline or lede names."""
    personal = entity.kind is Kind.PERSON or (entity.person and entity.kind is not Kind.ORG)
    return not personal and (entity.in_title or entity.in_lede)


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out
