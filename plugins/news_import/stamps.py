"""Stamp lines: "Posted on 5 December 2025 by Hanne Vik", "Name · 6 min read · Dec 6, 2025".

A line counts as a stamp line only when every part of it is metadata (a labelled or bare
date, a byline, a reading time, a relative stamp, a comment count, a wire release's
``Source: Company``); a sentence that merely mentions a date is body text. Parts are split
at ``·``, ``|``, ``•``, a spaced ``/`` and in front of a second, "updated" stamp
(``Publié le …, modifié le …``, ``Veröffentlicht am … Aktualisiert am …``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
import re

from . import chrome
from . import patterns as P
from .dates import find_date
from .names import BYLINE_PREFIX, Byline, parse_byline, person_name

# Where a line splits into parts: "·", "|", "•", " / ", and a stamp glued to "Updated …".
_SEGMENTS = re.compile(
    r"\s+[·|•/]\s+|\s*[·|•]\s*(?=\S)|(?<=[\w)])(?=(?:Updated|Last updated)\b)|"
    r"\s*[,;]?\s+(?=(?i:(?:last\s+)?(?:updated|modified|modifié|mis à jour|aktualisiert|"
    r"actualizado|actualizada|aggiornato|atualizado|bijgewerkt|oppdatert)\b))"
)
# "Source: Tidewater Ferries Ltd." beside a release's stamp: the issuer (or a wire).
_SOURCE_PART = re.compile(r"^(?:source|quelle|fuente|fonte)\s*:\s*(?P<who>\S.{0,80})$", re.I)
_LEFTOVER = re.compile(r"^[\s,;:.·|•–—-]*(?:on|at|am|le|el|the)?[\s,;:.·|•–—-]*$", re.I)
_RELATIVE_ASIDE = re.compile(r"\s*\((?:updated\s+)?[^()]{0,20}\bago\)", re.I)
_BY_TAIL = re.compile(r"^[\s,;·|•–—-]*(?:by|von|par|por)\s+(?P<names>\S.*)$", re.I)


@dataclass(slots=True)
class StampLine:
    """The metadata one stamp line holds."""

    published: datetime | date | None = None
    updated: datetime | date | None = None
    byline: Byline = field(default_factory=Byline)
    labelled: bool = False
    source: str | None = None


def read_stamp_line(text: str, *, allow_names: bool) -> StampLine | None:
    """The dates and byline of a line made only of metadata parts; None for anything else."""
    found = StampLine()
    if _read_dated_part(text, found):
        return found  # the whole line is one stamp: "Dec 11, 2025 | 09:10 WIB"
    dated = False
    for part in (p.strip() for p in _SEGMENTS.split(text)):
        if not part or chrome.WIDGET.match(part) or chrome.RELATIVE_STAMP.match(part):
            continue
        if chrome.COMMENT_COUNT.match(part):
            continue
        if source := _SOURCE_PART.match(part):
            found.source = found.source or chrome.strip_glyphs(source["who"])
            continue
        if _read_dated_part(part, found):
            dated = True
            continue
        if BYLINE_PREFIX.match(part) or (allow_names and person_name(part)):
            _merge(found.byline, parse_byline(part))
            continue
        return None
    return found if dated else None


def _read_dated_part(part: str, found: StampLine) -> bool:
    label = P.STAMP_LABEL.match(part)
    rest = part[label.end() :] if label else part
    stamp = find_date(rest)
    if stamp is None:
        return False
    before = P.WEEKDAY.sub("", rest[: stamp.start])
    after = _RELATIVE_ASIDE.sub("", rest[stamp.end :])
    tail = _BY_TAIL.match(after)
    lead = BYLINE_PREFIX.match(before.strip()) and before.strip(" ,;·|•–—-")
    if not (lead or _LEFTOVER.match(before)):
        return False
    if not (tail or _LEFTOVER.match(P.WEEKDAY.sub("", after))):
        return False
    if lead:
        _merge(found.byline, parse_byline(lead))
    found.labelled = found.labelled or bool(label)
    if label and P.UPDATED_LABEL.search(label.group(0)):
        found.updated = found.updated or stamp.value
    else:
        found.published = found.published or stamp.value
    if tail:
        _merge(found.byline, parse_byline(tail["names"]))
    return True


def _merge(into: Byline, more: Byline) -> None:
    into.authors.extend(name for name in more.authors if name not in into.authors)
    into.agency = into.agency or more.agency
