"""The seed-conversion plugin's settings, declared once with defaults and descriptions.

Users set them in ``pelicanconf.py`` as ``NEWS_IMPORT = {"KEY": value}``.
"""

from __future__ import annotations

from dataclasses import dataclass
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_NAME = "NEWS_IMPORT"
DEFAULTS: dict[str, tuple[Any, str]] = {
    "SEEDS_DIR": ("seeds", "Folder of raw article text files, relative to the site root."),
    "CONTENT_SUBDIR": ("", "Folder inside PATH (content/) where converted articles are written."),
    "DEFAULT_CATEGORY": ("News", "Category for a seed whose text names none."),
    "ID_NAMESPACE": (
        "wirefeed",
        "Mixed into each article's permanent Entry-Id; set it once per site.",
    ),
    "FORCE": (False, "Regenerate content files even when an editor changed them by hand."),
    "STRICT": (False, "Make the build fail when a seed fails to convert or falls back."),
}


@dataclass(frozen=True, slots=True)
class ImportSettings:
    """Resolved settings with absolute folders."""

    seeds_dir: Path
    content_dir: Path
    default_category: str
    id_namespace: str
    force: bool
    strict: bool


def resolve(user: dict[str, Any] | None, site_root: Path, content_path: Path) -> ImportSettings:
    """Merge the user's ``NEWS_IMPORT`` dict over the defaults; log keys Wirefeed does not know."""
    user = dict(user or {})
    for key in sorted(set(user) - set(DEFAULTS)):
        log.error("news_import: unknown setting %s.%s is ignored", SETTINGS_NAME, key)
    merged = {key: user.get(key, default) for key, (default, _doc) in DEFAULTS.items()}
    return ImportSettings(
        seeds_dir=(site_root / merged["SEEDS_DIR"]).resolve(),
        content_dir=(content_path / merged["CONTENT_SUBDIR"]).resolve(),
        default_category=merged["DEFAULT_CATEGORY"],
        id_namespace=merged["ID_NAMESPACE"],
        force=bool(merged["FORCE"]),
        strict=bool(merged["STRICT"]),
    )
