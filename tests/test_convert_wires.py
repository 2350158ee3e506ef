"""Wire datelines and agency names, including wires and shapes the converter never saw."""

from __future__ import annotations

import pytest

from news_import.agencies import canonical_agency
from news_import.dateline import split_colon_dateline, split_dateline
from news_import.dates import iso

# (paragraph, place, agency, date or None, (month, day) or None, rest of the paragraph)
DATELINES = [
    (
        "(ANSA) - GENOVA, 11 DIC - È entrata in servizio la gru.",
        "GENOVA", "ANSA", None, (12, 11), "È entrata in servizio la gru.",
    ),
    (
        "(ANSA) - ROMA, 3 gen - Il governo ha approvato il piano.",
        "ROMA", "ANSA", None, (1, 3), "Il governo ha approvato il piano.",
    ),
    (
        "(ANSA) - Il governo ha approvato il piano.",
        None, "ANSA", None, None, "Il governo ha approvato il piano.",
    ),
    (
        "ATLANTA, GA / ACCESSWIRE / December 11, 2025 / Peachline Inc. reported results.",
        "ATLANTA, GA", "ACCESSWIRE", "2025-12-11", None, "Peachline Inc. reported results.",
    ),
    (
        "TORONTO, ON / Newsfile / December 11, 2025 / Maplebrook Corp. said it would merge.",
        "TORONTO, ON", "Newsfile", "2025-12-11", None, "Maplebrook Corp. said it would merge.",
    ),
    (
        "CORK, IRELAND / EIN Presswire / December 11, 2025 / A bakery opened.",
        "CORK, IRELAND", "EIN Presswire", "2025-12-11", None, "A bakery opened.",
    ),
    (
        "DUBLIN, IRELAND, December 11, 2025 /EINPresswire.com/ -- A Galway company won.",
        "DUBLIN, IRELAND", "EIN Presswire", "2025-12-11", None, "A Galway company won.",
    ),
    (
        "Vancouver, British Columbia--(Newsfile Corp. - December 11, 2025) - Tidewood said.",
        "Vancouver, British Columbia", "Newsfile", "2025-12-11", None, "Tidewood said.",
    ),
    (
        "Guwahati [India], December 11 (ANI): Tea planters have begun spraying.",
        "Guwahati [India]", "ANI", None, (12, 11), "Tea planters have begun spraying.",
    ),
    (
        "New Delhi [India], Dec 11 (IANS) The ministry issued new rules.",
        "New Delhi [India]", "IANS", None, (12, 11), "The ministry issued new rules.",
    ),
    (
        "NEW DELHI, Dec 11 (PTI) The ministry issued new rules.",
        "NEW DELHI", "PTI", None, (12, 11), "The ministry issued new rules.",
    ),
    (
        "Madrid, 11 dic (EFE).- El Gobierno aprobó el plan.",
        "Madrid", "EFE", None, (12, 11), "El Gobierno aprobó el plan.",
    ),
    (
        "Viana do Castelo, 20 mai 2026 (Lusa) — Os pescadores pediram apoio.",
        "Viana do Castelo", "Lusa", "2026-05-20", None, "Os pescadores pediram apoio.",
    ),
    (
        "Hannover (dpa/lni) - Die Schäfer fordern schnellere Abschüsse.",
        "Hannover", "dpa", None, None, "Die Schäfer fordern schnellere Abschüsse.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "when", "day", "rest"),
    DATELINES,
    ids=[d[2] for d in DATELINES],
)
def test_dateline(paragraph, place, agency, when, day, rest):
    found = split_dateline(paragraph)
    assert found is not None
    assert (found.place, found.agency, found.day, found.rest) == (place, agency, day, rest)
    assert (iso(found.when) if found.when else None) == when


# A paragraph that opens with a place and a month is no dateline without a wire or a dash.
NOT_DATELINES = [
    "Paris, December 11 was the coldest day of the year in the city.",
    "Guwahati [India] saw heavy rain on December 11 (the third storm): roads closed.",
    "Genova, 11 dicembre è una data che i portuali ricordano.",
    "Rome and Milan / both cities / reported record visitor numbers this year.",
    "Zaragoza - 10 dic 2025 - 12:31 CET",  # a page's place-and-stamp line, read by stamps
]


@pytest.mark.parametrize("paragraph", NOT_DATELINES)
def test_no_dateline(paragraph):
    assert split_dateline(paragraph) is None


AGENCIES = [
    ("EIN Presswire", "EIN Presswire"),
    ("EINPresswire.com", "EIN Presswire"),
    ("Newsfile Corp.", "Newsfile"),
    ("ACCESSWIRE", "ACCESSWIRE"),
    ("KYODO NEWS", "Kyodo"),
    ("==Kyodo", "Kyodo"),
    ("ANSA", "ANSA"),
    ("PRNewswire-FirstCall", "PR Newswire"),
    ("example.com", None),
    ("ansa.it", "ANSA"),
    ("Japan", None),
    ("dpa/lni", "dpa"),
    ("Australian Associated Press", "AAP"),
    ("CP", "The Canadian Press"),
    ("Harbour Wire", "Harbour Wire"),  # an unlisted wire still reads as one
    ("Deccan Daily Wire", None),  # a portal named "… Daily Wire" is a publication
]


@pytest.mark.parametrize(("name", "expected"), AGENCIES)
def test_agency_names(name, expected):
    assert canonical_agency(name) == expected


# English copy's "Place: …" dateline; labels and short lines before a colon are none.
COLON_DATELINES = [
    (
        "Bengaluru: The civic body will install 500 air sensors across the city before June.",
        "Bengaluru",
    ),
    ("New Delhi: The ministry on Thursday approved a survey for a new rail corridor.", "New Delhi"),
    ("Update: The ministry on Thursday approved a survey for a new rail corridor.", None),
    ("Editor's note: This story was corrected on Thursday to fix a figure in it.", None),
    ("Bengaluru: sensors to go up before June.", None),
]


@pytest.mark.parametrize(("paragraph", "place"), COLON_DATELINES)
def test_colon_dateline(paragraph, place):
    found = split_colon_dateline(paragraph)
    assert (found.place if found else None) == place
