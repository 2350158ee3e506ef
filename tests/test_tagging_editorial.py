"""The editor's files and per-article directives."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_import.tagging import (
    DirectiveError,
    EditorialError,
    TagDirectives,
    TagInput,
    apply_directives,
    format_directives,
    load_editorial,
    merge_directives,
    parse_directives,
    seed_directives,
    tag_articles,
)

ROOT = Path(__file__).resolve().parent.parent


def test_missing_folder_or_files_mean_an_empty_editorial(tmp_path):
    editorial = load_editorial(tmp_path / "nowhere")
    assert not editorial.aliases and not editorial.stop and not editorial.topics


def test_the_site_editorial_files_load():
    editorial = load_editorial(ROOT / "content" / "editorial")
    assert editorial.topics and editorial.aliases and editorial.stop


def test_editorial_files_are_read(tmp_path):
    (tmp_path / "aliases.txt").write_text("# comment\nBelarussia, Bielarus -> Belarus\n")
    (tmp_path / "stop.txt").write_text("Weather\n\n")
    (tmp_path / "topics.txt").write_text("Elections: election*, ballot\n")
    editorial = load_editorial(tmp_path)
    assert editorial.aliases == {"belarussia": "Belarus", "bielarus": "Belarus"}
    assert editorial.stopped("weather")
    assert editorial.topics[0].name == "Elections"
    assert editorial.topics[0].triggers == ("election*", "ballot")


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("aliases.txt", "Good -> Fine\nno arrow here\n", 2),
        ("aliases.txt", "-> Nothing on the left\n", 1),
        ("topics.txt", "# topics\nElections election, ballot\n", 2),
        ("topics.txt", "Energy: oil\nEnergy: gas\n", 2),
        ("topics.txt", "Energy:\n", 1),
    ],
)
def test_a_malformed_line_names_the_file_and_line(tmp_path, name, text, line):
    (tmp_path / name).write_text(text)
    with pytest.raises(EditorialError) as caught:
        load_editorial(tmp_path)
    assert caught.value.line == line
    assert f"{name}, line {line}" in str(caught.value)


def test_parse_directives():
    directives = parse_directives("Tags: +Oslo Accord, -Weather, =lock, Norway")
    assert directives == TagDirectives(("Oslo Accord", "Norway"), ("Weather",), lock=True)
    assert parse_directives(format_directives(directives)) == directives


@pytest.mark.parametrize("value", ["=everything", "+", "+Oslo, -"])
def test_bad_directives_raise(value):
    with pytest.raises(DirectiveError):
        parse_directives(value)


def test_a_seed_line_is_a_directive_only_with_signs():
    assert seed_directives("Tags: +Oslo Accord, -Weather") == TagDirectives(
        ("Oslo Accord",), ("Weather",)
    )
    assert seed_directives("Tags: Belarus, Minsk, Politics") is None
    assert seed_directives("Oslo Accord talks resume") is None


def test_apply_directives_adds_removes_and_locks():
    auto = ["Alexander Lukashenko", "Belarus", "Weather"]
    assert apply_directives(auto, parse_directives("+Oslo Accord, -Weather")) == [
        "Oslo Accord",
        "Alexander Lukashenko",
        "Belarus",
    ]
    assert apply_directives(auto, parse_directives("-Lukashenko")) == ["Belarus", "Weather"]
    assert apply_directives(auto, parse_directives("+Belarus, +Minsk, =lock")) == [
        "Belarus",
        "Minsk",
    ]
    assert apply_directives(auto, None) == auto


def test_merge_directives_lets_the_content_file_win():
    seed = parse_directives("+Oslo Accord, -Weather")
    content = parse_directives("-Oslo Accord, +Weather, +Minsk")
    merged = merge_directives(seed, content)
    assert merged == TagDirectives(("Weather", "Minsk"), ("Oslo Accord",))


def test_directives_in_a_site_pass_use_the_site_spelling():
    docs = [
        TagInput("Talks", ("President Alexander Lukashenko met envoys. Lukashenko smiled.",)),
        TagInput(
            "Minsk notebook",
            ("Minsk was cold. Minsk was quiet.",),
            directives=parse_directives("+lukashenko, -Minsk"),
        ),
    ]
    assert tag_articles(docs)[1] == ["Alexander Lukashenko"]
