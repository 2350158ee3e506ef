"""Convert a folder of seeds into content files, and report what happened to each seed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
import re
import uuid

from .fallback import fallback_date, newest_date
from .model import Article, SeedParseError
from .parse import parse_article
from .render import to_markdown
from .slugs import slug_for, unique_slug
from .store import ExistingFile, index_content, write_atomic
from .tagging import (
    DirectiveError,
    Editorial,
    EditorialError,
    TagInput,
    load_editorial,
    merge_directives,
    parse_directives,
    tag_articles,
)

CONVERTED, UNCHANGED, KEPT, FAILED = "converted", "unchanged", "kept", "failed"
_SAFE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(slots=True)
class Outcome:
    """What happened to one seed."""

    seed: str
    status: str
    target: str = ""
    reason: str = ""
    fallbacks: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """Outcomes of one conversion run, in seed order."""

    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        """How many seeds ended with ``status``."""
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def fallbacks(self) -> list[Outcome]:
        """Seeds converted with a documented fallback (such as a missing date)."""
        return [outcome for outcome in self.outcomes if outcome.fallbacks]

    def summary(self) -> str:
        """One line: converted, unchanged, kept, failed, fallbacks."""
        return (
            f"{self.count(CONVERTED)} converted, {self.count(UNCHANGED)} unchanged, "
            f"{self.count(KEPT)} kept (hand-edited), {self.count(FAILED)} failed, "
            f"{len(self.fallbacks)} with fallbacks"
        )


@dataclass(frozen=True, slots=True)
class Options:
    """How a conversion run behaves."""

    default_category: str = "News"
    id_namespace: str = "wirefeed"
    force: bool = False
    check: bool = False
    editorial_dir: Path | None = None


@dataclass(slots=True)
class _Parsed:
    seed: Path
    article: Article


def convert_seeds(
    seeds_dir: Path,
    content_dir: Path,
    options: Options,
    progress: Callable[[list[Path]], Iterable[Path]] = iter,
) -> Report:
    """Convert every ``*.txt`` in ``seeds_dir`` into ``content_dir``; seeds are only read."""
    report = Report()
    parsed: list[_Parsed] = []
    for seed in progress(sorted(seeds_dir.glob("*.txt"))):
        try:
            parsed.append(_Parsed(seed, _parse(seed.read_bytes(), options)))
        except (SeedParseError, OSError, UnicodeError) as error:
            report.outcomes.append(Outcome(seed.name, FAILED, reason=str(error)))
    existing = index_content(content_dir)
    by_source = {f.header["source-file"]: f for f in existing if f.header.get("source-file")}
    _fill_missing_dates(parsed, by_source)
    editorial_dir = options.editorial_dir or content_dir / "editorial"
    _tag_all(parsed, by_source, _editorial(editorial_dir, report), report)
    taken = {_slug_of(f) for f in existing}
    for item in parsed:
        report.outcomes.append(
            _store(item, by_source.get(item.seed.name), taken, content_dir, options)
        )
    report.outcomes.sort(key=lambda outcome: outcome.seed)
    return report


def _parse(raw: bytes, options: Options) -> Article:
    article = parse_article(raw)
    article.category = article.category or options.default_category
    return article


def _editorial(folder: Path, report: Report) -> Editorial:
    """The editor's aliases, stop list and topics; empty (and reported) when malformed."""
    try:
        return load_editorial(folder)
    except EditorialError as error:
        report.warnings.append(f"editorial files ignored: {error}")
        return Editorial()


def _tag_all(
    parsed: list[_Parsed], by_source: dict[str, ExistingFile], editorial: Editorial, report: Report
) -> None:
    """Tag every article in one site-wide pass, so one entity has one name everywhere."""
    docs = []
    for item in parsed:
        article = item.article
        earlier = by_source.get(item.seed.name)
        try:
            kept = parse_directives(earlier.header.get("tags-editorial", "") if earlier else "")
        except DirectiveError as error:
            report.warnings.append(f"{item.seed.name}: Tags-Editorial ignored: {error}")
            kept = None
        article.tag_directives = merge_directives(article.tag_directives, kept) or None
        exclude = frozenset({*article.authors, article.agency, article.publisher} - {None, ""})
        docs.append(
            TagInput(
                article.title,
                article.paragraphs,
                exclude=exclude,
                lang=article.lang,
                headings=[block.text for block in article.blocks if block.heading],
                dateline=article.dateline,
                directives=article.tag_directives,
            )
        )
    for item, tags in zip(parsed, tag_articles(docs, editorial), strict=True):
        item.article.tags = tags


def _fill_missing_dates(parsed: list[_Parsed], by_source: dict[str, ExistingFile]) -> None:
    """Date each undated article by the documented fallback (see :mod:`fallback`)."""
    newest = newest_date([item.article for item in parsed])
    for item in parsed:
        if item.article.date is None:
            earlier = by_source.get(item.seed.name)
            previous = None
            if earlier is not None and earlier.header.get("date"):
                previous = (earlier.header["date"], earlier.header.get("date-fallback", ""))
            when, note = fallback_date(item.article, item.seed.name, previous, newest)
            item.article.date = when
            item.article.notes.append(note)


def _slug_of(existing: ExistingFile) -> str:
    """The slug an existing content file claims, if it is a safe one; else its file name."""
    slug = existing.header.get("slug", "")
    return slug if _SAFE_SLUG.match(slug) else existing.path.stem


def _store(
    item: _Parsed,
    existing: ExistingFile | None,
    taken: set[str],
    content_dir: Path,
    options: Options,
) -> Outcome:
    name = item.seed.name
    if existing is not None:
        slug, target = _slug_of(existing), existing.path
        entry_id = existing.header.get("entry-id") or _mint_id(options.id_namespace, name)
    else:
        slug = unique_slug(slug_for(item.article.title, name), taken)
        target = content_dir / f"{slug}.md"
        entry_id = _mint_id(options.id_namespace, name)
    taken.add(slug)
    text = to_markdown(item.article, slug=slug, source_file=name, entry_id=entry_id)
    outcome = Outcome(name, UNCHANGED, target.name, fallbacks=list(item.article.notes))
    if existing is not None and existing.text == text:
        return outcome
    if existing is not None and existing.hand_edited and not options.force:
        outcome.status, outcome.reason = KEPT, "edited by hand; --force regenerates it"
        return outcome
    if options.check:
        outcome.status, outcome.reason = CONVERTED, "would be written (check mode)"
        return outcome
    if write_atomic(target, text):
        outcome.status = CONVERTED
    return outcome


def _mint_id(namespace: str, seed_name: str) -> str:
    """A permanent entry id: a name-based UUID, so it never depends on title or slug."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{namespace}:{seed_name}')}"
