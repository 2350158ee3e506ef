"""Metadata lines anywhere in a seed: publisher, stamps, bylines, labels and footers.

:func:`read_meta` records what one line (or a short run of lines) says on the article and
returns how many lines it used up; 0 means the line is not metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from . import chrome
from . import patterns as P
from .agencies import canonical_agency
from .model import Article
from .names import BYLINE_PREFIX, Byline, parse_byline
from .stamps import read_stamp_line


@dataclass(slots=True)
class Line:
    """One non-blank seed line and the blank-line-separated group it sits in."""

    text: str
    group: int


_ROLE_LINE = re.compile(
    r"^(?:[\w'’.-]+\s+){0,4}(?:reporter|correspondent|editor|writer|columnist|contributor|"
    r"analyst|producer|news|staff)(?:,\s*[\w .'’-]{1,30})?$",
    re.I,
)
_MAX_BYLINE_WORDS = 16


def read_meta(article: Article, lines: list[Line], i: int, *, header: bool) -> int:
    """Record the metadata of ``lines[i]`` on ``article``; the number of lines it took, or 0."""
    text = lines[i].text
    if match := P.NEWS_PROVIDED_BY.match(text):
        return _news_provided_by(article, lines, i, match["name"].strip())
    if match := P.PUBLISHED_BY.match(text):
        article.publisher = article.publisher or match["name"].strip()
        return 1
    if _is_chrome_line(text) or P.TAG_FOOTER.match(text):
        return 1
    if match := P.SECTION_LABEL.match(text):
        article.category = article.category or match["name"].strip(" .")
        return 1
    if match := P.CATEGORY_FOOTER.match(text):
        name = next(value for value in match.groupdict().values() if value)
        article.category = article.category or name.strip(" .\"'“”")
        return 1
    if chrome.RELEASE_MARKER.match(text) or chrome.SOURCE_LINE.match(text):
        return 1
    if _read_stamp(article, text, header=header):
        return 1
    if (header or not article.authors) and _read_byline(article, text):
        return 1
    if header and _ROLE_LINE.match(text):
        return 1
    return 0


def _is_chrome_line(text: str) -> bool:
    return bool(
        chrome.WIDGET.match(text)
        or chrome.RELATIVE_STAMP.match(text)
        or chrome.POINTER.match(text)
        or chrome.DISCLAIMER.search(text)
    )


def _news_provided_by(article: Article, lines: list[Line], i: int, name: str) -> int:
    """``NEWS PROVIDED BY`` with the issuer on the same or the next line."""
    used = 1
    if not name and i + 1 < len(lines):
        name, used = lines[i + 1].text, 2
    article.publisher = article.publisher or name.strip() or None
    return used


def _read_stamp(article: Article, text: str, *, header: bool) -> bool:
    found = read_stamp_line(text, allow_names=header)
    if found is None:
        return False
    if not header and not found.labelled:
        return True  # a bare date deep in the page dates a link or a comment, not the story
    article.date = article.date or found.published
    article.modified = article.modified or found.updated
    _add_byline(article, found.byline)
    return True


def _read_byline(article: Article, text: str) -> bool:
    if not BYLINE_PREFIX.match(text) or len(text.split()) > _MAX_BYLINE_WORDS:
        return False
    if P.SENTENCE_END.search(text) and not text.endswith("."):
        return False
    byline = parse_byline(text)
    if not byline.authors and not byline.agency and not _names_nobody(text):
        return False
    _add_byline(article, byline)
    return True


def _names_nobody(text: str) -> bool:
    """``By Staff Reporter``: a byline that is a role, not a sentence that starts with "By"."""
    rest = BYLINE_PREFIX.sub("", text, count=1)
    return len(rest.split()) <= 4 and all(word[:1].isupper() for word in rest.split())


def _add_byline(article: Article, byline: Byline) -> None:
    article.authors.extend(name for name in byline.authors if name not in article.authors)
    article.agency = article.agency or byline.agency


def agency_from_inputs(who: str) -> str | None:
    """The wire service a "With inputs from …" line names, if any."""
    return canonical_agency(who)
