"""Metadata lines anywhere in a seed: publisher, stamps, bylines, labels and footers.

:func:`read_meta` records what one line (or a short run of lines) says on the article and
returns how many lines it used up; 0 means the line is not metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from . import boxes, chrome
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
_MAX_OUTLET_WORDS = 8
_MAX_DESK_WORDS = 5
_DESK_WORDS = re.compile(
    r"\b(?:staff|correspondent|reporter|desk|bureau|team|service|agencies|editor)s?\b", re.I
)
_MAX_LABEL_WORDS = 12
_BARE_LABEL = re.compile(
    r"^(?:first |last |originally )?(?:published|posted|updated|modified|veröffentlicht|"
    r"aktualisiert|publié|mis à jour|publicado|actualizado)(?: on| am| le| el)?\s*:?$",
    re.I,
)


def read_meta(article: Article, lines: list[Line], i: int, *, header: bool) -> int:
    """Record the metadata of ``lines[i]`` on ``article``; the number of lines it took, or 0."""
    text = lines[i].text
    if match := P.NEWS_PROVIDED_BY.match(text):
        return _news_provided_by(article, lines, i, match["name"].strip())
    if (match := P.PUBLISHED_BY.match(text)) and (
        used := _published_by(article, lines, i, match["name"], header=header)
    ):
        return used
    if _read_stamp(article, text, header=header):
        return 1
    pair = f"{text} {lines[i + 1].text}" if i + 1 < len(lines) else ""
    if _BARE_LABEL.match(text) and pair and _read_stamp(article, pair, header=header):
        return 2  # "Updated" on one line, its date on the next
    if is_chrome_line(text) or (P.TAG_FOOTER.match(text) and not _is_sentence(text)):
        return 1
    if header and chrome.COMMENT_COUNT.match(text):
        return 1  # "7 Comments" beside the byline counts; below the story it opens the thread
    if chrome.TICKER.match(text) and pair and chrome.PRICE_MOVE.match(lines[i + 1].text):
        return 2  # a ticker box: "SKRN" over "-4.12%"
    if agency := canonical_agency(text.strip("-–—() ")):
        article.agency = article.agency or agency  # a wire's name on its own line: "--IANS"
        return 1
    if match := P.SOURCE_CREDIT.match(text):
        article.agency = article.agency or canonical_agency(match["who"])
        return 1
    if match := P.SECTION_LABEL.match(text):
        article.category = article.category or match["name"].strip(" .")
        return 1
    if name := category_footer(text):
        article.category = article.category or name
        return 1
    if boxes.RELEASE_MARKER.match(text) or boxes.SOURCE_LINE.match(text):
        return 1
    if (header or not article.authors) and _read_byline(article, text):
        return 1
    if header and _relative_byline(article, text):
        return 1
    if header and i + 1 < len(lines) and _label_over_name(article, text, lines[i + 1].text):
        return 2
    return 0


def _relative_byline(article: Article, text: str) -> bool:
    """``Publié il y a 3 heures par Théo Roy``: a stamp with no date, and the byline."""
    match = _RELATIVE_BY.match(text)
    if not match or not chrome.RELATIVE_STAMP.match(match["rel"]):
        return False
    byline = parse_byline(match["names"])
    if not byline.authors:
        return False
    _add_byline(article, byline)
    return True


def _label_over_name(article: Article, text: str, name: str) -> bool:
    """``Author of the article:`` on a line of its own over ``Nadia Beaulieu``."""
    match = BYLINE_PREFIX.match(text)
    if not match or text[match.end() :].strip() or not text.rstrip().endswith(":"):
        return False
    byline = parse_byline(name)
    if not byline.authors:
        return False
    _add_byline(article, byline)
    return True


_RELATIVE_BY = re.compile(
    r"^(?P<rel>\S.{2,60}?)\s+(?:by|par|von|por|door|di)\s+(?P<names>\S.{1,80})$", re.I
)
_WIDGET_SEPARATORS = re.compile(r"\s*[·|•]\s*")
_MAX_FURNITURE_LABEL_WORDS = 4
_MAX_FURNITURE_WORDS = 10
_HEADLINE_WORDS = 5
_STAMP_MARK = re.compile(
    r"\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[:h.]\d{2}\b", re.I
)
_FURNITURE_MARK = re.compile(rf"[·|•]|{_STAMP_MARK.pattern}")
# A quotation or a list item is story text however short.
_OPENS_SENTENCE = re.compile(r"^[\"“”„«‹'‘\-–—•*]")


_OUTLET_SMALL_WORDS = {
    "of", "the", "and", "for", "on", "de", "del", "la", "las", "los", "el", "le", "les", "du",
    "des", "da", "do", "dos", "di", "der", "die", "das", "den", "van", "von", "y", "e", "et",
    "und", "&",
}  # fmt: skip


def category_footer(text: str) -> str | None:
    """The category a footer names (``Posted in Community``), or None."""
    match = P.CATEGORY_FOOTER.match(text)
    if not match or (_is_sentence(text) and not match["entry"]):
        return None  # "This entry was posted in Compost and tagged …" is a sentence and a footer
    name = next(value for value in match.groupdict().values() if value).strip(" .\"'“”")
    return name if _looks_like_outlet(name) else None


def _is_sentence(text: str) -> bool:
    """A line of prose (many words, closing punctuation) rather than a label."""
    return len(text.split()) > _MAX_LABEL_WORDS and text.endswith((".", "!", "?"))


def _looks_like_outlet(name: str) -> bool:
    """``Valley Courier``, ``Tidewater Analytics, Inc.``; not "the ministry on Monday"."""
    words = name.split()
    return len(words) <= _MAX_OUTLET_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _OUTLET_SMALL_WORDS for w in words
    )


def read_role_line(article: Article, text: str) -> int:
    """A desk or role line under a byline (``Business reporter, BBC News``); 1 when it is one."""
    if not _ROLE_LINE.match(text):
        return 0
    _add_byline(article, parse_byline(text))  # "Jane Doe Wales correspondent"
    return 1


def is_chrome_line(text: str) -> bool:
    """A widget row, pointer or disclaimer: ``Share · Save``, ``3 hours ago``."""
    if chrome.POINTER.match(text) or chrome.DISCLAIMER.search(text):
        return True
    parts = [part for part in _WIDGET_SEPARATORS.split(text) if part]
    return all(chrome.WIDGET.match(part) or chrome.RELATIVE_STAMP.match(part) for part in parts)


def looks_like_furniture(text: str) -> bool:
    """A short line that is no sentence: a desk (``Redazione ANSA``), a place, a widget
    row (``Listen to this article · 7:41 min``) or a stamp the date reader cannot read.

    Up to four words will do; up to ten only with a separator, a time or a year in them,
    so a short standfirst ("A quiet revolution on the ring road") is not furniture.
    """
    words = text.split()
    if not words or P.SENTENCE_END.search(text) or _OPENS_SENTENCE.match(text):
        return False
    if text.endswith(",") or chrome.is_caption(text):
        return False  # "Image caption," leads on to its caption; the body drops both
    if len(words) <= _MAX_FURNITURE_LABEL_WORDS:
        return True
    return len(words) <= _MAX_FURNITURE_WORDS and bool(_FURNITURE_MARK.search(text))


def looks_like_stamp(text: str) -> bool:
    """A short line with a time, a year or a numeric date in it and no sentence."""
    words = text.split()
    if not words or len(words) > _MAX_FURNITURE_WORDS or P.SENTENCE_END.search(text):
        return False
    if sum(1 for w in words if len(w) > 3 and w.isalpha() and w[0].isupper()) >= _HEADLINE_WORDS:
        return False  # "Quillon Reports Fiscal Third Quarter 2025 Results": a headline
    return bool(_STAMP_MARK.search(text))


def _news_provided_by(article: Article, lines: list[Line], i: int, name: str) -> int:
    """``NEWS PROVIDED BY`` with the issuer on the same or the next line."""
    used = 1
    if not name and i + 1 < len(lines):
        name, used = lines[i + 1].text, 2
    article.publisher = article.publisher or chrome.strip_glyphs(name) or None
    return used


def _published_by(article: Article, lines: list[Line], i: int, name: str, *, header: bool) -> int:
    """``Published in The Quiet Engineer``, the outlet on the same or (Medium, in the
    header) the next line."""
    used = 1
    if not name.strip() and header and i + 1 < len(lines):
        name, used = lines[i + 1].text, 2
        if read_stamp_line(name, allow_names=False) is not None:
            return 0  # "Published" over its date: a stamp, read elsewhere
    name = chrome.strip_glyphs(name)
    if name in article.authors:
        return used  # a blog's author box: "Published by Ruth Okafor" names the author again
    if not name or not _looks_like_outlet(name):
        return 0
    article.publisher = article.publisher or name
    return used


def _read_stamp(article: Article, text: str, *, header: bool) -> bool:
    found = read_stamp_line(text, allow_names=header)
    if found is None:
        return False
    if not header and not found.labelled and not found.publisher:
        return True  # a bare date deep in the page dates a link or a comment, not the story
    article.date = article.date or found.published
    article.modified = article.modified or found.updated
    _add_byline(article, found.byline)
    if header:  # "Zaragoza - 10 dic 2025", "… | Japan, All": the place and the section
        article.dateline = article.dateline or found.place
        article.category = article.category or found.section
    article.publisher = article.publisher or found.publisher
    if found.source and (agency := canonical_agency(found.source)):
        article.agency = article.agency or agency
    # a release's "Source: Company" names its issuer, not a publisher: the spec's publisher
    # comes from "Published by" and "News provided by" lines only
    return True


def _read_byline(article: Article, text: str) -> bool:
    if not BYLINE_PREFIX.match(text) or len(text.split()) > _MAX_BYLINE_WORDS:
        return False
    if P.SENTENCE_END.search(text) and not text.endswith((".", ")")):
        return False
    byline = parse_byline(text)
    if not byline.authors and not byline.agency and not _names_nobody(text):
        return False
    _add_byline(article, byline)
    return True


def _names_nobody(text: str) -> bool:
    """``By Staff Reporter``, ``By a correspondent``: a byline naming a role, not a person."""
    rest = BYLINE_PREFIX.sub("", text, count=1).strip(" .")
    words = rest.split()
    if not words or len(words) > _MAX_DESK_WORDS:
        return False
    return all(word[:1].isupper() for word in words) or bool(_DESK_WORDS.search(rest))


def _add_byline(article: Article, byline: Byline) -> None:
    article.authors.extend(name for name in byline.authors if name not in article.authors)
    article.agency = article.agency or byline.agency
