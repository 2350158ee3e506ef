"""Write an :class:`Article` as Pelican Markdown: a `Key: value` header, a blank line, a body."""

from __future__ import annotations

import hashlib
import html
import re

from .dates import iso
from .model import Article, Block
from .tagging import CONTENT_KEY, TagDirectives, format_directives

DIGEST_KEY = "Wirefeed-Digest"
_LINE_START = re.compile(r"^(\s*)([+|-])")  # "#", "*" and ">" are escaped already
_NUMBERED = re.compile(r"^(\s*\d+)([.)])(?=\s)")
_INLINE = re.compile(r"[\\`*_\[\]{}#]")
# Line starts Python-Markdown's extensions would read as syntax but cannot backslash-escape:
# ":" opens a definition (def_list), "~~~" a code fence (fenced_code), "===" a setext heading.
_ENTITY_STARTS = {":": "&#58;", "~": "&#126;", "=": "&#61;"}


def escape_html(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities: the text can never become markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_markdown(text: str) -> str:
    """Make plain text render as exactly that text: no HTML, no accidental Markdown."""
    text = _INLINE.sub(lambda m: "\\" + m.group(0), escape_html(text))
    text = _NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    if text[:1] in _ENTITY_STARTS:
        text = _ENTITY_STARTS[text[0]] + text[1:]
    return text


def header_value(text: str) -> str:
    """A metadata value on one line; Pelican shows it as HTML, so it is HTML-escaped."""
    return escape_html(" ".join(text.split()))


def to_markdown(article: Article, *, slug: str, source_file: str, entry_id: str) -> str:
    """The whole content file for ``article``, digest line included."""
    fields = _fields(article, slug=slug, source_file=source_file, entry_id=entry_id)
    header = "".join(f"{key}: {value}\n" for key, value in fields if value)
    text = f"{header}\n{render_body(article.blocks)}\n"
    return add_digest(text)


def render_body(blocks: list[Block]) -> str:
    """Markdown of the body: paragraphs, ``##`` subheads, and tight ``-`` lists."""
    parts: list[str] = []
    for block in blocks:
        if block.heading:
            parts.append(f"## {escape_markdown(block.text)}")
        elif block.item and parts and parts[-1].startswith("- "):
            parts[-1] += f"\n- {escape_markdown(block.text)}"
        elif block.item:
            parts.append(f"- {escape_markdown(block.text)}")
        else:
            parts.append(escape_markdown(block.text))
    return "\n\n".join(parts)


def _fields(
    article: Article, *, slug: str, source_file: str, entry_id: str
) -> list[tuple[str, str]]:
    return [
        ("Title", header_value(article.title)),
        ("Date", iso(article.date) if article.date else ""),
        ("Modified", iso(article.modified) if article.modified else ""),
        ("Authors", _listed(article.authors)),
        ("Publisher", header_value(article.publisher or "")),
        ("Agency", header_value(article.agency or "")),
        ("Dateline", header_value(article.dateline or "")),
        ("Category", header_value(article.category or "")),
        ("Tags", _listed(article.tags)),
        # read back by the tagger, not shown on pages: kept verbatim, on one line
        (
            CONTENT_KEY,
            " ".join(format_directives(article.tag_directives or TagDirectives()).split()),
        ),
        # Pelican renders Summary (a FORMATTED_FIELDS key) as Markdown, the rest as HTML.
        ("Summary", escape_markdown(" ".join(article.summary.split()))),
        ("Slug", slug),
        ("Lang", article.lang or ""),
        ("Credits", header_value("; ".join(article.credits))),
        ("Date-Fallback", header_value("; ".join(article.notes))),
        ("Source-File", header_value(source_file)),
        ("Entry-Id", entry_id),
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _listed(names: list[str]) -> str:
    """A comma-separated list for Pelican, which splits on commas: none inside a name."""
    return ", ".join(header_value(name.replace(",", " ")) for name in names)


def digest(text: str) -> str:
    """Short SHA-256 of a content file's text, its own digest line left out."""
    kept = "".join(
        line for line in text.splitlines(keepends=True) if not line.startswith(DIGEST_KEY + ":")
    )
    return hashlib.sha256(kept.encode("utf-8")).hexdigest()[:16]


def add_digest(text: str) -> str:
    """Insert the digest line at the end of the header."""
    head, _, body = text.partition("\n\n")
    return f"{head}\n{DIGEST_KEY}: {digest(text)}\n\n{body}"


def recorded_digest(text: str) -> str | None:
    """The digest a content file says it had when Wirefeed wrote it; None for hand-made files."""
    for line in text.split("\n\n", 1)[0].splitlines():
        if line.startswith(DIGEST_KEY + ":"):
            return line.split(":", 1)[1].strip()
    return None


def read_header(text: str) -> dict[str, str]:
    """The ``Key: value`` header of a content file: keys lower-cased, values unescaped."""
    header: dict[str, str] = {}
    for line in text.split("\n\n", 1)[0].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            header[key.strip().lower()] = html.unescape(value.strip())
    return header
