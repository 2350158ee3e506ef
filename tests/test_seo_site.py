"""The built demo site: pages, head metadata, JSON-LD, sitemaps, robots.txt, search, links.

Everything here reads the output of one real Pelican build (``demo_site``) with lxml.
"""

from __future__ import annotations

from datetime import datetime, timedelta
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from conftest import BuiltSite, build_site, make_demo_site
from lxml import etree, html
import pytest

SITEURL = "http://127.0.0.1:8000"
SM = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "n": "http://www.google.com/schemas/sitemap-news/0.9",
}


def _doc(path: Path) -> html.HtmlElement:
    return html.fromstring(path.read_bytes())


def _article_pages(site: BuiltSite) -> list[Path]:
    return sorted(site.output.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html"))


def _url_of(site: BuiltSite, page: Path) -> str:
    relative = page.relative_to(site.output).as_posix()
    return f"{SITEURL}/{relative.removesuffix('index.html')}"


def _meta(doc, name: str) -> list[str]:
    return doc.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content')


def _jsonld(doc) -> dict:
    (script,) = doc.xpath('//script[@type="application/ld+json"]/text()')
    return json.loads(script)


def _target(site: BuiltSite, page: Path, href: str) -> Path | None:
    """The output file an internal link points at; None for a link off the site."""
    base = _url_of(site, page)
    url = urljoin(base, href)
    if not url.startswith(SITEURL + "/"):
        return None
    path = urlsplit(url).path.lstrip("/")
    target = site.output / path
    return target / "index.html" if path == "" or path.endswith("/") else target


def test_demo_build_succeeds(demo_site: BuiltSite):
    assert demo_site.returncode == 0, demo_site.log
    assert "Traceback" not in demo_site.log


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "archives/index.html",
        "tags/index.html",
        "sections/index.html",
        "authors/index.html",
        "search/index.html",
        "about/index.html",
        "404.html",
        "sitemap.xml",
        "news-sitemap.xml",
        "robots.txt",
        "pagefind/pagefind-ui.js",
        "pagefind/pagefind-entry.json",
        "theme/favicon.svg",
        "theme/css/site.css",
    ],
)
def test_site_has_every_kind_of_page(demo_site: BuiltSite, path):
    assert (demo_site.output / path).is_file()


def test_group_pages_have_a_prominent_follow_box(demo_site: BuiltSite):
    for kind in ("tag", "category", "author"):
        pages = sorted((demo_site.output / kind).glob("*/index.html"))
        assert pages, kind
        for page in pages:
            doc = _doc(page)
            follow = doc.xpath('//main//*[contains(@class, "follow")]')
            assert follow, page
            assert follow[0].xpath(".//a[contains(@href, 'feeds/')]"), page


def test_every_article_page_carries_full_head_metadata(demo_site: BuiltSite):
    pages = _article_pages(demo_site)
    assert len(pages) >= 3
    for page in pages:
        doc = _doc(page)
        url = _url_of(demo_site, page)
        assert doc.xpath("string(//html/@lang)")
        assert doc.xpath("string(//title)").strip()
        assert _meta(doc, "description")[0].strip()
        assert doc.xpath('//link[@rel="canonical"]/@href') == [url]
        assert _meta(doc, "og:type") == ["article"] and _meta(doc, "og:url") == [url]
        assert _meta(doc, "og:title") and _meta(doc, "og:description")
        assert _meta(doc, "article:published_time") and _meta(doc, "twitter:card") == ["summary"]
        assert doc.xpath('//link[@rel="icon"]/@href')
        assert doc.xpath('//link[@rel="alternate"][@type="application/atom+xml"]/@href')


def test_article_json_ld_matches_the_visible_page(demo_site: BuiltSite):
    datelines = sources = 0
    for page in _article_pages(demo_site):
        doc = _doc(page)
        data = _jsonld(doc)
        assert data["@type"] == "NewsArticle"
        assert data["url"] == _url_of(demo_site, page)
        assert data["headline"] == doc.xpath("string(//h1)").strip()
        times = doc.xpath("//article//header//time/@datetime")
        assert data["datePublished"] == times[0]
        assert datetime.fromisoformat(data["dateModified"]) >= datetime.fromisoformat(
            data["datePublished"]
        )
        assert data["inLanguage"] == doc.xpath("string(//html/@lang)")
        assert data["publisher"]["name"] == "Wirefeed"
        assert data["articleSection"] == doc.xpath('string(//p[@class="kicker"]/a)')
        assert data.get("keywords", []) == doc.xpath('//ul[@class="tags"]//a/text()')
        for author in data.get("author", []):
            assert author["url"].startswith(SITEURL + "/author/")
            assert (
                demo_site.output / urlsplit(author["url"]).path.lstrip("/") / "index.html"
            ).is_file()
        if doc.xpath('//*[@class="dateline"]'):
            datelines += 1
            assert data["dateline"] == doc.xpath('string(//*[@class="dateline"])')
        sources += "sourceOrganization" in data
    assert datelines and sources  # the demo has wire stories with datelines and agencies


def test_article_page_shows_what_a_reader_needs(demo_site: BuiltSite):
    pages = [_doc(page) for page in _article_pages(demo_site)]
    for doc in pages:
        assert len(doc.xpath("//h1")) == 1
        assert doc.xpath("//article//time[@datetime]")
        assert doc.xpath('//article//p[@class="meta"][contains(., "min read")]')
        assert doc.xpath('//nav[contains(@class, "story-nav")]//a[@rel="prev" or @rel="next"]')
    bylines = [doc for doc in pages if doc.xpath('//p[@class="byline"]')]
    assert bylines and all(doc.xpath('//p[@class="byline"]/a[@rel="author"]') for doc in bylines)
    assert any(doc.xpath('//section[@class="related"]//li/a') for doc in pages)
    assert any(doc.xpath('//p[@class="source"]') for doc in pages)


def test_home_has_latest_stories_and_sections(demo_site: BuiltSite):
    doc = _doc(demo_site.output / "index.html")
    assert doc.xpath('//article[@class="lead"]//h2/a')
    assert doc.xpath('//ol[contains(@class, "stories")]/li')
    boxes = doc.xpath('//section[@class="section-box"]')
    assert len(boxes) == len(list((demo_site.output / "category").glob("*/index.html")))
    data = _jsonld(doc)
    assert data["@type"] == "WebSite" and data["url"] == SITEURL + "/"


def test_pages_need_no_javascript(demo_site: BuiltSite):
    for page in demo_site.output.rglob("*.html"):
        if page.is_relative_to(demo_site.output / "pagefind"):
            continue
        scripts = _doc(page).xpath("//script[not(@type='application/ld+json')]")
        if page != demo_site.output / "search/index.html":
            assert not scripts, page


def test_article_with_its_css_weighs_under_100_kb(demo_site: BuiltSite):
    css = (demo_site.output / "theme/css/site.css").stat().st_size
    icon = (demo_site.output / "theme/favicon.svg").stat().st_size
    heaviest = max(page.stat().st_size for page in _article_pages(demo_site))
    assert heaviest + css + icon < 100 * 1024


def test_every_internal_link_resolves(demo_site: BuiltSite):
    broken = []
    for page in demo_site.output.rglob("*.html"):
        if page.is_relative_to(demo_site.output / "pagefind") or page.name == "404.html":
            continue
        doc = _doc(page)
        for href in doc.xpath("//a/@href | //link/@href | //script/@src"):
            target = _target(demo_site, page, href.split("#")[0] or "index.html")
            if target is not None and not target.is_file():
                broken.append((page.relative_to(demo_site.output).as_posix(), href))
    assert not broken


def test_404_page_links_from_the_site_root(demo_site: BuiltSite):
    doc = _doc(demo_site.output / "404.html")
    assert _meta(doc, "robots") == ["noindex"]
    hrefs = doc.xpath("//a/@href | //link[@rel='stylesheet' or @rel='icon']/@href")
    local = [href for href in hrefs if not href.startswith(("http://", "https://", "#"))]
    assert local and all(href.startswith("/") for href in local)
    for href in local:
        target = demo_site.output / href.lstrip("/")
        assert (target / "index.html" if href.endswith("/") else target).is_file(), href


def test_sitemap_lists_every_indexable_page_with_absolute_urls(demo_site: BuiltSite):
    tree = etree.parse(str(demo_site.output / "sitemap.xml"))
    locs = tree.xpath("//s:url/s:loc/text()", namespaces=SM)
    assert locs == sorted(set(locs))
    for loc in locs:
        assert loc.startswith(SITEURL + "/")
        path = urlsplit(loc).path.lstrip("/")
        assert (
            demo_site.output / path / "index.html"
            if path.endswith("/") or not path
            else demo_site.output / path
        ).is_file()
    for page in _article_pages(demo_site):
        assert _url_of(demo_site, page) in locs
    assert SITEURL + "/" in locs and SITEURL + "/archives/" in locs
    assert SITEURL + "/404.html" not in locs and SITEURL + "/search/" not in locs


def test_news_sitemap_covers_two_days_before_the_newest_story(demo_site: BuiltSite):
    published = {
        _jsonld(_doc(page))["url"]: datetime.fromisoformat(_jsonld(_doc(page))["datePublished"])
        for page in _article_pages(demo_site)
    }
    newest = max(published.values())
    expected = {url for url, date in published.items() if date >= newest - timedelta(days=2)}
    tree = etree.parse(str(demo_site.output / "news-sitemap.xml"))
    assert set(tree.xpath("//s:url/s:loc/text()", namespaces=SM)) == expected
    assert tree.xpath("//n:publication/n:name/text()", namespaces=SM)[0] == "Wirefeed"


def test_robots_txt_names_the_sitemaps(demo_site: BuiltSite):
    robots = (demo_site.output / "robots.txt").read_text()
    assert "User-agent: *" in robots
    assert f"Sitemap: {SITEURL}/sitemap.xml" in robots.splitlines()
    assert f"Sitemap: {SITEURL}/news-sitemap.xml" in robots.splitlines()


def test_search_index_holds_every_story_and_page(demo_site: BuiltSite):
    entry = json.loads((demo_site.output / "pagefind/pagefind-entry.json").read_text())
    (language,) = entry["languages"].values()  # one index: stories in any language
    pages = len(_article_pages(demo_site)) + len(list((demo_site.output).glob("about/index.html")))
    assert language["page_count"] == pages


def test_rebuild_is_byte_identical_search_index_included(demo_site: BuiltSite, tmp_path):
    again = build_site(demo_site.root, "-o", str(tmp_path / "again"))
    assert again.returncode == 0, again.log
    first = {p.relative_to(demo_site.output): p for p in demo_site.output.rglob("*") if p.is_file()}
    second = {p.relative_to(again.output): p for p in again.output.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    differing = [
        name for name, path in first.items() if path.read_bytes() != second[name].read_bytes()
    ]
    assert not differing


def test_pagination_scales_to_thousands_of_stories(tmp_path):
    root = make_demo_site(tmp_path)
    (root / "seeds").rename(root / "no-seeds")
    for number in range(2000):
        date = datetime(2024, 1, 1) + timedelta(hours=5 * number)
        (root / "content" / f"story-{number:04d}.md").write_text(
            f"Title: Story {number}\nDate: {date:%Y-%m-%dT%H:%M}+00:00\n"
            f"Category: Desk {number % 4}\nTags: Topic {number % 7}\nSlug: story-{number:04d}\n\n"
            f"Body of story {number}.\n"
        )
    built = build_site(root, "-e", 'SITE_SEARCH={"ENABLED": false}')
    assert built.returncode == 0, built.log
    out = built.output
    assert len(list(out.glob("page/*/index.html"))) == 99  # 2000 / 20, page 1 is the home
    home = _doc(out / "index.html")
    assert home.xpath('//nav[@class="pager"]//a[.="Oldest"]/@href') == ["./page/100/"]
    last = _doc(out / "page/100/index.html")
    assert last.xpath('//nav[@class="pager"]//a[@rel="prev"]/@href') == ["../../page/99/"]
    assert not last.xpath('//a[@rel="next"]')
    assert "Story 0" in last.xpath('//ol[@class="stories"]//h2/a/text()')
    assert len(list(out.glob("archives/page/*/index.html"))) == 19  # 100 a page
    assert (out / "tag/topic-3/page/15/index.html").is_file()
    sitemap = etree.parse(str(out / "sitemap.xml"))
    locs = sitemap.xpath("//s:url/s:loc/text()", namespaces=SM)
    assert f"{SITEURL}/page/100/" in locs and f"{SITEURL}/tag/topic-3/page/15/" in locs
    news = etree.parse(str(out / "news-sitemap.xml")).xpath("//s:url", namespaces=SM)
    assert len(news) == 2 * 24 // 5 + 1  # one story every five hours, two days back
