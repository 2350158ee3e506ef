"""Time-zone names as news copy writes them, mapped to UTC offsets or IANA zones.

dateparser reads some abbreviations differently from how news copy means them (``IST``
is India in wire copy, not Israel) and knows none of the German or French ones, so the
zone is cut out of a stamp here and applied after parsing.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
import re
from zoneinfo import ZoneInfo

# Abbreviations whose offset depends on the date (daylight saving) map to an IANA zone.
_SEASONAL = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "HE": "America/New_York",  # Quebec's "heure de l'Est"
}
# Fixed offsets in hours. Where an abbreviation names two zones, news copy's usual one wins:
# IST is India, CST and PST North America, AST Atlantic, BST British Summer Time.
_FIXED_HOURS = {
    # Europe and Africa (with the German and French names)
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEZ": 0, "BST": 1, "WEST": 1,
    "WESZ": 1, "CET": 1, "MEZ": 1, "HEC": 1, "WAT": 1, "CEST": 2, "MESZ": 2, "HAEC": 2,
    "EET": 2, "OEZ": 2, "SAST": 2, "CAT": 2, "EEST": 3, "OESZ": 3, "EAT": 3, "MSK": 3,
    "TRT": 3,
    # Middle East and Asia
    "IRST": 3.5, "GST": 4, "AZT": 4, "AFT": 4.5, "PKT": 5, "UZT": 5,
    "IST": 5.5, "SLST": 5.5, "NPT": 5.75, "MMT": 6.5, "ICT": 7, "WIB": 7, "HKT": 8,
    "SGT": 8, "MYT": 8, "PHT": 8, "PHST": 8, "WITA": 8, "AWST": 8, "JST": 9,
    "KST": 9, "WIT": 9, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12,
    "NZDT": 13, "FJT": 12,
    # The Americas (with Quebec's French names)
    "NST": -3.5, "NDT": -2.5, "ADT": -3, "AST": -4, "EDT": -4, "EST": -5, "CDT": -5, "CST": -6,
    "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AKDT": -8, "AKST": -9, "HDT": -9,
    "HST": -10, "HNE": -5, "HAE": -4, "HNC": -6, "HAC": -5, "HNR": -7, "HAR": -6,
    "HNP": -8, "HAP": -7, "HNA": -4, "HAA": -3, "BRT": -3, "BRST": -2, "ART": -3,
    "UYT": -3, "CLT": -4, "CLST": -3, "PYT": -4, "BOT": -4, "VET": -4,
    "PET": -5, "COT": -5, "ECT": -5,
}  # fmt: skip
# Zones where "12/05/2025" means December 5 (month first).
_NORTH_AMERICAN = {
    "ET", "CT", "MT", "PT", "AST", "ADT", "NST", "NDT", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "HDT",
}  # fmt: skip
# Spelled-out zones, as press-release wires write them, and their abbreviations.
_LONG_NAMES = {
    "Eastern Standard Time": "EST",
    "Eastern Daylight Time": "EDT",
    "Eastern Time": "ET",
    "Central Standard Time": "CST",
    "Central Daylight Time": "CDT",
    "Central Time": "CT",
    "Mountain Standard Time": "MST",
    "Mountain Time": "MT",
    "Pacific Standard Time": "PST",
    "Pacific Daylight Time": "PDT",
    "Pacific Time": "PT",
    "Greenwich Mean Time": "GMT",
    "Coordinated Universal Time": "UTC",
    "British Summer Time": "BST",
    "Central European Summer Time": "CEST",
    "Central European Time": "CET",
    "Eastern European Time": "EET",
    "East Africa Time": "EAT",
    "India Standard Time": "IST",
    "Japan Standard Time": "JST",
    "Korea Standard Time": "KST",
    "Pakistan Standard Time": "PKT",
    "Philippine Standard Time": "PHT",
    "Singapore Time": "SGT",
    "Hong Kong Time": "HKT",
    "Gulf Standard Time": "GST",
    "Moscow Time": "MSK",
    "West Africa Time": "WAT",
    "South Africa Standard Time": "SAST",
    "Eastern European Summer Time": "EEST",
    "Atlantic Standard Time": "AST",
    "Alaska Standard Time": "AKST",
    "Hawaii Standard Time": "HST",
    "Brasília Time": "BRT",
    "horário de Brasília": "BRT",
    "Australian Eastern Standard Time": "AEST",
    "Australian Eastern Daylight Time": "AEDT",
    "Australian Western Standard Time": "AWST",
    "New Zealand Standard Time": "NZST",
    "New Zealand Daylight Time": "NZDT",
}
_NAMES = sorted([*_LONG_NAMES, *_SEASONAL, *_FIXED_HOURS], key=len, reverse=True)
# "GMT+4", "UTC-05:00", "UTC +5:30" ...; the offset part is optional.
ZONE = re.compile(
    r"(?<![A-Za-z])\(?(?P<name>" + "|".join(map(re.escape, _NAMES)) + r")\)?"
    r"(?:\s?(?P<sign>[+-−])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?(?!\d)|(?![A-Za-z]))"
)
# A capitalised token after a time that names no zone we know ("10:00 WAST"): the stamp
# keeps its day only, since the offset is unknown.
UNKNOWN_ZONE = r"(?-i:(?!AM\b|PM\b|UHR\b|HRS\b)[A-Z]{2,5})(?!\w)"
# A bare numeric offset glued to a time: "14:30+05:30", "14:30 -0500".
NUMERIC_OFFSET = re.compile(r"(?<=\d)\s?(?P<sign>[+-])(?P<hours>\d{2}):?(?P<minutes>\d{2})\b")


def find_zone(text: str) -> tuple[str, re.Match[str] | None]:
    """The stamp without its zone, and the zone match (None when there is no zone)."""
    match = ZONE.search(text)
    if match is None:
        return text, None
    return text[: match.start()] + " " + text[match.end() :], match


def apply_zone(moment: datetime, match: re.Match[str]) -> datetime:
    """Attach the zone that ``match`` names to a naive ``moment``."""
    name = _LONG_NAMES.get(match["name"], match["name"])
    if name in _SEASONAL and not match["sign"]:
        local = moment.replace(tzinfo=ZoneInfo(_SEASONAL[name]))
        return moment.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
    hours = float(_FIXED_HOURS.get(name, 0))
    if match["sign"]:
        sign = -1 if match["sign"] in "-−" else 1
        hours += sign * (int(match["hours"]) + int(match["minutes"] or 0) / 60)
    return moment.replace(tzinfo=timezone(timedelta(hours=hours)))


def apply_numeric_offset(moment: datetime, match: re.Match[str]) -> datetime:
    """Attach a ``+05:30`` style offset to a naive ``moment``."""
    sign = -1 if match["sign"] == "-" else 1
    delta = timedelta(hours=int(match["hours"]), minutes=int(match["minutes"]))
    return moment.replace(tzinfo=timezone(sign * delta))


def is_american(match: re.Match[str]) -> bool:
    """True for North American zones, where ``12/05/2025`` means December 5."""
    return _LONG_NAMES.get(match["name"], match["name"]) in _NORTH_AMERICAN
