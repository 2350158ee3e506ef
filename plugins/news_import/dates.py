"""Publication dates: find a date in a line of seed text and parse it with dateparser."""

from __future__ import annotations

from datetime import date, datetime
import re

from dateparser.date import DateDataParser

# Abbreviations dateparser reads differently from how news copy means them.
_ZONE_REWRITES = (
    (re.compile(r"\bIST\b"), "+05:30"),  # India Standard Time in wire copy, not Israel
)
_HAS_TIME = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{1,2}\s*[ap]\.?\s?m\b\.?|T\d{2}", re.I)
_GLUED_UPDATE = re.compile(r"(?<=[A-Za-z0-9])(Updated|Last updated)\b.*$", re.I)

_PARSER = DateDataParser(
    languages=["en", "de", "fr", "es", "it", "pt", "nl"],
    settings={
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
    },
)


def parse_date(text: str) -> datetime | date | None:
    """Parse one date stamp; a ``datetime`` when a time is given, else a ``date``; None if none."""
    text = _GLUED_UPDATE.sub("", text).strip(" .,-|")
    for pattern, replacement in _ZONE_REWRITES:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\bat\b", " ", text)
    found = _PARSER.get_date_data(text).date_obj
    if found is None:
        return None
    if not _HAS_TIME.search(text):
        return found.date()
    return found


def iso(value: datetime | date) -> str:
    """ISO 8601 as Pelican reads it: ``2025-12-10`` or ``2025-12-10T14:15:00+05:30``."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    return value.isoformat()
