"""The page-metadata plugin's settings, declared once with defaults and descriptions.

Users set them in ``pelicanconf.py`` as ``NEWS_SEO = {"KEY": value}``. Output paths are
relative to the output folder and to the site URL.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SETTINGS_NAME = "NEWS_SEO"
DEFAULTS: dict[str, tuple[Any, str]] = {
    "SITE_URL": ("", "Absolute base URL of canonical links, JSON-LD and sitemaps; empty: SITEURL."),
    "PUBLISHER": ("", "Organisation named as publisher in JSON-LD; empty means SITENAME."),
    "PUBLISHER_LOGO": (
        "",
        "Path (under the site URL) or URL of the publisher's logo; empty: none.",
    ),
    "TWITTER_SITE": ("", "The site's @handle for the Twitter card; empty leaves it out."),
    "DESCRIPTION_LENGTH": (160, "Longest meta description, in characters, cut at a word."),
    "WORDS_PER_MINUTE": (230, "Reading speed behind an article's reading time."),
    "RELATED_COUNT": (4, "Most related stories (by shared tags) listed under an article."),
    "SITEMAP": ("sitemap.xml", "Sitemap of every page; empty turns it off."),
    "NEWS_SITEMAP": ("news-sitemap.xml", "News sitemap of the newest stories; empty: off."),
    "NEWS_DAYS": (2, "Days before the newest story's date that the news sitemap covers."),
    "ROBOTS": ("robots.txt", "robots.txt naming the sitemaps; empty turns it off."),
    "SITEMAP_EXCLUDE": (
        ["search/index.html"],
        "Output files left out of the sitemap (hidden pages and drafts always are).",
    ),
}


def resolve(user: dict[str, Any] | None) -> dict[str, Any]:
    """Merge the user's ``NEWS_SEO`` over the defaults; log keys Wirefeed does not know."""
    user = dict(user or {})
    for key in sorted(set(user) - set(DEFAULTS)):
        log.error("news_seo: unknown setting %s.%s is ignored", SETTINGS_NAME, key)
    return {key: user.get(key, default) for key, (default, _doc) in DEFAULTS.items()}


def absolute_site_url(config: dict[str, Any], settings: dict[str, Any]) -> str:
    """The site's absolute base URL without a trailing slash."""
    url = config["SITE_URL"] or settings.get("SITEURL") or ""
    if not url:
        log.warning("news_seo: no SITEURL; canonical links fall back to http://localhost:8000")
        url = "http://localhost:8000"
    return str(url).rstrip("/")
