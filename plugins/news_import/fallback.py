"""The documented fallback for a seed whose text gives no publication date.

Tried in order; the first that gives a date wins, and a note saying which one was used
goes into the article's ``Date-Fallback`` metadata and the conversion report:

1. the seed's own ``Updated``/``Last modified`` stamp;
2. a ``YYYY-MM-DD`` date at the start of the seed's file name;
3. the ``Date`` (and note) of the content file converted from the same seed before, so a
   fallen-back date, and the URL built from it, never moves between runs;
4. the dateline's month and day (``OSLO, Dec 10 (Reuters)``) in the year of the newest
   date among all seeds, or the year before when that would put it after that date;
5. the newest date among all seeds;
6. 1970-01-01 when no seed has a date at all.

Nothing here reads the clock or file times, so the same seeds always give the same dates.
"""

from __future__ import annotations

from datetime import date, datetime
import re

from .dates import iso
from .model import Article

_NAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)")
EPOCH = date(1970, 1, 1)


def fallback_date(
    article: Article, seed_name: str, previous: tuple[str, str] | None, newest: date | None
) -> tuple[datetime | date, str]:
    """A date for an undated article, and the note that says where it came from."""
    if article.modified is not None:
        return article.modified, "no publication date in the seed; used its Updated stamp"
    if (named := _date_in_name(seed_name)) is not None:
        return named, "no date in the seed; used the date in its file name"
    if previous and (kept := _parse_iso(previous[0])) is not None:
        return kept, previous[1] or "no date in the seed; kept the date of its earlier conversion"
    if article.dateline_day and newest is not None:
        month, day = article.dateline_day
        guess = _day_in_year(newest.year, month, day)
        if guess is not None and guess > newest:
            guess = _day_in_year(newest.year - 1, month, day)
        if guess is not None:
            return (
                guess,
                f"no year in the seed; dateline day in the year of the newest seed ({guess})",
            )
    if newest is not None:
        return newest, f"no date in the seed; used {iso(newest)}, the newest seed date"
    return EPOCH, "no date in any seed; used 1970-01-01"


def newest_date(articles: list[Article]) -> date | None:
    """The latest calendar day any article is dated."""
    days = [a.date.date() if isinstance(a.date, datetime) else a.date for a in articles if a.date]
    return max(days) if days else None


def _date_in_name(name: str) -> date | None:
    match = _NAME_DATE.match(name)
    if not match:
        return None
    return _day_in_year(int(match[1]), int(match[2]), int(match[3]))


def _day_in_year(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_iso(text: str) -> datetime | date | None:
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    except ValueError:
        return None
