"""Pure parts of the feed plugin: cleaning, topics, RFC 5005 paging, ids, settings, formats."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
import json
import logging
from pathlib import Path

import feedparser
from lxml import etree
import pytest

from news_feeds.build import build_feed, link_roles, render
from news_feeds.catalog import catalog
from news_feeds.clean import bounded_content, clean_html, plain_text, xml_safe
from news_feeds.jsonfeed import json_feed, render_json
from news_feeds.model import FeedItem, Site, Term, TopicRule
from news_feeds.opml import opml_document
from news_feeds.outputs import feed_files, template_view
from news_feeds.plan import document_path, documents, feed_id, matches, newest_first
from news_feeds.settings import DEFAULTS, resolve

ATOM = "{http://www.w3.org/2005/Atom}"
ATOM_RNG = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "atom.rng"
SITE = Site(name="Wirefeed", url="https://news.example.org", lang="en")
SETTINGS = {"SITEURL": "https://news.example.org", "NEWS_IMPORT": {"ID_NAMESPACE": "unit"}}
START = datetime(2025, 11, 1, 9, 0, tzinfo=UTC)


def item(number: int, **changes) -> FeedItem:
    """The ``number``-th story of a made-up site, one day after the previous one."""
    fields = {
        "entry_id": f"urn:uuid:00000000-0000-5000-8000-{number:012d}",
        "title": f"Story {number}",
        "url": f"https://news.example.org/2025/11/story-{number}/",
        "published": START + timedelta(days=number),
        "updated": START + timedelta(days=number),
        "summary": f"Summary of story {number}.",
        "content_html": f"<p>Body of story {number}.</p>",
        "authors": (Term("Kari Nilsen", "kari-nilsen", "https://news.example.org/author/kari/"),),
        "tags": (Term("Ferries", "ferries"),),
        "category": Term("Business", "business"),
        "lang": "en",
    }
    return FeedItem(**{**fields, **changes})


# --- cleaning ---------------------------------------------------------------------------

ILLEGAL = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\ud800", "\ufffe"]


@pytest.mark.parametrize("char", ILLEGAL, ids=[f"U+{ord(c):04X}" for c in ILLEGAL])
def test_xml_safe_drops_what_xml_forbids(char):
    text = f"ferry{char}fares"
    assert xml_safe(text) == "ferryfares"
    etree.fromstring(f"<t>{xml_safe(text)}</t>".encode("utf-8", "surrogatepass"))


def test_xml_safe_keeps_tabs_newlines_and_every_script():
    text = "a\tb\nc\rd Hellisøy Пожар 東京 🔥"
    assert xml_safe(text) == text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Ferries &amp; buses</p>", "Ferries & buses"),
        ("a &lt;for&gt; b", "a <for> b"),
        ("<p>two\n\n  lines</p>", "two lines"),
        ("", ""),
    ],
)
def test_plain_text(markup, expected):
    assert plain_text(markup) == expected


BASE = "https://news.example.org/2025/11/story/"
HTML_CASES = [
    ('<a href="/tag/x/">x</a>', '<a href="https://news.example.org/tag/x/">x</a>'),
    (
        '<img src="pic.png" alt="p">',
        '<img src="https://news.example.org/2025/11/story/pic.png" alt="p">',
    ),
    ('<a href="https://other.example/">o</a>', '<a href="https://other.example/">o</a>'),
    ("<p>ok</p><script>alert(1)</script>", "<p>ok</p>"),
    ('<p onclick="x()" style="color:red">ok</p>', "<p>ok</p>"),
    ('<iframe src="https://evil.example/"></iframe><p>ok</p>', "<p>ok</p>"),
    ("<p>unclosed <b>bold", "<p>unclosed <b>bold</b></p>"),
    ("<p>bell\x07 and \x00null</p>", "<p>bell and null</p>"),
]


@pytest.mark.parametrize(("markup", "expected"), HTML_CASES)
def test_clean_html_is_safe_and_absolute(markup, expected):
    assert clean_html(markup, BASE) == expected


def test_bounded_content_replaces_a_huge_body_with_summary_and_link():
    body, cut = bounded_content("<p>" + "x" * 500 + "</p>", "Short & sweet", BASE, 100)
    assert cut
    assert "Short &amp; sweet" in body and f'href="{BASE}"' in body
    assert bounded_content("<p>small</p>", "s", BASE, 100) == ("<p>small</p>", False)


# --- topics, ordering, paging, ids -------------------------------------------------------


def tagged(*names: str, category: str = "Business") -> FeedItem:
    tags = tuple(Term(name, name.lower().replace(" ", "-")) for name in names)
    return item(1, tags=tags, category=Term(category, category.lower()))


TOPIC_CASES = [
    (TopicRule("t", "T", any_tags=("Bergen", "Oslo")), tagged("Oslo"), True),
    (TopicRule("t", "T", any_tags=("Bergen", "Oslo")), tagged("Trondheim"), False),
    (TopicRule("t", "T", all_tags=("Bergen", "ferries")), tagged("Bergen", "Ferries"), True),
    (TopicRule("t", "T", all_tags=("Bergen", "Ferries")), tagged("Bergen"), False),
    (TopicRule("t", "T", category="business"), tagged("x"), True),
    (TopicRule("t", "T", category="Culture"), tagged("x"), False),
    (TopicRule("t", "T", any_tags=("vestkyst-ferjer",)), tagged("Vestkyst Ferjer"), True),
    (TopicRule("t", "T", any_tags=("Oslo",), category="News"), tagged("Oslo"), False),
]


@pytest.mark.parametrize(("rule", "story", "expected"), TOPIC_CASES)
def test_topic_rules(rule, story, expected):
    assert matches(rule, story) is expected


def test_newest_first_breaks_date_ties_by_id():
    same_day = [item(1, entry_id="urn:b"), item(1, entry_id="urn:a"), item(2)]
    assert [i.entry_id for i in newest_first(same_day)] == [item(2).entry_id, "urn:b", "urn:a"]


def test_feed_ids_are_distinct_and_stable():
    ids = {feed_id("ns", kind, slug) for kind, slug in [("all", ""), ("tag", "a"), ("topic", "a")]}
    assert len(ids) == 3
    assert feed_id("ns", "tag", "a") == feed_id("ns", "tag", "a")
    assert feed_id("ns", "tag", "a").startswith("urn:uuid:")


def site_spec(count: int):
    config = resolve({}, SETTINGS)
    return catalog([item(n) for n in range(1, count + 1)], config, SITE)[0]


def test_small_feed_has_no_archive():
    (current,) = documents(site_spec(5), 5)
    assert len(current.items) == 5 and current.older_page is None


def test_archive_pages_hold_full_oldest_first_chunks():
    docs = documents(site_spec(7), 3)
    assert [d.page for d in docs] == [0, 1, 2]
    current, first, second = docs
    assert [i.title for i in current.items] == ["Story 7", "Story 6", "Story 5"]
    assert [i.title for i in first.items] == ["Story 3", "Story 2", "Story 1"]
    assert [i.title for i in second.items] == ["Story 6", "Story 5", "Story 4"]
    assert (current.older_page, second.older_page, first.older_page) == (2, 1, None)


def test_archive_pages_never_change_when_stories_arrive():
    before = {d.page: d.items for d in documents(site_spec(7), 3) if d.is_archive}
    for count in range(8, 15):
        after = {d.page: d.items for d in documents(site_spec(count), 3) if d.is_archive}
        for page, items in before.items():
            assert after[page] == items
        before = after


def test_document_paths_follow_the_url_scheme():
    assert document_path("feeds/tag/bergen", 0, "atom", "{feed}.archive-{page}") == (
        "feeds/tag/bergen.atom.xml"
    )
    assert document_path("feeds/all", 3, "json", "{feed}.archive-{page}") == (
        "feeds/all.archive-3.json"
    )


# --- settings -----------------------------------------------------------------------------


def test_defaults_resolve_without_complaint(caplog):
    config = resolve({}, SETTINGS)
    assert not caplog.records
    assert config.formats == ("atom", "rss", "json")
    assert config.max_entries == DEFAULTS["MAX_ENTRIES"][0]
    assert config.id_namespace == "unit"


@pytest.mark.parametrize(
    ("user", "words"),
    [
        ({"NOPE": 1}, "unknown setting NEWS_FEEDS.NOPE"),
        ({"MAX_ENTRIES": 0}, "MAX_ENTRIES"),
        ({"FORMATS": ["atom", "gopher"]}, "FORMATS"),
        ({"TAG_PATH": "feeds/tag"}, "TAG_PATH"),
        ({"ARCHIVE_PATH": "{feed}"}, "ARCHIVE_PATH"),
        ({"TOPICS": {"x": {"title": "X"}}}, "TOPICS['x']"),
        ({"TOPICS": {"x": {"title": "X", "any_tags": "Oslo"}}}, "TOPICS['x']"),
    ],
)
def test_bad_settings_are_named_and_fall_back(caplog, user, words):
    with caplog.at_level(logging.ERROR, logger="news_feeds.settings"):
        config = resolve(user, SETTINGS)
    assert any(words in record.getMessage() for record in caplog.records), caplog.text
    assert config.max_entries > 0 and config.formats


# --- documents in every format -------------------------------------------------------------


def rendered(count: int = 3, **site_changes) -> dict[str, bytes]:
    config = resolve({"MAX_ENTRIES": 2}, SETTINGS)
    site = dataclasses.replace(SITE, **site_changes)
    specs = catalog([item(n) for n in range(1, count + 1)], config, site)
    return dict(feed_files(specs[:1], config, site))


def test_every_format_parses_back():
    files = rendered()
    assert sorted(files) == [
        "feeds/all.archive-1.atom.xml",
        "feeds/all.archive-1.json",
        "feeds/all.archive-1.rss.xml",
        "feeds/all.atom.xml",
        "feeds/all.json",
        "feeds/all.rss.xml",
    ]
    for path, data in files.items():
        if path.endswith(".json"):
            assert json.loads(data)["version"] == "https://jsonfeed.org/version/1.1"
            continue
        parsed = feedparser.parse(data)
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        etree.fromstring(data)


@pytest.mark.skipif(not ATOM_RNG.is_file(), reason="shared Atom schema not beside the project")
def test_atom_documents_are_valid_rfc4287():
    schema = etree.RelaxNG(etree.parse(str(ATOM_RNG)))
    files = rendered(hub="https://hub.example.org/", icon="https://news.example.org/i.png")
    for path, data in files.items():
        if path.endswith(".atom.xml"):
            assert schema.validate(etree.fromstring(data)), (path, schema.error_log)


def test_rss_self_link_is_the_rss_feed_and_channel_link_the_page():
    rss = etree.fromstring(rendered()["feeds/all.rss.xml"])
    assert rss.xpath("string(channel/link)") == "https://news.example.org/"
    (self_link,) = rss.xpath("channel/*[local-name()='link'][@rel='self']")
    assert self_link.get("href") == "https://news.example.org/feeds/all.rss.xml"
    assert self_link.get("type") == "application/rss+xml"


def test_hub_icon_and_logo_appear_in_every_format():
    files = rendered(
        hub="https://hub.example.org/",
        icon="https://news.example.org/icon.png",
        logo="https://news.example.org/logo.png",
    )
    atom = etree.fromstring(files["feeds/all.atom.xml"])
    assert atom.find(f"{ATOM}link[@rel='hub']").get("href") == "https://hub.example.org/"
    assert atom.findtext(f"{ATOM}icon") == "https://news.example.org/icon.png"
    assert atom.findtext(f"{ATOM}logo") == "https://news.example.org/logo.png"
    rss = etree.fromstring(files["feeds/all.rss.xml"])
    assert rss.find(f"channel/{ATOM}link[@rel='hub']").get("href") == "https://hub.example.org/"
    assert rss.findtext("channel/image/url") == "https://news.example.org/logo.png"
    feed = json.loads(files["feeds/all.json"])
    assert feed["hubs"] == [{"type": "WebSub", "url": "https://hub.example.org/"}]
    assert feed["icon"] == feed["favicon"] == "https://news.example.org/icon.png"


def test_stylesheet_instruction_comes_right_after_the_declaration():
    data = rendered(stylesheet_url="https://news.example.org/feeds/feed.css")
    for path in ("feeds/all.atom.xml", "feeds/all.rss.xml"):
        lines = data[path].splitlines()
        assert lines[0].startswith(b"<?xml version=")
        assert lines[1] == (
            b'<?xml-stylesheet type="text/css" href="https://news.example.org/feeds/feed.css"?>'
        )
        assert b"xsl" not in data[path]


def test_json_feed_pages_to_older_items_and_carries_credit():
    story = item(1, agency="NTB", publisher="Fjord Post", lang="nn")
    config = resolve({"MAX_ENTRIES": 1}, SETTINGS)
    spec = catalog([story, item(2)], config, SITE)[0]
    current = documents(spec, 1)[0]
    path_of = lambda page, fmt: document_path(spec.base_path, page, fmt, config.archive_path)  # noqa: E731
    feed = json_feed(current, SITE, link_roles(current, "json", path_of, SITE.url, ""))
    assert feed["next_url"] == "https://news.example.org/feeds/all.archive-2.json"
    archive = documents(spec, 1)[1]
    old = json_feed(archive, SITE, link_roles(archive, "json", path_of, SITE.url, ""))
    assert old["items"][0]["_wirefeed"] == {
        "about": "https://news.example.org/",
        "agency": "NTB",
        "publisher": "Fjord Post",
    }
    assert old["items"][0]["language"] == "nn"
    assert render_json(feed) == render_json(json.loads(render_json(feed)))


def test_atom_and_rss_entries_carry_language_and_credit():
    story = item(1, agency="NTB", publisher="Fjord Post", lang="nn")
    config = resolve({}, SETTINGS)
    doc = documents(catalog([story], config, SITE)[0], 20)[0]
    urls = link_roles(doc, "atom", lambda page, fmt: f"feeds/all.{fmt}", SITE.url, "")
    fg = build_feed(doc, SITE, urls)
    atom = etree.fromstring(render(fg, "atom"))
    entry = atom.find(f"{ATOM}entry")
    assert entry.get("{http://www.w3.org/XML/1998/namespace}lang") == "nn"
    link = entry.find(f"{ATOM}link")
    assert (link.get("rel"), link.get("type")) == ("alternate", "text/html")
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert entry.findtext(f"{dc}source") == "NTB"
    rss_item = etree.fromstring(render(fg, "rss")).find("channel/item")
    assert rss_item.findtext(f"{dc}language") == "nn"
    assert rss_item.findtext(f"{dc}publisher") == "Fjord Post"
    assert [c.text for c in rss_item.findall(f"{dc}creator")] == ["Kari Nilsen"]


def test_opml_lists_every_feed_once():
    config = resolve({}, SETTINGS)
    specs = catalog([item(1), item(2)], config, SITE)
    view = template_view(specs, config, SITE)
    pairs = [(spec, view["site"][0]) for spec in specs]
    tree = etree.fromstring(opml_document(pairs, SITE, START))
    feeds = tree.xpath("//outline[@type='rss']")
    assert len(feeds) == len(specs) == 4  # site, Business, Ferries, Kari Nilsen
    assert all(f.get("xmlUrl") and f.get("text") and f.get("title") for f in feeds)
