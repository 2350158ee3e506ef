"""Atom 1.0 and RSS 2.0 documents with feedgen, from :class:`Document` records; no Pelican.

feedgen writes the standard elements. Two small feedgen extensions add what it has no
method for: RFC 5005 archive markers and links in RSS, and per-entry language and
source credit (``dc:creator``, ``dc:language``, ``dc:publisher``, ``dc:source``).
"""

from __future__ import annotations

from datetime import UTC, datetime
import html

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from .model import FORMATS, Document, FeedItem, Site

GENERATOR = "Wirefeed"
ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
FH_NS = "http://purl.org/syndication/history/1.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class WirefeedExtension(BaseExtension):
    """Feed level: ``fh:archive`` on archive pages; hub and archive links in RSS."""

    def __init__(self) -> None:
        self.archive = False
        self.rss_links: list[dict[str, str]] = []

    def extend_ns(self) -> dict[str, str]:
        """Namespaces used by this extension and by the entry extension."""
        return {"dc": DC_NS, "fh": FH_NS} if self.archive else {"dc": DC_NS}

    def extend_atom(self, feed: etree._Element) -> etree._Element:
        """Mark an archive page (entries come after this, as RFC 4287 wants)."""
        if self.archive:
            etree.SubElement(feed, f"{{{FH_NS}}}archive")
        return feed

    def extend_rss(self, feed: etree._Element) -> etree._Element:
        """Add the links feedgen keeps for Atom only, and the archive marker."""
        channel = feed[0]
        for link in self.rss_links:
            etree.SubElement(channel, f"{{{ATOM_NS}}}link", link)
        if self.archive:
            etree.SubElement(channel, f"{{{FH_NS}}}archive")
        return feed


class WirefeedEntryExtension(BaseEntryExtension):
    """Entry level: language and source credit in both formats, every author in RSS."""

    def __init__(self) -> None:
        self.item: FeedItem | None = None

    def extend_atom(self, entry: etree._Element) -> etree._Element:
        """``xml:lang``, the link's rel and type (feedgen 1.0 drops them), source credit."""
        for link in entry.findall("link"):  # feedgen builds Atom elements without a namespace
            if link.get("rel") is None:
                link.set("rel", "alternate")
                link.set("type", "text/html")
        if self.item is not None:
            if self.item.lang:
                entry.set(XML_LANG, self.item.lang)
            _add_credit(entry, self.item)
        return entry

    def extend_rss(self, entry: etree._Element) -> etree._Element:
        """``dc:creator`` per author (RSS authors need an email), language and credit."""
        if self.item is not None:
            for author in self.item.authors:
                etree.SubElement(entry, f"{{{DC_NS}}}creator").text = author.name
            if self.item.lang:
                etree.SubElement(entry, f"{{{DC_NS}}}language").text = self.item.lang
            _add_credit(entry, self.item)
        return entry


def _add_credit(entry: etree._Element, item: FeedItem) -> None:
    if item.publisher:
        etree.SubElement(entry, f"{{{DC_NS}}}publisher").text = item.publisher
    if item.agency:
        etree.SubElement(entry, f"{{{DC_NS}}}source").text = item.agency


def build_feed(doc: Document, site: Site, urls: dict[str, str]) -> FeedGenerator:
    """A feedgen feed of one document; ``urls`` maps link roles to absolute URLs."""
    spec = doc.spec
    fg = FeedGenerator()
    fg.register_extension("wirefeed", WirefeedExtension, WirefeedEntryExtension)
    fg.wirefeed.archive = doc.is_archive
    fg.id(spec.feed_id)
    fg.title(spec.title)
    subtitle = f"{spec.subtitle} (archive page {doc.page})" if doc.is_archive else spec.subtitle
    fg.subtitle(subtitle)
    fg.description(subtitle)
    fg.language(site.lang)
    fg.generator(GENERATOR)
    fg.author(name=site.name, uri=f"{site.url}/")
    _images(fg, site)
    _links(fg, urls)
    updated = document_updated(doc)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    for item in doc.items:
        _add_entry(fg, item)
    return fg


def document_updated(doc: Document) -> datetime:
    """When the document last changed: its newest entry, never the build time."""
    dates = [item.updated for item in doc.items]
    return max(dates, default=doc.spec.fallback_updated or EPOCH)


def _images(fg: FeedGenerator, site: Site) -> None:
    if site.icon:
        fg.icon(site.icon)
    if site.logo or site.icon:
        fg.image(url=site.logo or site.icon)


def _links(fg: FeedGenerator, urls: dict[str, str]) -> None:
    """Self first, alternate last (feedgen's RSS ``<link>`` is the last link given)."""
    fg.link(href=urls["self"], rel="self", type=urls["self_type"])
    for rel in ("hub", "prev-archive", "current"):
        if urls.get(rel):
            link = {"href": urls[rel], "rel": rel}
            if rel != "hub":
                link["type"] = urls["self_type"]
            fg.link(**link)
            fg.wirefeed.rss_links.append(link)
    fg.link(href=urls["alternate"], rel="alternate", type="text/html")


def _add_entry(fg: FeedGenerator, item: FeedItem) -> None:
    entry = fg.add_entry(order="append")
    entry.wirefeed.item = item
    entry.id(item.entry_id)
    entry.guid(item.entry_id, permalink=item.entry_id == item.url)
    entry.title(item.title)
    entry.link(href=item.url, rel="alternate", type="text/html")
    entry.published(item.published)
    entry.updated(item.updated)
    entry.description(html.escape(item.summary or item.title, quote=False))
    entry.summary(item.summary or item.title)
    entry.content(item.content_html, type="html")
    for author in item.authors:
        entry.author(
            {"name": author.name, "uri": author.url} if author.url else {"name": author.name}
        )
    for term in (item.category, *item.tags):
        if term is not None:
            entry.category(term=term.name)


def render(fg: FeedGenerator, fmt: str, stylesheet_url: str = "") -> bytes:
    """The Atom or RSS bytes of ``fg``, with a CSS stylesheet for browsers if given."""
    data = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
    if not stylesheet_url:
        return data
    declaration, rest = data.split(b"\n", 1)
    pi = f'<?xml-stylesheet type="text/css" href="{html.escape(stylesheet_url)}"?>'
    return b"\n".join((declaration, pi.encode(), rest))


def link_roles(doc: Document, fmt: str, path_of, site_url: str, hub: str) -> dict[str, str]:
    """The absolute URLs one document links to: self, alternate, hub and RFC 5005 pages."""
    urls = {
        "self": f"{site_url}/{path_of(doc.page, fmt)}",
        "self_type": FORMATS[fmt].media_type,
        "alternate": doc.spec.page_url,
        "hub": hub,
    }
    if doc.older_page:
        urls["prev-archive"] = f"{site_url}/{path_of(doc.older_page, fmt)}"
    if doc.is_archive:
        urls["current"] = f"{site_url}/{path_of(0, fmt)}"
    return urls
