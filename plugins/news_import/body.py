"""The story part of a seed: keep its lines, drop the chrome between and after them.

Single chrome lines are dropped; a label such as ``Read more:`` or ``Media contact:``
takes the short lines of its box with it; an end mark, a release's ``SOURCE`` line, an
author card or the start of a comment thread ends the story, and only footer metadata
(category, credits) is read after it.
"""

from __future__ import annotations

from collections import Counter
import re

from . import boxes, chrome
from . import patterns as P
from .captions import is_prose, skip_caption
from .casing import shouted
from .credits import read_credit
from .meta import Line, category_footer, read_meta, read_role_line
from .model import Article
from .names import BYLINE_PREFIX, parse_byline, person_name
from .threads import comment_starts

_EARLY_LINES = 3  # stamps and bylines this close to the top still belong to the header
_BOX_ITEM_WORDS = 15
_BULLET_ITEM_WORDS = 30
_PROMO_WORDS = 40
_CONTACT_WORDS = 8
_MIN_CARD_LINES = 3
# A comment thread opens only below a story of some length; its button may stand higher.
_COMMENTS_BUTTON = re.compile(
    r"comment|conversation|discussion|reacties|kommentar|commentaire|comentario|postings|forum",
    re.I,
)
_PROSE_BEFORE_THREAD = 2
_BUTTON_WORDS = 4
_QUOTES = ('"', "“", "„", "«", "‘", "'")
_MAX_BOX_LINES = 6
_PITCH_WORDS = 12
_PITCH_SENTENCE_WORDS = 30
_BULLETS = ("•", "- ", "– ", "* ", "· ", "▪", "►", "»")


def read_body(article: Article, lines: list[Line]) -> list[Line]:
    """The story's lines, in order; metadata found among them is recorded on ``article``."""
    sizes = Counter(line.group for line in lines)
    kept: list[Line] = []
    texts = [line.text for line in lines]
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.removeprefix("## ")  # a page's <h2> may open the comments
        if _ends_story(article, text, kept) or (kept and comment_starts(texts, i)):
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
    if not kept and boxes.END.match(text):
        return False  # "Comment", "Join the conversation": buttons above the story's text
    if _comments_button(text) and sum(is_prose(k.text) for k in kept) < _PROSE_BEFORE_THREAD:
        return False  # the same button under a standfirst: the story has not started yet
    if boxes.END.match(text) or (kept and boxes.SOURCE_LINE.match(text)):
        return True
    if kept and P.WRITTEN_BY_CARD.match(text) and (card := parse_byline(text)).authors:
        if not article.authors:
            article.authors.extend(card.authors)
        while kept and person_name(kept[-1].text) in card.authors:
            kept.pop()  # the card's name printed once more above it
        return True
    return False


def _skip_chrome(
    article: Article, lines: list[Line], i: int, kept: list[Line], sizes: Counter[int]
) -> int:
    """How many lines from ``i`` on are chrome (0 when ``lines[i]`` is story text)."""
    text = lines[i].text.removeprefix("## ")  # a page's <h2> may be a box's label
    if read_credit(article, text):
        return 1
    if chrome.WIDGET.match(text):
        return 1
    if step := skip_caption(lines, i, kept, sizes):
        return step
    if boxes.POLL.match(text):
        return _box_end(lines, i, _is_link_item) - i
    if boxes.BOX.match(text):
        if not _prose_follows(lines, i):
            _read_footer(article, lines[i + 1 :])
            return len(lines) - i
        return _box_end(lines, i, _is_link_item) - i
    if boxes.PROMO_SKIP.match(text):
        return 1
    if boxes.PROMO_END.match(text):
        _drop_promo_above(kept)
        return 1
    if boxes.PROMO.match(text):
        return _promo_box_end(lines, i) - i
    if _is_contact_group(lines, i):
        return _group_end(lines, i) - i
    if boxes.CONTACT.match(text):
        return _box_end(lines, i, _is_contact_item, cross_blanks=True) - i
    if boxes.LEGAL_SECTION.match(text):
        return _box_end(lines, i, _is_legal_text, cross_blanks=True) - i
    early = len(kept) < _EARLY_LINES
    if early and read_role_line(article, text):
        return 1  # "Court Reporter" under a byline the header left to the body
    return read_meta(article, lines, i, header=early)


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


def _pitch_over_button(lines: list[Line], j: int) -> bool:
    """``News from Bath, every Friday.`` under a sign-up label, over its ``Subscribe``
    button or the end of the page: the box's pitch."""
    if j >= len(lines) or len(lines[j].text.split()) > _PITCH_WORDS:
        return False
    nxt = lines[j + 1].text if j + 1 < len(lines) else ""
    return not nxt or boxes.PROMO.match(nxt) is not None or boxes.END.match(nxt) is not None


def _comments_button(text: str) -> bool:
    """``Join the conversation``, ``Comments``: a button; ``12 comments on …`` opens a thread."""
    short = len(text.split()) <= _BUTTON_WORDS and not text[:1].isdigit()
    return short and bool(_COMMENTS_BUTTON.search(text))


def _is_link_item(text: str) -> bool:
    if shouted(text) and len(text.split()) > 1:
        return False  # "NO RANKING POINTS": the story's next subhead, below the box
    words = len(text.split())
    if text.startswith(_BULLETS):
        return words <= _BULLET_ITEM_WORDS
    if P.CATEGORY_FOOTER.match(text) or boxes.END.match(text) or P.CREDIT_PAREN.match(text):
        return False
    if boxes.PROMO.match(text) or boxes.BOX.match(text):
        return False  # the next box's label: "Newsletter" under "Mehr zum Thema"
    if BYLINE_PREFIX.match(text) and parse_byline(text).authors:
        return False  # the byline under a ticker box is not one of its links
    return words <= _BOX_ITEM_WORDS and not text.endswith(".")


def _drop_promo_above(kept: list[Line]) -> None:
    """Take back the newsletter box lines (``Down to Earth``, ``Free weekly newsletter`` …)
    kept just above an ``after newsletter promotion`` marker."""
    while kept and _is_promo_item(kept[-1].text):
        kept.pop()


def _promo_box_end(lines: list[Line], i: int) -> int:
    """A newsletter box: the promotional lines after its label, or the label's whole group
    when that group is a box of its own (a pitch, an e-mail field, a button)."""
    j = _box_end(lines, i, _is_promo_item, cross_blanks=False)
    while _pitch_between_items(lines, i, j):
        j = _box_end(lines, j, _is_promo_item, cross_blanks=False)
    if j == i + 1 and _pitch_over_button(lines, j):
        j = _box_end(lines, j + 1, _is_promo_item, cross_blanks=False)
    end = _group_end(lines, i)
    own = lines[i + 1 : end]
    pitch = own[:1]
    if (
        len(own) <= _MAX_BOX_LINES
        and all(len(line.text.split()) <= _PITCH_WORDS for line in pitch)
        and all(_is_promo_item(line.text) for line in own[1:])
        and not any(boxes.END.match(line.text) for line in own)
    ):
        return max(j, end)
    return j


def _pitch_between_items(lines: list[Line], i: int, j: int) -> bool:
    """True when ``lines[j]`` is the box's pitch: a sentence or two with the box's own
    lines (``Enter your email address``, ``Sign up``) right under it."""
    if j + 1 >= len(lines) or lines[j].group != lines[i].group:
        return False
    nxt = lines[j + 1]
    pitch = lines[j].text
    return (
        nxt.group == lines[i].group
        and len(pitch.split()) <= _PITCH_SENTENCE_WORDS
        and _is_promo_item(nxt.text)
        and not boxes.END.match(nxt.text)
    )


def _is_contact_group(lines: list[Line], i: int) -> bool:
    """A contact card with no label: a group of short lines (name, company, phone,
    e-mail, social links) that gives a phone number or an address to write to."""
    if i and lines[i - 1].group == lines[i].group:
        return False
    group = lines[i : _group_end(lines, i)]
    if len(group) < _MIN_CARD_LINES or any(
        len(line.text.split()) > _CONTACT_WORDS for line in group
    ):
        return False
    return any(boxes.CONTACT_DETAIL.search(line.text) for line in group)


def _group_end(lines: list[Line], i: int) -> int:
    j = i + 1
    while j < len(lines) and lines[j].group == lines[i].group:
        j += 1
    return j


def _is_promo_item(text: str) -> bool:
    if boxes.END.match(text):
        return False  # "3 comments": the thread starts, the story ends
    if boxes.CONTACT_DETAIL.search(text) and len(text.split()) == 1:
        return True  # the e-mail field of a sign-up box
    words = len(text.split())
    if words <= 3 and not text.endswith("."):
        return True
    return words <= _PROMO_WORDS and bool(boxes.PROMO_WORD.search(text))


def _is_contact_item(text: str) -> bool:
    if text.lower().startswith("about ") or boxes.END.match(text):
        return False
    if boxes.SOURCE_LINE.match(text):
        return False  # it ends the release: see _ends_story
    if boxes.CONTACT_DETAIL.search(text):
        return True
    return len(text.split()) <= _CONTACT_WORDS and not text.endswith(("!", "?", '"', "”"))


def _is_legal_text(text: str) -> bool:
    starts_section = text.lower().startswith("about ") or boxes.CONTACT.match(text)
    return not (starts_section or boxes.END.match(text) or boxes.SOURCE_LINE.match(text))


def _prose_follows(lines: list[Line], i: int) -> bool:
    """True when a real paragraph comes after ``lines[i]`` (so it opens a box, not the footer)."""
    return any(is_prose(line.text) for line in lines[i + 1 :])


def _read_footer(article: Article, lines: list[Line]) -> None:
    """After the story ends, only the category footer and credit lines still count."""
    for line in lines:
        if not read_credit(article, line.text) and (name := category_footer(line.text)):
            article.category = article.category or name
