"""Turn a seed's raw bytes into clean, plain Unicode lines.

Decoding is left to charset-normalizer and tag stripping to nh3; this module only
decides the order of the steps and which characters a seed may keep.
"""

from __future__ import annotations

import html
import re
import unicodedata

from charset_normalizer import from_bytes
import nh3

_BOMS = ("\ufeff", "\ufffe")
# Zero-width and bidi formatting characters that copy-paste drags along.
_INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# Characters XML 1.0 forbids; one of them in a feed makes a reader reject it whole.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TAG_HINT = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")
_BLOCK_TAGS = re.compile(r"</?(p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.I)


def decode_seed(raw: bytes) -> str:
    """Decode seed bytes: UTF-8 (with or without BOM) first, then the best detected guess."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "utf_16", "cp1250", "iso8859_15"])
    match = best.best()
    if match is None:
        return raw.decode("cp1252", errors="replace")
    return str(match)


def strip_markup(text: str) -> str:
    """Remove every HTML tag (and script/style bodies) and decode entities, keeping line breaks."""
    if not _TAG_HINT.search(text):
        return text
    text = _BLOCK_TAGS.sub("\n", text)
    text = nh3.clean(text, tags=set(), strip_comments=True)
    # nh3 re-escapes &, < and >; one unescape gives back the plain text,
    # a second catches entities the seed itself had double-encoded (&amp;nbsp;).
    text = html.unescape(html.unescape(text))
    if "<" in text and re.search(r"<[a-zA-Z/!]", text):
        # Markup that was itself entity-encoded in the seed is now live: strip it too.
        text = html.unescape(nh3.clean(text, tags=set(), strip_comments=True))
    return text


def clean_line(line: str) -> str:
    """Normalise one line: NFC, no invisible or XML-illegal characters, single spaces."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    line = _XML_ILLEGAL.sub("", line)
    return _SPACES.sub(" ", line).strip()


def seed_lines(raw: bytes) -> list[str]:
    """Decode, de-markup and clean a seed; blank lines are kept as ``""`` paragraph breaks."""
    text = decode_seed(raw)
    for bom in _BOMS:
        text = text.replace(bom, "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = strip_markup(text)
    return [clean_line(line) for line in text.split("\n")]
