"""Field accuracy of the converter over a corpus of hand-checked cases (``make eval``).

A case is ``<case>.txt`` (a raw article) beside ``<case>.toml`` (what a careful editor
extracts from it; a missing key means the fact is absent). ``python -m news_import.evaluate
[folder] [-v]`` prints the share of right values per field and, with ``-v``, every miss.

``summary_starts`` is right only when the whole summary is right: it starts with the
expected words and equals the expected body's first paragraph (cut as the parser cuts a
long lede), so a stamp, ticker or byline left at the top counts as a miss.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
import re
import sys
import tomllib

from .dates import iso
from .model import Article, SeedParseError
from .parse import parse_article, summarize
from .slugs import slug_for

FIELDS = (
    "title", "date", "modified", "authors", "publisher", "agency", "dateline", "category",
    "lang", "credits", "summary_starts", "body",
)  # fmt: skip
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "convert"
_SAFE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(slots=True)
class CaseResult:
    """The fields of one case that came out wrong, with expected and actual values."""

    name: str
    misses: dict[str, tuple[object, object]] = field(default_factory=dict)
    checked: list[str] = field(default_factory=list)


def plain_body(article: Article) -> str:
    """The body as the corpus writes it: blocks split by blank lines, ``## `` subheads."""
    parts = []
    for block in article.blocks:
        prefix = "## " if block.heading else "- " if block.item else ""
        parts.append(prefix + block.text)
    return "\n\n".join(parts)


def actual_facts(article: Article, seed_name: str) -> dict[str, object]:
    """The parse result in the corpus's terms; absent facts are ``None``."""
    return {
        "title": article.title,
        # the Date the content file gets from the seed alone: an Updated-only stamp is the
        # first step of the documented fallback (see fallback.py)
        "date": iso(when) if (when := article.date or article.modified) else None,
        "modified": iso(article.modified) if article.modified else None,
        "authors": article.authors,
        "publisher": article.publisher,
        "agency": article.agency,
        "dateline": article.dateline,
        "category": article.category,
        "lang": article.lang,
        "credits": article.credits,
        "summary_starts": article.summary,
        "body": plain_body(article),
        "slug_safe": bool(_SAFE_SLUG.match(slug_for(article.title, seed_name))),
    }


def check_case(txt: Path) -> CaseResult:
    """Parse ``txt`` and compare every field with its ``.toml`` expectations."""
    expected = tomllib.loads(txt.with_suffix(".toml").read_text(encoding="utf-8"))
    result = CaseResult(
        txt.stem, checked=[*FIELDS, *(["slug_safe"] if "slug_safe" in expected else [])]
    )
    try:
        actual = actual_facts(parse_article(txt.read_bytes()), txt.name)
    except SeedParseError as error:
        result.misses = {name: (expected.get(name), f"failed: {error}") for name in result.checked}
        return result
    for name in result.checked:
        want, got = _expected(expected, name), actual[name]
        if name == "summary_starts":
            want = _whole_summary(want, _expected(expected, "body"))
        if want != got:
            result.misses[name] = (want, got)
    return result


def _expected(expected: dict[str, object], name: str) -> object:
    value = expected.get(name)
    if name == "body" and isinstance(value, str):
        return value.strip("\n")
    if name in ("authors", "credits") and value is None:
        return []
    return value


def _whole_summary(starts: object, body: object) -> object:
    """The summary a case expects: its body's first paragraph, cut as the parser cuts a long
    lede, when that begins with ``summary_starts`` (else ``summary_starts`` itself)."""
    if not isinstance(body, str) or not isinstance(starts, str):
        return starts
    blocks = [b for b in body.split("\n\n") if b and not b.startswith("## ")]
    whole = summarize(blocks[0].removeprefix("- ")) if blocks else ""
    return whole if whole.startswith(starts) else starts


def evaluate(folder: Path) -> list[CaseResult]:
    """Check every case in ``folder``, in name order."""
    return [check_case(txt) for txt in sorted(folder.glob("*.txt"))]


def report(results: list[CaseResult], *, verbose: bool = False) -> str:
    """Per-field accuracy lines, an overall figure, and (verbose) every miss."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for result in results:
        for name in result.checked:
            total[name] += 1
            right[name] += name not in result.misses
    lines = [f"{'field':<15}{'right':>7}{'of':>5}{'accuracy':>10}"]
    for name in total:
        lines.append(
            f"{name:<15}{right[name]:>7}{total[name]:>5}{right[name] / total[name]:>10.1%}"
        )
    fields, good = sum(total.values()), sum(right.values())
    lines.append(f"{'all fields':<15}{good:>7}{fields:>5}{good / max(fields, 1):>10.1%}")
    lines.append(f"cases fully right: {sum(not r.misses for r in results)} of {len(results)}")
    if verbose:
        for result in results:
            for name, (want, got) in result.misses.items():
                lines.append(f"MISS {result.name} {name}:\n  want {want!r}\n  got  {got!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy report (the tests, not this command, fail on a wrong field)."""
    parser = argparse.ArgumentParser(prog="news_import.evaluate", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    results = evaluate(args.folder)
    print(report(results, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
