"""Measure the tagger on labelled articles: precision, recall and F1, per split.

``python -m news_import.tagging.evaluate`` (``make eval-tags``) reads every fixture under
``tests/fixtures/tags/<split>/``. A fixture is a header, a blank line, then a seed exactly as
an editor would paste it::

    Section: politics
    Required: Belarus, Alexander Lukashenko      <- tags a reader must get
    Allowed: Minsk, Sanctions                    <- tags that are fine but not required
    Note: what the case covers

Each split is tagged in one site-wide pass. Recall counts required tags found; precision
counts returned tags that are required or allowed; tags compare case- and accent-blind.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
import sys

from ..parse import parse_article
from .data import Kind, knowledge
from .editorial import Editorial, load_editorial
from .site import TagInput, tag_articles
from .tokens import fold


@dataclass(frozen=True, slots=True)
class Fixture:
    """One labelled article."""

    name: str
    section: str
    required: tuple[str, ...]
    allowed: tuple[str, ...]
    seed: bytes


@dataclass(frozen=True, slots=True)
class Score:
    """Counts over a set of articles, and the ratios they give."""

    articles: int
    returned: int
    correct: int
    required: int
    found: int
    duplicates: int

    @property
    def precision(self) -> float:
        """Share of returned tags that are required or allowed."""
        return self.correct / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        """Share of required tags returned."""
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_fixture(path: Path) -> Fixture:
    """Split a fixture file into its labels and its seed bytes."""
    raw = path.read_bytes()
    head, _, seed = raw.partition(b"\n\n")
    fields: dict[str, str] = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip()
    return Fixture(
        name=path.stem,
        section=fields.get("section", ""),
        required=_names(fields.get("required", "")),
        allowed=_names(fields.get("allowed", "")),
        seed=seed,
    )


def _names(value: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in value.split(",") if name.strip())


def tag_fixtures(fixtures: list[Fixture], editorial: Editorial) -> list[list[str]]:
    """Parse each fixture's seed as the converter does and tag them all in one pass."""
    return tag_seeds([fixture.seed for fixture in fixtures], editorial)


def tag_seeds(seeds: list[bytes], editorial: Editorial) -> list[list[str]]:
    """Parse seeds as the converter does and tag them all in one site-wide pass."""
    docs = []
    for seed in seeds:
        article = parse_article(seed)
        exclude = {*article.authors, article.agency or "", article.publisher or ""}
        docs.append(
            TagInput(
                article.title,
                tuple(article.paragraphs),
                frozenset(exclude - {""}),
                lang=article.lang,
                headings=tuple(block.text for block in article.blocks if block.heading),
                dateline=article.dateline,
            )
        )
    return tag_articles(docs, editorial)


def duplicates(tags: list[str], topics: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Pairs of tags that look like one entity ("Lukashenko" next to "Alexander Lukashenko").

    A heuristic for review: a one-word tag that is the first or last word of another tag.
    Topic names (folded, in ``topics``) are left out, and so are known countries and places
    as the short tag ("Berlin" and "Berlin Marathon" are two entities).
    """
    places = {
        fold(entry.canonical)
        for entry in knowledge().phrases.values()
        if entry.kind in (Kind.COUNTRY, Kind.PLACE)
    }
    tags = [tag for tag in tags if fold(tag) not in topics]
    keys = [fold(tag).split() for tag in tags]
    pairs = []
    for i, short in enumerate(keys):
        for j, long in enumerate(keys):
            if (
                len(short) == 1
                and len(long) > 1
                and short[0] in (long[0], long[-1])
                and short[0] not in places
            ):
                pairs.append((tags[i], tags[j]))
    return pairs


def score(
    fixtures: list[Fixture], results: list[list[str]], topics: frozenset[str] = frozenset()
) -> Score:
    """Micro-averaged counts over all ``fixtures``."""
    returned = correct = required = found = dupes = 0
    for fixture, tags in zip(fixtures, results, strict=True):
        got = {fold(tag) for tag in tags}
        need = {fold(tag) for tag in fixture.required}
        fine = need | {fold(tag) for tag in fixture.allowed}
        returned += len(got)
        correct += len(got & fine)
        required += len(need)
        found += len(got & need)
        dupes += len(duplicates(tags, topics))
    return Score(len(fixtures), returned, correct, required, found, dupes)


def report_article(fixture: Fixture, tags: list[str], topics: frozenset[str] = frozenset()) -> str:
    """One article's tags, with what is missing and what is extra."""
    got = {fold(tag) for tag in tags}
    fine = {fold(t) for t in (*fixture.required, *fixture.allowed)}
    missing = [t for t in fixture.required if fold(t) not in got]
    extra = [t for t in tags if fold(t) not in fine]
    lines = [f"  {fixture.name}: {', '.join(tags)}"]
    if missing:
        lines.append(f"      missing: {', '.join(missing)}")
    if extra:
        lines.append(f"      extra:   {', '.join(extra)}")
    for short, long in duplicates(tags, topics):
        lines.append(f"      same entity? {short} / {long}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print precision, recall and F1 for each split; exit 0."""
    args = _parser().parse_args(argv)
    editorial = load_editorial(args.editorial)
    if args.show:
        paths = sorted(args.show.glob("*.txt"))
        for path, tags in zip(
            paths, tag_seeds([p.read_bytes() for p in paths], editorial), strict=True
        ):
            print(f"{path.name}: {', '.join(tags)}")
        return 0
    topics = frozenset(fold(topic.name) for topic in editorial.topics)
    splits = sorted(p for p in args.fixtures.iterdir() if p.is_dir())
    if args.split:
        splits = [p for p in splits if p.name == args.split]
    print(
        f"{'split':<10}{'articles':>9}{'tags':>6}{'precision':>11}{'recall':>8}{'F1':>8}{'dupes':>7}"
    )
    for folder in splits:
        fixtures = [read_fixture(path) for path in sorted(folder.glob("*.txt"))]
        results = tag_fixtures(fixtures, editorial)
        total = score(fixtures, results, topics)
        print(
            f"{folder.name:<10}{total.articles:>9}{total.returned:>6}{total.precision:>11.1%}"
            f"{total.recall:>8.1%}{total.f1:>8.1%}{total.duplicates:>7}"
        )
        if args.verbose:
            for fixture, tags in zip(fixtures, results, strict=True):
                print(report_article(fixture, tags, topics))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="news_import.tagging.evaluate", description=__doc__)
    parser.add_argument("--fixtures", type=Path, default=Path("tests/fixtures/tags"))
    parser.add_argument("--editorial", type=Path, default=Path("content/editorial"))
    parser.add_argument("--split", help="only this split (a folder name such as tune)")
    parser.add_argument("--show", type=Path, help="only print the tags of the seeds in this folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="show every article's tags")
    return parser


if __name__ == "__main__":
    sys.exit(main())
