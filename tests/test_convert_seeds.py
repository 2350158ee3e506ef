"""The demo seeds in ``seeds/`` all convert cleanly, with the facts an editor would write."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_import.convert import CONVERTED, Options, convert_seeds
from news_import.render import read_header

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# seed -> (title start, date, authors, dateline, agency); "" where the text gives none.
EXPECTED = {
    "2025-12-01-bergen-harbour-strike.txt": (
        "Norwegian port workers walk out", "2025-12-01", "Siri Andersland", "BERGEN, Norway",
        "Reuters",
    ),
    "2025-12-02-mombasa-cholera-vaccines.txt": (
        "Cholera vaccines reach Kenya's coast", "2025-12-02T08:20-05:00", "Joseph Kamau",
        "MOMBASA, Kenya", "AP",
    ),
    "2025-12-03-nordvik-hamburg-battery.txt": (
        "Nordvik Energy Storage to Supply", "2025-12-03T08:00+01:00", "", "STAVANGER, Norway",
        "PR Newswire",
    ),
    "2025-12-04-belarus-border-freight.txt": (
        "Lorries stranded at Lithuania-Belarus border", "2025-12-04T07:12+00:00",
        "Rasa Vaitkute", "VILNIUS", "Reuters",
    ),
    "2025-12-05-night-train-to-bergen.txt": (
        "Night train to Bergen", "2025-12-05", "Hanne Vik", "", "",
    ),
    "2025-12-06-leipzig-heat-pump-winter.txt": (
        "Our first winter with a heat pump", "2025-12-06", "Tobias Krämer", "", "",
    ),
    "2025-12-07-aragon-snap-election.txt": (
        "Power bills and solar farms", "2025-12-07T23:40+01:00", "Carmen Vidal, Tomás Reyes",
        "ZARAGOZA, Spain", "AP",
    ),
    "2025-12-08-kijani-telemedicine-kenya.txt": (
        "Kijani Health Systems Launches", "2025-12-08", "", "NAIROBI, Kenya", "PR Newswire",
    ),
    "2025-12-09-hamburg-wasserstoff-terminal.txt": (
        "Hamburg und Norwegen planen", "2025-12-09T14:30+01:00", "Jana Petersen", "HAMBURG",
        "Reuters",
    ),
    "2025-12-09-ohio-chip-plant-vote.txt": (
        "Ohio town narrowly approves", "2025-12-09T18:05-05:00", "Megan Hollis", "ELYRIA, Ohio",
        "AP",
    ),
    "2025-12-10-tidewater-valencia-berth-ai.txt": (
        "Tidewater Analytics Deploys", "2025-12-10T09:00-05:00", "", "BOSTON", "PR Newswire",
    ),
    "2025-12-11-norway-kenya-geothermal.txt": (
        "Norway budget deal sets aside", "2025-12-11", "Mikkel Haugen", "OSLO", "Reuters",
    ),
    "2025-12-11-who-ai-xray-rules.txt": (
        "WHO sets first global rules", "2025-12-11T16:15+05:30", "Priya Raman", "NEW DELHI", "",
    ),
    "2025-12-12-kisumu-vaccination-clinic.txt": (
        "Three weeks at a vaccination clinic", "2025-12-12", "Marta Ibáñez", "", "",
    ),
    "undated-belarus-observers-barred.txt": (
        "Belarus turns away Nordic observers", "2025-12-12", "", "", "",
    ),
    "undated-mombasa-port-expansion.txt": (
        "Mombasa's new berths promise", "2025-12-12", "", "", "",
    ),
}  # fmt: skip
# Words a careful editor would never leave in a converted body.
CHROME = ("Share", "Copy Link", "Advertisement", "Listen to this article", "Sign up", "Follow",
          "Like this", "Leave a comment", "Responses (", "Written by", "Media contact",
          "SOURCE ", "###", "Explore more", "Read more", "Topics:", "Photo:", "min read",
          "Published by", "Posted on", "NEWS PROVIDED BY", "FOR IMMEDIATE RELEASE")  # fmt: skip


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, str]:
    content = tmp_path_factory.mktemp("demo") / "content"
    report = convert_seeds(SEEDS, content, Options(id_namespace="wirefeed-demo"))
    assert all(outcome.status == CONVERTED for outcome in report.outcomes), report.outcomes
    return {o.seed: (content / o.target).read_text(encoding="utf-8") for o in report.outcomes}


def test_every_demo_seed_is_covered():
    assert sorted(path.name for path in SEEDS.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_demo_seed_facts(converted, seed):
    header = read_header(converted[seed])
    title, date, authors, dateline, agency = EXPECTED[seed]
    assert header["title"].startswith(title)
    assert header["date"] == date
    assert header.get("authors", "") == authors
    assert header.get("dateline", "") == dateline
    assert header.get("agency", "") == agency
    assert header["lang"] in {"en", "de"}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_demo_seed_body_has_no_chrome(converted, seed):
    body = converted[seed].split("\n\n", 1)[1]
    for line in body.splitlines():
        assert not line.lstrip("#- ").startswith(CHROME), line
    assert not body.startswith(("BERGEN", "OSLO", "MOMBASA", "VILNIUS", "HAMBURG"))
