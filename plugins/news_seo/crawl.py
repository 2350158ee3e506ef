"""Files for crawlers: sitemap.xml (split past 50,000 URLs), a news sitemap and robots.txt."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
import posixpath
import xml.etree.ElementTree as ET

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
MAX_URLS = 50_000  # the sitemap protocol's limit per file
ET.register_namespace("", SITEMAP_NS)
ET.register_namespace("news", NEWS_NS)


@dataclass(frozen=True, slots=True)
class PageEntry:
    """One page for sitemap.xml: its absolute URL and when its content last changed."""

    url: str
    lastmod: datetime | None = None


@dataclass(frozen=True, slots=True)
class NewsEntry:
    """One story for the news sitemap."""

    url: str
    title: str
    published: datetime
    lang: str


def page_url(site_url: str, output_file: str) -> str:
    """The absolute URL of an output file, ``index.html`` left off as servers do."""
    path = output_file.replace("\\", "/").lstrip("/")
    if posixpath.basename(path) == "index.html":
        path = path[: -len("index.html")]
    return f"{site_url.rstrip('/')}/{path}"


def sitemap_files(
    entries: Iterable[PageEntry], name: str, site_url: str, per_file: int = MAX_URLS
) -> dict[str, bytes]:
    """``{output path: bytes}``: one sitemap, or an index plus numbered parts past ``per_file``."""
    unique = {entry.url: entry for entry in entries}
    ordered = [unique[url] for url in sorted(unique)]
    if len(ordered) <= per_file:
        return {name: _urlset(ordered)}
    stem, ext = posixpath.splitext(name)
    parts = {
        f"{stem}-{number}{ext}": _urlset(ordered[start : start + per_file])
        for number, start in enumerate(range(0, len(ordered), per_file), start=1)
    }
    part_urls = [f"{site_url.rstrip('/')}/{part}" for part in parts]
    return {name: _index(part_urls), **parts}


def recent_news(entries: Sequence[NewsEntry], days: int) -> list[NewsEntry]:
    """Stories within ``days`` before the newest story (never the build time), newest first."""
    if not entries:
        return []
    newest = max(entry.published for entry in entries)
    since = newest - timedelta(days=days)
    chosen = [entry for entry in entries if entry.published >= since]
    return sorted(chosen, key=lambda entry: (entry.published, entry.url), reverse=True)


def news_sitemap(entries: Sequence[NewsEntry], publication: str) -> bytes:
    """A Google News sitemap of ``entries``."""
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.url
        news = ET.SubElement(url, f"{{{NEWS_NS}}}news")
        source = ET.SubElement(news, f"{{{NEWS_NS}}}publication")
        ET.SubElement(source, f"{{{NEWS_NS}}}name").text = publication
        ET.SubElement(source, f"{{{NEWS_NS}}}language").text = news_language(entry.lang)
        ET.SubElement(news, f"{{{NEWS_NS}}}publication_date").text = entry.published.isoformat()
        ET.SubElement(news, f"{{{NEWS_NS}}}title").text = entry.title
    return _serialise(root)


def news_language(lang: str) -> str:
    """The ISO 639 code Google News expects (``zh-cn`` and ``zh-tw`` keep their region)."""
    code = (lang or "en").lower().replace("_", "-")
    return code if code in ("zh-cn", "zh-tw") else code.split("-")[0]


def robots_txt(sitemap_urls: Sequence[str]) -> str:
    """A robots.txt that lets every crawler in and names the sitemaps."""
    lines = ["User-agent: *", "Allow: /", ""]
    lines += [f"Sitemap: {url}" for url in sitemap_urls]
    return "\n".join(lines) + "\n"


def _urlset(entries: Sequence[PageEntry]) -> bytes:
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for entry in entries:
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = entry.url
        if entry.lastmod is not None:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = entry.lastmod.isoformat()
    return _serialise(root)


def _index(urls: Sequence[str]) -> bytes:
    root = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for url in urls:
        ET.SubElement(
            ET.SubElement(root, f"{{{SITEMAP_NS}}}sitemap"), f"{{{SITEMAP_NS}}}loc"
        ).text = url
    return _serialise(root)


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
