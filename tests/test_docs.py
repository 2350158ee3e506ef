"""Every setting of Wirefeed's own is in the README's one settings table, with its default.

Found generically: every plugin's ``DEFAULTS`` (each ``plugins/*/settings.py`` that declares
them), the top-level keys of ``pelicanconf.py`` and ``publishconf.py`` that are not Pelican's,
and the ``WIREFEED_*`` environment variables those files read.
"""

from __future__ import annotations

import importlib
from pathlib import Path
import re
import runpy

from pelican.settings import DEFAULT_CONFIG
import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
CONFIGS = [ROOT / "pelicanconf.py", ROOT / "publishconf.py"]
# Pelican settings that its DEFAULT_CONFIG leaves out (Pelican's settings documentation).
PELICAN_WITHOUT_DEFAULTS = {"AUTHOR", "TIMEZONE"}
ENVIRONMENT = re.compile(r"""os\.environ\.get\(\s*"(WIREFEED_\w+)",\s*"([^"]*)"\s*\)""")


def settings_table() -> str:
    """The README's settings section (the table must live there, in one place)."""
    start = README.index("\n## Settings\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def plugin_settings() -> list[tuple[str, object]]:
    """``NAME["KEY"]`` and default of every key of every plugin's ``DEFAULTS``."""
    rows = []
    for path in sorted((ROOT / "plugins").glob("*/settings.py")):
        module = importlib.import_module(f"{path.parent.name}.settings")
        name, defaults = getattr(module, "SETTINGS_NAME", None), getattr(module, "DEFAULTS", None)
        if name and defaults:
            rows += [(f'`{name}["{key}"]`', entry[0]) for key, entry in defaults.items()]
    return rows


def plugin_setting_names() -> set[str]:
    names = set()
    for path in (ROOT / "plugins").glob("*/settings.py"):
        names.add(
            getattr(importlib.import_module(f"{path.parent.name}.settings"), "SETTINGS_NAME", "")
        )
    return names


def is_pelicans(key: str) -> bool:
    """Pelican's own settings, including its per-page ``*_URL``/``*_SAVE_AS`` and feeds."""
    return (
        key in DEFAULT_CONFIG
        or key in PELICAN_WITHOUT_DEFAULTS
        or key.endswith(("_URL", "_SAVE_AS"))
        or "FEED_" in key
    )


def top_level_settings() -> list[tuple[str, object]]:
    """Keys of our settings files that are neither Pelican's nor a plugin's dictionary."""
    ours = plugin_setting_names()
    rows: dict[str, object] = {}
    for config in CONFIGS:
        for key, value in runpy.run_path(str(config)).items():
            if key.isupper() and not is_pelicans(key) and key not in ours:
                rows.setdefault(f"`{key}`", value)
    return list(rows.items())


def environment_settings() -> list[tuple[str, object]]:
    """``WIREFEED_*`` variables the settings files read, with the default they fall back to."""
    rows = {}
    for config in CONFIGS:
        for name, default in ENVIRONMENT.findall(config.read_text()):
            rows.setdefault(f"`{name}` (environment)", default)
    return list(rows.items())


SETTINGS = plugin_settings() + top_level_settings() + environment_settings()


def test_the_settings_are_found():
    names = {label for label, _ in SETTINGS}
    assert '`NEWS_IMPORT["SEEDS_DIR"]`' in names
    assert '`BUILD_REPORT["COMPARE_WITH"]`' in names
    assert "`WIREFEED_SITEURL` (environment)" in names


@pytest.mark.parametrize(("label", "default"), SETTINGS, ids=[label for label, _ in SETTINGS])
def test_setting_is_in_the_readme_table(label, default):
    expected = f'"{default}"' if isinstance(default, str) else repr(default)
    row = f"| {label} | `{expected}` |"
    assert row in settings_table(), f"README settings table needs: {row} <meaning> |"
