"""Pelican glue: a generator that runs Pagefind after every page has been written."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from .indexer import pagefind_command, run_index
from .settings import SETTINGS_NAME, resolve

log = logging.getLogger(__name__)


def expose_settings(generator) -> None:
    """``generator_init`` receiver: templates read ``SEARCH`` (is search on, where)."""
    generator.context["SEARCH"] = resolve(generator.settings.get(SETTINGS_NAME))


def add_generator(_pelican):
    """``get_generators`` receiver: the search index is built after the pages."""
    return SearchIndexGenerator


class SearchIndexGenerator:
    """Runs Pagefind over the output folder; a failure is logged and the build goes on."""

    def __init__(self, context, settings, path, theme, output_path, **_ignored) -> None:
        self.context = context
        self.settings = settings
        self.output_path = Path(output_path)

    def generate_output(self, _writer) -> None:
        """Index the written pages."""
        config = self.context.get("SEARCH") or resolve(self.settings.get(SETTINGS_NAME))
        if not config["ENABLED"]:
            return
        language = self.settings.get("DEFAULT_LANG", "en") if config["ONE_INDEX"] else None
        command = pagefind_command(self.output_path, config["BUNDLE_DIR"], language)
        run = run_index(command)
        if run.ok:
            log.info("site_search: indexed %s into %s", self.output_path, config["BUNDLE_DIR"])
        else:
            log.error("site_search: Pagefind failed on %s: %s", self.output_path, run.output)


def register() -> None:
    """Connect the receivers (module-level functions: Pelican holds them weakly)."""
    signals.generator_init.connect(expose_settings)
    signals.get_generators.connect(add_generator)
