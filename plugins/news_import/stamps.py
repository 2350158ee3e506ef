"""Stamp lines: "Posted on 5 December 2025 by Hanne Vik", "Name · 6 min read · Dec 6, 2025".

A line counts as a stamp line only when every part of it is metadata (a labelled or bare
date, a byline, a reading time, a relative stamp, a comment count, a wire release's
``Source: Company``); a sentence that merely mentions a date is body text. Parts are split
at ``·``, ``|``, ``•``, a spaced ``/`` and in front of a second, "updated" stamp
(``Publié le …, modifié le …``, ``Veröffentlicht am … Aktualisiert am …``).

A stamp may follow a wire or a place and a dash (``KYODO NEWS - Dec 10, 2025 - 19:41``,
``Zaragoza - 10 dic 2025 - 12:31 CET``) and a site's sections may follow it (``| Japan,
All``): the wire goes to the byline, the place to :attr:`StampLine.place`, the first
section to :attr:`StampLine.section`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
import re

from . import chrome
from . import patterns as P
from .agencies import canonical_agency
from .dates import find_date
from .names import BYLINE_PREFIX, Byline, parse_byline, person_name

# Where a line splits into parts: "·", "|", "•", " / ", and a stamp glued to "Updated …".
_SEGMENTS = re.compile(
    r"\s+[·|•/]\s+|\s*[·|•]\s*(?=\S)|(?<=[\w)])(?=(?:Updated|Last updated)\b)|"
    r"\s*[—–]\s*(?=\d+\s*(?:-\s*)?min)|"
    r"\s*[,;(]?\s*(?<!\w)(?<![Ll]ast )"
    r"(?=(?i:(?:last\s+)?(?:updated|modified|modifié|mis à jour|aktualisiert|"
    r"actualizado|actualizada|aggiornato|atualizado|bijgewerkt|oppdatert)\b))"
)
# "Source: Tidewater Ferries Ltd." beside a release's stamp: the issuer (or a wire).
_SOURCE_PART = re.compile(r"^(?:source|quelle|fuente|fonte)\s*:\s*(?P<who>\S.{0,80})$", re.I)
_LEFTOVER = re.compile(r"^[\s,;:.·|•–—()-]*(?:on|at|am|le|el|the)?[\s,;:.·|•–—()-]*$", re.I)
_RELATIVE_ASIDE = re.compile(r"\s*\((?:updated\s+)?[^()]{0,20}\bago\)", re.I)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:hrs?|h|uhr|[ap]\.?m\.?))?$", re.I)
_BARE_LABEL = re.compile(rf"^(?:{P.STAMP_LABEL.pattern})$", re.I)
_BY_TAIL = re.compile(r"^[\s,;·|•–—-]*(?:by|von|par|por)\s+(?P<names>\S.*)$", re.I)
# What stands before a stamp, split from it by a dash: a wire ("KYODO NEWS - Dec 10, 2025"),
# or a place ("Zaragoza - 10 dic 2025 - 12:31 CET", "Buenos Aires, Argentina — …").
_UP = "A-ZÀ-ÞА-ЯЁ"
_DASHED_LEAD = re.compile(r"^\s*(?P<lead>\S.{0,60}?)\s+[-–—]\s*$")
_COMMA_LEAD = re.compile(r"^\s*(?P<lead>\S.{0,60}?),\s*$")
_PLACE = re.compile(
    rf"^[{_UP}][\w'’.-]+(?:[ -][{_UP}][\w'’.-]+){{0,2}}"
    rf"(?:,\s*[{_UP}][\w'’.-]+(?:\s+[{_UP}][\w'’.-]+)?)?$"
)
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*[ap]\.?\s?m\b", re.I)
# A site's sections listed after the stamp: "Japan, All" (the first one names the category).
_SECTIONS = re.compile(
    rf"^(?P<first>[{_UP}][^\W\d_]+(?:[ &-]+[{_UP}][^\W\d_]+){{0,2}})"
    rf"(?:,\s*[{_UP}][^\W\d_]+(?:[ &-]+[{_UP}][^\W\d_]+){{0,2}}){{0,3}}$"
)


@dataclass(slots=True)
class StampLine:
    """The metadata one stamp line holds."""

    published: datetime | date | None = None
    updated: datetime | date | None = None
    byline: Byline = field(default_factory=Byline)
    labelled: bool = False
    source: str | None = None
    publisher: str | None = None
    place: str | None = None
    section: str | None = None


def read_stamp_line(text: str, *, allow_names: bool) -> StampLine | None:
    """The dates and byline of a line made only of metadata parts; None for anything else."""
    found = StampLine()
    if not P.PUBLISHED_BY.match(text) and _read_dated_part(text, found):
        return found  # the whole line is one stamp: "Dec 11, 2025 | 09:10 WIB"
    dated = False
    label = ""
    for part in (p.strip() for p in _SEGMENTS.split(text)):
        if _BARE_LABEL.match(part):
            label = part  # "Updated / Wednesday, 10 Dec 2025": the label is its own part
            continue
        part, label = f"{label} {part}".strip(), ""
        if not part or chrome.WIDGET.match(part) or _is_relative(part):
            continue
        if chrome.COMMENT_COUNT.match(part) or (dated and _TIME_ONLY.match(part)):
            continue  # "· 18:40 hrs" after the date: its time, without a zone
        if (by := P.PUBLISHED_BY.match(part)) and by["name"]:
            found.publisher = found.publisher or by["name"].strip()  # "Published by X · Dec 8"
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
        if sections := _SECTIONS.match(part):
            found.section = found.section or sections["first"]
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
    timed = bool(_CLOCK.search(rest, stamp.start, stamp.end))
    dashed = None if lead or label else _dashed_lead(before, timed=timed)
    if not (lead or dashed or _LEFTOVER.match(before)):
        return False
    if not (tail or _LEFTOVER.match(P.WEEKDAY.sub("", after))):
        return False
    if lead:
        _merge(found.byline, parse_byline(lead))
    if dashed:
        _take_lead(dashed, found)
    found.labelled = found.labelled or bool(label)
    if label and P.UPDATED_LABEL.search(label.group(0)):
        found.updated = found.updated or stamp.value
    else:
        found.published = found.published or stamp.value
    if tail:
        _merge(found.byline, parse_byline(tail["names"]))
    return True


def _is_relative(part: str) -> bool:
    """A stamp that gives no date: "3 hours ago", "Atualizado há 2 horas"."""
    return bool(chrome.RELATIVE_STAMP.match(part))


def _dashed_lead(before: str, *, timed: bool) -> str | None:
    """The wire or place in front of a stamp, split from it by a dash (or a place in capitals
    by a comma); None for anything else.

    A place counts only before a stamp with a clock time: "Budget - 10 December 2025"
    may be a headline, "Zaragoza - 10 dic 2025 - 12:31 CET" is a page's place and time.
    """
    match = _DASHED_LEAD.match(before)
    if match is None:
        return _comma_place(before, timed=timed)
    lead = match["lead"].strip()
    if canonical_agency(lead) or (timed and _PLACE.match(lead)):
        return lead
    return None


def _comma_place(before: str, *, timed: bool) -> str | None:
    """``VENEZIA, 15 aprile 2026, 10:32``: a place in capitals and a comma before a timed
    stamp; a name in capitals before a comma would be a byline, so persons are left out."""
    match = _COMMA_LEAD.match(before)
    if match is None or not timed:
        return None
    lead = match["lead"].strip()
    if lead.isupper() and _PLACE.match(lead.title()) and not person_name(lead.title()):
        return lead
    return None


def _take_lead(lead: str, found: StampLine) -> None:
    if agency := canonical_agency(lead):
        found.byline.agency = found.byline.agency or agency
    else:
        found.place = found.place or lead


def _merge(into: Byline, more: Byline) -> None:
    into.authors.extend(name for name in more.authors if name not in into.authors)
    into.agency = into.agency or more.agency
