"""The build-report plugin's settings, declared once with defaults and descriptions.

Users set them in ``pelicanconf.py`` as ``BUILD_REPORT = {"KEY": value}``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_NAME = "BUILD_REPORT"
DEFAULTS: dict[str, tuple[Any, str]] = {
    "COMPARE_WITH": (
        "",
        "Folder holding the previous build, to count written and unchanged files; empty means "
        "the output folder as it was when the build started (make publish sets it to output/).",
    ),
}


def resolve(user: dict[str, Any] | None, site_root: Path, output_path: Path) -> Path:
    """The folder to compare the new output with; logs keys Wirefeed does not know."""
    user = dict(user or {})
    for key in sorted(set(user) - set(DEFAULTS)):
        log.error("build_report: unknown setting %s.%s is ignored", SETTINGS_NAME, key)
    compare_with = user.get("COMPARE_WITH", DEFAULTS["COMPARE_WITH"][0])
    if not compare_with:
        return output_path
    return (site_root / compare_with).resolve()
