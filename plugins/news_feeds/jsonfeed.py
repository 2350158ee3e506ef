"""JSON Feed 1.1 documents from the same :class:`Document` records as Atom and RSS.

Written by hand with :func:`json.dumps`: feedgen has no JSON Feed, and no library on PyPI
is kept well enough to depend on. The candidates are single-author packages without
releases for years (``jsonfeed``, ``pyjsonfeed``), Django-only (``django-jsonfeed``), or,
for ``jsonfeed-util``, a thin dict wrapper that validates with ``assert`` and installs a
top-level ``tests`` package into site-packages. JSON Feed is a small, fixed set of keys
(https://www.jsonfeed.org/version/1.1/), so a dict built in a fixed key order and ``json.dumps``
give byte-stable output with nothing to go wrong.
"""

from __future__ import annotations

import json
from typing import Any

from .build import document_updated
from .model import Document, FeedItem, Site

VERSION = "https://jsonfeed.org/version/1.1"
EXTENSION = "_wirefeed"


def json_feed(doc: Document, site: Site, urls: dict[str, str]) -> dict[str, Any]:
    """The JSON Feed object of one document; ``urls`` as for Atom (self, prev-archive…)."""
    spec = doc.spec
    about = site.feeds_page_url or f"{site.url}/"
    feed: dict[str, Any] = {
        "version": VERSION,
        "title": spec.title,
        "home_page_url": spec.page_url,
        "feed_url": urls["self"],
        "description": spec.subtitle,
        "language": site.lang,
        "authors": [{"name": site.name, "url": f"{site.url}/"}],
        "items": [_item(item, about) for item in doc.items],
        EXTENSION: {
            "about": about,
            "id": spec.feed_id,
            "updated": document_updated(doc).isoformat(),
            "archive": doc.is_archive,
        },
    }
    if urls.get("prev-archive"):
        feed["next_url"] = urls["prev-archive"]  # JSON Feed pages towards older items
    if urls.get("current"):
        feed[EXTENSION]["current"] = urls["current"]
    if site.icon:  # JSON Feed wants square images for both; a wide logo does not fit
        feed["icon"] = site.icon
        feed["favicon"] = site.icon
    if site.hub:
        feed["hubs"] = [{"type": "WebSub", "url": site.hub}]
    return feed


def _item(item: FeedItem, about: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": item.entry_id,
        "url": item.url,
        "title": item.title,
        "content_html": item.content_html,
        "summary": item.summary or item.title,
        "date_published": item.published.isoformat(),
        "date_modified": item.updated.isoformat(),
        "authors": [
            {"name": a.name, "url": a.url} if a.url else {"name": a.name} for a in item.authors
        ],
        "tags": [term.name for term in (item.category, *item.tags) if term is not None],
    }
    if item.lang:
        entry["language"] = item.lang
    credit = {"agency": item.agency, "publisher": item.publisher}
    if any(credit.values()):
        entry[EXTENSION] = {"about": about, **{k: v for k, v in credit.items() if v}}
    return entry


def render_json(feed: dict[str, Any]) -> bytes:
    """Stable bytes: keys in a fixed order, two-space indent, UTF-8, a final newline."""
    text = json.dumps(feed, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
