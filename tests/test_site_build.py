"""End to end: tiny seeds -> content files -> pages -> feeds, with real Pelican and feedgen."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import BuiltSite, build_site, make_site
import feedparser
from lxml import etree
import pytest

ATOM_NS = {"a": "http://www.w3.org/2005/Atom"}
ATOM_RNG = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "atom.rng"


def test_build_succeeds_and_names_the_bad_seed(built_site: BuiltSite):
    assert built_site.returncode == 0, built_site.log
    assert "broken-empty.txt" in built_site.log
    assert "empty" in built_site.log


def test_every_good_seed_becomes_a_content_file(built_site: BuiltSite):
    names = sorted(path.name for path in built_site.content.glob("*.md"))
    assert names == [
        "bergen-harbour-switches-cruise-ships-to-shore-power.md",
        "ferry-operators-in-bergen-freeze-winter-fares-after-fuel-costs-ease.md",
        "volunteers-repaint-the-lighthouse-at-hellisoy.md",
    ]


def test_content_file_has_the_skeleton_metadata(built_site: BuiltSite):
    text = (
        built_site.content / "bergen-harbour-switches-cruise-ships-to-shore-power.md"
    ).read_text()
    header = text.split("\n\n", 1)[0]
    for line in (
        "Title: Bergen harbour switches cruise ships to shore power",
        "Date: 2025-12-05T09:30+01:00",
        "Authors: Tomas Halvorsen",
        "Category: Business",
        "Slug: bergen-harbour-switches-cruise-ships-to-shore-power",
        "Source-File: 2025-12-05-harbour-power.txt",
    ):
        assert line in header.splitlines()
    assert "Tags: " in header and "Summary: Cruise ships calling at Bergen" in header


def test_pages_exist_for_articles_tags_categories_and_authors(built_site: BuiltSite):
    out = built_site.output
    assert (out / "index.html").is_file()
    assert (
        out / "2025/12/bergen-harbour-switches-cruise-ships-to-shore-power/index.html"
    ).is_file()
    assert (out / "tag/vestkyst-ferjer/index.html").is_file()
    assert (out / "category/business/index.html").is_file()
    assert (out / "author/tomas-halvorsen/index.html").is_file()


def test_every_page_links_the_site_feeds_and_a_tag_page_its_own(built_site: BuiltSite):
    for page in built_site.output.rglob("*.html"):
        html = page.read_text()
        assert 'href="http://127.0.0.1:8000/feeds/all.atom.xml"' in html, page
        assert 'href="http://127.0.0.1:8000/feeds/all.rss.xml"' in html, page
    tag_page = (built_site.output / "tag/vestkyst-ferjer/index.html").read_text()
    assert "/feeds/tag/vestkyst-ferjer.atom.xml" in tag_page
    assert "/feeds/tag/vestkyst-ferjer.rss.xml" in tag_page


@pytest.mark.parametrize(
    "name",
    [
        "all.atom.xml",
        "all.rss.xml",
        "tag/vestkyst-ferjer.atom.xml",
        "tag/vestkyst-ferjer.rss.xml",
        "category/business.atom.xml",
        "author/tomas-halvorsen.rss.xml",
    ],
)
def test_feeds_parse_cleanly_newest_first_with_absolute_links(built_site: BuiltSite, name):
    parsed = feedparser.parse((built_site.output / "feeds" / name).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries
    dates = [entry.published_parsed for entry in parsed.entries]
    assert dates == sorted(dates, reverse=True)
    for entry in parsed.entries:
        assert entry.link.startswith("http://127.0.0.1:8000/")


def test_site_atom_feed_structure(built_site: BuiltSite):
    tree = etree.fromstring((built_site.output / "feeds/all.atom.xml").read_bytes())
    titles = tree.xpath("a:entry/a:title/text()", namespaces=ATOM_NS)
    assert titles == [
        "Bergen harbour switches cruise ships to shore power",
        "Volunteers repaint the lighthouse at Hellisøy",  # undated: falls back to Dec 5
        "Ferry operators in Bergen freeze winter fares after fuel costs ease",
    ]
    updated = tree.xpath("string(a:updated)", namespaces=ATOM_NS)
    newest = max(tree.xpath("a:entry/a:updated/text()", namespaces=ATOM_NS))
    assert updated == newest  # from article dates, never the build time
    ids = tree.xpath("a:entry/a:id/text()", namespaces=ATOM_NS)
    assert all(entry_id.startswith("urn:uuid:") for entry_id in ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.skipif(not ATOM_RNG.is_file(), reason="shared Atom schema not beside the project")
def test_site_atom_feed_is_valid_rfc4287(built_site: BuiltSite):
    schema = etree.RelaxNG(etree.parse(str(ATOM_RNG)))
    for feed in (built_site.output / "feeds").rglob("*.atom.xml"):
        document = etree.parse(str(feed))
        assert schema.validate(document), (feed, schema.error_log)


def test_rebuild_changes_no_content_file(built_site: BuiltSite, tmp_path):
    before = {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in built_site.content.glob("*.md")
    }
    rebuilt = build_site(built_site.root, "-o", str(tmp_path / "again"))
    assert rebuilt.returncode == 0, rebuilt.log
    after = {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in built_site.content.glob("*.md")
    }
    assert after == before
    for feed in (built_site.output / "feeds").rglob("*.xml"):
        again = tmp_path / "again" / feed.relative_to(built_site.output)
        assert again.read_bytes() == feed.read_bytes(), feed


def test_strict_mode_fails_the_build_but_still_builds_the_rest(tmp_path):
    root = make_site(tmp_path)
    env = {**os.environ, "WIREFEED_STRICT": "1"}
    built = build_site(root, env=env)
    assert built.returncode != 0
    assert "broken-empty.txt" in built.log
    assert (built.output / "index.html").is_file()
    assert "build_report:" in built.log  # the summary comes before the strict exit
    assert (built.output / "pagefind").is_dir()  # so does the search index


def test_a_story_without_a_byline_gets_no_invented_author(built_site: BuiltSite):
    text = (built_site.content / "volunteers-repaint-the-lighthouse-at-hellisoy.md").read_text()
    assert "Authors:" not in text.split("\n\n", 1)[0]
    authors = sorted(p.name for p in (built_site.output / "author").iterdir())
    assert authors == ["ingrid-solberg", "tomas-halvorsen"]
