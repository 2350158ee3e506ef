"""The feed plugin's settings, declared once with defaults and descriptions.

Users set them in ``pelicanconf.py`` as ``NEWS_FEEDS = {"KEY": value}``. The URL scheme:
a feed's *base path* (``ALL_PATH``, ``TAG_PATH``… with ``{slug}``) plus one ending per
format (``.atom.xml``, ``.rss.xml``, ``.json``); archive pages put ``ARCHIVE_PATH`` between
the two (``feeds/tag/bergen.archive-1.atom.xml``). Every path is relative to the output
folder and to the feed base URL.
"""

from __future__ import annotations

from dataclasses import dataclass
import logging
from typing import Any

from .model import FORMATS, TopicRule

log = logging.getLogger(__name__)

SETTINGS_NAME = "NEWS_FEEDS"
DEFAULTS: dict[str, tuple[Any, str]] = {
    "SITE_URL": ("", "Absolute base URL of feed links; empty means FEED_DOMAIN, then SITEURL."),
    "FORMATS": (["atom", "rss", "json"], "Formats written for every feed: atom, rss, json."),
    "ALL_PATH": ("feeds/all", "Base path of the feed of every story."),
    "TAG_PATH": ("feeds/tag/{slug}", "Base path of one tag's feed."),
    "CATEGORY_PATH": ("feeds/category/{slug}", "Base path of one category's feed."),
    "AUTHOR_PATH": ("feeds/author/{slug}", "Base path of one author's feed."),
    "TOPIC_PATH": ("feeds/topic/{slug}", "Base path of one topic feed (see TOPICS)."),
    "ARCHIVE_PATH": ("{feed}.archive-{page}", "Base path of archive page {page} of {feed}."),
    "MAX_ENTRIES": (20, "Entries in a current feed; older ones live on RFC 5005 archive pages."),
    "TOPICS": (
        {},
        'Topic feeds: {"slug": {"title": ..., "any_tags": [...], "all_tags": [...], '
        '"category": ...}}.',
    ),
    "HUB": ("", "WebSub hub URL announced in every feed; empty for none."),
    "ICON": ("", "Small square feed icon: URL, or path under the site URL; empty for none."),
    "LOGO": ("", "Wide feed logo: URL, or path under the site URL; empty for none."),
    "STYLESHEET": ("feeds/feed.css", "CSS written for reading feeds in a browser; empty for none."),
    "OPML": ("feeds/feeds.opml", "OPML list of every feed; empty for none."),
    "PAGE_URL": ("feeds/", "URL of the page listing every feed."),
    "PAGE_SAVE_AS": ("feeds/index.html", "File of the page listing every feed; empty for none."),
    "ID_NAMESPACE": ("", "Mixed into feed ids; empty means NEWS_IMPORT's ID_NAMESPACE."),
    "MAX_CONTENT_CHARS": (
        100_000,
        "Longer article HTML is replaced by its summary and a link in feeds.",
    ),
}
_PATH_KEYS = ("TAG_PATH", "CATEGORY_PATH", "AUTHOR_PATH", "TOPIC_PATH")


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """Resolved, checked settings (see :data:`DEFAULTS`)."""

    site_url: str
    formats: tuple[str, ...]
    paths: dict[str, str]
    archive_path: str
    max_entries: int
    topics: tuple[TopicRule, ...]
    hub: str
    icon: str
    logo: str
    stylesheet: str
    opml: str
    page_url: str
    page_save_as: str
    id_namespace: str
    max_content_chars: int


def resolve(user: dict[str, Any] | None, settings: dict[str, Any]) -> FeedConfig:
    """Merge the user's ``NEWS_FEEDS`` over the defaults; log unknown keys and bad values."""
    user = dict(user or {})
    for key in sorted(set(user) - set(DEFAULTS)):
        log.error("news_feeds: unknown setting %s.%s in the settings file is ignored", *_k(key))
    merged = {key: user.get(key, default) for key, (default, _doc) in DEFAULTS.items()}
    for key in _PATH_KEYS:
        if "{slug}" not in str(merged[key]):
            _bad(key, "it needs {slug}")
            merged[key] = DEFAULTS[key][0]
    if not {"{feed}", "{page}"} <= set(_fields(merged["ARCHIVE_PATH"])):
        _bad("ARCHIVE_PATH", "it needs {feed} and {page}")
        merged["ARCHIVE_PATH"] = DEFAULTS["ARCHIVE_PATH"][0]
    return FeedConfig(
        site_url=_site_url(merged["SITE_URL"], settings),
        formats=_formats(merged["FORMATS"]),
        paths={
            "all": str(merged["ALL_PATH"]),
            "tag": str(merged["TAG_PATH"]),
            "category": str(merged["CATEGORY_PATH"]),
            "author": str(merged["AUTHOR_PATH"]),
            "topic": str(merged["TOPIC_PATH"]),
        },
        archive_path=str(merged["ARCHIVE_PATH"]),
        max_entries=_positive("MAX_ENTRIES", merged["MAX_ENTRIES"]),
        topics=_topics(merged["TOPICS"]),
        hub=str(merged["HUB"] or ""),
        icon=str(merged["ICON"] or ""),
        logo=str(merged["LOGO"] or ""),
        stylesheet=str(merged["STYLESHEET"] or ""),
        opml=str(merged["OPML"] or ""),
        page_url=str(merged["PAGE_URL"] or ""),
        page_save_as=str(merged["PAGE_SAVE_AS"] or ""),
        id_namespace=str(merged["ID_NAMESPACE"] or _import_namespace(settings)),
        max_content_chars=_positive("MAX_CONTENT_CHARS", merged["MAX_CONTENT_CHARS"]),
    )


def _k(key: str) -> tuple[str, str]:
    return SETTINGS_NAME, key


def _bad(key: str, problem: str) -> None:
    log.error("news_feeds: %s.%s in the settings file: %s; using the default", *_k(key), problem)


def _fields(template: str) -> list[str]:
    return [f"{{{part.split('}', 1)[0]}}}" for part in str(template).split("{")[1:]]


def _site_url(configured: str, settings: dict[str, Any]) -> str:
    url = configured or settings.get("FEED_DOMAIN") or settings.get("SITEURL") or ""
    if not url:
        log.warning("news_feeds: no SITEURL in the settings file; feeds use http://localhost:8000")
        url = "http://localhost:8000"
    return str(url).rstrip("/")


def _formats(value: Any) -> tuple[str, ...]:
    chosen = [name for name in FORMATS if name in (value or ())]
    unknown = sorted(set(value or ()) - set(FORMATS))
    if unknown or not chosen:
        _bad("FORMATS", f"unknown or no formats {unknown}")
        return tuple(DEFAULTS["FORMATS"][0])
    return tuple(chosen)


def _positive(key: str, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    _bad(key, f"{value!r} is not a positive whole number")
    return DEFAULTS[key][0]


def _topics(value: Any) -> tuple[TopicRule, ...]:
    if not isinstance(value, dict):
        _bad("TOPICS", "it must be a dict of slug -> rule")
        return ()
    rules = []
    for slug, rule in sorted(value.items()):
        problem = _topic_problem(slug, rule)
        if problem:
            log.error("news_feeds: %s.TOPICS[%r] in the settings file is skipped: %s",
                      SETTINGS_NAME, slug, problem)  # fmt: skip
            continue
        rules.append(
            TopicRule(
                slug=slug,
                title=str(rule["title"]),
                any_tags=tuple(rule.get("any_tags", ())),
                all_tags=tuple(rule.get("all_tags", ())),
                category=str(rule.get("category", "") or ""),
            )
        )
    return tuple(rules)


def _topic_problem(slug: Any, rule: Any) -> str:
    allowed = {"title", "any_tags", "all_tags", "category"}
    if not isinstance(slug, str) or not slug or not all(c.isalnum() or c in "-_" for c in slug):
        return "the slug must be letters, digits, - or _"
    if not isinstance(rule, dict) or not rule.get("title"):
        return "it needs a title"
    if set(rule) - allowed:
        return f"unknown keys {sorted(set(rule) - allowed)}"
    if not (rule.get("any_tags") or rule.get("all_tags") or rule.get("category")):
        return "it needs any_tags, all_tags or category"
    for key in ("any_tags", "all_tags"):
        if isinstance(rule.get(key, ()), str):
            return f"{key} must be a list of tags"
    return ""


def _import_namespace(settings: dict[str, Any]) -> str:
    """Feed ids share the seed converter's namespace, so one setting names the site."""
    return str((settings.get("NEWS_IMPORT") or {}).get("ID_NAMESPACE") or "wirefeed")
