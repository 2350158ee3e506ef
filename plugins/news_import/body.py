"""The story part of a seed: keep its lines, drop the chrome between and after them.

Single chrome lines are dropped; a label such as ``Read more:`` or ``Media contact:``
takes the short lines of its box with it; an end mark or a comment thread ends the story,
and only footer metadata (category, credits) is read after it.
"""

from __future__ import annotations

from collections import Counter

from . import chrome
from . import patterns as P
from .credits import read_credit
from .meta import Line, category_footer, read_meta
from .model import Article
from .names import parse_byline

_EARLY_LINES = 3  # stamps and bylines this close to the top still belong to the header
_BOX_ITEM_WORDS = 15
_BULLET_ITEM_WORDS = 30
_PROMO_WORDS = 40
_PROSE_WORDS = 10
_CAPTION_GROUP = 3
_CONTACT_WORDS = 8
_BULLETS = ("•", "- ", "– ", "* ", "· ", "▪", "►", "»")


def read_body(article: Article, lines: list[Line]) -> list[Line]:
    """The story's lines, in order; metadata found among them is recorded on ``article``."""
    sizes = Counter(line.group for line in lines)
    kept: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _ends_story(article, line.text, kept):
            _read_footer(article, lines[i + 1 :])
            break
        step = _skip_chrome(article, lines, i, kept, sizes)
        if step:
            i += step
            continue
        kept.append(line)
        i += 1
    return kept


def _ends_story(article: Article, text: str, kept: list[Line]) -> bool:
    if chrome.END.match(text):
        return True
    if kept and P.WRITTEN_BY_CARD.match(text) and (card := parse_byline(text)).authors:
        if not article.authors:
            article.authors.extend(card.authors)
        return True
    return False


def _skip_chrome(
    article: Article, lines: list[Line], i: int, kept: list[Line], sizes: Counter[int]
) -> int:
    """How many lines from ``i`` on are chrome (0 when ``lines[i]`` is story text)."""
    text = lines[i].text
    if read_credit(article, text):
        return 1
    if chrome.CAPTION_LEAD.match(text):
        return 2
    if chrome.is_caption(text):
        _drop_captioned(lines[i], kept, sizes)
        return 1
    if chrome.BOX.match(text):
        if not _prose_follows(lines, i):
            _read_footer(article, lines[i + 1 :])
            return len(lines) - i
        return _box_end(lines, i, _is_link_item) - i
    if chrome.PROMO.match(text):
        return _box_end(lines, i, _is_promo_item, cross_blanks=False) - i
    if chrome.CONTACT.match(text):
        return _box_end(lines, i, _is_contact_item, cross_blanks=True) - i
    if chrome.LEGAL_SECTION.match(text):
        return _box_end(lines, i, _is_legal_text, cross_blanks=True) - i
    return read_meta(article, lines, i, header=len(kept) < _EARLY_LINES)


def _drop_captioned(credit: Line, kept: list[Line], sizes: Counter[int]) -> None:
    """A picture credit on its own line takes the caption line above it along."""
    if not _is_credit_only(credit.text) or not kept:
        return
    above = kept[-1]
    if above.group == credit.group and sizes[credit.group] <= _CAPTION_GROUP:
        kept.pop()


def _is_credit_only(text: str) -> bool:
    lowered = text.lower().lstrip("(")
    return lowered.startswith(
        ("photo:", "photograph:", "picture:", "image:", "foto:", "bild:", "credit:", "pic:")
    ) or lowered.startswith(("photo by", "image credit", "photo credit", "getty images"))


def _box_end(lines: list[Line], i: int, is_item, *, cross_blanks: bool = False) -> int:
    """Index of the first line after the box that the label at ``i`` opens."""
    j = i + 1
    while j < len(lines):
        new_group = lines[j].group != lines[j - 1].group
        if new_group and j > i + 1 and not cross_blanks:
            break
        if not is_item(lines[j].text):
            break
        j += 1
    return j


def _is_link_item(text: str) -> bool:
    words = len(text.split())
    if text.startswith(_BULLETS):
        return words <= _BULLET_ITEM_WORDS
    if P.CATEGORY_FOOTER.match(text) or chrome.END.match(text) or P.CREDIT_PAREN.match(text):
        return False
    return words <= _BOX_ITEM_WORDS and not text.endswith(".")


def _is_promo_item(text: str) -> bool:
    words = len(text.split())
    if words <= 3 and not text.endswith("."):
        return True
    return words <= _PROMO_WORDS and bool(chrome.PROMO_WORD.search(text))


def _is_contact_item(text: str) -> bool:
    if text.lower().startswith("about ") or chrome.END.match(text):
        return False
    if chrome.CONTACT_DETAIL.search(text) or chrome.SOURCE_LINE.match(text):
        return True
    return len(text.split()) <= _CONTACT_WORDS and not text.endswith(("!", "?", '"', "”"))


def _is_legal_text(text: str) -> bool:
    starts_section = text.lower().startswith("about ") or chrome.CONTACT.match(text)
    return not (starts_section or chrome.END.match(text) or chrome.SOURCE_LINE.match(text))


def _prose_follows(lines: list[Line], i: int) -> bool:
    """True when a real paragraph comes after ``lines[i]`` (so it opens a box, not the footer)."""
    return any(_is_prose(line.text) for line in lines[i + 1 :])


def _is_prose(text: str) -> bool:
    if chrome.DISCLAIMER.search(text) or P.CREDIT_PAREN.match(text) or P.CONTRIBUTED.match(text):
        return False
    return len(text.split()) >= _PROSE_WORDS and bool(P.SENTENCE_END.search(text))


def _read_footer(article: Article, lines: list[Line]) -> None:
    """After the story ends, only the category footer and credit lines still count."""
    for line in lines:
        if not read_credit(article, line.text) and (name := category_footer(line.text)):
            article.category = article.category or name
