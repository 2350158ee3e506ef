"""The feed plugin's settings, declared once with defaults and descriptions.

Users set them in ``pelicanconf.py`` as ``NEWS_FEEDS = {"KEY": value}``. Path templates
take ``{slug}``; every path is relative to the output folder and to the site URL.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_NAME = "NEWS_FEEDS"
DEFAULTS: dict[str, tuple[Any, str]] = {
    "SITE_URL": ("", "Absolute base URL of feed links; empty means FEED_DOMAIN, then SITEURL."),
    "ALL_ATOM": ("feeds/all.atom.xml", "Atom feed of the whole site."),
    "ALL_RSS": ("feeds/all.rss.xml", "RSS feed of the whole site."),
    "TAG_ATOM": ("feeds/tag/{slug}.atom.xml", "Atom feed of one tag."),
    "TAG_RSS": ("feeds/tag/{slug}.rss.xml", "RSS feed of one tag."),
    "CATEGORY_ATOM": ("feeds/category/{slug}.atom.xml", "Atom feed of one category."),
    "CATEGORY_RSS": ("feeds/category/{slug}.rss.xml", "RSS feed of one category."),
    "AUTHOR_ATOM": ("feeds/author/{slug}.atom.xml", "Atom feed of one author."),
    "AUTHOR_RSS": ("feeds/author/{slug}.rss.xml", "RSS feed of one author."),
    "ID_PREFIX": ("", "Prefix of feed ids; empty means the site URL."),
}


def resolve(user: dict[str, Any] | None) -> dict[str, Any]:
    """Merge the user's ``NEWS_FEEDS`` over the defaults; log keys Wirefeed does not know."""
    user = dict(user or {})
    for key in sorted(set(user) - set(DEFAULTS)):
        log.error("news_feeds: unknown setting %s.%s is ignored", SETTINGS_NAME, key)
    return {key: user.get(key, default) for key, (default, _doc) in DEFAULTS.items()}
