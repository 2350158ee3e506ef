"""The fixture corpus: every raw article parses to what a careful editor extracted.

One test id per case in ``tests/fixtures/convert`` (``<case>.txt`` beside ``<case>.toml``).
A second pass renders each case to a content file and reads it back with Pelican's own
Markdown reader: the metadata survives the round trip and no live HTML comes out.
"""

from __future__ import annotations

import html
from pathlib import Path
import tomllib

from lxml import etree
from lxml import html as lxml_html
from pelican.readers import MarkdownReader
from pelican.tests.support import get_settings
import pytest

from news_import.evaluate import FIELDS, actual_facts, check_case, plain_body
from news_import.parse import parse_article
from news_import.render import to_markdown

CORPUS = Path(__file__).resolve().parent / "fixtures" / "convert"
CASES = sorted(CORPUS.glob("*.txt"))
# What a converted body may contain once Pelican has rendered it: nothing else, no attributes.
BODY_TAGS = {"p", "h2", "ul", "li"}


def test_the_corpus_is_big_enough_and_complete():
    assert len(CASES) >= 40
    for txt in CASES:
        expected = tomllib.loads(txt.with_suffix(".toml").read_text(encoding="utf-8"))
        assert txt.with_suffix(".toml").read_text(encoding="utf-8").startswith("# "), txt.name
        assert {"title", "authors", "credits", "summary_starts", "body"} <= set(expected)


KNOWN_MISSES = tomllib.loads((CORPUS / "known-misses.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("txt", CASES, ids=[case.stem for case in CASES])
def test_case_fields(txt: Path):
    result = check_case(txt)
    known = set(KNOWN_MISSES.get(txt.stem, {}).get("fields", []))
    wrong = {
        name: f"want {want!r}, got {got!r}"
        for name, (want, got) in result.misses.items()
        if name not in known
    }
    assert not wrong, "\n".join(f"{name}: {detail}" for name, detail in wrong.items())
    fixed = known - set(result.misses)
    assert not fixed, f"now right, take off known-misses.toml: {sorted(fixed)}"
    assert set(FIELDS) <= set(result.checked)


def test_known_misses_name_real_cases():
    assert set(KNOWN_MISSES) <= {case.stem for case in CASES}


@pytest.mark.parametrize("txt", CASES, ids=[case.stem for case in CASES])
def test_case_survives_pelican_and_has_no_live_html(txt: Path, tmp_path: Path):
    article = parse_article(txt.read_bytes())
    article.category = article.category or "News"
    source = tmp_path / "case.md"
    source.write_text(
        to_markdown(article, slug="case", source_file=txt.name, entry_id="urn:uuid:0"),
        encoding="utf-8",
    )
    content, metadata = MarkdownReader(get_settings()).read(str(source))
    assert html.unescape(metadata["title"]) == article.title
    assert [a.name for a in metadata.get("authors", [])] == [
        html.escape(n.replace(",", " "), quote=False) for n in article.authors
    ]
    assert metadata["source-file"] == html.escape(txt.name, quote=False)
    _assert_inert(content)
    _assert_inert(metadata["summary"])
    assert _text_of(content) == _text_of_plain(plain_body(article))
    facts = actual_facts(article, txt.name)
    assert _text_of(metadata["summary"]) == " ".join(str(facts["summary_starts"]).split())


def _assert_inert(fragment: str) -> None:
    """Only plain structural tags, none with attributes: nothing a browser would run."""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iterdescendants():
        assert isinstance(element.tag, str) and element.tag in BODY_TAGS, etree.tostring(element)
        assert not element.attrib, etree.tostring(element)


def _text_of(fragment: str) -> str:
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    return " ".join(" ".join(root.itertext()).split())


def _text_of_plain(body: str) -> str:
    lines = [line.removeprefix("## ").removeprefix("- ") for line in body.split("\n")]
    return " ".join(" ".join(lines).split())
