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
    # abbreviated months of Italian, Portuguese, Dutch, in upper and lower case
    ("11 DIC 2025", "2025-12-11"),
    ("11 dicembre 2025 ore 10:32", "2025-12-11"),
    ("11 dicembre 2025, ore 10:32 CET", "2025-12-11T10:32+01:00"),
    ("10. desember 2025 kl. 14.05 CET", "2025-12-10T14:05+01:00"),
    ("11 gen 2025", "2025-01-11"),
    ("5 MAG 2025", "2025-05-05"),
    ("10 dez. 2025", "2025-12-10"),
    ("3 out. 2025", "2025-10-03"),
    ("10 fev 2025", "2025-02-10"),
    ("3 okt 2025", "2025-10-03"),
    ("3 mrt 2025", "2025-03-03"),
    ("5 novembro 2025", "2025-11-05"),
    ("10 dic 2025 - 12:31 CET", "2025-12-10T12:31+01:00"),
    ("10/12/2025 14h32", "2025-12-10"),  # Brazilian day-first, "h" time, no zone
    ("Dec. 10, 2025, 5:00 a.m. ET", "2025-12-10T05:00-05:00"),
    # zones beyond Europe and North America, read at their real offsets
    ("Dec 10, 2025 10:00 PET", "2025-12-10T10:00-05:00"),
    ("Dec 10, 2025 10:00 BRT", "2025-12-10T10:00-03:00"),
    ("Dec 10, 2025 10:00 ART", "2025-12-10T10:00-03:00"),
    ("Dec 10, 2025 10:00 CLT", "2025-12-10T10:00-04:00"),
    ("Dec 10, 2025 10:00 COT", "2025-12-10T10:00-05:00"),
    ("Dec 10, 2025 10:00 ICT", "2025-12-10T10:00+07:00"),
    ("Dec 10, 2025 10:00 HKT", "2025-12-10T10:00+08:00"),
    ("Dec 10, 2025 10:00 SGT", "2025-12-10T10:00+08:00"),
    ("Dec 10, 2025 10:00 JST", "2025-12-10T10:00+09:00"),
    ("Dec 10, 2025 10:00 KST", "2025-12-10T10:00+09:00"),
    ("Dec 10, 2025 10:00 PKT", "2025-12-10T10:00+05:00"),
    ("Dec 10, 2025 10:00 AEDT", "2025-12-10T10:00+11:00"),
    ("Dec 10, 2025 10:00 NZDT", "2025-12-10T10:00+13:00"),
    ("10 déc. 2025 10:00 HNE", "2025-12-10T10:00-05:00"),
    ("Dec 10, 2025 10:00 Korea Standard Time", "2025-12-10T10:00+09:00"),
    # an unknown zone-like token after a time: no known offset, so the day only
    ("Dec 10, 2025 10:00 WAST", "2025-12-10"),
    ("10 OCT 2025 10:00 XYZT", "2025-10-10"),
    ("Dec 10, 2025 10:00 AM", "2025-12-10"),
    # a slashed date is day-first with a Latin American zone, month-first with a US one
    ("05/12/2025 10:00 BRT", "2025-12-05T10:00-03:00"),
    ("05/12/2025 10:00 COT", "2025-12-05T10:00-05:00"),
    ("12/05/2025 10:00 CST", "2025-12-05T10:00-06:00"),
]


@pytest.mark.parametrize(("text", "expected"), STAMPS, ids=[s[0] for s in STAMPS])
def test_stamp(text, expected):
    found = find_date(text)
    assert found is not None and iso(found.value) == expected


NOT_DATES = [
    "3 hours ago", "yesterday", "Wednesday", "in 2019", "Dec 10", "December 2025",
    "Out 3, 2025", "set 12 2025 goals",  # Italian/Portuguese "out", "set" only after the day
]  # fmt: skip


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
    ("10/12/2025 14h32 Atualizado há 2 horas", "2025-12-10", None, []),
    ("11/12/2025 09:10 Aggiornato 3 ore fa", "2025-12-11", None, []),
    ("Dec 10, 2025 10:00 WAST | 4 min read", "2025-12-10", None, []),
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


# A wire or a place before the stamp, sections after it: (line, date, agency, place, section).
LEADS_AND_SECTIONS = [
    ("KYODO NEWS - Dec 10, 2025 - 19:41  | Japan, All", "2025-12-10", "Kyodo", None, "Japan"),
    ("Zaragoza - 10 dic 2025 - 12:31 CET", "2025-12-10T12:31+01:00", None, "Zaragoza", None),
    (
        "Buenos Aires — 10 dic 2025 - 09:05 ART",
        "2025-12-10T09:05-03:00",
        None,
        "Buenos Aires",
        None,
    ),
    ("XINHUA - 11 Dec 2025 08:15 | World, Asia & Pacific", "2025-12-11", "Xinhua", None, "World"),
    ("Dec 10, 2025 | Politics", "2025-12-10", None, None, "Politics"),
]


@pytest.mark.parametrize(("line", "published", "agency", "place", "section"), LEADS_AND_SECTIONS)
def test_stamp_line_with_a_lead_or_sections(line, published, agency, place, section):
    found = read_stamp_line(line, allow_names=True)
    assert found is not None
    assert iso(found.published) == published
    assert (found.byline.agency, found.place, found.section) == (agency, place, section)


NOT_STAMP_LINES = [
    "Budget - 10 December 2025",  # a place needs a clock time: this may be a headline
    "The minister said - 10 dic 2025 - 12:31 CET",  # a clause, not a place
    "Officials in Lima said on Dec 10, 2025 at 10:00 PET that the road would reopen.",
    "Dec 10, 2025 10:00 WAST the council voted to close the pier.",
    "Dec 10, 2025 | The ferry left on time and nobody complained.",
]


@pytest.mark.parametrize("line", NOT_STAMP_LINES)
def test_lines_that_only_look_like_led_stamps(line):
    assert read_stamp_line(line, allow_names=True) is None
