"""Pelican glue: clock every build, fingerprint its output before and after, log one summary.

Other Wirefeed plugins add their numbers through an optional ``build_counts()`` function in
the module that holds their ``register()``: it returns a dict such as ``{"feeds": 12}`` or
``{"seeds_failed": 1, "seeds_fallen_back": 2}`` for the latest build.
"""

from __future__ import annotations

from collections import Counter
import logging
from pathlib import Path
import sys
import time
from typing import Any

from pelican import signals

from .report import SUMMARY, BuildSummary
from .settings import SETTINGS_NAME, resolve
from .tree import compare_trees, digest_tree

log = logging.getLogger(__name__)

# The build in progress: clock, previous output's digests, counts (reset for every run).
_RUN: dict[str, Any] = {}


def start_build(pelican) -> None:
    """``get_generators`` receiver (the start of every run): clock and previous output."""
    settings = pelican.settings
    output = Path(pelican.output_path)
    baseline = resolve(settings.get(SETTINGS_NAME), Path(settings["PATH"]).parent, output)
    _RUN.clear()
    _RUN.update(
        started=time.perf_counter(), before=digest_tree(baseline), articles=0, pages=0, feeds=0
    )


def count_content(generators) -> None:
    """``all_generators_finalized`` receiver: how many articles and pages were read."""
    for generator in generators:
        translations = len(getattr(generator, "translations", []))
        if hasattr(generator, "articles"):
            _RUN["articles"] = len(generator.articles) + translations
        elif hasattr(generator, "pages"):
            _RUN["pages"] = len(generator.pages) + translations


def count_pelican_feed(_path, **_kwargs) -> None:
    """``feed_written`` receiver: feeds written by Pelican itself (off in Wirefeed's settings)."""
    _RUN["feeds"] = _RUN.get("feeds", 0) + 1


def log_summary(pelican) -> None:
    """``finalized`` receiver: compare the output with the previous one and log the summary."""
    if "started" not in _RUN:
        return
    counts = _plugin_counts(pelican.settings.get("PLUGINS", []))
    summary = BuildSummary(
        articles=_RUN["articles"],
        pages=_RUN["pages"],
        feeds=_RUN["feeds"] + counts["feeds"],
        seeds_failed=counts["seeds_failed"],
        seeds_fallen_back=counts["seeds_fallen_back"],
        files=compare_trees(_RUN["before"], digest_tree(Path(pelican.output_path))),
        seconds=time.perf_counter() - _RUN["started"],
    )
    _RUN.clear()
    log.info(SUMMARY, *summary.log_args())


def _plugin_counts(plugins: list) -> Counter:
    """Add up the ``build_counts()`` of every loaded plugin that offers one."""
    totals: Counter = Counter()
    for plugin in plugins:
        name = plugin if isinstance(plugin, str) else getattr(plugin, "__name__", "")
        register = getattr(sys.modules.get(name), "register", None)
        glue = sys.modules.get(getattr(register, "__module__", ""))
        build_counts = getattr(glue, "build_counts", None)
        if callable(build_counts):
            totals.update(build_counts())
    return totals


def _show_summary_by_default() -> None:
    """Pelican shows warnings only unless ``-v``; the summary is info, shown all the same.

    ``-q`` (critical only) still hides it, and ``-v``/``-D`` behave as usual.
    """
    if logging.getLogger().getEffectiveLevel() == logging.WARNING:
        log.setLevel(logging.INFO)


def register() -> None:
    """Connect the receivers (module-level functions: Pelican holds them weakly)."""
    _show_summary_by_default()
    signals.get_generators.connect(start_build)
    signals.all_generators_finalized.connect(count_content)
    signals.feed_written.connect(count_pelican_feed)
    signals.finalized.connect(log_summary)
