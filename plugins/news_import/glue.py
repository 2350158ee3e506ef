"""Pelican glue: convert seeds before Pelican reads articles, on every (re)build."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from .convert import FAILED, KEPT, Options, Report, convert_seeds
from .settings import SETTINGS_NAME, resolve

log = logging.getLogger(__name__)

# The problems of the current build, checked by the strict-mode receiver at the end.
_PROBLEMS: list[str] = []
# Seed counts of the latest build, read by the build_report plugin through build_counts().
_COUNTS: dict[str, int] = {}


def convert_before_reading(generator) -> None:
    """``article_generator_init`` receiver: run the conversion and log its report."""
    _PROBLEMS.clear()
    _COUNTS.clear()
    settings = generator.settings
    resolved = resolve(
        settings.get(SETTINGS_NAME), Path(settings["PATH"]).parent, Path(settings["PATH"])
    )
    if not resolved.seeds_dir.is_dir():
        log.warning("news_import: no seeds folder at %s; nothing to convert", resolved.seeds_dir)
        return
    options = Options(
        default_category=resolved.default_category,
        id_namespace=resolved.id_namespace,
        force=resolved.force,
        editorial_dir=Path(settings["PATH"]) / "editorial",
    )
    report = convert_seeds(resolved.seeds_dir, resolved.content_dir, options)
    _COUNTS.update(seeds_failed=report.count(FAILED), seeds_fallen_back=len(report.fallbacks))
    _log_report(report)
    if resolved.strict:
        _PROBLEMS.extend(o.seed for o in report.outcomes if o.status == FAILED)
        _PROBLEMS.extend(o.seed for o in report.fallbacks)
        # Re-connect so the strict exit is the last ``finalized`` receiver: every other
        # plugin (search index, build report) finishes before the build is failed.
        signals.finalized.disconnect(fail_if_strict)
        signals.finalized.connect(fail_if_strict)


def fail_if_strict(_pelican) -> None:
    """``finalized`` receiver: in strict mode, end a build that had bad seeds with exit code 1."""
    if _PROBLEMS:
        seeds = ", ".join(sorted(set(_PROBLEMS)))
        _PROBLEMS.clear()
        raise SystemExit(f"news_import: strict mode: failed or fallen-back seeds: {seeds}")


def build_counts() -> dict[str, int]:
    """Failed and fallen-back seeds of the latest build (for the build_report plugin)."""
    return dict(_COUNTS)


def _log_report(report: Report) -> None:
    for outcome in report.outcomes:
        if outcome.status == FAILED:
            log.error("news_import: %s failed: %s", outcome.seed, outcome.reason)
        elif outcome.status == KEPT:
            log.warning("news_import: %s kept %s: %s", outcome.seed, outcome.target, outcome.reason)
    for outcome in report.fallbacks:
        log.warning("news_import: %s fell back: %s", outcome.seed, "; ".join(outcome.fallbacks))
    for warning in report.warnings:
        log.warning("news_import: %s", warning)
    log.info("news_import: %s", report.summary())


def register() -> None:
    """Connect the receivers (module-level functions: Pelican holds them weakly)."""
    signals.article_generator_init.connect(convert_before_reading)
    signals.finalized.connect(fail_if_strict)
