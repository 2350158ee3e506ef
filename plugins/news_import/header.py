"""The top of a seed: labels above the headline, the headline, then its metadata lines."""

from __future__ import annotations

from . import chrome
from . import patterns as P
from .meta import Line, read_meta
from .model import Article, SeedParseError
from .names import parse_byline, person_name

_MAX_LABEL_WORDS = 3
_MAX_TITLE_WORDS = 30


def read_header(article: Article, lines: list[Line]) -> int:
    """Fill title and header metadata; the index of the first line of the story."""
    i = _skip_above_title(article, lines)
    if i >= len(lines):
        raise SeedParseError("no headline: the seed holds only page furniture")
    raw_title = lines[i].text
    article.title = clean_title(raw_title)
    i += 1
    while i < len(lines):
        text = lines[i].text
        if text == raw_title or clean_title(text) == article.title:
            i += 1
            continue
        used = read_meta(article, lines, i, header=True) or _name_line(article, lines, i)
        if not used:
            used = _label_after_title(article, lines, i)
        if not used:
            break
        i += used
    return i


def clean_title(text: str) -> str:
    """The headline without a wire prefix (``Cycling-``) or a ``| Site`` suffix."""
    text = P.HEADLINE_PREFIX.sub("", text, count=1)
    return P.SITE_SUFFIX.sub("", text).strip()


def _skip_above_title(article: Article, lines: list[Line]) -> int:
    """Read the labels, markers and stamps above the headline; the headline's index."""
    i = 0
    while i < len(lines):
        text = lines[i].text
        if crumb := _breadcrumb(text):
            article.category = article.category or crumb
            i += 1
            continue
        used = read_meta(article, lines, i, header=True)
        if used:
            i += used
            continue
        if _section_label(lines, i):
            article.category = article.category or text
            i += 1
            continue
        return i
    return i


def _breadcrumb(text: str) -> str | None:
    """The last part of ``Home > World > Europe`` (or ``Home / World``), else None."""
    home = P.HOME_CRUMBS.match(text)
    if home:
        text = home["rest"].replace("/", ">").replace("|", ">")
    elif not P.BREADCRUMB.match(text):
        return None
    crumbs = [c.strip() for c in text.replace("›", ">").replace("»", ">").split(">")]
    crumbs = [c for c in crumbs if c and c.lower() not in {"home", "start", "news"}]
    if not crumbs or any(len(c.split()) > 4 for c in crumbs):
        return None
    return crumbs[-1]


def _section_label(lines: list[Line], i: int) -> bool:
    """A short label (``World``) above a headline-like line."""
    text = lines[i].text
    if len(text.split()) > _MAX_LABEL_WORDS or P.SENTENCE_END.search(text) or i + 1 >= len(lines):
        return False
    if any(ch.isdigit() for ch in text) or chrome.WIDGET.match(text):
        return False
    following = lines[i + 1].text
    words = len(following.split())
    return len(text.split()) < words <= _MAX_TITLE_WORDS and not following.endswith(".")


def _name_line(article: Article, lines: list[Line], i: int) -> int:
    """A bare author name under the headline (``Ben Castillo``, ``Lena Hoffmann in Berlin``)."""
    text = lines[i].text
    if len(text.split()) > 6 or not _near_meta(lines, i):
        return 0
    byline = parse_byline(text)
    if not byline.authors or not person_name(text.split(" in ")[0].split(",")[0]):
        return 0
    article.authors.extend(name for name in byline.authors if name not in article.authors)
    return 1


def _near_meta(lines: list[Line], i: int) -> bool:
    """True when the line after ``i`` is a widget, stamp or byline (scratch-read, no effect)."""
    if i + 1 >= len(lines):
        return False
    scratch = Article(title="")
    return read_meta(scratch, lines, i + 1, header=True) > 0


def _label_after_title(article: Article, lines: list[Line], i: int) -> int:
    """A one-word section label right under the headline (``Norway``)."""
    text = lines[i].text
    if len(text.split()) != 1 or not text[:1].isupper() or P.SENTENCE_END.search(text):
        return 0
    if any(ch.isdigit() for ch in text):
        return 0
    article.category = article.category or text
    return 1
