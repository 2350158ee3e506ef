"""Hostile seeds through a real Pelican build: no live HTML reaches a page or a feed."""

from __future__ import annotations

from pathlib import Path

from conftest import build_site
from lxml import etree
from lxml import html as lxml_html
import pytest

HOSTILE = """\
Mayor <script>alert('title')</script>backs "safe" streets & <b>bold</b> plans
By Rosa <img src=x onerror=alert(1)>Whitman
Dec 10, 2025 at 9:00 AM EST
<p>The council voted <script>alert(2)</script>on Wednesday to close roads near schools.</p>
<iframe src="https://evil.example/embed"></iframe>
Typing &amp;lt;script&amp;gt; into a form is a classic attack, trainers said.
## Step 1: {: onclick=alert(3) } plan
Warning: [click](javascript:alert(4)) and <a href="javascript:alert(5)">here</a>.
"""
ENCODED = (
    "Council &lt;em&gt;approves&lt;/em&gt; a plan\nDec 11, 2025\n"
    "It passed &lt;b&gt;easily&lt;/b&gt;.\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    (root / "seeds" / "2025-12-10-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "seeds" / "2025-12-11-encoded.txt").write_text(ENCODED, encoding="utf-8")
    built = build_site(root)
    assert built.returncode == 0, built.log
    return built.output


def _pages(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def test_no_page_has_injected_markup(site):
    pages = _pages(site)
    assert pages
    for page in pages:
        tree = lxml_html.fromstring(page.read_bytes())
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            handlers = [name for name in element.attrib if name.lower().startswith("on")]
            assert not handlers, (page, etree.tostring(element))
            assert element.tag != "iframe" and element.get("src") != "x", (page, element.tag)
            if element.tag in {"b", "em", "strong"}:
                assert element.text_content() not in {"bold", "approves", "easily"}, page
            if element.tag == "script":
                assert "alert" not in (element.text or ""), page
            for name in ("href", "src"):
                assert not element.get(name, "").lower().startswith("javascript:"), page


def test_the_article_page_shows_the_text_as_text(site):
    page = next(p for p in _pages(site) if "mayor" in str(p.parent))
    text = lxml_html.fromstring(page.read_bytes()).text_content()
    assert 'Mayor backs "safe" streets & bold plans' in text
    assert "Typing &lt;script&gt; into a form" in text
    assert "Rosa Whitman" in text


def test_feeds_carry_no_live_markup(site):
    feeds = sorted((site / "feeds").rglob("*.xml"))
    assert feeds
    for feed in feeds:
        tree = etree.fromstring(feed.read_bytes())
        for node in tree.iter():
            if not isinstance(node.tag, str):
                continue
            text = node.text or ""
            if node.get("type") == "html" or node.tag.endswith(("description", "summary")):
                fragment = lxml_html.fragment_fromstring(text or "<p></p>", create_parent="div")
                tags = {e.tag for e in fragment.iterdescendants() if isinstance(e.tag, str)}
                assert not tags & {"script", "iframe", "img"}, (feed, text)
                assert not any(
                    a.lower().startswith("on")
                    for e in fragment.iterdescendants()
                    if isinstance(e.tag, str)
                    for a in e.attrib
                ), (feed, text)
