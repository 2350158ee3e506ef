"""An OPML 2.0 list of every feed, grouped by kind, so a reader can subscribe in one step."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
import xml.etree.ElementTree as ET

from .model import FeedLink, FeedSpec, Site

GROUP_TITLES = {
    "all": "Everything",
    "topic": "Topics",
    "category": "Sections",
    "tag": "Tags",
    "author": "Authors",
}


def opml_document(
    feeds: list[tuple[FeedSpec, FeedLink]], site: Site, updated: datetime | None
) -> bytes:
    """OPML bytes listing one link (the preferred format) of every feed."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = f"{site.name} feeds"
    if updated is not None:
        ET.SubElement(head, "dateModified").text = format_datetime(updated)
    ET.SubElement(head, "ownerName").text = site.name
    body = ET.SubElement(root, "body")
    for kind, title in GROUP_TITLES.items():
        members = [(spec, link) for spec, link in feeds if spec.kind == kind]
        if members:
            group = ET.SubElement(body, "outline", text=title)  # no title: it needs a type
            for spec, link in members:
                ET.SubElement(group, "outline", _attributes(spec, link))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _attributes(spec: FeedSpec, link: FeedLink) -> dict[str, str]:
    return {
        "type": "rss",
        "text": spec.title,
        "title": spec.title,
        "description": spec.subtitle,
        "xmlUrl": link.href,
        "htmlUrl": spec.page_url,
    }
