"""The built demo site in real headless Chromium: looks, accessibility, errors, links, search.

One browser per test session (per xdist worker); the site is served over http on 127.0.0.1.
Screenshots land in ``tmp_path`` (and in ``$WIREFEED_SHOTS`` when set, for a person to look at).
"""

from __future__ import annotations

from collections.abc import Iterator
import functools
import http.server
import os
from pathlib import Path
import shutil
import threading
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

from conftest import BuiltSite
from lxml import html
import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = (320, 390, 1366)
MISSING = "no/such/page/"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"),
    reason="Debian chromium is not installed (.ci/run installs it; under CI this never skips)",
)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder like a static host: quietly, with 404.html for missing paths."""

    def log_message(self, *_args) -> None:
        """Say nothing per request."""

    def send_error(self, code, message=None, explain=None) -> None:
        """Answer a missing path with the site's own 404 page."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def site_url(demo_site: BuiltSite) -> Iterator[str]:
    """The demo site served by a local http.server thread."""
    assert demo_site.returncode == 0, demo_site.log
    handler = functools.partial(SiteHandler, directory=str(demo_site.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by the locked Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def pages(demo_site: BuiltSite) -> dict[str, str]:
    """One path of every kind of page in the demo site."""
    out = demo_site.output

    def first(pattern: str) -> str:
        found = sorted(out.glob(pattern))
        assert found, pattern
        return found[0].relative_to(out).as_posix().removesuffix("index.html")

    articles = sorted(out.glob("[0-9]*/[0-9]*/*/index.html"))
    foreign = [p for p in articles if 'lang="en"' not in p.read_text()[:200]]
    chosen = {
        "home": "",
        "article": _richest_article(articles)
        .relative_to(out)
        .as_posix()
        .removesuffix("index.html"),
        "tag": first("tag/*/index.html"),
        "category": first("category/*/index.html"),
        "author": first("author/*/index.html"),
        "archives": "archives/",
        "tags": "tags/",
        "sections": "sections/",
        "search": "search/",
        "about": "about/",
        "missing": MISSING,
    }
    if foreign:
        chosen["foreign-article"] = (
            foreign[0].relative_to(out).as_posix().removesuffix("index.html")
        )
    if (out / "feeds/index.html").is_file():
        chosen["feeds"] = "feeds/"
    return chosen


def _richest_article(articles: list[Path]) -> Path:
    """The article page with the most on it (byline, dateline, related stories)."""
    return max(articles, key=lambda p: (p.read_text().count('class="'), p.as_posix()))


def _open(browser, site_url: str, path: str, width: int, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "request",
        lambda r: (
            problems.append(f"third-party request: {r.url}")
            if not r.url.startswith((site_url, "data:"))
            else None
        ),
    )
    page.on(
        "response",
        lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
    )
    response = page.goto(site_url + path, wait_until="networkidle")
    if path == MISSING and response is not None and response.status == 404:
        # The missing page's own 404 is the point; any other failed request still shows.
        expected = (f"HTTP 404: {site_url}{MISSING}", "console: Failed to load resource")
        problems[:] = [line for line in problems if not line.startswith(expected)]
    return context, page, problems


def _overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def _axe(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]


def _shot(page, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.png"
    page.screenshot(path=str(target), full_page=True)
    keep = os.environ.get("WIREFEED_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(target, Path(keep) / target.name)


KINDS = [
    "home",
    "article",
    "foreign-article",
    "tag",
    "category",
    "author",
    "archives",
    "tags",
    "sections",
    "search",
    "about",
    "missing",
    "feeds",
]


@pytest.mark.parametrize("kind", KINDS)
def test_page_is_clean_at_every_width_and_in_both_schemes(browser, site_url, pages, kind, tmp_path):
    if kind not in pages:
        pytest.skip(f"the demo site has no {kind} page")
    path = pages[kind]
    failures: list[str] = []
    for scheme in ("light", "dark"):
        context, page, problems = _open(browser, site_url, path, WIDTHS[0], scheme)
        try:
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                if (extra := _overflow(page)) > 0:
                    failures.append(f"{scheme} {width}px: {extra}px of sideways scrolling")
                if width != WIDTHS[0]:
                    _shot(page, tmp_path, f"{kind}-{width}-{scheme}")
            failures += [f"{scheme} axe {line}" for line in _axe(page)]
            failures += [f"{scheme} {line}" for line in problems]
        finally:
            context.close()
    assert not failures, "\n".join(failures)
    assert (tmp_path / f"{kind}-390-light.png").stat().st_size > 0


def test_skip_link_is_first_visible_on_focus_and_moves_focus(browser, site_url, pages):
    context, page, problems = _open(browser, site_url, pages["article"], 390)
    try:
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => { const e = document.activeElement, r = e.getBoundingClientRect(),
                       s = getComputedStyle(e);
                       return {text: e.textContent, top: r.top, height: r.height,
                               outline: s.outlineStyle + ' ' + s.outlineWidth}; }"""
        )
        assert focused["text"] == "Skip to content"
        assert focused["top"] >= 0 and focused["height"] >= 24
        assert focused["outline"].startswith("solid") and not focused["outline"].endswith(" 0px")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        assert not problems
    finally:
        context.close()


def test_every_link_has_visible_focus(browser, site_url, pages):
    context, page, _problems = _open(browser, site_url, pages["article"], 1366)
    try:
        missing = page.evaluate(
            """() => [...document.querySelectorAll('a[href]')].filter(a => {
                   a.focus(); const s = getComputedStyle(a);
                   return document.activeElement === a &&
                          (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2);
               }).map(a => a.outerHTML.slice(0, 80))"""
        )
        assert not missing
    finally:
        context.close()


def test_article_reads_without_javascript(browser, site_url, pages):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        page.goto(site_url + pages["article"])
        assert page.locator("h1").first.is_visible()
        body = page.locator(".story-body")
        assert body.is_visible() and len(body.inner_text()) > 200
    finally:
        context.close()


def test_article_page_weighs_under_100_kb_with_no_third_party_requests(browser, site_url, pages):
    context, page, problems = _open(browser, site_url, pages["article"], 390)
    try:
        sizes = page.evaluate(
            """() => performance.getEntriesByType('resource').map(r => r.decodedBodySize)
                 .concat([performance.getEntriesByType('navigation')[0].decodedBodySize])"""
        )
        assert sum(sizes) < 100 * 1024, sizes
        assert not problems
    finally:
        context.close()


def test_print_stylesheet_drops_navigation(browser, site_url, pages):
    context, page, _problems = _open(browser, site_url, pages["article"], 1366)
    try:
        page.emulate_media(media="print")
        assert not page.locator("nav.sections").is_visible()
        assert not page.locator("footer.site-foot").is_visible()
        assert page.locator(".story-body").is_visible()
    finally:
        context.close()


def test_search_finds_a_story_on_the_static_site(browser, site_url, pages, demo_site: BuiltSite):
    article = demo_site.output / pages["article"] / "index.html"
    title = html.fromstring(article.read_bytes()).xpath("string(//h1)").strip()
    word = max(title.split(), key=len).strip(".,:;'\"()")
    context, page, problems = _open(browser, site_url, pages["search"], 390)
    try:
        page.fill(".pagefind-ui__search-input", word)
        results = page.locator(".pagefind-ui__result-link")
        results.first.wait_for(timeout=10_000)
        assert title in results.all_inner_texts()
        assert not _axe(page)
        assert not problems
    finally:
        context.close()


def test_every_internal_link_resolves_over_http(site_url):
    seen: set[str] = set()
    queue = [site_url]
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urlopen(url) as response:
                body = response.read()
                kind = response.headers.get_content_type()
        except HTTPError as error:
            broken.append(f"{url}: {error.code}")
            continue
        if kind != "text/html":
            continue
        for href in html.fromstring(body).xpath("//a/@href | //link/@href | //script/@src"):
            target = urljoin(url, href).split("#")[0]
            if target.startswith(site_url) and not urlsplit(target).path.startswith("/pagefind/"):
                queue.append(target)
    assert len(seen) > 30
    assert not broken
