"""Parse one seed into an :class:`Article`: metadata lines out, the story's blocks kept.

The steps run in page order: the header (labels, headline, stamps, bylines), the body
(chrome dropped, footer metadata read), the blocks (the page's leftovers below the story
trimmed), then the dateline and the lede.
"""

from __future__ import annotations

import re

from .blocks import build_blocks
from .body import read_body
from .dateline import split_colon_dateline, split_dash_dateline, split_dateline
from .header import read_header
from .language import detect_language
from .meta import Line
from .model import Article, Block, SeedParseError
from .tagging import merge_directives, seed_directives
from .tail import drop_appeals, drop_wire_marks, trim_tail
from .text import seed_lines

_SUMMARY_LIMIT = 600
_DATELINE_PARAGRAPHS = 2
# A place alone on its line, closed by a colon or a dash: "Mumbai:", "OTTAWA —".
_LONE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][\w.'’ -]{1,30}(?:,\s*[A-Z][\w.' -]{1,20})?\s*(?::|[-–—]{1,2})$"
)


def parse_article(raw: bytes) -> Article:
    """Decode and parse a seed's raw bytes; raises :class:`SeedParseError` on unusable input."""
    return parse_seed(seed_lines(raw))


def parse_seed(lines: list[str]) -> Article:
    """Parse cleaned seed lines (see ``text.seed_lines``) into an article."""
    numbered = _numbered(lines)
    if not numbered:
        raise SeedParseError("the seed is empty")
    article = Article(title="")
    numbered = _take_tag_directives(article, numbered)
    # a pasted page's <h2> marks a subhead in the body; above the story it is a name or label
    unmarked = [Line(line.text.removeprefix("## "), line.group) for line in numbered]
    start, standfirst = read_header(article, unmarked)
    kept = read_body(article, numbered[start:])
    probe = " ".join(line.text for line in [*standfirst, *kept][:40])
    article.lang = detect_language(article.title, [probe])
    article.blocks = [Block(line.text) for line in standfirst] + build_blocks(kept, article.lang)
    drop_appeals(article.blocks)
    trim_tail(article.blocks, article.authors)
    drop_wire_marks(article.blocks)
    _take_dateline(article)
    if article.category and article.category.casefold() in _site_names(article, numbered):
        article.category = None  # the publication's name over its headline is no section
    if not article.paragraphs:
        raise SeedParseError("no body text after the headline")
    article.summary = summarize(next((b.text for b in article.blocks if not b.heading), ""))
    return article


def _site_names(article: Article, lines: list[Line]) -> set[str]:
    """The names the page gives itself: its publisher, and its first line when that line
    comes back further down (a newsletter's name over its headline)."""
    names = {article.publisher.casefold()} if article.publisher else set()
    first = lines[0].text.casefold()
    if any(line.text.casefold() == first for line in lines[1:]):
        names.add(first)
    return names


def _numbered(lines: list[str]) -> list[Line]:
    """Non-blank lines with the number of the blank-line-separated group each belongs to."""
    numbered: list[Line] = []
    group = 0
    for text in lines:
        if not text:
            group += 1
        else:
            numbered.append(Line(text, group))
    return numbered


def _take_tag_directives(article: Article, lines: list[Line]) -> list[Line]:
    """Move an editor's ``Tags: +A, -B, =lock`` lines out of the text into the article."""
    kept: list[Line] = []
    for line in lines:
        found = seed_directives(line.text)
        if found is None:
            kept.append(line)
        else:
            article.tag_directives = merge_directives(article.tag_directives, found)
    return kept


def _take_dateline(article: Article) -> None:
    """Move the dateline (place, agency, date) out of the first paragraph into metadata."""
    if _take_lone_dateline(article):
        return
    paragraphs = [b for b in article.blocks if not b.heading and not b.item]
    for n, block in enumerate(paragraphs[:_DATELINE_PARAGRAPHS]):
        found = split_dateline(block.text)
        if found is None and article.lang == "en":  # the lede, or the lede under a standfirst
            found = split_colon_dateline(block.text)
        elif found is None and n == 0 and article.lang:
            found = split_dash_dateline(block.text)
        if found is None:
            continue
        article.dateline = found.place or article.dateline
        article.agency = article.agency or found.agency
        article.date = article.date or found.when
        article.dateline_day = found.day
        block.text = found.rest
        if not block.text:
            article.blocks.remove(block)
        return


def _take_lone_dateline(article: Article) -> bool:
    """``Mumbai:`` on a line of its own above the lede: the dateline, set apart by the page."""
    blocks = article.blocks
    for n, block in enumerate(blocks[: _DATELINE_PARAGRAPHS + 1]):
        if block.heading or block.item or not _LONE_DATELINE.match(block.text):
            continue
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if following is None or following.heading or following.item:
            return False
        article.dateline = block.text.rstrip(":-–— ")
        del blocks[n]
        return True
    return False


def summarize(lede: str) -> str:
    """The summary of a story whose first paragraph is ``lede``: cut at a word when long."""
    if len(lede) <= _SUMMARY_LIMIT:
        return lede
    cut = lede[:_SUMMARY_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
