"""``python -m news_import``: convert seeds without building the site, for editors and CI.

Defaults come from the site's ``pelicanconf.py`` (its ``PATH`` and ``NEWS_IMPORT``), so
the command converts exactly as ``make html`` does; options override them.

Exit codes: 0 when all is well; 1 under ``--strict`` when a seed failed or fell back,
and under ``--check`` when a content file is out of date or a seed failed.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
import runpy
import sys

from tqdm import tqdm

from .convert import CONVERTED, FAILED, KEPT, Options, Report, convert_seeds
from .settings import SETTINGS_NAME, ImportSettings, resolve

PROGRESS_FROM = 50  # seeds; shorter runs print no progress bar


def main(argv: list[str] | None = None) -> int:
    """Run one conversion and print its report; returns the exit code."""
    args = _parser().parse_args(argv)
    settings = load_settings(args.settings)
    seeds = args.seeds or settings.seeds_dir
    content = args.content or settings.content_dir
    if not seeds.is_dir():
        print(f"news_import: no seeds folder at {seeds}", file=sys.stderr)
        return 1
    options = Options(
        default_category=args.default_category or settings.default_category,
        id_namespace=args.id_namespace or settings.id_namespace,
        force=args.force or settings.force,
        check=args.check,
    )
    report = convert_seeds(seeds, content, options, progress=_progress)
    print(format_report(report, content, check=args.check))
    return _exit_code(report, strict=args.strict or settings.strict, check=args.check)


def load_settings(path: Path) -> ImportSettings:
    """The plugin settings a Pelican settings file gives (defaults when there is none)."""
    if not path.is_file():
        root = Path.cwd()
        return resolve(None, root, root / "content")
    conf = runpy.run_path(str(path))
    root = path.resolve().parent
    return resolve(conf.get(SETTINGS_NAME), root, root / conf.get("PATH", "content"))


def format_report(report: Report, content: Path, *, check: bool = False) -> str:
    """One line per seed that needs attention, then the counts."""
    lines = []
    for outcome in report.outcomes:
        if outcome.status in (CONVERTED, KEPT, FAILED) or outcome.fallbacks:
            target = f" -> {outcome.target}" if outcome.target else ""
            detail = "; ".join(filter(None, [outcome.reason, *outcome.fallbacks]))
            lines.append(f"{outcome.status:>9}  {outcome.seed}{target}  {detail}".rstrip())
    verb = "would convert" if check else "converted"
    lines.extend(f"  warning: {warning}" for warning in report.warnings)
    lines.append(f"news_import: {len(report.outcomes)} seeds into {content}")
    lines.append(f"  {verb:<14}{report.count(CONVERTED):>5}")
    lines.append(f"  {'unchanged':<14}{report.count('unchanged'):>5}")
    lines.append(f"  {'kept (edited)':<14}{report.count(KEPT):>5}")
    lines.append(f"  {'failed':<14}{report.count(FAILED):>5}")
    lines.append(f"  {'fell back':<14}{len(report.fallbacks):>5}")
    return "\n".join(lines)


def _progress(seeds: list[Path]) -> Iterable[Path]:
    return tqdm(
        seeds, desc="news_import", unit="seed", file=sys.stderr, disable=len(seeds) < PROGRESS_FROM
    )


def _exit_code(report: Report, *, strict: bool, check: bool) -> int:
    failed = report.count(FAILED) > 0
    if strict and (failed or report.fallbacks):
        return 1
    if check and (failed or report.count(CONVERTED)):
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="news_import",
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--settings",
        type=Path,
        default=Path("pelicanconf.py"),
        help="Pelican settings file to read NEWS_IMPORT from (default: pelicanconf.py)",
    )
    parser.add_argument("--seeds", type=Path, help="folder of seed .txt files")
    parser.add_argument("--content", type=Path, help="folder the Markdown files go to")
    parser.add_argument("--default-category", help="category of a seed whose text names none")
    parser.add_argument("--id-namespace", help="namespace of new Entry-Id values")
    parser.add_argument("--force", action="store_true", help="regenerate hand-edited files too")
    parser.add_argument(
        "--check", action="store_true", help="report what would change; write nothing"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 on any failed or fallen-back seed"
    )
    return parser
