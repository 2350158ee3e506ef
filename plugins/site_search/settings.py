"""The search plugin's settings, declared once with defaults and descriptions.

Users set them in ``pelicanconf.py`` as ``SITE_SEARCH = {"KEY": value}``.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_NAME = "SITE_SEARCH"
DEFAULTS: dict[str, tuple[Any, str]] = {
    "ENABLED": (True, "Run Pagefind after every build."),
    "BUNDLE_DIR": ("pagefind", "Folder inside the output where Pagefind writes its index."),
    "ONE_INDEX": (
        True,
        "Index every page as DEFAULT_LANG so one search finds stories in any language.",
    ),
}


def resolve(user: dict[str, Any] | None) -> dict[str, Any]:
    """Merge the user's ``SITE_SEARCH`` over the defaults; log keys Wirefeed does not know."""
    user = dict(user or {})
    for key in sorted(set(user) - set(DEFAULTS)):
        log.error("site_search: unknown setting %s.%s is ignored", SETTINGS_NAME, key)
    return {key: user.get(key, default) for key, (default, _doc) in DEFAULTS.items()}
