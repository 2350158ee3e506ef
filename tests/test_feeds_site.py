"""End to end: a small site built by real Pelican, every feed parsed back in every format.

The site is ``tests/fixtures/feeds/seeds`` (five invented stories, one in Nynorsk) built with
two entries per feed, so the site feed has RFC 5005 archive pages, plus two topic feeds,
a WebSub hub, an icon and a logo.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import datetime
import json
from pathlib import Path
import re
import shutil

from conftest import BuiltSite, build_site
import feedparser
from lxml import etree, html
import pytest

from news_import.render import read_header

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "feeds"
ATOM_RNG = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "atom.rng"
SITE_URL = "http://127.0.0.1:8000"
HUB = "https://hub.example.org/"
A = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
FH = "{http://purl.org/syndication/history/1.0}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
OFFSET = re.compile(r"[+-]\d\d:\d\d$")
TOPICS = {
    "trondheim-business": {
        "title": "Business in Trondheim",
        "all_tags": ["Trondheim"],
        "category": "Business",
    },
    "islands": {"title": "The islands", "any_tags": ["Hitra", "Frøya"]},
}
SETTINGS = {
    "MAX_ENTRIES": 2,
    "HUB": HUB,
    "ICON": "theme/favicon.svg",
    "LOGO": "https://cdn.example.org/wirefeed-logo.png",
    "TOPICS": TOPICS,
}


def feed_args(**changes) -> tuple[str, ...]:
    """Pelican's ``-e`` option with this module's NEWS_FEEDS (JSON, as Pelican reads it)."""
    return ("-e", "NEWS_FEEDS=" + json.dumps({**SETTINGS, **changes}))


def make_feed_site(tmp_path: Path) -> Path:
    """Copy the feed fixture seeds into ``tmp_path`` with an empty content folder."""
    shutil.copytree(FIXTURE / "seeds", tmp_path / "seeds")
    (tmp_path / "content").mkdir()
    return tmp_path


def built(root: Path, *extra: str, **changes) -> BuiltSite:
    site = build_site(root, *feed_args(**changes), *extra)
    assert site.returncode == 0, site.log
    return site


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> BuiltSite:
    return built(make_feed_site(tmp_path_factory.mktemp("feeds")))


def feeds(site: BuiltSite, pattern: str = "*") -> list[Path]:
    return sorted((site.output / "feeds").rglob(pattern))


def current_feeds(site: BuiltSite, ending: str) -> list[Path]:
    return [p for p in feeds(site, f"*{ending}") if ".archive-" not in p.name]


def headers(site: BuiltSite) -> list[dict[str, str]]:
    return [read_header(p.read_text()) for p in sorted(site.content.glob("*.md"))]


def url_of(site: BuiltSite, path: Path) -> str:
    return f"{SITE_URL}/{path.relative_to(site.output).as_posix()}"


def atom(path: Path) -> etree._Element:
    return etree.fromstring(path.read_bytes())


# --- 1. every feed, every format ----------------------------------------------------------


def test_every_tag_category_author_and_topic_has_every_format(site):
    kinds = {"tag": "tag", "category": "category", "author": "author"}
    expected = {"feeds/all"} | {f"feeds/topic/{slug}" for slug in TOPICS}
    for kind, folder in kinds.items():
        for page in (site.output / folder).glob("*/index.html"):
            expected.add(f"feeds/{kind}/{page.parent.name}")
    assert len(expected) > 10
    for base in expected:
        for ending in (".atom.xml", ".rss.xml", ".json"):
            assert (site.output / (base + ending)).is_file(), base + ending


def test_every_xml_feed_parses_cleanly(site):
    documents = feeds(site, "*.xml")
    assert len(documents) > 20
    for path in documents:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version in {"atom10", "rss20"}, path
        etree.fromstring(path.read_bytes())


@pytest.mark.skipif(not ATOM_RNG.is_file(), reason="shared Atom schema not beside the project")
def test_every_atom_document_is_valid_rfc4287(site):
    schema = etree.RelaxNG(etree.parse(str(ATOM_RNG)))
    for path in feeds(site, "*.atom.xml"):
        assert schema.validate(etree.parse(str(path))), (path, schema.error_log)


def test_every_json_feed_is_json_feed_1_1(site):
    for path in feeds(site, "*.json"):
        feed = json.loads(path.read_bytes())
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["title"] and feed["home_page_url"].startswith(SITE_URL)
        assert feed["feed_url"] == url_of(site, path)
        for item in feed["items"]:
            assert item["id"].startswith("urn:uuid:") and item["url"].startswith(SITE_URL)
            assert item["title"] and item["content_html"] and item["summary"]
            assert OFFSET.search(item["date_published"]) and item["authors"]


def test_the_formats_agree_entry_by_entry(site):
    views = {}
    for ending in (".atom.xml", ".rss.xml"):
        parsed = feedparser.parse((site.output / f"feeds/all{ending}").read_bytes())
        views[ending] = [
            (e.id, e.title, e.link, calendar.timegm(e.published_parsed), author_names(e))
            for e in parsed.entries
        ]
    feed = json.loads((site.output / "feeds/all.json").read_bytes())
    views[".json"] = [
        (
            i["id"],
            i["title"],
            i["url"],
            int(datetime.fromisoformat(i["date_published"]).timestamp()),
            sorted(a["name"] for a in i["authors"]),
        )
        for i in feed["items"]
    ]
    assert views[".atom.xml"] == views[".rss.xml"] == views[".json"]
    assert len(views[".json"]) == SETTINGS["MAX_ENTRIES"]


def author_names(entry) -> list[str]:
    """Every author feedparser found, whether from atom:author or from dc:creator."""
    return sorted({a.get("name") for a in entry.get("authors", []) if a.get("name")})


# --- 2. entries ---------------------------------------------------------------------------


def test_atom_entries_are_complete(site):
    by_id = {h["entry-id"]: h for h in headers(site)}
    for path in current_feeds(site, ".atom.xml"):
        for entry in atom(path).iter(f"{A}entry"):
            content = entry.find(f"{A}content")
            assert content.get("type") == "html" and content.text
            assert entry.findtext(f"{A}summary")
            for tag in ("published", "updated"):
                assert OFFSET.search(entry.findtext(f"{A}{tag}")), (path, tag)
            assert [a.findtext(f"{A}name") for a in entry.iter(f"{A}author")]
            terms = {c.get("term") for c in entry.iter(f"{A}category")}
            header = by_id[entry.findtext(f"{A}id")]
            assert header["category"] in terms
            assert entry.get(XML_LANG) == header["lang"]
            assert_absolute(content.text, path)


def assert_absolute(markup: str, where) -> None:
    fragment = html.fragment_fromstring(markup, create_parent="div")
    for element in fragment.iter():
        for attribute in ("href", "src"):
            value = element.get(attribute)
            if value is not None:
                assert value.startswith(("http://", "https://")), (where, value)


def test_rss_items_carry_content_description_creators_and_credit(site):
    rss = atom(site.output / "feeds/author/kari-nilsen.rss.xml")
    items = rss.findall("channel/item")
    assert items
    for item in items:
        assert item.findtext(f"{CONTENT}encoded") and item.findtext("description")
        assert item.find("author") is None  # RSS <author> needs an email; dc:creator instead
        assert "Kari Nilsen" in [c.text for c in item.findall(f"{DC}creator")]
        assert item.findtext(f"{DC}language") == "en"
        assert item.findtext(f"{DC}source") == "NTB"  # both of Kari's stories are NTB's
        assert "Source: NTB" in item.findtext(f"{CONTENT}encoded")
        assert [c.text for c in item.findall("category")]


def test_every_author_of_a_shared_story_is_named(site):
    story = next(
        e
        for e in feedparser.parse((site.output / "feeds/tag/trondheim.atom.xml").read_bytes())[
            "entries"
        ]
        if e.title.startswith("Fish market")
    )
    assert sorted(a.name for a in story.authors) == ["Kari Nilsen", "Ola Berg"]


def test_titles_are_plain_text(site):
    rss = atom(site.output / "feeds/author/ola-berg.rss.xml")
    titles = [t.text for t in rss.iter("title")]
    assert any(t.startswith("Ferries & buses") for t in titles), titles


# --- 3. ids -------------------------------------------------------------------------------


def test_entry_ids_are_the_minted_entry_ids_and_guids_are_not_permalinks(site):
    minted = {h["entry-id"] for h in headers(site)}
    everywhere = set()
    for path in feeds(site, "*.atom.xml"):
        everywhere |= {e.findtext(f"{A}id") for e in atom(path).iter(f"{A}entry")}
    assert everywhere == minted
    for path in feeds(site, "*.rss.xml"):
        for guid in atom(path).iter("guid"):
            assert guid.text in minted and guid.get("isPermaLink") == "false"


# --- 4. feed level ------------------------------------------------------------------------


def test_each_feed_has_its_own_id_self_alternate_and_updated(site):
    ids = Counter()
    for path in current_feeds(site, ".atom.xml"):
        root = atom(path)
        ids[root.findtext(f"{A}id")] += 1
        links = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
        assert links["self"] == url_of(site, path)
        assert links["alternate"].startswith(SITE_URL) and links["hub"] == HUB
        entries = [e.findtext(f"{A}updated") for e in root.iter(f"{A}entry")]
        if entries:
            assert root.findtext(f"{A}updated") in entries
        assert root.findtext(f"{A}icon") == f"{SITE_URL}/theme/favicon.svg"
        assert root.findtext(f"{A}logo") == SETTINGS["LOGO"]
    assert set(ids.values()) == {1}


def test_rss_self_is_the_rss_file_and_link_is_the_page(site):
    for path in current_feeds(site, ".rss.xml"):
        channel = atom(path).find("channel")
        links = {link.get("rel"): link for link in channel.findall(f"{A}link")}
        assert links["self"].get("href") == url_of(site, path)
        assert links["self"].get("type") == "application/rss+xml"
        assert links["hub"].get("href") == HUB
        assert not channel.findtext("link").endswith(".xml")
        assert channel.findtext("lastBuildDate")
    tag = atom(site.output / "feeds/tag/trondheim.rss.xml").find("channel")
    assert tag.findtext("link") == f"{SITE_URL}/tag/trondheim/"
    assert "Trondheim" in tag.findtext("title") and "Trondheim" in tag.findtext("description")


def test_titles_and_subtitles_name_the_author(site):
    root = atom(site.output / "feeds/author/ola-berg.atom.xml")
    assert root.findtext(f"{A}title").startswith("Ola Berg")
    assert "Ola Berg" in root.findtext(f"{A}subtitle")


def test_the_hub_is_announced_in_json_too(site):
    for path in current_feeds(site, ".json"):
        assert json.loads(path.read_bytes())["hubs"] == [{"type": "WebSub", "url": HUB}]


# --- 6. small current feeds, full history -------------------------------------------------


def test_site_feed_pages_back_through_every_story(site):
    stories = {h["entry-id"] for h in headers(site)}
    seen: set[str] = set()
    path = site.output / "feeds/all.atom.xml"
    root = atom(path)
    assert len(root.findall(f"{A}entry")) == 2 and root.find(f"{FH}archive") is None
    while True:
        seen |= {e.findtext(f"{A}id") for e in root.iter(f"{A}entry")}
        older = root.find(f"{A}link[@rel='prev-archive']")
        if older is None:
            break
        path = site.output / older.get("href").removeprefix(SITE_URL + "/")
        root = atom(path)
        assert root.find(f"{FH}archive") is not None
        current = root.find(f"{A}link[@rel='current']").get("href")
        assert current == f"{SITE_URL}/feeds/all.atom.xml"
    assert seen == stories


def test_rss_and_json_archives_link_the_same_way(site):
    channel = atom(site.output / "feeds/all.rss.xml").find("channel")
    older = channel.find(f"{A}link[@rel='prev-archive']").get("href")
    assert older == f"{SITE_URL}/feeds/all.archive-2.rss.xml"
    archive = atom(site.output / "feeds/all.archive-2.rss.xml").find("channel")
    assert archive.find(f"{FH}archive") is not None
    feed = json.loads((site.output / "feeds/all.json").read_bytes())
    assert feed["next_url"] == f"{SITE_URL}/feeds/all.archive-2.json"


def test_an_archive_page_does_not_change_when_a_story_arrives(tmp_path):
    root = make_feed_site(tmp_path)
    first = built(root)
    page = first.output / "feeds/all.archive-1.atom.xml"
    before = (page.read_bytes(), page.stat().st_mtime_ns)
    (root / "seeds/2025-11-28-new-quay.txt").write_text(
        "Trondheim tests a floating quay for small boats\nBy Kari Nilsen\n"
        "Posted on November 28, 2025 at 11:00 AM CET\n"
        "TRONDHEIM, Nov 28 - A floating quay for small boats went into the water on Friday.\n"
        "Harbour staff said the quay rises and falls with the tide.\n"
    )
    again = built(root)
    assert (page.read_bytes(), page.stat().st_mtime_ns) == before
    assert (again.output / "feeds/all.archive-3.atom.xml").is_file()  # 6 stories: 3 full pages
    assert "floating quay" in (again.output / "feeds/all.atom.xml").read_text()


# --- 5. stable bytes ----------------------------------------------------------------------


def test_rebuilds_are_byte_identical_and_leave_unchanged_files_alone(site, tmp_path):
    outputs = [*feeds(site, "*.xml"), *feeds(site, "*.json"), *feeds(site, "*.opml")]
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in outputs}
    built(site.root)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in outputs} == before
    elsewhere = built(site.root, "-o", str(tmp_path / "again"))
    for path, (data, _mtime) in before.items():
        assert (elsewhere.output / path.relative_to(site.output)).read_bytes() == data, path


# --- 3. ids survive a retitle -------------------------------------------------------------


def test_a_retitled_story_keeps_its_id(tmp_path):
    root = make_feed_site(tmp_path)
    first = built(root, MAX_ENTRIES=50)
    ids = {
        e.id: e.title
        for e in feedparser.parse(
            (first.output / "feeds/author/ola-berg.atom.xml").read_bytes()
        ).entries
    }
    seed = root / "seeds/2025-11-05-library-boat.txt"
    seed.write_text(seed.read_text().replace("Library boat returns", "Island library boat is back"))
    again = built(root, MAX_ENTRIES=50)
    after = feedparser.parse((again.output / "feeds/author/ola-berg.atom.xml").read_bytes())
    assert {e.id for e in after.entries} == set(ids)
    assert any(e.title.startswith("Island library boat") for e in after.entries)


# --- 7. never broken by content -----------------------------------------------------------

HOSTILE_CONTENT = """Title: Hand-made \x07notice <b>about</b> the ferry
Date: 2025-11-25 08:00
Category: Business
Tags: Trondheim
Slug: ferry-notice
Summary: A notice written by hand, with a bell\x07 character.

<p onclick="steal()">Timetables are at <a href="/timetables/">the timetable page</a>.</p>
<img src="ferry.png" alt="The ferry">
<script>alert("no")</script>
<p>Form feed \x0c and vertical tab \x0b and NUL-free text.</p>
"""


def test_hostile_and_huge_articles_never_break_a_feed(tmp_path):
    root = make_feed_site(tmp_path)
    (root / "content/notice.md").write_text(HOSTILE_CONTENT)
    paragraph = "The harbour board read the whole report aloud, page by page. " * 40
    (root / "seeds/2025-11-26-long-report.txt").write_text(
        "Harbour board reads a very long report\nBy Ola Berg\n"
        "Posted on November 26, 2025 at 6:00 PM CET\n" + f"{paragraph}\n" * 300
    )
    site = build_site(root, *feed_args(MAX_ENTRIES=50))
    assert site.returncode == 0, site.log[-3000:]
    log = " ".join(site.log.split())
    assert "notice.md has no Entry-Id" in log
    assert "harbour-board-reads-a-very-long-report.md is too long for feeds" in log
    for path in feeds(site, "*.xml"):
        assert not feedparser.parse(path.read_bytes()).bozo, path
    for path in feeds(site, "*.json"):
        assert "\\u0007" not in path.read_text() and json.loads(path.read_bytes())["items"]
    page = site.output / "feeds/all.atom.xml"
    assert page.stat().st_size < 200_000
    notice = next(e for e in atom(page).iter(f"{A}entry") if "notice" in e.findtext(f"{A}title"))
    assert notice.findtext(f"{A}title") == "Hand-made notice about the ferry"
    content = notice.findtext(f"{A}content")
    assert "script" not in content and "onclick" not in content and "\x0c" not in content
    assert f'href="{SITE_URL}/timetables/"' in content
    assert f'src="{SITE_URL}/2025/11/ferry-notice/ferry.png"' in content
    if ATOM_RNG.is_file():
        schema = etree.RelaxNG(etree.parse(str(ATOM_RNG)))
        assert schema.validate(etree.parse(str(page))), schema.error_log


# --- 8. finding the feeds -----------------------------------------------------------------


def alternates(page: Path) -> list[str]:
    head = html.fromstring(page.read_bytes()).find("head")
    return [link.get("href") for link in head.iter("link") if link.get("rel") == "alternate"]


SITE_FEEDS = [f"{SITE_URL}/feeds/all{e}" for e in (".atom.xml", ".rss.xml", ".json")]


@pytest.mark.parametrize(
    ("page", "own"),
    [
        ("tag/trondheim/index.html", "feeds/tag/trondheim"),
        ("category/business/index.html", "feeds/category/business"),
        ("author/ola-berg/index.html", "feeds/author/ola-berg"),
    ],
)
def test_group_pages_list_their_own_feeds_first_and_a_follow_block(site, page, own):
    mine = [f"{SITE_URL}/{own}{e}" for e in (".atom.xml", ".rss.xml", ".json")]
    assert alternates(site.output / page) == mine + SITE_FEEDS
    follow = html.fromstring((site.output / page).read_bytes()).find_class("follow")
    assert follow, page
    assert [a.get("href") for a in follow[0].iter("a")][:3] == mine


def test_every_other_page_lists_the_site_feeds(site):
    groups = ("tag/", "category/", "author/")
    pages = [
        p
        for p in site.output.rglob("*.html")
        if not str(p.relative_to(site.output)).startswith(groups)
    ]
    assert len(pages) > 5
    for page in pages:
        assert alternates(page) == SITE_FEEDS, page


def test_feeds_page_lists_every_feed_with_its_entry_count(site):
    page = html.fromstring((site.output / "feeds/index.html").read_bytes())
    listed = {li.get("id"): li.text_content() for li in page.iter("li") if li.get("id")}
    assert "5 stories" in listed["all-all"] and "2 archive pages" in listed["all-all"]
    assert "2 stories" in listed["tag-trondheim"]
    assert "2 stories" in listed["author-kari-nilsen"]
    current = {
        url_of(site, p) for e in (".atom.xml", ".rss.xml", ".json") for p in current_feeds(site, e)
    }
    hrefs = {a.get("href") for a in page.iter("a")}
    assert current <= hrefs


def test_opml_lists_every_current_feed(site):
    tree = etree.fromstring((site.output / "feeds/feeds.opml").read_bytes())
    urls = [o.get("xmlUrl") for o in tree.iter("outline") if o.get("type") == "rss"]
    assert sorted(urls) == sorted(url_of(site, p) for p in current_feeds(site, ".atom.xml"))


def test_feeds_carry_a_css_stylesheet_that_exists(site):
    css = site.output / "feeds/feed.css"
    assert css.is_file() and b"display" in css.read_bytes()
    pi = f'<?xml-stylesheet type="text/css" href="{SITE_URL}/feeds/feed.css"?>'.encode()
    for path in feeds(site, "*.xml"):
        assert path.read_bytes().splitlines()[1] == pi, path
        assert b"xsl" not in path.read_bytes()


# --- 9. topics ----------------------------------------------------------------------------


@pytest.mark.parametrize("slug", sorted(TOPICS))
def test_topic_feeds_hold_exactly_the_matching_stories(site, slug):
    rule = TOPICS[slug]
    expected = set()
    for header in headers(site):
        tags = {t.strip() for t in header.get("tags", "").split(",") if t.strip()}
        if rule.get("any_tags") and not tags & set(rule["any_tags"]):
            continue
        if not set(rule.get("all_tags", ())) <= tags:
            continue
        if rule.get("category") and header.get("category") != rule["category"]:
            continue
        expected.add(header["entry-id"])
    assert expected, f"the fixture seeds no longer give topic {slug} a story"
    feed = json.loads((site.output / f"feeds/topic/{slug}.json").read_bytes())
    assert {i["id"] for i in feed["items"]} == expected
    assert rule["title"] in feed["title"]
    parsed = feedparser.parse((site.output / f"feeds/topic/{slug}.atom.xml").read_bytes())
    assert {e.id for e in parsed.entries} == expected
