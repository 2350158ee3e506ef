"""Body lines to blocks: hard-wrapped lines joined, subheads and list items recognised."""

from __future__ import annotations

from itertools import groupby
import re

from . import patterns as P
from .casing import StoryCasing, shouted, unshout
from .meta import Line
from .model import Block

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?P<text>\S.*?)\s*#*$")
_BOLD = re.compile(r"^(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)$")
_DASHED = re.compile(r"^[-–—]\s+(?P<text>\S.*?\S|\S)\s+[-–—]$")
_STEP = re.compile(r"^(?:step|schritt|étape|paso|passo|stap)\s+\d+\s*[:.–-]\s*\S", re.I)
_ABOUT = re.compile(
    r"^(?:About|Über|À propos de|Acerca de|Sobre)\s+(?:the\s+|die\s+|der\s+|la\s+|le\s+|l['’])?"
    r"[A-Z0-9À-Þ]\S*(?:\s+\S+){0,9}$"
)
_COMPANY_ENDINGS = (
    "inc.",
    "ltd.",
    "corp.",
    "co.",
    "plc.",
    "llc.",
    "ag.",
    "s.a.",
    "n.v.",
    "l.p.",
    "ltée.",
)
_QUOTES = "\"'“”‘’«»„"
_TITLE_END = re.compile(r"[.!,;:…\"”’)»]$")
_MAX_HEADING_WORDS = 12
_MAX_QUESTION_WORDS = 10
_MAX_QUOTED_HEADING_WORDS = 8
_MIN_ITEM_WORDS = 2
_MAX_ITEM_WORDS = 15
# A letter's closing line: the signature lines under it are the letter's, not chrome.
_VALEDICTION = re.compile(
    r"^(?:yours (?:sincerely|faithfully|truly)|sincerely|kind regards|best regards|regards|"
    r"mit freundlichen grüßen|cordialement|atentamente|cordiali saluti|met vriendelijke groet)"
    r"[,.]?$",
    re.I,
)
_FULL_STOP_END = re.compile(r"[.!?:…\"”]$")
# A few quoted words with no stop inside the quote marks: a subhead, not a spoken line.
# BBC-style pages set such subheads in single quotes; a short line in double quotes is speech.
_QUOTED_HEADING = re.compile(r"^['‘][A-Z0-9][^'’\"”.!?,;:]{2,80}['’]$")
_MAX_WRAPPED_LINE = 120
_MIN_DEK_WORDS = 6
_SPEECH_DASHES = ("– ", "— ")
_MIN_WRAPPED_LINE = 25  # nobody wraps text this narrow: a shorter line is a label or a button
_FULL_LINE = 0.6


def build_blocks(lines: list[Line], lang: str | None = None) -> list[Block]:
    """Blocks of the kept body lines, in order."""
    casing = StoryCasing.of([line.text for line in lines])
    groups = [
        [line.text for line in members] for _, members in groupby(lines, lambda line: line.group)
    ]
    width = _wrap_width(groups)
    blocks: list[Block] = []
    weak: set[int] = set()
    listed: set[int] = set()
    dialogue = _dialogue_lines([line.text for line in lines])
    for texts in groups:
        _add_group(blocks, weak, texts, lang, casing, width, dialogue, listed)
    if blocks and len(blocks) - 1 in weak:
        blocks[-1].heading = False  # a short last line is a sign-off, not a subhead
    return _without_stray_headings(blocks, weak)


def _without_stray_headings(blocks: list[Block], weak: set[int]) -> list[Block]:
    """Drop short lines that head nothing: those above the first paragraph (a page's
    labels, desks and stamps) and runs of two or more (a list of other stories' links).
    A long unpunctuated line right under the headline is its standfirst and stays."""
    first = next((n for n, b in enumerate(blocks) if not b.heading), len(blocks))
    kept: list[Block] = []
    for n, block in enumerate(blocks):
        if n == 0 < first and n in weak and len(block.text.split()) >= _MIN_DEK_WORDS:
            kept.append(Block(block.text))  # a standfirst right under the headline
            continue
        if n in weak and n < first:
            continue
        in_run = n in weak and (n - 1 in weak or n + 1 in weak)
        if not in_run:
            kept.append(block)
    return kept


def _add_group(
    blocks: list[Block],
    weak: set[int],
    texts: list[str],
    lang: str | None,
    casing: StoryCasing,
    width: int | None,
    dialogue: frozenset[str] = frozenset(),
    listed: set[int] | None = None,
) -> None:
    listed = set() if listed is None else listed
    wrapped = _wrapped(texts) or _fills_width(texts, width)
    if not wrapped:
        texts = _mended(texts)
    standalone = len(texts) == 1 or not wrapped
    current: list[str] = []
    item = False
    for text in texts:
        if item and current and _continues_item(current[-1], text):
            current[-1] = _join([current[-1], text])  # a list item wrapped onto the next line
            continue
        if not current and _lead_in_open(blocks, listed) and _unmarked_item(text):
            # "Key specifications include:" over entries without bullets: each stays a
            # line of its own, as the page printed it, and never reads as a stray subhead
            listed.add(len(blocks))
            blocks.append(Block(text))
            continue
        heading = _heading(text, standalone, lang, casing)
        bullet = P.BULLET.match(text) if not heading and text not in dialogue else None
        if heading or bullet:
            _flush(blocks, current, item)
            item = False
        if heading:
            if not heading[1]:
                weak.add(len(blocks))
            blocks.append(Block(heading[0], heading=True))
            continue
        if bullet:
            current, item = [bullet["text"]], True
        else:
            if item:
                _flush(blocks, current, item)  # the list ended; a paragraph follows
                item = False
            current.append(text)
        if not wrapped and not (item and not P.SENTENCE_END.search(current[-1])):
            _flush(blocks, current, item)
            item = False
    _flush(blocks, current, item)


def _lead_in_open(blocks: list[Block], listed: set[int]) -> bool:
    """True when the last block is a paragraph ending on a colon, or an entry under one."""
    if not blocks:
        return False
    last = blocks[-1]
    lead_in = not last.heading and not last.item and last.text.endswith(":")
    return lead_in or _VALEDICTION.match(last.text) is not None or len(blocks) - 1 in listed


def _unmarked_item(text: str) -> bool:
    """A short line without a bullet or a full stop: one entry of a list led in by a colon."""
    words = len(text.split())
    if not _MIN_ITEM_WORDS <= words <= _MAX_ITEM_WORDS or shouted(text) or P.BULLET.match(text):
        return False
    return not _FULL_STOP_END.search(text)


def _mended(texts: list[str]) -> list[str]:
    """One paragraph a line, except where a line broke off mid-sentence and the next goes
    on in lower case: those lines are one paragraph hard-wrapped inside the page."""
    mended: list[str] = []
    for text in texts:
        if mended and _broke_off(mended[-1], text):
            mended[-1] = _join([mended[-1], text])
        else:
            mended.append(text)
    return mended


def _broke_off(line: str, text: str) -> bool:
    if len(line) < _MIN_WRAPPED_LINE or P.SENTENCE_END.search(line) or P.BULLET.match(text):
        return False
    return text[:1].islower() and not P.BULLET.match(line)


def _continues_item(line: str, text: str) -> bool:
    """True when ``text`` carries on the list item ``line`` broke off mid-sentence."""
    if P.SENTENCE_END.search(line) or P.BULLET.match(text):
        return False
    return text[:1].islower() or text[:1] == "("


def _dialogue_lines(texts: list[str]) -> frozenset[str]:
    """Lines opened by a dash that no other line beside them shares: quoted speech as
    Swedish, Polish or Spanish copy marks it (``– Det här gör att vi …, säger …``), not
    a one-item list."""
    lone = set()
    for n, text in enumerate(texts):
        if not text.startswith(_SPEECH_DASHES):
            continue
        neighbours = texts[max(0, n - 1) : n] + texts[n + 1 : n + 2]
        if not any(P.BULLET.match(other) for other in neighbours):
            lone.add(text)
    return frozenset(lone)


def _flush(blocks: list[Block], current: list[str], item: bool) -> None:
    if current:
        blocks.append(Block(_join(current), item=item))
        current.clear()


def _join(texts: list[str]) -> str:
    """Join wrapped lines; a word split at a line-end hyphen stays hyphenated, unspaced."""
    joined = texts[0]
    for text in texts[1:]:
        if joined.endswith("-") and joined[-2:-1].isalpha() and text[:1].islower():
            joined += text
        else:
            joined += " " + text
    return joined


def _wrapped(texts: list[str]) -> bool:
    """True when a group of lines is one hard-wrapped paragraph, not one paragraph a line."""
    candidates = [t for t in texts if not shouted(t) and not P.BULLET.match(t) and not _is_about(t)]
    if len(candidates) < 2 or max(len(t) for t in candidates[:-1]) > _MAX_WRAPPED_LINE:
        return False
    open_ends = sum(
        1 for t in candidates[:-1] if len(t) >= _MIN_WRAPPED_LINE and not P.SENTENCE_END.search(t)
    )
    return open_ends * 2 >= len(candidates) - 1


def _wrap_width(groups: list[list[str]]) -> int | None:
    """The column a hard-wrapped seed breaks its lines at; None when it is not hard-wrapped.

    A seed is hard-wrapped when most of its multi-line groups read as one wrapped
    paragraph each; then a short group whose lines happen to end on a full stop is one too.
    """
    multi = [g for g in groups if len(g) >= 2 and not any(P.BULLET.match(t) for t in g)]
    if not multi:
        return None
    wrapped = [g for g in multi if _wrapped(g)]
    if len(wrapped) * 2 <= len(multi):
        return None
    return max(len(t) for g in wrapped for t in g[:-1])


def _fills_width(texts: list[str], width: int | None) -> bool:
    """True when every line but the last runs close to the seed's wrap column."""
    if width is None or len(texts) < 2:
        return False
    if any(P.BULLET.match(t) or shouted(t) or _is_about(t) for t in texts):
        return False
    return all(len(t) >= width * _FULL_LINE for t in texts[:-1])


def _heading(
    text: str, standalone: bool, lang: str | None, casing: StoryCasing
) -> tuple[str, bool] | None:
    """``(heading text, strong)`` when ``text`` is a subhead; weak ones are plain short lines."""
    for pattern in (_MARKDOWN_HEADING, _BOLD, _DASHED):
        if match := pattern.match(text):
            return match["text"], True
    words = len(text.split())
    if shouted(text) and words <= _MAX_HEADING_WORDS and not text.endswith("."):
        return unshout(text, lang, casing), True
    if not standalone or words > _MAX_HEADING_WORDS or P.BULLET.match(text):
        return None
    if _STEP.match(text) or _is_about(text):
        return text, True
    if text.endswith("?") and words <= _MAX_QUESTION_WORDS and text[0] not in _QUOTES:
        return text, True
    if words <= _MAX_QUOTED_HEADING_WORDS and _QUOTED_HEADING.match(text):
        return text, True  # "'Check the tide times'": a quote picked out as a subhead
    if (text[0].isupper() or text[0].isdigit()) and not _TITLE_END.search(text):
        return text, False
    return None


def _is_about(text: str) -> bool:
    """``About Northwind Minerals Inc.``: the heading of a press release's boilerplate."""
    if not _ABOUT.match(text) or text[-1] in "!?,;:":
        return False
    return not text.endswith(".") or text.lower().endswith(_COMPANY_ENDINGS)
