"""Tag every article of a site in one pass, so that one entity has one tag everywhere.

Each article is read on its own first (:mod:`.mentions`, :mod:`.resolve`); then lone
surnames left over are matched against the people named in full anywhere on the site, and
every entity's spelling is decided by a site-wide vote, so "Tomás Reyes" never becomes a
second tag "Tomas Reyes". Last come topics, the cap and the editor's per-article directives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .chunks import article_chunks
from .data import Kind
from .directives import TagDirectives, apply_directives
from .editorial import Editorial
from .lexicon import Lexicon, build_lexicon
from .mentions import BODY, TITLE, Chunk, find_mentions
from .resolve import ArticleEntities, Entity, best_spelling, collect
from .tokens import fold
from .topics import pick_topics

MAX_TAGS = 12
CAPS_NOUN_LANGUAGES = frozenset({"de", "lb"})
_LEDE_KINDS = (Kind.COUNTRY, Kind.ORG)
_GERMAN_WORDS = frozenset(
    {"der", "die", "das", "und", "nicht", "mit", "sich", "ist", "ein", "eine", "einen", "für"}
    | {"auf", "den", "dem", "von", "zu", "im", "wird", "sagte"}
)
_ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "is", "was", "with", "for", "on", "that", "said", "by", "from"}
)


@dataclass(frozen=True, slots=True)
class TagInput:
    """One article as the tagger needs it.

    ``exclude`` holds names that must never be tags (authors, agency, publisher);
    ``lang`` is an ISO 639-1 code, detected when None; ``directives`` are the editor's.
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
    topics: list[str] = field(default_factory=list)


def tag_articles(docs: Sequence[TagInput], editorial: Editorial | None = None) -> list[list[str]]:
    """The tags of every article, in the order given; deterministic for the same input."""
    lexicon = build_lexicon(editorial or Editorial())
    articles = [_read(doc, lexicon) for doc in docs]
    people = _people(articles)
    for article in articles:
        _resolve_across_site(article, people)
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
    caps_nouns = (doc.lang or _detect_language(doc.title, body)) in CAPS_NOUN_LANGUAGES
    mentions = []
    for chunk in chunks:
        mentions += find_mentions(chunk, lexicon, caps_nouns=caps_nouns, order=len(mentions))
    names = {name for name in (*doc.exclude, *bylines) if name}
    excluded = {fold(name) for name in names}
    words = {key.rsplit(" ", 1)[-1] for key in excluded if " " in key}
    topics = pick_topics(lexicon.editorial.topics, doc.title, body)
    return _Article(collect(mentions, lexicon), excluded, words, topics)


def _detect_language(title: str, body: str) -> str | None:
    """ "de" when German function words outnumber English ones, else None.

    The tagger only needs to know whether common nouns are capitalised; counting a dozen
    function words answers that without loading a language model.
    """
    words = f"{title} {body}".casefold().split()[:800]
    german = sum(word in _GERMAN_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return "de" if german > max(3, english) else None


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


def _entity_for(entities: dict[str, Entity], key: str) -> Entity:
    if key not in entities:
        entities[key] = Entity(key, Kind.PERSON, tuple(key.split()), person=True)
    return entities[key]


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
    ranked = sorted(
        (e for e in article.found.entities.values() if _worthy(e) and not _excluded(e, article)),
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


def _worthy(entity: Entity) -> bool:
    """Known names count once in the headline, known countries and organisations once in
    the lede; everything else needs two mentions."""
    if entity.fixed and (entity.in_title or (entity.in_lede and entity.kind in _LEDE_KINDS)):
        return True
    return entity.count >= 2


def _excluded(entity: Entity, article: _Article) -> bool:
    if entity.key in article.excluded:
        return True
    return len(entity.words) == 1 and entity.key in article.excluded_words


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out
