"""Build feeds with feedgen from :class:`FeedItem` lists; pure functions, no Pelican."""

from __future__ import annotations

from pathlib import Path

from feedgen.feed import FeedGenerator

from .model import FeedItem, FeedSpec

GENERATOR = "Wirefeed"


def build_feed(items: list[FeedItem], spec: FeedSpec) -> FeedGenerator:
    """A feed of ``items`` (sorted newest first here) described by ``spec``."""
    ordered = sorted(items, key=lambda item: (item.published, item.entry_id), reverse=True)
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(spec.feed_id)
    fg.title(spec.title)
    fg.subtitle(spec.subtitle)
    fg.description(spec.subtitle)
    fg.language(spec.lang)
    fg.generator(GENERATOR)
    fg.link(href=spec.atom_url, rel="self", type="application/atom+xml")
    fg.link(href=spec.page_url, rel="alternate", type="text/html")  # last link(): RSS <link>
    newest = max((item.updated for item in ordered), default=None)
    if newest is not None:
        fg.updated(newest)
        fg.lastBuildDate(newest)
    for item in ordered:
        _add_entry(fg, item)
    return fg


def _add_entry(fg: FeedGenerator, item: FeedItem) -> None:
    entry = fg.add_entry(order="append")
    entry.id(item.entry_id)
    entry.guid(item.entry_id, permalink=False)
    entry.title(item.title)
    entry.link(href=item.url, rel="alternate", type="text/html")
    entry.published(item.published)
    entry.updated(item.updated)
    entry.summary(item.summary_html, type="html")
    entry.content(item.content_html, type="html")
    entry.description(item.summary_html)
    for name in item.authors:
        entry.author(name=name)
        entry.dc.dc_creator(name, replace=False)
    for term in (item.category, *item.tags):
        if term:
            entry.category(term=term)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` unless the file already holds exactly it; True when written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return True


def render_feed(fg: FeedGenerator) -> tuple[bytes, bytes]:
    """The Atom and RSS documents of one feed."""
    return fg.atom_str(pretty=True), fg.rss_str(pretty=True)
