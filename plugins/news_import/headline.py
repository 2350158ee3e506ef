"""Where the headline is: read down from the top past the site's labels, then checked
against the line found by reading up from where the story starts."""

from __future__ import annotations

import re

from . import boxes, chrome
from . import patterns as P
from .agencies import canonical_agency
from .dateline import split_dateline
from .masthead import (
    ABOVE_TITLE_BUTTON,
    COOKIE,
    MAX_LABEL_WORDS,
    MAX_TITLE_WORDS,
    SKIP_LINK,
    above_title_chrome,
    breadcrumb_line,
    button_row,
    home_menu,
    is_consent,
    label_like,
    menu_line,
    site_only_line,
    skip_above_title,
    word_menu,
)
from .meta import (
    Line,
    category_footer,
    is_chrome_line,
    looks_like_furniture,
    looks_like_stamp,
    read_meta,
    read_role_line,
)
from .model import Article
from .namelines import read_name_line
from .names import BYLINE_PREFIX, parse_byline, person_name
from .stamps import read_stamp_line

_META_REACH = 4
_STORY_REACH = 60
_WRAPPED_LINE = 40
_MIN_DATELINE_WORDS = 6
_BOX_LABEL_WORDS = 6
_NAME_WORDS = 6
_PROMO_LINE_WORDS = 25
_MIN_LEDE_WORDS = 12
_MIN_STANDFIRST_WORDS = 6
_LONG_STANDFIRST_WORDS = 18
_MENU_EVIDENCE = 2
_MENU_RUN = 2
_CREDIT_WORDS = 4
_CAPTION_WORDS = 25
_MENU_LINK_WORDS = 4
_MIN_HEADLINE_WORDS = 5
_REPEAT_REACH = 40
_SITE_TAIL = re.compile(r"^\s+[-–—|:·]\s+\S.{0,60}$")
# A lede ends on a full stop; a headline may end on a bracket: "… (and what I'm doing now)".
_FULL_STOP = re.compile(r"[.!?…][\"”’»)]*$|[\"”’»]$")
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*[ap]\.?\s?m\b", re.I)
BARE_TIME = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|hrs))?$", re.I)


def headline_index(lines: list[Line]) -> int:
    """Where the headline is: read down from the top past the site's labels and chrome,
    then checked against the line found by reading up from where the story starts."""
    i = skip_above_title(Article(title=""), lines)
    if i >= len(lines):
        return i
    if (repeat := _bare_repeat(lines, i)) is not None:
        return repeat
    if _slogan_above_section(lines, i):
        return i + 2
    above = _title_above_story(lines)
    if above is None or above <= i:
        return i
    if word_menu(lines[i].text) or not _headline_shaped(lines[i].text):
        return above
    if _ends_menu_run(lines, i) or _name_over_headline(lines, i, above):
        return above
    return above if _site_lines_between(lines, i, above) else i


def _name_over_headline(lines: list[Line], i: int, k: int) -> bool:
    """True when ``lines[i]`` is a short name (a site, a desk, a release's issuer) and the
    longer line ``k`` below it has the byline or dated stamp right under it."""
    short = len(lines[i].text.split())
    if short > _NAME_WORDS or len(lines[k].text.split()) <= short or k + 1 >= len(lines):
        return False
    return _real_meta(lines, k + 1) and not meta_ahead(lines, i)


def _ends_menu_run(lines: list[Line], i: int) -> bool:
    """True when ``lines[i]`` is short and closes a run of menu links in its block
    (``Business & Money`` / ``Science & Tech`` / ``Policy & Public Interest``)."""
    run = lines[max(0, i - _MENU_RUN) : i]
    if len(run) < _MENU_RUN or len(lines[i].text.split()) > _MENU_LINK_WORDS:
        return False
    return all(
        line.group == lines[i].group
        and len(line.text.split()) <= _MENU_LINK_WORDS
        and not P.SENTENCE_END.search(line.text)
        for line in run
    )


def _headline_shaped(text: str) -> bool:
    """Mostly letters: a phone number or a time over the menu is a site's, not a story's."""
    return sum(ch.isalpha() for ch in text) * 2 > len(text)


def _site_lines_between(lines: list[Line], i: int, k: int) -> bool:
    """True when a menu link, a section label or a consent banner stands between ``i`` and
    ``k``: lines that come above a headline, never between a headline and its story, so
    ``i`` was the site's name or slogan and ``k`` is the headline."""
    labels = 0
    for j in range(i + 1, k):
        text = lines[j].text
        if _names_someone(lines, j):
            return False  # a byline under ``i``: it was the headline
        if COOKIE.search(text) or SKIP_LINK.search(text) or is_consent(text):
            return True
        if chrome.is_caption(text) or chrome.CAPTION_LEAD.match(text) or text.endswith(","):
            continue
        if ABOVE_TITLE_BUTTON.match(text) or menu_line(text) or site_only_line(text):
            labels += _MENU_EVIDENCE  # menus, tickers and weather stand above a headline only
        elif breadcrumb_line(text) or button_row(text) or home_menu(text):
            labels += _MENU_EVIDENCE  # so do breadcrumbs and rows with a "Sign In" button
        elif label_like(text) and not is_meta_line(lines, j) and not above_title_chrome(text):
            labels += 1
        elif _masthead_date(text):
            labels += 1  # "Saturday, December 13, 2025": today's date under the site's name
    return labels >= _MENU_EVIDENCE


def _masthead_date(text: str) -> bool:
    """A bare date led by its weekday, with no time: a masthead's, or a story's stamp."""
    stamp = read_stamp_line(text, allow_names=False)
    return bool(stamp and P.WEEKDAY.match(text) and not stamp.labelled and not _CLOCK.search(text))


def _names_someone(lines: list[Line], j: int) -> bool:
    """True when ``lines[j]`` is a byline that names someone."""
    return bool(BYLINE_PREFIX.match(lines[j].text) and parse_byline(lines[j].text).authors)


def _title_above_story(lines: list[Line]) -> int | None:
    """The headline found from the story upwards: the first line above the story's first
    paragraph that is not header metadata, page furniture or a standfirst."""
    start = _story_start(lines)
    if start is None:
        return None
    k = start - 1
    while k >= 0 and _furniture_above_story(lines, k):
        k -= 1
    if k < 0:
        return None
    above = k - 1
    while above >= 0 and _furniture_above_story(lines, above):
        above -= 1
    if above >= 0 and _is_standfirst_under(lines[k].text, lines[above].text):
        return above
    if above == k - 1 and _subheadline(lines, k):
        return above
    return k


def _subheadline(lines: list[Line], k: int) -> bool:
    """A release's subheadline: a longer line with no stop right under the headline and
    right over the issuer, byline or stamp (``News provided by``)."""
    text, headline = lines[k].text, lines[k - 1].text
    if k + 1 >= len(lines) or P.SENTENCE_END.search(text) or not is_meta_line(lines, k + 1):
        return False
    if len(headline.split()) < _MIN_HEADLINE_WORDS or breadcrumb_line(headline):
        return False
    if word_menu(headline) or site_only_line(headline) or menu_line(headline):
        return False
    length = len(text.split())
    return length > len(headline.split()) and length >= _MIN_LEDE_WORDS


def _story_start(lines: list[Line]) -> int | None:
    """The first paragraph of the story: a dateline or a full sentence of some length."""
    for j in range(1, min(len(lines), _STORY_REACH)):
        text = lines[j].text
        if above_title_chrome(text) or chrome.is_caption(text) or chrome.DISCLAIMER.search(text):
            continue
        if is_meta_line(lines, j):
            continue
        if boxes.PROMO_WORD.search(text) and len(text.split()) <= _PROMO_LINE_WORDS:
            continue  # "Get the biggest stories straight to your inbox …"
        if split_dateline(text) is not None and len(text.split()) >= _MIN_DATELINE_WORDS:
            return _paragraph_start(lines, j)
        if len(text.split()) >= _MIN_LEDE_WORDS and _FULL_STOP.search(text):
            return _paragraph_start(lines, j)
        if len(text.split()) >= _MIN_LEDE_WORDS and _wraps_on(lines, j):
            return _paragraph_start(lines, j)
    return None


def _wraps_on(lines: list[Line], j: int) -> bool:
    """True when ``lines[j]`` is a hard-wrapped line whose paragraph goes on below it."""
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    return bool(
        nxt is not None
        and nxt.group == lines[j].group
        and len(lines[j].text) >= _WRAPPED_LINE
        and nxt.text[:1].islower()
        and not BYLINE_PREFIX.match(nxt.text)  # "by MARISOL ENDERBY" under a headline
    )


def _paragraph_start(lines: list[Line], j: int) -> int:
    """The first line of the hard-wrapped paragraph that ``lines[j]`` ends."""
    while (
        j > 0
        and lines[j - 1].group == lines[j].group
        and not lines[j].text[:1].isupper()
        and len(lines[j - 1].text) >= _WRAPPED_LINE
        and not P.SENTENCE_END.search(lines[j - 1].text)
        and not is_meta_line(lines, j - 1)
    ):
        j -= 1
    return j


def _furniture_above_story(lines: list[Line], k: int) -> bool:
    """A line between the headline and the story that is neither: metadata, a widget, a
    caption, a stamp, a short label."""
    text = lines[k].text
    if above_title_chrome(text) or chrome.is_caption(text) or boxes.END.match(text):
        return True
    if k > 1 and text == lines[0].text and BYLINE_PREFIX.match(lines[k - 1].text):
        return True  # the site's name again, as the outlet under a byline
    if k and chrome.CAPTION_LEAD.match(lines[k - 1].text):
        return True  # the caption under "Image caption,"
    if k and _credit_over_caption(lines[k - 1].text, text):
        return True  # "Getty Images" over "The relief ferry was brought back to the pier"
    if is_meta_line(lines, k) or looks_like_stamp(text) or BARE_TIME.match(text):
        return True
    if BYLINE_PREFIX.match(text) or P.BULLET.match(text) or boxes.PROMO.match(text):
        return True
    words = len(text.split())
    if text.endswith(":") and words <= _BOX_LABEL_WORDS:
        return True  # "In short:", "In this article:", "Kindly share this story:"
    if words <= _NAME_WORDS + 2 and _names_only(text):
        return True  # a byline without "By": "Ana de la Fuente Ruiz | EFE"
    if boxes.PROMO_WORD.search(text) and words <= _PROMO_LINE_WORDS:
        return True
    return words <= MAX_LABEL_WORDS and not P.SENTENCE_END.search(text)


def _credit_over_caption(credit: str, text: str) -> bool:
    words = len(text.split())
    return (
        chrome.is_caption(credit)
        and len(credit.split()) <= _CREDIT_WORDS
        and words <= _CAPTION_WORDS
        and not P.SENTENCE_END.search(text)
    )


def _names_only(text: str) -> bool:
    parts = [part.strip() for part in re.split(r"\s[|·•,]\s|\s+and\s+", text) if part.strip()]
    return bool(parts) and all(person_name(part) or canonical_agency(part) for part in parts)


def _is_standfirst_under(text: str, above: str) -> bool:
    """True when ``text`` reads as the standfirst under the headline ``above``."""
    words = len(above.split())
    if words < _MIN_HEADLINE_WORDS - 2 or words > MAX_TITLE_WORDS or above_title_chrome(above):
        return False
    length = len(text.split())
    if text.endswith("."):
        return length >= _MIN_STANDFIRST_WORDS
    # a standfirst printed without its stop: far longer than a real headline above it
    return (
        not P.SENTENCE_END.search(text)
        and length >= _LONG_STANDFIRST_WORDS
        and length * 2 >= words * 3
        and not (word_menu(above) or site_only_line(above) or menu_line(above))
        and any(w.islower() for w in above.split())
    )


def _bare_repeat(lines: list[Line], i: int) -> int | None:
    """The index of the headline printed again without the site name that the first copy
    carries (a page's ``<title>`` then its ``<h1>``), within a few lines; else None."""
    title = lines[i].text
    for j in range(i + 1, min(len(lines), i + 1 + _REPEAT_REACH)):
        text = lines[j].text
        if (
            len(text) < len(title)
            and title.startswith(text)
            and _SITE_TAIL.match(title[len(text) :])
        ):
            return j
    return None


def _slogan_above_section(lines: list[Line], i: int) -> bool:
    """``Democracy Dies in Darkness`` over ``Climate & Environment`` over the headline: a
    site's slogan, then a section label, then the headline with its byline or standfirst
    and byline under it. True when ``lines[i]`` is such a slogan."""
    if i + 3 >= len(lines) or not label_like(lines[i + 1].text):
        return False
    words = len(lines[i + 2].text.split())
    if is_meta_line(lines, i + 1) or not _MIN_HEADLINE_WORDS <= words <= MAX_TITLE_WORDS:
        return False
    if words < len(lines[i].text.split()):
        return False  # a headline runs longer than the slogan above it
    if is_meta_line(lines, i + 2) or read_stamp_line(lines[i + 2].text, allow_names=True):
        return False
    return _real_meta(lines, i + 3) or meta_ahead(lines, i + 3)


def _real_meta(lines: list[Line], j: int) -> bool:
    """A byline or a dated stamp at ``j``; a widget or a menu button is not."""
    text = lines[j].text
    return _names_someone(lines, j) or read_stamp_line(text, allow_names=False) is not None


def meta_ahead(lines: list[Line], i: int) -> bool:
    """True when a byline, stamp or publisher line follows ``lines[i]`` within a few lines,
    with only page furniture (widgets, captions, short labels) between them."""
    for j in range(i + 1, min(len(lines), i + 1 + _META_REACH)):
        text = lines[j].text
        if read_stamp_line(text, allow_names=True) is not None:
            return True
        if _is_footer(text):
            return False  # a footer after the lede proves nothing
        if chrome.WIDGET.match(text) or is_chrome_line(text) or chrome.is_caption(text):
            continue  # page furniture proves nothing either way
        if is_meta_line(lines, j):
            return True
        if not (looks_like_furniture(text) or BARE_TIME.match(text)):
            return False
    return False


def is_meta_line(lines: list[Line], j: int) -> bool:
    """A byline, role, name or publisher line at ``j`` (scratch-read, no effect)."""
    scratch = Article(title="")
    return bool(
        read_meta(scratch, lines, j, header=True)
        or read_role_line(scratch, lines[j].text)
        or read_name_line(scratch, lines, j)
    )


def _is_footer(text: str) -> bool:
    """A line that closes a page (category or tag footer, end mark), never a header's."""
    return bool(boxes.END.match(text) or category_footer(text) or P.TAG_FOOTER.match(text))
