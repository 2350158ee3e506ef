"""The dateline that opens a wire story: ``OSLO, Dec 10 (Reuters) -``, ``PHOENIX (AP) —``.

It moves out of the first paragraph into metadata: the place as written, the wire
service, and the date when the dateline gives one with its year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
import re

from .agencies import canonical_agency
from .dates import DAY_FIRST_MONTHS, MONTH_NAMES, find_date

_UP = "A-ZÀ-ÞА-ЯЁ"
_LOW = "a-zà-ÿа-яё"
_CAPS_PLACE = rf"[{_UP}][{_UP}.'’/ -]*[{_UP}.]"
# Lower-case particles inside a place name: "Póvoa de Varzim", "Stratford-upon-Avon".
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|la|le|les|sur|am|im|an|der|upon|on|en)[ -]"
_TITLE_PLACE = rf"[{_UP}][{_LOW}'’.-]+(?:[ /-](?:{_PARTICLE})?[{_UP}][{_LOW}'’.-]+){{0,3}}"
_MONTH = rf"(?i:{MONTH_NAMES})\.?"
_DAY_FIRST_MONTH = rf"(?i:{MONTH_NAMES}|{DAY_FIRST_MONTHS})\.?"
# "Guwahati [India]": Indian wires put the country in brackets after the city.
_COUNTRY = rf"(?:\s*\[[{_UP}][^\[\]]{{1,30}}\])?"
_REGION = rf",\s*(?!{_MONTH}\s)[{_UP}][\w.'’]*(?:\s+[{_UP}][\w.'’]*){{0,2}}"
_DAY_MONTH = (
    rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\.?\s+(?:de\s+)?{_DAY_FIRST_MONTH}"
    rf"(?:\s+(?:de\s+)?\d{{4}})?"
)
_DATE = rf"(?P<when>{_DAY_MONTH})"
# A wire between slashes ("/PRNewswire/", "/ ACCESSWIRE / December 11, 2025 /") or glued
# to the place by dashes ("--(BUSINESS WIRE)--", "--(Newsfile Corp. - December 11, 2025) -").
_AGENCY = (
    r"(?:\((?P<agency>[^()]{1,40})\)"
    rf"|/\s*(?P<wire>[^/\s][^/]{{0,50}}?)\s*/(?:\s*(?P<wire_when>{_DAY_MONTH})\s*/)?"
    rf"|--\s*\((?P<glued>[^()]{{2,40}}?)(?:\s+[-–—]\s+(?P<glued_when>{_DAY_MONTH}))?\)"
    r"\s*(?:--|[-–—]))"
)
_SEP = r"(?:\s*\.?(?:-{1,2}|[–—:])\s*|\s+|(?<=-))"
_WITH_AGENCY = re.compile(
    rf"^(?P<place>(?:{_CAPS_PLACE}|{_TITLE_PLACE}){_COUNTRY}(?:{_REGION})*)(?:,\s*{_DATE})?"
    rf"\s*{_AGENCY}{_SEP}"
)
# A release's date between dashes after the place: "SPOKANE, Wash. — December 4, 2025 — …".
_DASHED_DATE = rf"(?:(?P<dashed_when>{_DAY_MONTH})\s*(?:--|[–—]|\s-)\s*)?"
_WITHOUT_AGENCY = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}{_COUNTRY}(?:{_REGION})*)(?:,\s*{_DATE})?"
    rf"(?:\s*(?:--|[–—])\s*|\s+-\s+|:\s+){_DASHED_DATE}"
)
# "Bengaluru: The civic body …": Indian English copy writes the place in title case before a colon.
_COLON_PLACE = re.compile(rf"^(?P<place>{_TITLE_PLACE}{_COUNTRY}):\s+(?=[A-Z0-9\"“‘'])")
_NOT_COLON_PLACES = {
    "note", "update", "updated", "editor's note", "editor’s note", "watch", "read", "listen",
    "warning", "breaking", "exclusive", "analysis", "opinion", "comment", "photo", "photos",
    "video", "background", "context", "question", "answer", "summary", "correction",
    "clarification", "disclosure", "source", "sources", "also read", "read more", "related",
    "live", "explainer", "review", "verdict", "tip", "fact check", "q", "a", "why", "what",
    "how", "who", "when", "where", "the", "and", "but", "so",
}  # fmt: skip
_MIN_COLON_REST = 12
_DASH_PLACE = re.compile(rf"^(?P<place>{_TITLE_PLACE}{_COUNTRY})\s+[-–—]\s+(?=[A-ZÀ-Þ\"„«“])")
# A place in title case needs its date and a dash: "Dresden, 3. Dezember 2025 – Die …".
_TITLE_PLACE_DATE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}{_COUNTRY}),\s*{_DATE}\s*(?:--|[–—]|\s-)\s*(?=\S)"
)
_AGENCY_ONLY = re.compile(r"^\((?P<agency>[^()]{1,40})\)\s*(?:--|[–—-])\s*")
_NOT_PLACES = {
    "BREAKING", "UPDATE", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "OPINION", "NOTE", "ALERT",
    "WEATHER ALERT", "TRAFFIC ALERT", "BREAKING NEWS", "DEVELOPING", "JUST IN",
}  # fmt: skip
_HAS_DASH = re.compile(r"[-–—:]\s*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """What a paragraph's dateline says, and the paragraph without it."""

    place: str | None
    agency: str | None
    when: datetime | date | None
    rest: str
    day: tuple[int, int] | None = None


def split_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of ``paragraph``, or None when it opens with none."""
    match = _WITH_AGENCY.match(paragraph)
    if match:
        agency = canonical_agency(match["agency"] or match["wire"] or match["glued"] or "")
        if agency or _HAS_DASH.search(match.group(0)):
            return _found(match, paragraph, agency)
    match = _WITHOUT_AGENCY.match(paragraph) or _TITLE_PLACE_DATE.match(paragraph)
    if match and match["place"].strip(" .") not in _NOT_PLACES:
        return _found(match, paragraph, None)
    match = _AGENCY_ONLY.match(paragraph)
    if match and (agency := canonical_agency(match["agency"])):
        rest = paragraph[match.end() :].strip()
        place = _WITHOUT_AGENCY.match(rest)  # "(ANSA) - GENOVA, 11 DIC - …"
        if place and place["place"].strip(" .") not in _NOT_PLACES:
            return _found(place, rest, agency)
        return Dateline(None, agency, None, rest)
    return None


def split_dash_dateline(paragraph: str) -> Dateline | None:
    """``Holzkirchen - Der Bürgerbus …``: a title-case place and a spaced dash, as German,
    Austrian and Dutch regional copy opens a story; for non-English first paragraphs."""
    return _place_before(_DASH_PLACE, paragraph)


def split_colon_dateline(paragraph: str) -> Dateline | None:
    """``Bengaluru: The …``, a title-case place before a colon; for English copy only.

    In other languages a capitalised word before a colon is as often a topic label
    ("Schneefall: Glatteis …"), so callers ask only of English articles' first paragraph.
    """
    return _place_before(_COLON_PLACE, paragraph)


def _place_before(pattern: re.Pattern[str], paragraph: str) -> Dateline | None:
    """The title-case place ``pattern`` finds at the start of a long enough paragraph."""
    match = pattern.match(paragraph)
    if not match or match["place"].lower() in _NOT_COLON_PLACES:
        return None
    rest = paragraph[match.end() :].strip()
    if len(rest.split()) < _MIN_COLON_REST:
        return None
    return Dateline(match["place"], None, None, rest)


def _found(match: re.Match[str], paragraph: str, agency: str | None) -> Dateline:
    groups = match.groupdict()
    when = (
        groups["when"]
        or groups.get("wire_when")
        or groups.get("glued_when")
        or groups.get("dashed_when")
        or (None if agency else groups.get("agency"))  # "PORTLAND, Maine (December 4, 2025) –"
    )
    stamp = find_date(when) if when else None
    day = None
    if when and stamp is None and (leap := find_date(f"{when} 2000")) is not None:
        day = (leap.value.month, leap.value.day)  # "Dec 10": a day without its year
    place = match["place"].strip(" ,")
    rest = paragraph[match.end() :].strip()
    return Dateline(place, agency, stamp.value if stamp else None, rest, day)
