"""Bare author-name lines under a headline, with no "By": ``Ben Castillo``,
``Lena Hoffmann in Berlin``, ``Aisha Rahman and Tom Gallagher``, ``Name · Follow``.
"""

from __future__ import annotations

import re

from . import chrome
from . import patterns as P
from .agencies import canonical_agency
from .meta import Line, looks_like_furniture, looks_like_stamp, read_meta, read_role_line
from .model import Article
from .names import parse_byline, person_name

_MAX_LINE_WORDS = 12
# A live blog's note on who writes when: "(now)", "(earlier)".
_ASIDE = re.compile(r"\s*\((?:now|earlier|until \d{1,2}[:.]\d{2}|from \d{1,2}[:.]\d{2})\)")
_SEGMENTS = re.compile(r"\s*[·|•]\s*|\s*/\s*(?=[A-Z]{2,}\b)")  # "Name | EFE", "Name/TT"
_BARE_NAME = re.compile(r",|\s+(?:in|at)\s+")
_JOINED_NAMES = re.compile(r"\s+(?:and|und|y|et|e|&)\s+")
_MAX_OUTLET_WORDS = 4
_MAX_FURNITURE_PASSED = 1
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+$")
_OUTLET_WORD = re.compile(
    r"\b(?:news|times|post|herald|tribune|journal|gazette|radio|tv|online|daily|chronicle|"
    r"courier|telegraph|press|media|observer|standard|express|record|gazette|mail|bulletin)\b",
    re.I,
)


def read_name_line(article: Article, lines: list[Line], i: int) -> int:
    """Bare author names under the headline; the number of lines they take (0: none).

    ``Ben Castillo``, ``Lena Hoffmann in Berlin``, ``Aisha Rahman and Tom Gallagher``; a
    line of one name needs a stamp or widget next to it, and a name printed twice (a blog's
    avatar and link) takes both lines, as does a name over its outlet (``BBC Wales``).
    """
    text = _ASIDE.sub("", lines[i].text)  # "Anwen Price (now) and Gareth Lloyd (earlier)"
    doubled = i + 1 < len(lines) and lines[i + 1].text == lines[i].text
    used = 2 if doubled else 1
    parts = [p for p in _SEGMENTS.split(text) if p and not chrome.WIDGET.match(p)]
    if not parts or any(len(p.split()) > _MAX_LINE_WORDS for p in parts):
        return 0
    names: list[str] = []
    agency = None
    for part in parts:
        if wire := canonical_agency(part):
            agency = agency or wire  # the wire beside the name: "Ana Ruiz | EFE"
            continue
        byline = parse_byline(part)
        people = _people(part)
        if not byline.authors or not people:
            return 0
        names.extend(byline.authors)
        agency = agency or byline.agency
    outlet = i + used < len(lines) and is_outlet_line(lines[i + used].text)
    last = i + used - (0 if outlet else 1)
    if not names or (
        len(names) < 2 and not (agency or _near_meta(lines, last) or _meta_before(lines, i))
    ):
        return 0
    if outlet:
        agency = agency or canonical_agency(lines[i + used].text)
    article.authors.extend(name for name in names if name not in article.authors)
    article.agency = article.agency or agency
    return used + outlet


def _people(part: str) -> list[str]:
    """The names of ``Aisha Rahman and Tom Gallagher in Manchester``; [] unless all are names."""
    head = _BARE_NAME.split(part)[0]
    names = [person_name(name) for name in _JOINED_NAMES.split(head)]
    return [name for name in names if name] if all(names) else []


def is_outlet_line(text: str) -> bool:
    """An outlet or desk under a name: ``BBC Wales``, ``Reuters``, ``The Valley Courier``."""
    words = text.split()
    if not words or len(words) > _MAX_OUTLET_WORDS or P.SENTENCE_END.search(text):
        return False
    if looks_like_stamp(text):
        return False  # "Publicado: 10/12/2025 09:02 CET" under the name is its stamp
    if canonical_agency(text):
        return True
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if _OUTLET_WORD.search(text):
        return True  # "Valley Courier", though it reads like a name
    return not person_name(text) and any(_ACRONYM.match(w) for w in words)


def _near_meta(lines: list[Line], i: int) -> bool:
    """True when a widget, stamp or byline follows ``i``, perhaps past a line of furniture
    (a stamp the date reader cannot read); scratch-read, no effect."""
    scratch = Article(title="")
    for j in range(i + 1, min(len(lines), i + 1 + _MAX_FURNITURE_PASSED + 1)):
        if read_meta(scratch, lines, j, header=True) or read_role_line(scratch, lines[j].text):
            return True
        if not looks_like_furniture(lines[j].text):
            return False
    return False


def _meta_before(lines: list[Line], i: int) -> bool:
    """True when the line before ``i`` is a widget or stamp: ``Share`` / ``Save`` / a name."""
    return i > 0 and read_meta(Article(title=""), lines, i - 1, header=True) > 0
