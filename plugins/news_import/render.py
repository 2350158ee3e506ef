"""Write an :class:`Article` as Pelican Markdown: a `Key: value` header, a blank line, a body."""

from __future__ import annotations

import hashlib
import re

from .dates import iso
from .model import Article

DIGEST_KEY = "Wirefeed-Digest"
_LINE_START = re.compile(r"^(\s*)([#>+=|-]|\*\s)")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])(?=\s)")
_INLINE = re.compile(r"([\\`*\[\]])|(?<!\w)_|_(?!\w)")


def escape_markdown(text: str) -> str:
    """Make plain text render as exactly that text: no HTML, no accidental Markdown."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    text = _NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def header_value(text: str) -> str:
    """A metadata value on one line, escaped like body text."""
    return escape_markdown(" ".join(text.split()))


def to_markdown(article: Article, *, slug: str, source_file: str, entry_id: str) -> str:
    """The whole content file for ``article``, digest line included."""
    fields = _fields(article, slug=slug, source_file=source_file, entry_id=entry_id)
    header = "".join(f"{key}: {value}\n" for key, value in fields if value)
    body = "\n\n".join(
        f"## {escape_markdown(block.text)}" if block.heading else escape_markdown(block.text)
        for block in article.blocks
    )
    text = f"{header}\n{body}\n"
    return add_digest(text)


def _fields(
    article: Article, *, slug: str, source_file: str, entry_id: str
) -> list[tuple[str, str]]:
    return [
        ("Title", header_value(article.title)),
        ("Date", iso(article.date) if article.date else ""),
        ("Modified", iso(article.modified) if article.modified else ""),
        ("Authors", ", ".join(header_value(a.replace(",", " ")) for a in article.authors)),
        ("Publisher", header_value(article.publisher or "")),
        ("Agency", header_value(article.agency or "")),
        ("Dateline", header_value(article.dateline or "")),
        ("Category", header_value(article.category or "")),
        ("Tags", ", ".join(header_value(t.replace(",", " ")) for t in article.tags)),
        ("Summary", header_value(article.summary)),
        ("Slug", slug),
        ("Lang", article.lang or ""),
        ("Credits", header_value("; ".join(article.credits))),
        ("Date-Fallback", header_value("; ".join(article.notes))),
        ("Source-File", header_value(source_file)),
        ("Entry-Id", entry_id),
    ]


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
    """The ``Key: value`` header of a content file, keys lower-cased as Pelican does."""
    header: dict[str, str] = {}
    for line in text.split("\n\n", 1)[0].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            header[key.strip().lower()] = value.strip()
    return header
