"""Bare author-name lines under a headline, with no "By": ``Ben Castillo``,
``Lena Hoffmann in Berlin``, ``Aisha Rahman and Tom Gallagher``, ``Name · Follow``.
"""

from __future__ import annotations

import re

from . import chrome
from .meta import Line, read_meta, read_role_line
from .model import Article
from .names import parse_byline, person_name

_MAX_LINE_WORDS = 12
_SEGMENTS = re.compile(r"\s*[·|•]\s*")
_BARE_NAME = re.compile(r",|\s+(?:in|at)\s+")
_JOINED_NAMES = re.compile(r"\s+(?:and|und|y|et|e|&)\s+")


def read_name_line(article: Article, lines: list[Line], i: int) -> int:
    """Bare author names under the headline; the number of lines they take (0: none).

    ``Ben Castillo``, ``Lena Hoffmann in Berlin``, ``Aisha Rahman and Tom Gallagher``; a
    line of one name needs a stamp or widget after it, and a name printed twice (a blog's
    avatar and link) takes both lines.
    """
    text = lines[i].text
    doubled = i + 1 < len(lines) and lines[i + 1].text == text
    used = 2 if doubled else 1
    parts = [p for p in _SEGMENTS.split(text) if p and not chrome.WIDGET.match(p)]
    if not parts or any(len(p.split()) > _MAX_LINE_WORDS for p in parts):
        return 0
    names: list[str] = []
    agency = None
    for part in parts:
        byline = parse_byline(part)
        people = _people(part)
        if not byline.authors or not people:
            return 0
        names.extend(byline.authors)
        agency = agency or byline.agency
    if len(names) < 2 and not _near_meta(lines, i + used - 1):
        return 0
    article.authors.extend(name for name in names if name not in article.authors)
    article.agency = article.agency or agency
    return used


def _people(part: str) -> list[str]:
    """The names of ``Aisha Rahman and Tom Gallagher in Manchester``; [] unless all are names."""
    head = _BARE_NAME.split(part)[0]
    names = [person_name(name) for name in _JOINED_NAMES.split(head)]
    return [name for name in names if name] if all(names) else []


def _near_meta(lines: list[Line], i: int) -> bool:
    """True when the line after ``i`` is a widget, stamp or byline (scratch-read, no effect)."""
    if i + 1 >= len(lines):
        return False
    scratch = Article(title="")
    return bool(
        read_meta(scratch, lines, i + 1, header=True) or read_role_line(scratch, lines[i + 1].text)
    )
