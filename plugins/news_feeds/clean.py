"""Make article text safe for every feed format: XML-legal, sanitised, absolute, bounded.

A feed is read for years by programs that forgive nothing, so everything that goes into
one passes through here first: characters XML 1.0 forbids are dropped, HTML is sanitised
with nh3 (scripts, styles and event handlers go), every ``href``/``src``/``cite`` becomes
an absolute URL, and a huge article is replaced by its summary and a link.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

import nh3

# Everything XML 1.0 does not allow in a document (C0 controls but tab/LF/CR, lone
# surrogates, U+FFFE/U+FFFF); C1 controls are legal but discouraged and never wanted.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_TAG = re.compile(r"<[^>]*>")
_URL_ATTRIBUTES = frozenset({"href", "src", "cite"})


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML 1.0 document may not contain."""
    return _XML_ILLEGAL.sub("", text or "")


def plain_text(markup: str) -> str:
    """Visible text of an HTML fragment on one line: tags gone, entities decoded."""
    text = html.unescape(_TAG.sub(" ", xml_safe(markup)))
    return " ".join(xml_safe(text).split())


def clean_html(markup: str, base_url: str) -> str:
    """Sanitised HTML whose links and images resolve against ``base_url``."""

    def absolute(_tag: str, attribute: str, value: str) -> str | None:
        if attribute not in _URL_ATTRIBUTES:
            return value
        return urljoin(base_url, value.strip()) if value.strip() else None

    cleaned = nh3.clean(xml_safe(markup), attribute_filter=absolute, link_rel=None)
    return xml_safe(cleaned).strip()


def credit_html(agency: str, publisher: str) -> str:
    """A closing paragraph naming the story's source, or '' when it has none."""
    if not (agency or publisher):
        return ""
    names = " via ".join(html.escape(name) for name in (agency, publisher) if name)
    return f'<p class="source">Source: {names}</p>'


def bounded_content(content: str, summary: str, url: str, limit: int) -> tuple[str, bool]:
    """The content, or its summary and a link when longer than ``limit``; True if cut."""
    if len(content) <= limit:
        return content, False
    short = (
        f"<p>{html.escape(summary)}</p>\n"
        f'<p><a href="{html.escape(url, quote=True)}">Read the whole story</a></p>'
    )
    return short, True
