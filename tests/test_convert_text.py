"""Seed bytes to clean lines: encodings, line ends, invisible characters, stray HTML."""

from __future__ import annotations

import markdown
import pytest

from news_import.parse import parse_article
from news_import.render import render_body
from news_import.text import seed_lines, strip_markup

STORY = "Café owner’s “soup” scheme — 200 a week\nBy Laura Pennington\nDec 10, 2025\n"
BODY = "A café owner now feeds about 200 people a week — and says she will not stop.\n"


@pytest.mark.parametrize(
    "raw",
    [
        (STORY + BODY).encode("utf-8"),
        b"\xef\xbb\xbf" + (STORY + BODY).encode("utf-8"),
        (STORY + BODY).replace("\n", "\r\n").encode("utf-8"),
        (STORY + BODY).replace("\n", "\r").encode("utf-8"),
        (STORY + BODY).encode("cp1252"),
        (STORY + BODY).replace("\n", "\r\n").encode("cp1252"),
        (STORY + BODY).encode("utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "crlf", "cr", "cp1252", "cp1252-crlf", "utf-16-bom"],
)
def test_every_encoding_gives_the_same_article(raw):
    article = parse_article(raw)
    assert article.title == "Café owner’s “soup” scheme — 200 a week"
    assert article.authors == ["Laura Pennington"]
    assert article.paragraphs == [BODY.strip()]


def test_latin1_letters_are_not_read_as_central_european():
    raw = "Zürich café revives the fête\nBy Andrea Müller\nDec 10, 2025\nJörg Straßer bakes.\n"
    article = parse_article(raw.encode("latin-1"))
    assert article.title == "Zürich café revives the fête"
    assert article.authors == ["Andrea Müller"]


def test_invisible_and_illegal_characters_go_and_spaces_squeeze():
    raw = "Ci\u200bty\ufeff council\u00a0backs\tstreets\x0b\x1f\x7f\u2028 plan\u00ad\n"
    assert [line for line in seed_lines(raw.encode("utf-8")) if line] == [
        "City council backs streets plan"
    ]


def test_a_vertical_tab_does_not_split_a_paragraph():
    raw = b"Headline here\nBy Ruth Carmody\nThe authority \x0bvoted on Wednesday to dredge.\n"
    assert parse_article(raw).paragraphs == ["The authority voted on Wednesday to dredge."]


def test_indented_paragraphs_never_become_code_blocks():
    raw = b"Headline here\nBy Holly Grant\n\n\tA tab-indented paragraph.\n\n    A four-space one.\n"
    article = parse_article(raw)
    assert article.paragraphs == ["A tab-indented paragraph.", "A four-space one."]
    assert "<code>" not in markdown.markdown(render_body(article.blocks))


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("said <script>alert(1)</script>the park", "said the park"),
        ("square <img src=x onerror=alert(1)>to watch", "square to watch"),
        ("<style>.a{color:red}</style>kept", "kept"),
        ("<p>A <a href='javascript:alert(1)'>link</a></p>", "\nA link\n"),
        ("x &amp; y &#8217; &nbsp;z &mdash;", "x & y ’ \xa0z —"),
        ("typing &amp;lt;script&amp;gt; in a form", "typing &lt;script&gt; in a form"),
        ("<!-- tracking --><iframe src=x></iframe>end", "end"),
        ("no markup at all", "no markup at all"),
    ],
)
def test_strip_markup_removes_tags_and_decodes_entities_once(html, text):
    assert strip_markup(html) == text


# A page's <time> element: the stamp in its datetime attribute replaces the date it shows
# when it is the page's stamp (a date class, or a time with its zone); prose keeps its words.
TIME_ELEMENTS = [
    (
        '<span>Posted on <time class="entry-date published" datetime="2025-12-04T08:30:00+00:00">'
        "4 December 2025</time></span>",
        "Posted on 2025-12-04T08:30:00+00:00",
    ),
    (
        '<time class="updated" datetime="2025-12-05T19:10:00+00:00">5 December 2025</time>',
        "Updated 2025-12-05T19:10:00+00:00",
    ),
    ('<time datetime="2025-12-10T09:15:00+08:00">Dec 10, 2025</time>', "2025-12-10T09:15:00+08:00"),
    ('<p>We met on <time datetime="2025-12-10">Wednesday</time>.</p>', "We met on Wednesday."),
]


@pytest.mark.parametrize(("html", "text"), TIME_ELEMENTS)
def test_time_elements_give_their_machine_stamp(html, text):
    assert " ".join(strip_markup(html).split()) == text


def test_html_subheads_are_kept_as_subheads():
    assert "## Why now" in strip_markup("<p>One.</p><h2>Why now</h2><p>Two.</p>")
