"""Plain records passed from the Pelican glue to the feed builder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One article as every feed sees it; URLs are absolute, dates carry a timezone."""

    entry_id: str
    title: str
    url: str
    published: datetime
    updated: datetime
    summary_html: str
    content_html: str
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    category: str = ""
    lang: str = ""


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One feed: what it is called, where its page is, where its files go."""

    feed_id: str
    title: str
    subtitle: str
    page_url: str
    atom_url: str
    rss_url: str
    atom_path: str
    rss_path: str
    lang: str = "en"
    items: tuple[FeedItem, ...] = field(default=())
