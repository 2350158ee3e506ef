"""Plain records passed from the Pelican glue to the pure feed builders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Format:
    """One feed format: how its files end, its media type, its name for people."""

    name: str
    ending: str
    media_type: str
    label: str


FORMATS: dict[str, Format] = {
    "atom": Format("atom", ".atom.xml", "application/atom+xml", "Atom"),
    "rss": Format("rss", ".rss.xml", "application/rss+xml", "RSS"),
    "json": Format("json", ".json", "application/feed+json", "JSON Feed"),
}


@dataclass(frozen=True, slots=True)
class Term:
    """A named thing with a slug and a page: a tag, a category or an author."""

    name: str
    slug: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One article as every feed sees it: clean text, absolute URLs, dates with offsets."""

    entry_id: str
    title: str
    url: str
    published: datetime
    updated: datetime
    summary: str
    content_html: str
    authors: tuple[Term, ...] = ()
    tags: tuple[Term, ...] = ()
    category: Term | None = None
    lang: str = ""
    publisher: str = ""
    agency: str = ""


@dataclass(frozen=True, slots=True)
class TopicRule:
    """A topic feed from the settings: any of these tags, all of these, this category."""

    slug: str
    title: str
    any_tags: tuple[str, ...] = ()
    all_tags: tuple[str, ...] = ()
    category: str = ""


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """One logical feed (the site, a tag, a topic…) with its whole history, newest first."""

    kind: str
    slug: str
    name: str
    feed_id: str
    title: str
    subtitle: str
    page_url: str
    base_path: str
    items: tuple[FeedItem, ...] = field(default=())
    fallback_updated: datetime | None = None


@dataclass(frozen=True, slots=True)
class FeedLink:
    """A link to one format of one feed document, for pages and for the feeds themselves."""

    href: str
    media_type: str
    label: str
    title: str


@dataclass(frozen=True, slots=True)
class Document:
    """One file set of a feed: the current document (page 0) or archive page ``page``."""

    spec: FeedSpec
    page: int
    items: tuple[FeedItem, ...]
    older_page: int | None
    newest_archive: int | None

    @property
    def is_archive(self) -> bool:
        """True for an RFC 5005 archive page, False for the current feed."""
        return self.page > 0


@dataclass(frozen=True, slots=True)
class Site:
    """Site-wide facts every feed document needs."""

    name: str
    url: str
    lang: str
    icon: str = ""
    logo: str = ""
    hub: str = ""
    stylesheet_url: str = ""
    feeds_page_url: str = ""
