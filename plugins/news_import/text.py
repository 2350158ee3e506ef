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
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_CHAOS_TOLERANCE = 0.01
# Zero-width and bidi formatting characters that copy-paste drags along.
_INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# Characters XML 1.0 forbids; one of them in a feed makes a reader reject it whole.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TAG_HINT = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")
# A page's <time> element: its machine-readable stamp beats the date it displays.
_TIME_ELEMENT = re.compile(
    r"<time\b(?P<attrs>[^>]*?)\bdatetime=[\"'](?P<when>[^\"']{10,40})[\"'][^>]*>.*?</time>",
    re.I | re.S,
)
_STAMP_CLASS = re.compile(
    r"class=[\"'][^\"']*(?:date|published|updated|modified|posted|stamp)", re.I
)
_SUBHEAD_TAG = re.compile(r"<h[2-4]\b[^>]*>\s*", re.I)
_ZONED = re.compile(r"T\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$")
_EMBED = re.compile(
    r"<blockquote\b[^>]*class=[\"'][^\"']*(?:embed|tweet|twitter|instagram|tiktok|social)"
    r"[^>]*>.*?</blockquote>",
    re.I | re.S,
)
_ITEM_TAG = re.compile(r"<li\b[^>]*>\s*", re.I)
_LABEL_REACH = 40
_UPDATE_LABEL = re.compile(
    r"(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\s*:?\s*$",
    re.I,
)
_BLOCK_TAGS = re.compile(r"</?(p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.I)
# Elements whose contents are never story text: code, fallbacks, embeds and form fields.
_DROPPED_WITH_CONTENTS = {
    "script", "style", "noscript", "template", "iframe", "object", "svg", "textarea", "select",
    "figcaption",
}  # fmt: skip


def decode_seed(raw: bytes) -> str:
    """Decode seed bytes: UTF-8 (with or without BOM) first, then charset-normalizer's guess.

    Western single-byte pages often decode equally well as several code pages; among
    guesses as good as the best one, Windows-1252 (a superset of Latin-1's letters) wins.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return raw.decode("cp1252", errors="replace")
    for match in matches:
        if match.encoding in _WESTERN and match.chaos <= best.chaos + _CHAOS_TOLERANCE:
            return str(match)
    return str(best)


def strip_markup(text: str) -> str:
    """Remove every HTML tag (and script/style bodies) and decode entities exactly once."""
    if not _TAG_HINT.search(text):
        return text
    text = _EMBED.sub("\n", text)  # an embedded post is another site's text
    text = _TIME_ELEMENT.sub(_machine_time, text)
    text = _SUBHEAD_TAG.sub("\n## ", text)  # a subhead stays one, whatever its wording
    text = _ITEM_TAG.sub("\n• ", text)  # and a list item stays an item
    text = _BLOCK_TAGS.sub("\n", text)
    # nh3 drops tags, comments and the insides of <script>, <noscript> and the like, and
    # escapes &, < and > in what is left; one unescape then gives the plain text with the
    # seed's own entities decoded once (a double-encoded "&amp;lt;" stays the text "&lt;").
    cleaned = nh3.clean(
        text, tags=set(), clean_content_tags=_DROPPED_WITH_CONTENTS, strip_comments=True
    )
    return html.unescape(cleaned)


def _machine_time(match: re.Match[str]) -> str:
    """``<time datetime="2025-12-04T08:30:00+00:00">4 December</time>`` -> the stamp; a
    ``class="updated"`` element is labelled so, as WordPress prints both side by side."""
    attrs = match["attrs"]
    if not (_STAMP_CLASS.search(attrs) or _ZONED.search(match["when"])):
        return match.group(0)  # a time named inside the story's prose stays as written
    updated = re.search(r"\bupdated\b|\bmodified\b", attrs, re.I)
    before = match.string[max(0, match.start() - _LABEL_REACH) : match.start()]
    if updated and not _UPDATE_LABEL.search(before):
        return f" Updated {match['when']} "  # the page prints no label of its own here
    return f" {match['when']} "


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
