"""Photo captions and picture credits among a story's lines: which lines they are, and
which caption line above a credit goes with it."""

from __future__ import annotations

from collections import Counter
import re

from . import chrome
from . import patterns as P
from .agencies import canonical_agency
from .dateline import split_dateline
from .dates import find_date
from .meta import Line
from .names import BYLINE_PREFIX

_CAPTION_GROUP = 3
_CAPTION_WORDS = 25
_SHORT_CAPTION_WORDS = 14
_SOURCE_WORDS = 4
_MIN_CAPTION_WORDS = 4
_PROSE_WORDS = 10
_QUOTES = ('"', "“", "„", "«", "‘", "'")
_CREDIT_LABEL = re.compile(r"^\(?(?:photo|photograph|picture|image|foto|bild|credit|pic)\s*:", re.I)
# A photographer and the outlet, as newspapers credit a picture: "Carla Benning/The Sentinel".
_PHOTOGRAPHER_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s?/\s?(?:The\s)?[A-Z][\w.'’&-]*"
    r"(?:\s[A-Z][\w.'’&-]*){0,4}$"
)
# An outlet's initials alone on a line ("NBS"): a picture's source, never story text.
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# Picture agencies and libraries named alone on the line above a caption.
_PICTURE_SOURCE = re.compile(
    r"^(?:getty images|pa media|pa wire|pa|reuters|epa|epa-efe|afp|ap|anadolu|shutterstock|"
    r"alamy|bbc|the guardian|bloomberg|dpa|picture alliance|imago|ansa|efe|anp|keystone|"
    r"nurphoto|sopa images|zuma press|xinhua|kyodo|handout)(?:\s*(?:/|via)\s*\S.{0,30})?$",
    re.I,
)


def skip_caption(lines: list[Line], i: int, kept: list[Line], sizes: Counter[int]) -> int:
    """How many lines from ``i`` on are a caption or a picture credit (0: none). A credit
    may take the caption line above it out of ``kept``."""
    text = lines[i].text.removeprefix("## ")
    if chrome.CAPTION_LEAD.match(text):
        return 2
    if step := picture_source_caption(lines, i, opening=not kept):
        return step
    if _PHOTOGRAPHER_CREDIT.match(text) and kept and _caption_sized(kept[-1].text):
        kept.pop()  # "Carla Benning/The Ridgefield Sentinel" under the caption it credits
        return 1
    if chrome.is_caption(text):
        _drop_captioned(lines, i, kept, sizes)
        return 1
    if chrome.UNLABELLED_CAPTION.match(text) and _starts_unit(lines[i], kept):
        return 1
    return 0


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


def picture_source_caption(lines: list[Line], i: int, *, opening: bool = False) -> int:
    """``PA Media`` over ``The Ullapool route is the main freight link``: a picture's
    source on its own line and the unpunctuated caption under it (2), else 0. Over the
    story's first paragraph any short name can be the source (``Penwith Coastguard``)."""
    text = lines[i].text
    known = _PICTURE_SOURCE.match(text) or canonical_agency(text) or _ACRONYM.match(text)
    if i + 2 >= len(lines) or not (known or (opening and _source_shaped(text))):
        return 0
    if not known and (not is_prose(lines[i + 2].text) or find_date(lines[i + 1].text)):
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


def is_prose(text: str) -> bool:
    """A full sentence of some length: story text, never a caption, a label or a credit."""
    if chrome.DISCLAIMER.search(text) or P.CREDIT_PAREN.match(text) or P.CONTRIBUTED.match(text):
        return False
    return len(text.split()) >= _PROSE_WORDS and bool(P.SENTENCE_END.search(text))
