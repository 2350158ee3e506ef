"""The top of a seed: the headline, then its metadata lines, a standfirst and the page
furniture between them and the story."""

from __future__ import annotations

import re

from . import boxes, chrome
from . import patterns as P
from .agencies import canonical_agency
from .captions import picture_source_caption
from .dateline import split_dateline
from .headline import BARE_TIME, headline_index, meta_ahead
from .masthead import MAX_LABEL_WORDS, read_above_title
from .meta import (
    Line,
    is_chrome_line,
    looks_like_furniture,
    looks_like_stamp,
    read_meta,
    read_role_line,
)
from .model import Article, SeedParseError
from .namelines import read_name_line
from .names import BYLINE_PREFIX
from .stamps import read_stamp_line

_MAX_STANDFIRST = 2
_MAX_STANDFIRST_WORDS = 60
_MAX_TRAILING_WORDS = 4
_MAX_CARD_NAME_WORDS = 8
_FOLLOW_BUTTONS = {"follow", "folgen", "suivre", "seguir", "segui", "volgen", "följ", "følg"}
_MAX_TITLE_TAIL_WORDS = 4
_DASH_SUFFIX = re.compile(r"\s+[-–—]\s+(?P<site>[^-–—]{2,40})$")
_SITE_WORDS = re.compile(
    r"(?:\bnews|\btimes|\bpost|\bherald|\bguardian|\bjournal|\btribune|\bgazette|\bonline|"
    r"\.com|\.org|\.net|\.co\.uk|\bdaily|\bchronicle|\bcourier|\btelegraph)$",
    re.I,
)


def read_header(article: Article, lines: list[Line]) -> tuple[int, list[Line]]:
    """Fill title and header metadata; the index where the story starts, and any standfirst.

    A standfirst (a summary line between the headline and the byline or date) stays
    story text: it is returned so the body can open with it. Page furniture the readers
    do not know (``Share full article``, a desk, a bare time) is skipped when header
    metadata follows it, or when it is short and comes after header metadata.
    """
    i = headline_index(lines)
    if i >= len(lines):
        raise SeedParseError("no headline: the seed holds only page furniture")
    read_above_title(article, lines[:i])
    masthead_date, article.date = article.date, None  # today's date over a site's menu
    raw_title = lines[i].text
    if _wrapped_title(lines, i):
        raw_title = f"{raw_title} {lines[i + 1].text}"  # a headline hard-wrapped in two
        i += 1
    article.title = clean_title(raw_title, article.publisher)
    standfirst: list[Line] = []
    after_meta = False
    i += 1
    while i < len(lines):
        if _same_headline(lines[i].text, raw_title, article.title):
            i += 1
            continue
        if chrome.CAPTION_LEAD.match(lines[i].text):
            i += 2  # "PHOTO ANNE ROY, LE FIL" over its caption: no byline
            continue
        used = (
            read_meta(article, lines, i, header=True)
            or read_role_line(article, lines[i].text)
            or read_name_line(article, lines, i)
            or _label_after_title(article, lines, i)
        )
        if used:
            after_meta = True
        elif kind := _unread_line(lines, i, after_meta=after_meta):
            if kind == "standfirst" and len(standfirst) < _MAX_STANDFIRST:
                standfirst.append(lines[i])
                after_meta = False
            elif kind == "standfirst":
                break
            # "Penwith Coastguard" over its caption, under the byline: both go
            caption = after_meta and picture_source_caption(lines, i, opening=True)
            used = 2 if caption else 1
        else:
            break
        i += used
    article.date = article.date or masthead_date
    return i, standfirst


def _unread_line(lines: list[Line], i: int, *, after_meta: bool) -> str | None:
    """What a header line no reader took is: ``"standfirst"``, ``"furniture"``, or None
    when the story starts there."""
    text = lines[i].text
    if BARE_TIME.match(text):
        return "furniture"  # "12:47" under a date line: never a paragraph
    if _over_follow_button(lines, i):
        return "furniture"  # "Northbank Lithium Corp." over "Follow": the issuer's card
    if i > 1 and text == lines[0].text and BYLINE_PREFIX.match(lines[i - 1].text):
        return "furniture"  # the site's name again, as the outlet under a byline
    if split_dateline(text) is not None or boxes.END.match(text):
        return None
    if meta_ahead(lines, i):
        if _is_label(text) or looks_like_furniture(text) or chrome.is_caption(text):
            return "furniture"  # "Share full article", "Reporting from Lagos", a lead photo
        return "standfirst" if len(text.split()) <= _MAX_STANDFIRST_WORDS else None
    if after_meta and (_is_trailing_widget(text) or looks_like_stamp(text)):
        return "furniture"  # "Share Now" after the date; a stamp the date reader cannot read
    return None


def _over_follow_button(lines: list[Line], i: int) -> bool:
    nxt = lines[i + 1].text.casefold().lstrip("+ ") if i + 1 < len(lines) else ""
    return nxt in _FOLLOW_BUTTONS and len(lines[i].text.split()) <= _MAX_CARD_NAME_WORDS


def _is_label(text: str) -> bool:
    """A few words between header lines: a desk (``BBC Scotland``), ``In this article:``."""
    return len(text.split()) <= MAX_LABEL_WORDS + 1


def _is_trailing_widget(text: str) -> bool:
    """A short button label after the header's metadata: ``Share Now``, ``Ir a los comentarios``."""
    return len(text.split()) <= _MAX_TRAILING_WORDS and looks_like_furniture(text)


def _wrapped_title(lines: list[Line], i: int) -> bool:
    """True when the headline goes on in a short line of its own blank-line block."""
    if i + 1 >= len(lines) or lines[i + 1].group != lines[i].group:
        return False
    after = lines[i + 2] if i + 2 < len(lines) else None
    if after is not None and after.group == lines[i].group:
        return False
    tail = lines[i + 1].text
    if P.SENTENCE_END.search(lines[i].text) or len(tail.split()) > _MAX_TITLE_TAIL_WORDS:
        return False
    return not is_chrome_line(tail) and not read_stamp_line(tail, allow_names=True)


def clean_title(text: str, publisher: str | None = None) -> str:
    """The headline without a wire prefix (``Cycling-``) or a site-name suffix."""
    text = P.HEADLINE_PREFIX.sub("", text, count=1)
    text = P.SITE_SUFFIX.sub("", text).strip()
    match = _DASH_SUFFIX.search(text)
    if match and _is_site_name(match["site"], publisher):
        text = text[: match.start()].strip()
    return text


def _is_site_name(name: str, publisher: str | None) -> bool:
    if publisher and name.casefold() == publisher.casefold():
        return True
    return bool(canonical_agency(name) or _SITE_WORDS.search(name))


def _same_headline(text: str, raw_title: str, title: str) -> bool:
    """A repeat of the headline (doubled by a portal, or with a site suffix)."""
    if text in (raw_title, title):
        return True
    squeezed = _squeeze(clean_title(text))
    return squeezed == _squeeze(title) or squeezed == _squeeze(raw_title)


def _squeeze(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _label_after_title(article: Article, lines: list[Line], i: int) -> int:
    """A one-word label right under the headline: a section (``Norway``) or a wire (``Reuters``)."""
    text = lines[i].text
    if agency := canonical_agency(text):
        article.agency = article.agency or agency
        return 1
    if len(text.split()) != 1 or not text[:1].isupper() or P.SENTENCE_END.search(text):
        return 0
    if any(ch.isdigit() for ch in text):
        return 0
    article.category = article.category or text
    return 1
