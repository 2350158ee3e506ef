"""Pure functions of the conversion plugin over small tables of cases."""

from __future__ import annotations

from datetime import date

import markdown
import pytest

from news_import.dates import iso, parse_date
from news_import.render import add_digest, digest, escape_markdown, recorded_digest
from news_import.slugs import slug_for, unique_slug

DATES = [
    ("December 10, 2025", "2025-12-10"),
    ("Dec. 9, 2025 at 6:05 p.m. EST", "2025-12-09T18:05-05:00"),
    ("10 December 2025", "2025-12-10"),
    ("10 December, 2025 02:15 pm IST", "2025-12-10T14:15+05:30"),
    ("Wed, December 10, 2025 at 3:45 PM EST", "2025-12-10T15:45-05:00"),
    ("12/05/2025 at 06:31 am EST", "2025-12-05T06:31-05:00"),
    ("2025-12-10T14:03:00Z", "2025-12-10T14:03+00:00"),
    ("Dec 10, 2025 10:30 GMT+4Updated 2 hours ago", "2025-12-10T10:30+04:00"),
    ("10 de diciembre de 2025", "2025-12-10"),
    ("10. Dezember 2025", "2025-12-10"),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[d[0] for d in DATES])
def test_parse_date(text, expected):
    assert iso(parse_date(text)) == expected


@pytest.mark.parametrize("text", ["3 hours ago", "yesterday", "Wednesday", "in 2019"])
def test_relative_or_partial_dates_are_not_dates(text):
    assert parse_date(text) is None


HOSTILE = [
    "../../etc/passwd",
    'Quotes "and" colons: a/b',
    "Пожар в Москве",
    "🔥🔥🔥",
    "..",
    "a" * 300,
]


@pytest.mark.parametrize("title", HOSTILE)
def test_slugs_are_safe(title):
    slug = slug_for(title, "seed.txt")
    assert slug and len(slug) <= 80
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert not slug.startswith("-") and ".." not in slug


def test_unique_slug_adds_a_number():
    assert unique_slug("fire", {"fire", "fire-2"}) == "fire-3"


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "a < b & c > d",
        "# not a heading",
        "1. not a list",
        "*not emphasis*",
        "[not](a link)",
        "- not a bullet",
        "> not a quote",
        "snake_case_name",
    ],
)
def test_escaped_text_renders_as_the_same_text(text):
    html = markdown.markdown(escape_markdown(text))
    inner = html.removeprefix("<p>").removesuffix("</p>")
    assert inner == text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_digest_detects_hand_edits():
    text = add_digest("Title: A\n\nBody\n")
    assert recorded_digest(text) == digest(text)
    assert recorded_digest(text.replace("Body", "Edited")) != digest(text.replace("Body", "Edited"))


def test_date_only_stays_a_date():
    assert parse_date("Posted December 1, 2025".removeprefix("Posted ")) == date(2025, 12, 1)
