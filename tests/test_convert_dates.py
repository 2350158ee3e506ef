"""Date stamps as news pages write them, and the lines that only look like stamps."""

from __future__ import annotations

import pytest

from news_import.dates import find_date, iso
from news_import.stamps import read_stamp_line

STAMPS = [
    ("Dec 10, 2025", "2025-12-10"),
    ("Dec. 9, 2025 at 6:05 p.m. EST", "2025-12-09T18:05-05:00"),
    ("10 December 2025", "2025-12-10"),
    ("10 December, 2025 02:15 pm IST", "2025-12-10T14:15+05:30"),
    ("Wed, December 10, 2025 at 3:45 PM EST", "2025-12-10T15:45-05:00"),
    ("12/05/2025 at 06:31 am EST", "2025-12-05T06:31-05:00"),
    ("05/12/2025 10:00 IST", "2025-12-05T10:00+05:30"),
    ("2025-12-10T14:03:00Z", "2025-12-10T14:03+00:00"),
    ("2025-12-10T08:15:42+02:00", "2025-12-10T08:15:42+02:00"),
    ("2025-12-10 08:15 UTC", "2025-12-10T08:15+00:00"),
    ("Dec 10, 2025 10:30 GMT+4Updated 2 hours ago", "2025-12-10T10:30+04:00"),
    ("December 10, 20253:15 PM GMT+1Updated 2 hours ago", "2025-12-10T15:15+01:00"),
    ("Updated 8:20 AM EST, December 2, 2025", "2025-12-02T08:20-05:00"),
    ("Wed 10 Dec 2025 14.03 GMT", "2025-12-10T14:03+00:00"),
    ("Dec 10, 2025, 09:00 ET", "2025-12-10T09:00-05:00"),
    ("July 4, 2025 9:00 ET", "2025-07-04T09:00-04:00"),
    ("Dec 10, 2025 7:00 AM Eastern Standard Time", "2025-12-10T07:00-05:00"),
    ("December 10th, 2025", "2025-12-10"),
    ("Sept. 3, 2025", "2025-09-03"),
    ("10 de diciembre de 2025", "2025-12-10"),
    ("10/12/2025 a las 13:45 CET", "2025-12-10T13:45+01:00"),
    ("10. Dezember 2025, 14:30 Uhr MEZ", "2025-12-10T14:30+01:00"),
    ("10.12.2025, 14:32 Uhr", "2025-12-10"),
    ("Publié le 10 décembre 2025 à 14h30", "2025-12-10"),
    ("1er décembre 2025", "2025-12-01"),
    ("10 dicembre 2025", "2025-12-10"),
    ("10 de dezembro de 2025", "2025-12-10"),
    ("10 декабря 2025", "2025-12-10"),
    ("10 December 2025 14:30", "2025-12-10"),  # a time without a zone is not an instant
]


@pytest.mark.parametrize(("text", "expected"), STAMPS, ids=[s[0] for s in STAMPS])
def test_stamp(text, expected):
    found = find_date(text)
    assert found is not None and iso(found.value) == expected


NOT_DATES = ["3 hours ago", "yesterday", "Wednesday", "in 2019", "Dec 10", "December 2025"]


@pytest.mark.parametrize("text", NOT_DATES)
def test_relative_or_partial_stamps_are_not_dates(text):
    assert find_date(text) is None


STAMP_LINES = [
    ("Posted on 5 December 2025 by Hanne Vik", "2025-12-05", None, ["Hanne Vik"]),
    ("Tobias Krämer · 6 min read · Dec 6, 2025", "2025-12-06", None, ["Tobias Krämer"]),
    ("Published Dec 8, 2025 11:00 GMT", "2025-12-08T11:00+00:00", None, []),
    ("Last modified on Wed 10 Dec 2025 11.42 GMT", None, "2025-12-10T11:42+00:00", []),
    ("By Jane Doe | Dec 10, 2025 | 4 min read", "2025-12-10", None, ["Jane Doe"]),
    ("Dec 10, 2025 (2 hours ago)", "2025-12-10", None, []),
]


@pytest.mark.parametrize(("line", "published", "updated", "authors"), STAMP_LINES)
def test_stamp_line(line, published, updated, authors):
    found = read_stamp_line(line, allow_names=True)
    assert found is not None
    assert (iso(found.published) if found.published else None) == published
    assert (iso(found.updated) if found.updated else None) == updated
    assert found.byline.authors == authors


SENTENCES = [
    "Work began in 2019, weeks after a flood on 14 March 2019 forced families out.",
    "The vote on Dec 10, 2025 was close, officials said on Wednesday.",
    "Published in 2019, the report was ignored.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_that_mentions_a_date_is_no_stamp_line(line):
    assert read_stamp_line(line, allow_names=True) is None
