"""``python -m news_import``: convert seeds without building the site, for editors and CI."""

from __future__ import annotations

import argparse
from pathlib import Path
import sys

from tqdm import tqdm

from .convert import CONVERTED, FAILED, KEPT, Options, Report, convert_seeds


def main(argv: list[str] | None = None) -> int:
    """Run one conversion; the exit code is 1 for failures under ``--strict``, else 0."""
    args = _parser().parse_args(argv)
    options = Options(
        default_category=args.default_category,
        id_namespace=args.id_namespace,
        force=args.force,
        check=args.check,
    )

    def progress(seeds):
        seeds = list(seeds)
        return tqdm(seeds, desc="converting", unit="seed", disable=len(seeds) < 50 or None)

    report = convert_seeds(args.seeds, args.content, options, progress=progress)
    _print_report(report)
    failed = report.count(FAILED) or report.fallbacks
    return 1 if args.strict and failed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="news_import", description=__doc__)
    parser.add_argument(
        "--seeds", type=Path, default=Path("seeds"), help="folder of seed .txt files"
    )
    parser.add_argument("--content", type=Path, default=Path("content"), help="content folder")
    parser.add_argument("--default-category", default="News", help="category when a seed has none")
    parser.add_argument("--id-namespace", default="wirefeed", help="namespace of Entry-Id values")
    parser.add_argument("--force", action="store_true", help="regenerate hand-edited files too")
    parser.add_argument("--check", action="store_true", help="report only; write nothing")
    parser.add_argument("--strict", action="store_true", help="exit 1 on any failure or fallback")
    return parser


def _print_report(report: Report) -> None:
    for outcome in report.outcomes:
        if outcome.status in (FAILED, KEPT) or outcome.fallbacks or outcome.status == CONVERTED:
            detail = outcome.reason or "; ".join(outcome.fallbacks)
            print(
                f"{outcome.status:>9}  {outcome.seed} -> {outcome.target or '-'}  {detail}".rstrip()
            )
    print(f"news_import: {report.summary()}", file=sys.stderr)
