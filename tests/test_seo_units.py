"""The page-metadata and search plugins' pure parts: text, relations, JSON-LD, crawler files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
import json
import logging
from pathlib import Path

from lxml import etree
import pytest

from news_seo import crawl, jsonld, related, settings, text
from site_search.indexer import pagefind_command, run_index
from site_search.settings import resolve as resolve_search

SM = {"s": crawl.SITEMAP_NS, "n": crawl.NEWS_NS}
DAY = datetime(2025, 12, 5, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>Fares &amp; fees <em>frozen</em></p>", "Fares & fees frozen"),
        ("<p>one</p>\n<p>two</p>", "one two"),
        ("<script>alert(1)</script><p>kept</p>", "kept"),
        ("", ""),
    ],
)
def test_plain_text(fragment, expected):
    assert text.plain_text(fragment) == expected


@pytest.mark.parametrize(
    ("source", "limit", "expected"),
    [
        ("Short enough.", 160, "Short enough."),
        ("Ferry fares stay frozen, the operators said", 24, "Ferry fares stay…"),
        ("Oneverylongwordwithoutspaces", 10, "Oneverylo…"),
    ],
)
def test_describe_cuts_at_a_word(source, limit, expected):
    described = text.describe(source, limit)
    assert described == expected
    assert len(described) <= limit


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (230, 1), (231, 2), (1000, 5)])
def test_reading_minutes(words, minutes):
    assert text.reading_minutes(words, 230) == minutes


def test_related_ranks_by_shared_tags_then_recency():
    tags_of = {
        "a": ["ferry", "bergen", "fuel"],
        "b": ["ferry", "bergen"],
        "c": ["ferry"],
        "d": ["bergen", "fuel"],
        "e": ["lighthouse"],
    }
    order = ["e", "d", "c", "b", "a"]  # newest first
    result = related.related_by_tags(tags_of, order, limit=2)
    assert result["a"] == ["d", "b"]  # both share two tags; d is newer
    assert result["c"] == ["b", "a"]
    assert result["e"] == []
    assert all(key not in others for key, others in result.items())


def test_neighbours_are_newer_and_older():
    assert related.neighbours(["new", "mid", "old"]) == {
        "new": (None, "mid"),
        "mid": ("new", "old"),
        "old": ("mid", None),
    }


def _facts(**changes) -> jsonld.ArticleFacts:
    base = {
        "url": "https://news.example.org/2025/12/ferry/",
        "headline": "Ferry fares frozen",
        "description": "Operators keep winter fares.",
        "published": DAY,
        "modified": DAY + timedelta(hours=2),
        "authors": (jsonld.Person("Ingrid Solberg", "https://news.example.org/author/is/"),),
        "publisher": jsonld.Organization("Wirefeed", "https://news.example.org/"),
        "dateline": "BERGEN",
        "section": "Business",
        "keywords": ("Bergen", "ferries"),
        "lang": "en",
        "sources": (jsonld.Organization("Reuters"),),
        "word_count": 120,
    }
    return jsonld.ArticleFacts(**{**base, **changes})


def test_news_article_has_every_required_field():
    data = jsonld.news_article(_facts())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Ferry fares frozen"
    assert data["datePublished"] == "2025-12-05T09:30:00+00:00"
    assert data["dateModified"] == "2025-12-05T11:30:00+00:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Ingrid Solberg", "url": "https://news.example.org/author/is/"}
    ]
    assert data["publisher"]["name"] == "Wirefeed"
    assert data["dateline"] == "BERGEN"
    assert data["articleSection"] == "Business"
    assert data["keywords"] == ["Bergen", "ferries"]
    assert data["inLanguage"] == "en"
    assert data["sourceOrganization"] == [{"@type": "Organization", "name": "Reuters"}]


def test_news_article_leaves_out_empty_fields():
    data = jsonld.news_article(_facts(dateline="", sources=(), keywords=()))
    assert "dateline" not in data and "sourceOrganization" not in data and "keywords" not in data


def test_script_json_cannot_close_the_script_element():
    hostile = _facts(headline='</script><script>alert("x")</script> & more')
    encoded = jsonld.script_json(jsonld.news_article(hostile))
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded)["headline"] == hostile.headline


@pytest.mark.parametrize(
    ("output_file", "url"),
    [
        ("index.html", "https://x.org/"),
        ("2025/12/ferry/index.html", "https://x.org/2025/12/ferry/"),
        ("404.html", "https://x.org/404.html"),
        ("tag/bergen/page/2/index.html", "https://x.org/tag/bergen/page/2/"),
    ],
)
def test_page_url(output_file, url):
    assert crawl.page_url("https://x.org/", output_file) == url


def test_sitemap_is_sorted_unique_and_absolute():
    entries = [
        crawl.PageEntry("https://x.org/b/", DAY),
        crawl.PageEntry("https://x.org/a/"),
        crawl.PageEntry("https://x.org/b/", DAY),
    ]
    files = crawl.sitemap_files(entries, "sitemap.xml", "https://x.org")
    tree = etree.fromstring(files["sitemap.xml"])
    assert tree.xpath("s:url/s:loc/text()", namespaces=SM) == [
        "https://x.org/a/",
        "https://x.org/b/",
    ]
    assert tree.xpath("s:url/s:lastmod/text()", namespaces=SM) == ["2025-12-05T09:30:00+00:00"]


def test_a_big_sitemap_is_split_under_an_index():
    entries = [crawl.PageEntry(f"https://x.org/{n:03d}/") for n in range(25)]
    files = crawl.sitemap_files(entries, "sitemap.xml", "https://x.org", per_file=10)
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    index = etree.fromstring(files["sitemap.xml"])
    assert index.xpath("s:sitemap/s:loc/text()", namespaces=SM) == [
        "https://x.org/sitemap-1.xml",
        "https://x.org/sitemap-2.xml",
        "https://x.org/sitemap-3.xml",
    ]
    counts = [len(etree.fromstring(files[f"sitemap-{n}.xml"])) for n in (1, 2, 3)]
    assert counts == [10, 10, 5]


def test_news_window_is_relative_to_the_newest_story_not_today():
    stories = [
        crawl.NewsEntry(f"https://x.org/{age}/", f"Story {age}", DAY - timedelta(days=age), "en")
        for age in (0, 1, 2, 3, 30)
    ]
    recent = crawl.recent_news(stories, days=2)
    assert [entry.url for entry in recent] == [
        "https://x.org/0/",
        "https://x.org/1/",
        "https://x.org/2/",
    ]
    assert crawl.recent_news([], days=2) == []


def test_news_sitemap_structure():
    story = crawl.NewsEntry("https://x.org/s/", "Fähre & Hafen", DAY, "de-DE")
    tree = etree.fromstring(crawl.news_sitemap([story], "Wirefeed"))
    news = tree.xpath("s:url/n:news", namespaces=SM)[0]
    assert news.xpath("string(n:publication/n:name)", namespaces=SM) == "Wirefeed"
    assert news.xpath("string(n:publication/n:language)", namespaces=SM) == "de"
    assert news.xpath("string(n:publication_date)", namespaces=SM) == "2025-12-05T09:30:00+00:00"
    assert news.xpath("string(n:title)", namespaces=SM) == "Fähre & Hafen"


@pytest.mark.parametrize(
    ("lang", "code"), [("en", "en"), ("pt-BR", "pt"), ("zh-CN", "zh-cn"), ("", "en")]
)
def test_news_language(lang, code):
    assert crawl.news_language(lang) == code


def test_robots_names_the_sitemaps():
    robots = crawl.robots_txt(["https://x.org/sitemap.xml", "https://x.org/news-sitemap.xml"])
    assert robots.splitlines() == [
        "User-agent: *",
        "Allow: /",
        "",
        "Sitemap: https://x.org/sitemap.xml",
        "Sitemap: https://x.org/news-sitemap.xml",
    ]


def test_unknown_settings_are_logged_and_defaults_kept(caplog):
    with caplog.at_level(logging.ERROR):
        config = settings.resolve({"NEWS_DAYS": 3, "SITEMAPS": "typo.xml"})
        search = resolve_search({"ENABLE": False})
    assert config["NEWS_DAYS"] == 3 and config["SITEMAP"] == "sitemap.xml"
    assert search["ENABLED"] is True
    assert "news_seo: unknown setting NEWS_SEO.SITEMAPS" in caplog.text
    assert "site_search: unknown setting SITE_SEARCH.ENABLE" in caplog.text


def test_site_url_falls_back_to_siteurl():
    config = settings.resolve({})
    assert settings.absolute_site_url(config, {"SITEURL": "https://x.org/"}) == "https://x.org"
    config = settings.resolve({"SITE_URL": "https://cdn.x.org"})
    assert settings.absolute_site_url(config, {"SITEURL": "https://x.org"}) == "https://cdn.x.org"


def test_pagefind_command_forces_one_language():
    command = pagefind_command(Path("/site/output"), "pagefind", "en-GB")
    assert command[1:] == [
        "-m",
        "pagefind",
        "--site",
        "/site/output",
        "--output-subdir",
        "pagefind",
        "--quiet",
        "--force-language",
        "en",
    ]
    assert "--force-language" not in pagefind_command(Path("/s"), "pagefind", None)


def test_a_missing_indexer_is_a_failed_run_not_a_crash():
    run = run_index(["/nonexistent/pagefind-binary"])
    assert not run.ok and run.returncode == 127
