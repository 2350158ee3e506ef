"""Every file the plugin writes, as (path, bytes) pairs, and what templates get to see."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from .build import build_feed, link_roles, render
from .jsonfeed import json_feed, render_json
from .model import FORMATS, FeedLink, FeedSpec, Site
from .opml import GROUP_TITLES, opml_document
from .plan import archive_pages, document_path, documents, feed_links
from .settings import FeedConfig

TEMPLATE_KINDS = ("tag", "category", "author")


def feed_files(
    specs: list[FeedSpec], config: FeedConfig, site: Site
) -> Iterator[tuple[str, bytes]]:
    """Each format of each document (current and archive pages) of every feed."""
    for spec in specs:
        path_of = partial(_path, spec.base_path, config.archive_path)
        for doc in documents(spec, config.max_entries):
            for fmt in config.formats:
                urls = link_roles(doc, fmt, path_of, site.url, site.hub)
                if fmt == "json":
                    data = render_json(json_feed(doc, site, urls))
                else:
                    data = render(build_feed(doc, site, urls), fmt, site.stylesheet_url)
                yield path_of(doc.page, fmt), data


def _path(base_path: str, archive_path: str, page: int, fmt: str) -> str:
    return document_path(base_path, page, fmt, archive_path)


def opml_file(specs: list[FeedSpec], config: FeedConfig, site: Site) -> bytes:
    """The OPML list: one link per feed, in the first configured XML format."""
    fmt = next((name for name in config.formats if name != "json"), config.formats[0])
    pairs = [(spec, _links(spec, config, site, (fmt,))[0]) for spec in specs]
    newest = max((item.updated for spec in specs for item in spec.items), default=None)
    return opml_document(pairs, site, newest)


def _links(spec: FeedSpec, config: FeedConfig, site: Site, formats=None) -> list[FeedLink]:
    return feed_links(spec, formats or config.formats, site.url, config.archive_path)


@dataclass(frozen=True, slots=True)
class Listing:
    """One feed on the feeds page: what it is, how many entries, its links."""

    kind: str
    slug: str
    name: str
    title: str
    subtitle: str
    page_url: str
    entries: int
    current_entries: int
    archive_pages: int
    links: tuple[FeedLink, ...]


def template_view(specs: list[FeedSpec], config: FeedConfig, site: Site) -> dict[str, Any]:
    """``WIREFEED_FEEDS`` for templates: links per page, the feeds page, the OPML file."""
    view: dict[str, Any] = {
        f"ALL_{name.upper()}": document_path(config.paths["all"], 0, name, config.archive_path)
        for name in FORMATS
    }
    site_specs = [spec for spec in specs if spec.kind == "all"]
    view["site"] = _links(site_specs[0], config, site) if site_specs else []
    for kind in TEMPLATE_KINDS:
        view[f"by_{kind}"] = {
            spec.slug: _links(spec, config, site) for spec in specs if spec.kind == kind
        }
    view["groups"] = [
        {"kind": kind, "heading": heading, "feeds": listings}
        for kind, heading in GROUP_TITLES.items()
        if (listings := [_listing(s, config, site) for s in specs if s.kind == kind])
    ]
    view["opml"] = f"{site.url}/{config.opml}" if config.opml else ""
    view["page_url"] = site.feeds_page_url
    return view


def _listing(spec: FeedSpec, config: FeedConfig, site: Site) -> Listing:
    total = len(spec.items)
    archives = archive_pages(total, config.max_entries)
    return Listing(
        kind=spec.kind,
        slug=spec.slug,
        name=spec.name,
        title=spec.title,
        subtitle=spec.subtitle,
        page_url=spec.page_url,
        entries=total,
        current_entries=min(total, config.max_entries),
        archive_pages=archives,
        links=tuple(_links(spec, config, site)),
    )
