"""Date stamps: find one in a line of seed text and parse it.

A regular expression finds where the stamp is (a day, a month, a year, maybe a time and
a zone); dateparser reads the month names in any of the supported languages; the zone
is applied by :mod:`zones`. A stamp needs a day, a month and a year: "3 hours ago",
"Wednesday" or "in 2019" are not dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
import re

from dateparser.date import DateDataParser

from .zones import (
    NUMERIC_OFFSET,
    UNKNOWN_ZONE,
    ZONE,
    apply_numeric_offset,
    apply_zone,
    find_zone,
    is_american,
)

MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|"
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|mär|mrz|okt|dez|"
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|janv|févr|fevr|avr|juil|déc|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre|ene|abr|ago|dic|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|"
    "januari|februari|maart|mei|augustus|augusti|desember|mrt|maj|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    "янв|фев|мар|апр|авг|сен|окт|ноя|дек"
)
# Italian and Portuguese abbreviations that are also English words ("set", "out"): a month
# only where those languages put it, after the day ("11 gen 2025", "3 out. 2025").
DAY_FIRST_MONTHS = "gen|mag|giu|lug|set|ott|out"
_MONTH = rf"(?:{MONTH_NAMES})\.?"
_DAY_FIRST_MONTH = rf"(?:{MONTH_NAMES}|{DAY_FIRST_MONTHS})\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?:19|20)\d{2}(?=\d{1,2}:\d{2}|\D|$)"  # Reuters glues the time on: "20253:15 PM"
_DATE_CORES = (
    # ISO 8601 with time: 2025-12-10T14:03:00Z, 2025-12-10 14:03+01:00
    re.compile(
        r"(?<!\d)(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?)(?!\d)"
    ),
    re.compile(r"(?<!\d)(?P<ymd>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(
        r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"
    ),
    re.compile(rf"(?<![\w]){_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),
    re.compile(
        rf"(?<![\w.]){_DAY}\s+(?:de\s+)?{_DAY_FIRST_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}", re.I
    ),
)
_ZONE_SRC = rf"(?-i:{ZONE.pattern})"  # zones are capitals: "10:00 art lovers" names none
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]|\s?h\s?)\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?)"
    r"(?:\s*(?:Uhr|hrs|h)\b)?"
)
_TIME = rf"{_CLOCK}(?:\s*(?:{_ZONE_SRC}|[+-]\d{{2}}:?\d{{2}}|{UNKNOWN_ZONE}))?"
_UNKNOWN_AFTER_CLOCK = re.compile(rf"(?P<clock>{_CLOCK})\s*{UNKNOWN_ZONE}", re.I)
_CONNECTOR = (
    r"\s*,?\s*(?:\bat\b|\bà\b|\ba las\b|\ba la\b|\bum\b|\balle\b|\bore\b|\bàs\b|\bom\b|\bkl\.?|"
    r"[-–—|/])?\s*"
)
_TIME_AFTER = re.compile(rf"^{_CONNECTOR}(?P<time>{_TIME})", re.I)
_TIME_BEFORE = re.compile(rf"(?P<time>{_TIME}){_CONNECTOR}$", re.I)
_ZONE_AFTER = re.compile(rf"\s*(?:{_ZONE_SRC})")
_ENGLISH_CUE = re.compile(r"\b(?:at|on|posted|published|updated|dated?)\b|\d\s*[ap]\.?m\b", re.I)
_HAS_TIME = re.compile(r"\d{1,2}(?:[:.]|\s?h\s?)\d{2}|\d{1,2}\s*[ap]\.?\s?m\b", re.I)
_AMPM = re.compile(r"\b([ap])\.\s?m\b\.?", re.I)
_DOTTED_TIME = re.compile(r"\b(\d{1,2})(?:\.|\s?h\s?)(\d{2})\b")  # "14.32", "14h32", "6 h 05"
_GLUED_TIME = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
_NOISE = re.compile(r"\b(?:Uhr|hrs|at|um|alle|ore|om|à|às|a las|a la|kl)\b|[|–—]", re.I)
_PARSER = DateDataParser(
    languages=["en", "de", "fr", "es", "it", "pt", "nl", "nb", "sv", "da", "pl", "ru"],
    settings={
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
    },
)


_CACHED_LINES = 4096


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date found in a line: its value and where it sits."""

    value: datetime | date
    start: int
    end: int


@lru_cache(maxsize=_CACHED_LINES)
def find_date(text: str) -> Stamp | None:
    """The first full date in ``text`` (with its time and zone when given), or None.

    Pure and asked about the same header lines many times, so its answers are cached."""
    hits = [m for pattern in _DATE_CORES if (m := pattern.search(text))]
    for core in sorted(hits, key=lambda m: m.start()):
        start, end = core.span()
        if not core.groupdict().get("iso"):
            start, end = _widen(text, start, end)
        elif zone := _ZONE_AFTER.match(text, end):
            end = zone.end()  # "2025-12-10 08:15 UTC"
        value = _parse_span(text[start:end], core, english=bool(_ENGLISH_CUE.search(text)))
        if value is not None:
            return Stamp(value, start, end)
    return None


def parse_date(text: str) -> datetime | date | None:
    """The first date stamp in ``text``: a datetime given a time and a zone, else a date."""
    stamp = find_date(text)
    return stamp.value if stamp else None


def iso(value: datetime | date) -> str:
    """ISO 8601 as Pelican reads it: ``2025-12-10`` or ``2025-12-10T14:15+05:30``."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    return value.isoformat()


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in a time (and zone) right after the date, or else right before it."""
    after = _TIME_AFTER.match(text[end:])
    if after:
        return start, end + after.end()
    before = _TIME_BEFORE.search(text[:start])
    if before:
        return before.start(), end
    return start, end


def _parse_span(span: str, core: re.Match[str], *, english: bool) -> datetime | date | None:
    if core.groupdict().get("iso"):
        moment = _parse_iso(core["iso"])
        zone = _ZONE_AFTER.match(span, len(core["iso"]))
        if isinstance(moment, date) and not isinstance(moment, datetime) and zone:
            naive = datetime.fromisoformat(core["iso"].replace(" ", "T"))
            return apply_zone(naive, ZONE.search(zone.group(0)))
        return moment
    numeric = bool(core.groupdict().get("a") or core.groupdict().get("ymd"))
    text = span.replace(core.group(0), " ", 1) if numeric else span
    text, zone = find_zone(text)
    if zone is None:
        text = _UNKNOWN_AFTER_CLOCK.sub(r"\g<clock>", text)  # no offset known: the day only
    offset = None if zone else NUMERIC_OFFSET.search(text)
    if offset:
        text = text[: offset.start()] + " " + text[offset.end() :]
    text = _tidy(text)
    has_time = bool(_HAS_TIME.search(text))
    if numeric:
        day = _numeric_day(core, zone, english=english)
        if day is None or not has_time:
            return day
        text = f"{day.isoformat()} {text}"
    found = _PARSER.get_date_data(text).date_obj
    if found is None:
        return None
    if not has_time or (zone is None and offset is None):
        return found.date()  # a time without a zone is no instant: keep the day only
    if zone is not None:
        return apply_zone(found, zone)
    return apply_numeric_offset(found, offset) if offset else found


def _tidy(text: str) -> str:
    """Spell a stamp the way dateparser reads it: ``6:05 PM``, no connectors."""
    text = _GLUED_TIME.sub(r"\1 \2", text)
    text = _AMPM.sub(lambda m: m.group(1).upper() + "M", text)
    text = _DOTTED_TIME.sub(r"\1:\2", text)
    return " ".join(_NOISE.sub(" ", text).split()).strip(" ,.-")


def _numeric_day(core: re.Match[str], zone: re.Match[str] | None, *, english: bool) -> date | None:
    """Day of a numeric date: ``10.12.2025`` is day-first; ``12/05/2025`` month-first in US copy.

    A slashed date is month-first with a North American zone, or with no zone in an
    English stamp ("at", "Posted", "a.m."); day-first everywhere else.
    """
    groups = core.groupdict()
    try:
        if groups.get("ymd"):
            return date(int(core["ymd"]), int(core["m"]), int(core["d"]))
        if groups.get("a"):
            first, second, year = int(core["a"]), int(core["b"]), int(core["y"])
            american = is_american(zone) if zone is not None else english
            month_first = core["sep"] == "/" and (second > 12 or (american and first <= 12))
            if month_first:
                return date(year, first, second)
            return date(year, second, first)
    except ValueError:
        return None
    return None


def _parse_iso(text: str) -> datetime | date | None:
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.date()
