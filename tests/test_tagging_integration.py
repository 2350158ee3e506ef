"""The converter applies the editor's tag choices from seeds, content files and editorial files."""

from __future__ import annotations

from pathlib import Path

from news_import.convert import Options, convert_seeds
from news_import.render import read_header

SEED = """Ferry crews in Bergen vote to accept new rota
By Ingrid Solberg
Posted on December 3, 2025
Tags: +Ferries, -Oslo
BERGEN, Dec 3 (Reuters) - Ferry crews in Bergen voted on Wednesday to accept a new winter rota.
The union said crews in Oslo would vote next week on the same rota.
Vestkyst Ferjer said the Bergen rota would start in January, and Vestkyst Ferjer thanked crews.
"""


def _run(tmp_path: Path, **options) -> dict[str, str]:
    content = tmp_path / "content"
    convert_seeds(tmp_path / "seeds", content, Options(**options))
    (path,) = content.glob("*.md")
    return read_header(path.read_text())


def _site(tmp_path: Path, seed: str = SEED) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "rota.txt").write_text(seed)


def test_seed_tag_line_adds_and_removes_and_never_reaches_the_body(tmp_path):
    _site(tmp_path)
    header = _run(tmp_path)
    tags = header["tags"].split(", ")
    assert "Ferries" in tags and "Oslo" not in tags and "Bergen" in tags
    assert header["tags-editorial"] == "+Ferries, -Oslo"
    text = next((tmp_path / "content").glob("*.md")).read_text()
    assert "+Ferries" not in text.split("\n\n", 1)[1]


def test_content_file_directives_survive_a_forced_regeneration(tmp_path):
    _site(tmp_path, SEED.replace("Tags: +Ferries, -Oslo\n", ""))
    _run(tmp_path)
    path = next((tmp_path / "content").glob("*.md"))
    edited = path.read_text().replace("Source-File:", "Tags-Editorial: +Night Trains\nSource-File:")
    path.write_text(edited)
    header = _run(tmp_path, force=True)
    assert "Night Trains" in header["tags"].split(", ")
    assert header["tags-editorial"] == "+Night Trains"


def test_editorial_stop_list_applies_and_a_bad_alias_file_is_reported(tmp_path):
    _site(tmp_path)
    editorial = tmp_path / "content" / "editorial"
    editorial.mkdir(parents=True)
    (editorial / "stop.txt").write_text("Bergen\n")
    assert "Bergen" not in _run(tmp_path)["tags"].split(", ")
    (editorial / "aliases.txt").write_text("this line has no arrow\n")
    report = convert_seeds(tmp_path / "seeds", tmp_path / "content", Options(force=True))
    assert any("aliases.txt" in warning for warning in report.warnings)
