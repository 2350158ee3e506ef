"""The Markdown a content file holds: a header Pelican reads exactly, a body that stays text."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from lxml import html as lxml_html
import markdown
from pelican.readers import MarkdownReader
from pelican.tests.support import get_settings
import pytest

from news_import.model import Article, Block
from news_import.render import escape_markdown, read_header, render_body, to_markdown

# Python-Markdown as Pelican configures it (extra, codehilite, meta): every extension that
# could turn text into markup is on.
PELICAN_MARKDOWN = get_settings()["MARKDOWN"]


def _article(**changes) -> Article:
    article = Article(
        title="Ferry fares frozen",
        blocks=[Block("Fares stay the same this winter.")],
        date=datetime(2025, 12, 10, 14, 15, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        modified=date(2025, 12, 11),
        authors=["Ingrid Solberg", "Tomas Halvorsen"],
        publisher="Fjordline Review",
        agency="Reuters",
        dateline="BERGEN",
        category="Business",
        tags=["Bergen", "Ferries"],
        summary="Fares stay the same this winter.",
        lang="en",
        credits=["Reporting by Ingrid Solberg", "Editing by Tomas Halvorsen"],
    )
    for key, value in changes.items():
        setattr(article, key, value)
    return article


def _render(article: Article) -> str:
    return to_markdown(article, slug="ferry-fares", source_file="a.txt", entry_id="urn:uuid:1")


def test_header_is_read_by_the_meta_extension_key_by_key():
    md = markdown.Markdown(extensions=["meta"])
    md.convert(_render(_article()))
    assert md.Meta == {
        "title": ["Ferry fares frozen"],
        "date": ["2025-12-10T14:15+05:30"],
        "modified": ["2025-12-11"],
        "authors": ["Ingrid Solberg, Tomas Halvorsen"],
        "publisher": ["Fjordline Review"],
        "agency": ["Reuters"],
        "dateline": ["BERGEN"],
        "category": ["Business"],
        "tags": ["Bergen, Ferries"],
        "summary": ["Fares stay the same this winter."],
        "slug": ["ferry-fares"],
        "lang": ["en"],
        "credits": ["Reporting by Ingrid Solberg; Editing by Tomas Halvorsen"],
        "source-file": ["a.txt"],
        "entry-id": ["urn:uuid:1"],
        "wirefeed-digest": [md.Meta["wirefeed-digest"][0]],
    }


def test_absent_facts_leave_no_key():
    text = _render(_article(modified=None, publisher=None, agency=None, dateline=None, credits=[]))
    keys = {line.split(":", 1)[0] for line in text.split("\n\n", 1)[0].splitlines()}
    assert not keys & {"Modified", "Publisher", "Agency", "Dateline", "Credits"}


def test_a_body_line_that_looks_like_metadata_stays_in_the_body():
    article = _article(blocks=[Block("Warning: the bridge closes at noon."), Block("Next.")])
    md = markdown.Markdown(extensions=["meta"])
    out = md.convert(_render(article))
    assert "warning" not in md.Meta
    assert out.startswith("<p>Warning: the bridge closes at noon.</p>")


def test_every_header_value_is_one_line_even_from_multi_line_input():
    article = _article(title="Ferry\nfares\tfrozen", summary="Fares\n\nstay.")
    header = read_header(_render(article))
    assert header["title"] == "Ferry fares frozen"
    assert header["summary"] == "Fares stay."


def test_pelican_reads_the_file_as_written(tmp_path):
    source = tmp_path / "ferry.md"
    source.write_text(_render(_article(title="Fares & fees <frozen>")), encoding="utf-8")
    content, meta = MarkdownReader(get_settings()).read(str(source))
    assert meta["title"] == "Fares &amp; fees &lt;frozen&gt;"  # Pelican treats titles as HTML
    assert [a.name for a in meta["authors"]] == ["Ingrid Solberg", "Tomas Halvorsen"]
    assert meta["date"].isoformat() == "2025-12-10T14:15:00+05:30"
    assert meta["summary"] == "<p>Fares stay the same this winter.</p>"
    assert content == "<p>Fares stay the same this winter.</p>"


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "a < b & c > d",
    "&lt;p&gt; stays text",
    "&amp; &#8217; &nbsp;",
    "# not a heading",
    "## not a heading either #",
    "1. not a list",
    "2) not a list",
    "- not a bullet",
    "+ not a bullet",
    "* not a bullet",
    "> not a quote",
    "*not emphasis* and **not strong**",
    "__init__ and snake_case_name",
    "[not](javascript:alert(1)) a link",
    "![not](x.png) an image",
    "<http://example.org> not an autolink",
    "`not code`",
    "~~~ not a fence",
    "``` not a fence",
    ": not a definition",
    "*[HTML]: not an abbreviation",
    "[^1]: not a footnote",
    "Text {: onclick=alert(1) } with attributes",
    "| not | a | table |",
    "---",
    "===",
    "back\\slash",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("heading", [False, True], ids=["paragraph", "subhead"])
def test_hostile_text_renders_as_exactly_that_text(text, heading):
    body = render_body([Block("Lede."), Block(text, heading=heading), Block("End.")])
    out = markdown.markdown(body, **_markdown_kwargs())
    root = lxml_html.fragment_fromstring(out, create_parent="div")
    elements = list(root)
    assert [e.tag for e in elements] == ["p", "h2" if heading else "p", "p"]
    assert all(not e.attrib and not len(e) for e in elements), out
    assert elements[1].text_content() == text


def test_list_items_render_as_one_tight_list():
    body = render_body([Block("Features:"), Block("one", item=True), Block("two", item=True)])
    assert body == "Features:\n\n- one\n- two"
    assert markdown.markdown(body) == "<p>Features:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>"


def test_escape_markdown_leaves_plain_prose_alone():
    prose = "The council met on Tuesday, and 4,000 people (a record) watched online."
    assert escape_markdown(prose) == prose


def _markdown_kwargs() -> dict:
    config = PELICAN_MARKDOWN
    return {
        "extensions": list(config["extension_configs"]),
        "extension_configs": config["extension_configs"],
        "output_format": config.get("output_format", "html5"),
    }
