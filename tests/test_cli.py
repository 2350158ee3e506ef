"""The editors' command, ``python -m news_import``, run in-process and as a real process."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys

from conftest import ROOT

from news_import import cli
from news_import.render import read_header

GOOD = "Bridge reopens {n}\nBy Ana Ruiz\nDec 10, 2025\nThe council met and agreed the plan.\n"
UNDATED = "Pier lamps shine again\nBy Ana Ruiz\nThe lamps are lit every evening now.\n"


def _site(root: Path, seeds: dict[str, str], settings: str = "") -> Path:
    (root / "seeds").mkdir()
    for name, text in seeds.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    conf = root / "pelicanconf.py"
    conf.write_text(settings or 'PATH = "content"\nNEWS_IMPORT = {"DEFAULT_CATEGORY": "Local"}\n')
    return conf


def test_converts_with_the_sites_settings_and_reports(tmp_path, capsys):
    conf = _site(tmp_path, {"a.txt": GOOD.format(n=1), "bad.txt": ""})
    assert cli.main(["--settings", str(conf)]) == 0
    out = capsys.readouterr().out
    assert "converted  a.txt -> bridge-reopens-1.md" in out
    assert "failed  bad.txt  the seed is empty" in out
    assert "converted         1" in out and "failed            1" in out
    header = read_header((tmp_path / "content" / "bridge-reopens-1.md").read_text())
    assert header["category"] == "Local"


def test_options_override_the_settings(tmp_path, capsys):
    conf = _site(tmp_path, {"a.txt": GOOD.format(n=1)})
    other = tmp_path / "elsewhere"
    args = ["--settings", str(conf), "--content", str(other), "--default-category", "World"]
    assert cli.main(args) == 0
    assert read_header((other / "bridge-reopens-1.md").read_text())["category"] == "World"
    assert str(other) in capsys.readouterr().out


def test_check_writes_nothing_and_exits_1_when_out_of_date(tmp_path, capsys):
    conf = _site(tmp_path, {"a.txt": GOOD.format(n=1)})
    assert cli.main(["--settings", str(conf), "--check"]) == 1
    assert "would be written (check mode)" in capsys.readouterr().out
    assert not (tmp_path / "content").exists()
    assert cli.main(["--settings", str(conf)]) == 0
    assert cli.main(["--settings", str(conf), "--check"]) == 0


def test_strict_exits_1_on_a_fallback_or_failure(tmp_path, capsys):
    conf = _site(tmp_path, {"a.txt": GOOD.format(n=1), "b.txt": UNDATED})
    assert cli.main(["--settings", str(conf)]) == 0
    assert cli.main(["--settings", str(conf), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "b.txt -> pier-lamps-shine-again.md  no date in the seed" in out
    assert "fell back         1" in out


def test_strict_comes_from_the_settings_too(tmp_path):
    conf = _site(tmp_path, {"b.txt": UNDATED}, 'NEWS_IMPORT = {"STRICT": True}\n')
    assert cli.main(["--settings", str(conf)]) == 1


def test_force_regenerates_a_hand_edited_file(tmp_path, capsys):
    conf = _site(tmp_path, {"a.txt": GOOD.format(n=1)})
    cli.main(["--settings", str(conf)])
    target = tmp_path / "content" / "bridge-reopens-1.md"
    target.write_text(target.read_text().replace("agreed", "rejected"))
    cli.main(["--settings", str(conf)])
    assert "kept  a.txt -> bridge-reopens-1.md  edited by hand" in capsys.readouterr().out
    assert "rejected" in target.read_text()
    cli.main(["--settings", str(conf), "--force"])
    assert "agreed" in target.read_text()


def test_a_long_run_shows_a_progress_bar(tmp_path, capsys):
    seeds = {f"s{n:02}.txt": GOOD.format(n=n) for n in range(cli.PROGRESS_FROM)}
    conf = _site(tmp_path, seeds)
    assert cli.main(["--settings", str(conf)]) == 0
    err = capsys.readouterr().err
    assert f"{cli.PROGRESS_FROM}/{cli.PROGRESS_FROM}" in err and "seed" in err


def test_a_short_run_shows_none(tmp_path, capsys):
    conf = _site(tmp_path, {"a.txt": GOOD.format(n=1)})
    cli.main(["--settings", str(conf)])
    assert capsys.readouterr().err == ""


def test_missing_seeds_folder_is_an_error(tmp_path, capsys):
    conf = tmp_path / "pelicanconf.py"
    conf.write_text("")
    assert cli.main(["--settings", str(conf)]) == 1
    assert "no seeds folder" in capsys.readouterr().err


def test_module_runs_as_a_process_with_help():
    done = subprocess.run(
        [sys.executable, "-m", "news_import", "--help"],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "plugins")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    for option in ("--check", "--strict", "--force", "--settings"):
        assert option in done.stdout
