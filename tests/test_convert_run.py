"""A conversion run over a seeds folder: slugs, dates, hand edits, re-runs, reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_import.convert import CONVERTED, FAILED, KEPT, UNCHANGED, Options, convert_seeds
from news_import.render import read_header
from news_import.slugs import slug_for, unique_slug
from news_import.store import write_atomic

DATED = "{title}\nBy Ana Ruiz\nDec 10, 2025\nThe council met on Wednesday and agreed the plan.\n"
UNDATED = "{title}\nBy Ana Ruiz\nThe council met on Wednesday and agreed the plan.\n"


def _seeds(root: Path, **seeds: str) -> Path:
    folder = root / "seeds"
    folder.mkdir(exist_ok=True)
    for name, text in seeds.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(root: Path, **options):
    content = root / "content"
    return convert_seeds(root / "seeds", content, Options(**options)), content


def _header(path: Path) -> dict[str, str]:
    return read_header(path.read_text(encoding="utf-8"))


HOSTILE_TITLES = [
    "../../etc/passwd",
    "Pupils type ../../ into grading portal",
    'Quotes "and" colons: a/b \\ c',
    "Пожар в Москве: город без света",
    "🔥🔥🔥",
    "..",
    "/",
    "a" * 300,
    "CON",
    "24/7 service",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_slugs_are_safe_and_transliterated(title):
    slug = slug_for(title, "seed.txt")
    assert slug and len(slug) <= 80
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert not slug.startswith("-") and not slug.endswith("-") and ".." not in slug


def test_cyrillic_is_transliterated_not_dropped():
    assert slug_for("Пожар в Москве", "x.txt") == "pozhar-v-moskve"


def test_unique_slug_counts_up():
    assert unique_slug("fire", {"fire", "fire-2"}) == "fire-3"


def test_hostile_headlines_write_only_inside_content(tmp_path):
    _seeds(tmp_path, **{f"s{n}": DATED.format(title=t) for n, t in enumerate(HOSTILE_TITLES)})
    report, content = _run(tmp_path)
    assert report.count(CONVERTED) == len(HOSTILE_TITLES)
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix == ".md"]
    assert sorted(p.parent for p in written) == [content] * len(HOSTILE_TITLES)
    slugs = [_header(p)["slug"] for p in written]
    assert len(set(slugs)) == len(slugs)


def test_two_articles_never_share_a_slug(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"), b=DATED.format(title="Bridge reopens"))
    _report, content = _run(tmp_path)
    assert sorted(p.name for p in content.iterdir()) == ["bridge-reopens-2.md", "bridge-reopens.md"]


def test_slug_and_entry_id_are_stable_when_the_headline_changes(tmp_path):
    seeds = _seeds(tmp_path, a=DATED.format(title="Bridge reopens"))
    _report, content = _run(tmp_path)
    before = _header(content / "bridge-reopens.md")
    (seeds / "a.txt").write_text(DATED.format(title="Bridge reopens after repairs"))
    report, _ = _run(tmp_path)
    after = _header(content / "bridge-reopens.md")
    assert report.outcomes[0].status == CONVERTED
    assert after["title"] == "Bridge reopens after repairs"
    assert (after["slug"], after["entry-id"]) == (before["slug"], before["entry-id"])
    assert [p.name for p in content.iterdir()] == ["bridge-reopens.md"]


def test_a_hand_made_slug_pointing_outside_content_is_not_followed(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"))
    content = tmp_path / "content"
    content.mkdir()
    (content / "mine.md").write_text("Title: Mine\nSlug: ../../escape\nSource-File: a.txt\n\nx\n")
    report, _ = _run(tmp_path, force=True)
    assert report.outcomes[0].target == "mine.md"
    assert not (tmp_path.parent / "escape.md").exists()
    assert _header(content / "mine.md")["slug"] == "mine"


def test_rerun_changes_nothing_and_two_fresh_runs_are_byte_identical(tmp_path):
    seeds = {"a": DATED.format(title="Bridge reopens"), "b": UNDATED.format(title="Pier lamps")}
    first, second = tmp_path / "one", tmp_path / "two"
    for root in (first, second):
        root.mkdir()
        _seeds(root, **seeds)
        _run(root)
    report, content = _run(first)
    assert [o.status for o in report.outcomes] == [UNCHANGED, UNCHANGED]
    assert {p.name: p.read_bytes() for p in content.iterdir()} == {
        p.name: p.read_bytes() for p in (second / "content").iterdir()
    }


def test_seeds_are_never_modified(tmp_path):
    seeds = _seeds(tmp_path, a=DATED.format(title="Bridge reopens"), bad="")
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    _run(tmp_path)
    _run(tmp_path, force=True)
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before


def test_hand_edits_are_kept_and_reported_until_forced(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"))
    _report, content = _run(tmp_path)
    target = content / "bridge-reopens.md"
    edited = target.read_text().replace("agreed the plan", "agreed the final plan")
    target.write_text(edited)
    report, _ = _run(tmp_path)
    assert (report.outcomes[0].status, target.read_text()) == (KEPT, edited)
    assert "--force" in report.outcomes[0].reason
    report, _ = _run(tmp_path, force=True)
    assert report.outcomes[0].status == CONVERTED
    assert "agreed the plan" in target.read_text()


def test_check_mode_writes_nothing(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"))
    report, content = _run(tmp_path, check=True)
    assert report.outcomes[0].status == CONVERTED
    assert not content.exists() or not list(content.iterdir())


def test_a_bad_seed_fails_by_name_and_the_rest_converts(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"), empty="  \n\n", chrome="Share\n")
    report, _ = _run(tmp_path)
    failed = {o.seed: o.reason for o in report.outcomes if o.status == FAILED}
    assert failed == {
        "empty.txt": "the seed is empty",
        "chrome.txt": "no headline: the seed holds only page furniture",
    }
    assert report.count(CONVERTED) == 1
    assert "1 converted" in report.summary() and "2 failed" in report.summary()


def test_missing_date_falls_back_and_is_recorded(tmp_path):
    _seeds(
        tmp_path,
        a=DATED.format(title="Bridge reopens"),
        b=UNDATED.format(title="Pier lamps shine again"),
    )
    report, content = _run(tmp_path)
    header = _header(content / "pier-lamps-shine-again.md")
    assert header["date"] == "2025-12-10"
    assert header["date-fallback"] == "no date in the seed; used 2025-12-10, the newest seed date"
    assert [o.seed for o in report.fallbacks] == ["b.txt"]
    assert "1 with fallbacks" in report.summary()


@pytest.mark.parametrize(
    ("name", "text", "date", "note"),
    [
        (
            "2025-11-30-pier.txt",
            UNDATED.format(title="Pier lamps"),
            "2025-11-30",
            "no date in the seed; used the date in its file name",
        ),
        (
            "pier.txt",
            "Pier lamps\nBy Ana Ruiz\nUpdated Dec 11, 2025 9:00 GMT\nThe council agreed.\n",
            "2025-12-11T09:00+00:00",
            "no publication date in the seed; used its Updated stamp",
        ),
        (
            "pier.txt",
            "Pier lamps\nOSLO, Dec 2 (Reuters) - The council agreed the plan.\n",
            "2025-12-02",
            "no year in the seed; dateline day in the year of the newest seed (2025-12-02)",
        ),
    ],
    ids=["file-name", "updated-stamp", "dateline-day"],
)
def test_fallback_order(tmp_path, name, text, date, note):
    _seeds(tmp_path, newest=DATED.format(title="Bridge reopens"))
    (tmp_path / "seeds" / name).write_text(text)
    report, content = _run(tmp_path)
    outcome = next(o for o in report.outcomes if o.seed == name)
    header = _header(content / outcome.target)
    assert (header["date"], header["date-fallback"]) == (date, note)


def test_a_fallen_back_date_stays_put_when_newer_seeds_arrive(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"), b=UNDATED.format(title="Pier lamps"))
    _report, content = _run(tmp_path)
    newer = DATED.format(title="Later story").replace("Dec 10", "Dec 20")
    _seeds(tmp_path, c=newer)
    report, _ = _run(tmp_path)
    assert _header(content / "pier-lamps.md")["date"] == "2025-12-10"
    assert next(o for o in report.outcomes if o.seed == "b.txt").status == UNCHANGED


def test_category_defaults_when_the_text_names_none(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"))
    _report, content = _run(tmp_path, default_category="Local")
    assert _header(content / "bridge-reopens.md")["category"] == "Local"


def test_writes_are_atomic_and_only_when_bytes_change(tmp_path):
    target = tmp_path / "content" / "a.md"
    assert write_atomic(target, "Title: A\n\nBody\n") is True
    stamp = target.stat().st_mtime_ns
    assert write_atomic(target, "Title: A\n\nBody\n") is False
    assert target.stat().st_mtime_ns == stamp
    assert write_atomic(target, "Title: A\n\nNew body\n") is True
    assert [p.name for p in target.parent.iterdir()] == ["a.md"]  # no temporary file left


def test_an_unchanged_rerun_touches_no_file(tmp_path):
    _seeds(tmp_path, a=DATED.format(title="Bridge reopens"))
    _report, content = _run(tmp_path)
    stamps = {p.name: p.stat().st_mtime_ns for p in content.iterdir()}
    _run(tmp_path)
    assert {p.name: p.stat().st_mtime_ns for p in content.iterdir()} == stamps
