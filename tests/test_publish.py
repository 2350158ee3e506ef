"""make publish: public URLs, an atomic swap, byte-identical rebuilds, kept times, one summary."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
import re
import shutil
import subprocess
import sys

from conftest import ROOT, make_site, run_make
from lxml import etree, html
import pytest

from build_report.tree import compare_trees, digest_tree
from wirefeed_publish.swap import BuildLocked, Staging, exchange, exclusive, keep_unchanged_times

PUBLIC = "https://wire.example.net"
ATOM = "{http://www.w3.org/2005/Atom}"
SUMMARY = re.compile(
    r"build_report: (?P<articles>\d+) articles, (?P<pages>\d+) pages, (?P<feeds>\d+) feeds; "
    r"seeds: (?P<failed>\d+) failed, (?P<fallen_back>\d+) fallen back; "
    r"files: (?P<written>\d+) written, (?P<unchanged>\d+) unchanged, (?P<removed>\d+) removed; "
    r"[\d.]+ s"
)
NEW_SEED = """Harbour Ferry Adds a Late Crossing on Fridays

9 December 2025

By Liv Andersen

The harbour ferry will run one more crossing on Friday evenings from next week, the operator said.

The late boat leaves the east quay at half past eleven and returns from the islands at midnight.
"""

State = dict[str, tuple[str, int]]


def publish(site: Path, *pelican_options: str) -> subprocess.CompletedProcess:
    """``make publish`` on ``site`` with the public address set; log lines are not wrapped."""
    env = {**os.environ, "WIREFEED_SITEURL": PUBLIC, "COLUMNS": "1000"}
    return run_make(site, "publish", f"PELICANOPTS={' '.join(pelican_options)}", env=env)


def state(output: Path) -> State:
    """Every file's digest and modification time (ns), by path relative to ``output``."""
    return {
        path.relative_to(output).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
        )
        for path in sorted(output.rglob("*"))
        if path.is_file()
    }


def summaries(log: str) -> list[dict[str, int]]:
    """The build report lines in a log, as numbers."""
    return [
        {key: int(value) for key, value in match.groupdict().items()}
        for match in SUMMARY.finditer(log)
    ]


@pytest.fixture
def published(tmp_path) -> Path:
    """The tiny site, published once."""
    site = make_site(tmp_path / "site")
    done = publish(site)
    assert done.returncode == 0, done.stdout + done.stderr
    return site


def test_publish_builds_the_public_site_and_swaps_it_in(published):
    output = published / "output"
    assert not (published / ".output.new").exists()
    index = html.fromstring((output / "index.html").read_bytes())
    feed_url = index.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")[0]
    assert feed_url.startswith(f"{PUBLIC}/")  # the feed is announced on the public domain
    feed = etree.fromstring((output / feed_url.removeprefix(f"{PUBLIC}/")).read_bytes())
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == feed_url
    entry_links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert entry_links and all(href.startswith(f"{PUBLIC}/") for href in entry_links)
    assert index.xpath(f"//a[starts-with(@href, '{PUBLIC}/')]")  # absolute page links


def test_publish_reports_one_summary_with_the_builds_numbers(tmp_path):
    site = make_site(tmp_path)
    done = publish(site)
    assert done.returncode == 0, done.stderr
    log = done.stdout + done.stderr
    [report] = summaries(log)
    files = len(state(site / "output"))
    # tests/site: two dated stories, one undated (falls back), one empty seed (fails)
    assert report["articles"] == 3
    assert (report["failed"], report["fallen_back"]) == (1, 1)
    assert (report["written"], report["unchanged"], report["removed"]) == (files, 0, 0)
    again = publish(site)
    [second] = summaries(again.stdout + again.stderr)
    assert (second["written"], second["unchanged"], second["removed"]) == (0, files, 0)


def test_the_summary_is_logged_never_written_into_the_site(published):
    for path in (published / "output").rglob("*"):
        if path.is_file():
            assert b"build_report" not in path.read_bytes(), path


def test_two_publishes_of_the_same_seeds_are_byte_identical(tmp_path):
    first, second = make_site(tmp_path / "a"), make_site(tmp_path / "b")
    assert publish(first).returncode == 0
    assert publish(second).returncode == 0
    digests = digest_tree(first / "output")
    assert len(digests) > 10
    assert digests == digest_tree(second / "output")


def test_republishing_keeps_the_times_of_unchanged_files(published):
    output = published / "output"
    before = state(output)
    (published / "seeds" / "2025-12-09-late-ferry.txt").write_text(NEW_SEED)
    done = publish(published)
    assert done.returncode == 0, done.stderr
    after = state(output)
    unchanged = [name for name in after if before.get(name, ("",))[0] == after[name][0]]
    written = [name for name in after if name not in unchanged]
    assert unchanged and written
    assert all(after[name][1] == before[name][1] for name in unchanged)
    assert all(after[name][1] != before.get(name, ("", 0))[1] for name in written)
    [report] = summaries(done.stdout + done.stderr)
    removed = len(set(before) - set(after))
    assert (report["written"], report["unchanged"], report["removed"]) == (
        len(written),
        len(unchanged),
        removed,
    )
    assert publish(published).returncode == 0
    assert state(output) == after  # nothing changed: every byte and every time kept


def test_a_failed_build_leaves_the_last_good_output_and_says_why(published, tmp_path):
    before = state(published / "output")
    broken = tmp_path / "broken-theme"
    shutil.copytree(ROOT / "theme", broken)
    with (broken / "templates" / "base.html").open("a") as template:
        template.write("{% block never_closed %}\n")
    done = publish(published, f"-t {broken}")
    assert done.returncode != 0
    assert state(published / "output") == before
    assert not (published / ".output.new").exists()
    message = done.stderr.strip().splitlines()[-2:]
    assert any("left as it was" in line and "TemplateSyntaxError" in line for line in message)
    assert any("base.html" in line for line in message)


def test_a_strict_publish_with_a_bad_seed_fails_and_keeps_the_output(published):
    before = state(published / "output")
    env = {**os.environ, "WIREFEED_SITEURL": PUBLIC}
    done = run_make(published, "publish", "STRICT=1", env=env)
    assert done.returncode != 0
    assert state(published / "output") == before
    assert "left as it was: news_import: strict mode" in done.stderr
    assert "broken-empty.txt" in done.stderr


def test_a_second_build_of_the_same_output_is_refused(tmp_path):
    site = make_site(tmp_path)
    command = [sys.executable, "-m", "wirefeed_publish", "build"]
    command += ["--settings", str(ROOT / "publishconf.py"), "--output", str(site / "output")]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    with exclusive(Staging.beside(site / "output")):
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1
    assert "another build" in done.stderr
    assert not (site / "output").exists()


# The pure parts, without Pelican.


def test_keep_unchanged_times_copies_times_of_byte_identical_files_only(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    for root in (old, new):
        (root / "sub").mkdir(parents=True)
        (root / "same.html").write_text("same")
        (root / "sub" / "same.css").write_text("body{}")
    (old / "changed.html").write_text("before")
    (new / "changed.html").write_text("after!")
    (new / "added.html").write_text("new")
    for path in old.rglob("*.*"):
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert keep_unchanged_times(old, new) == 2
    assert (new / "same.html").stat().st_mtime_ns == 1_000_000_000
    assert (new / "sub" / "same.css").stat().st_mtime_ns == 1_000_000_000
    assert (new / "changed.html").stat().st_mtime_ns != 1_000_000_000


def test_exchange_swaps_two_folders(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "mark").write_text("1")
    (second / "mark").write_text("2")
    exchange(first, second)
    assert (first / "mark").read_text() == "2"
    assert (second / "mark").read_text() == "1"


def test_the_staging_folder_sits_beside_the_output(tmp_path):
    staging = Staging.beside(tmp_path / "output")
    assert staging.fresh == tmp_path / ".output.new"
    with exclusive(staging), pytest.raises(BuildLocked), exclusive(staging):
        pass


def test_compare_trees_counts_written_unchanged_and_removed():
    before = {"a": b"1", "b": b"2", "gone": b"3"}
    after = {"a": b"1", "b": b"changed", "new": b"4"}
    changes = compare_trees(before, after)
    assert (changes.written, changes.unchanged, changes.removed) == (2, 1, 1)
