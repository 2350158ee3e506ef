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
from .agencies import canonical_agency
from .casing import shouted
from .credits import read_credit
from .dateline import split_dateline
from .dates import find_date
from .meta import Line, category_footer, read_meta
from .model import Article
from .names import BYLINE_PREFIX, parse_byline, person_name
from .threads import comment_starts

_EARLY_LINES = 3  # stamps and bylines this close to the top still belong to the header
_BOX_ITEM_WORDS = 15
_BULLET_ITEM_WORDS = 30
_PROMO_WORDS = 40
_PROSE_WORDS = 10
_CAPTION_GROUP = 3
_CONTACT_WORDS = 8
_MIN_CARD_LINES = 3
_CAPTION_WORDS = 25
_SHORT_CAPTION_WORDS = 14
_SOURCE_WORDS = 4
# A comment thread opens only below a story of some length; its button may stand higher.
_COMMENTS_BUTTON = re.compile(
    r"comment|conversation|discussion|reacties|kommentar|commentaire|comentario|postings|forum",
    re.I,
)
_PROSE_BEFORE_THREAD = 2
_BUTTON_WORDS = 4
_QUOTES = ('"', "“", "„", "«", "‘", "'")
_MIN_CAPTION_WORDS = 4
_CREDIT_LABEL = re.compile(r"^\(?(?:photo|photograph|picture|image|foto|bild|credit|pic)\s*:", re.I)
# Picture agencies and libraries named alone on the line above a caption.
# A photographer and the outlet, as newspapers credit a picture: "Carla Benning/The Sentinel".
_PHOTOGRAPHER_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s?/\s?(?:The\s)?[A-Z][\w.'’&-]*"
    r"(?:\s[A-Z][\w.'’&-]*){0,4}$"
)
_PICTURE_SOURCE = re.compile(
    r"^(?:getty images|pa media|pa wire|pa|reuters|epa|epa-efe|afp|ap|anadolu|shutterstock|"
    r"alamy|bbc|the guardian|bloomberg|dpa|picture alliance|imago|ansa|efe|anp|keystone|"
    r"nurphoto|sopa images|zuma press|xinhua|kyodo|handout)(?:\s*(?:/|via)\s*\S.{0,30})?$",
    re.I,
)
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
    if _comments_button(text) and sum(_is_prose(k.text) for k in kept) < _PROSE_BEFORE_THREAD:
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
    if chrome.CAPTION_LEAD.match(text):
        return 2
    if step := _picture_source_caption(lines, i, opening=not kept):
        return step
    if _PHOTOGRAPHER_CREDIT.match(text) and kept and _caption_sized(kept[-1].text):
        kept.pop()  # "Carla Benning/The Ridgefield Sentinel" under the caption it credits
        return 1
    if chrome.is_caption(text):
        _drop_captioned(lines, i, kept, sizes)
        return 1
    if chrome.UNLABELLED_CAPTION.match(text) and _starts_unit(lines[i], kept):
        return 1
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
    return read_meta(article, lines, i, header=len(kept) < _EARLY_LINES)


def _drop_captioned(lines: list[Line], i: int, kept: list[Line], sizes: Counter[int]) -> None:
    """A picture credit on its own line takes the caption line above it along: always in
    a small group, and in a page pasted without blank lines when the caption stands
    alone above the story's dateline (``Ein Testzug in der Station.`` over ``Foto: APA/…``
    over ``Wien (APA) - …``)."""
    credit = lines[i]
    if not _is_credit_only(credit.text) or not kept:
        return
    above = kept[-1]
    if above.group != credit.group:
        return
    if sizes[credit.group] <= _CAPTION_GROUP or _caption_above_dateline(lines, i, kept):
        kept.pop()
    elif _CREDIT_LABEL.match(credit.text) and _short_caption(above.text):
        kept.pop()  # a page pasted without blank lines: "A vixen by the gate." over "Photo: …"


def _caption_sized(text: str) -> bool:
    return len(text.split()) <= _CAPTION_WORDS and not text.startswith(_QUOTES)


def _short_caption(text: str) -> bool:
    """A short line that quotes nobody and has no common verb ("A vixen by the gate in
    January."): a caption, not a short paragraph of the story ("The repair cost €400,000")."""
    words = text.split()
    if len(words) > _SHORT_CAPTION_WORDS or text.startswith(_QUOTES):
        return False
    return not any(word.strip(".,;:!?").lower() in _COMMON_VERBS for word in words)


# Auxiliaries and "said" in the languages Wirefeed reads: a line with one is a sentence.
_COMMON_VERBS = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "said", "says", "do", "does", "did",
        "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden",
        "wurde", "wurden", "kann", "sagte",
        "est", "sont", "était", "étaient", "ont", "sera", "dit",
        "es", "son", "fue", "fueron", "ha", "han", "será", "dijo",
        "è", "sono", "era", "hanno", "sarà", "disse",
        "zijn", "heeft", "hebben", "wordt", "werd", "zei",
        "é", "são", "foi", "foram", "tem", "têm",
    }
)  # fmt: skip


def _caption_above_dateline(lines: list[Line], i: int, kept: list[Line]) -> bool:
    above = kept[-1].text
    if len(kept) > 1 or len(above.split()) > _CAPTION_WORDS or above.startswith(_QUOTES):
        return False
    labelled = _CREDIT_LABEL.match(lines[i].text)
    return bool(labelled and i + 1 < len(lines) and split_dateline(lines[i + 1].text))


def _picture_source_caption(lines: list[Line], i: int, *, opening: bool = False) -> int:
    """``PA Media`` over ``The Ullapool route is the main freight link``: a picture's
    source on its own line and the unpunctuated caption under it (2), else 0. Over the
    story's first paragraph any short name can be the source (``Penwith Coastguard``)."""
    text = lines[i].text
    known = _PICTURE_SOURCE.match(text) or canonical_agency(text)
    if i + 2 >= len(lines) or not (known or (opening and _source_shaped(text))):
        return 0
    if not known and (not _is_prose(lines[i + 2].text) or find_date(lines[i + 1].text)):
        return 0
    caption = lines[i + 1].text
    words = len(caption.split())
    if P.SENTENCE_END.search(caption) or not _MIN_CAPTION_WORDS <= words <= _CAPTION_WORDS:
        return 0
    return 2


def _source_shaped(text: str) -> bool:
    """A short name in capitals, as a picture's source is: ``Penwith Coastguard``."""
    words = text.split()
    return (
        0 < len(words) <= _SOURCE_WORDS
        and not BYLINE_PREFIX.match(text)
        and all(w[:1].isupper() for w in words)
        and not any(ch.isdigit() for ch in text)
        and not P.SENTENCE_END.search(text)
    )


def _starts_unit(line: Line, kept: list[Line]) -> bool:
    """True when ``line`` opens a paragraph or a line of its own, not the middle of one."""
    if not kept or kept[-1].group != line.group:
        return True
    return bool(P.SENTENCE_END.search(kept[-1].text))


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
