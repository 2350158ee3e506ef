"""Parse the lines of one seed into an :class:`Article`: metadata lines out, body blocks kept."""

from __future__ import annotations

from . import patterns as P
from .dates import parse_date
from .model import Article, Block, SeedParseError
from .names import split_authors

_SUMMARY_LIMIT = 300


def parse_seed(lines: list[str]) -> Article:
    """Parse cleaned seed lines (see ``text.seed_lines``) into an article."""
    content = [line for line in lines if line]
    if not content:
        raise SeedParseError("the seed is empty")
    title = content[0]
    article = Article(title=title)
    body_groups = _read_lines(article, lines, title)
    article.blocks = _blocks(body_groups)
    _take_dateline(article)
    if not article.paragraphs:
        raise SeedParseError("no body text after the headline")
    article.summary = _summary(article.paragraphs[0])
    return article


def _read_lines(article: Article, lines: list[str], title: str) -> list[list[str]]:
    """Route metadata and chrome lines to the article; return the body as groups of lines."""
    groups: list[list[str]] = [[]]
    seen_title = False
    for line in lines:
        if not line:
            groups.append([])
            continue
        if line == title and (not seen_title or not any(groups)):
            seen_title = True
            continue
        if _is_meta(article, line):
            continue
        groups[-1].append(line)
    return [group for group in groups if group]


def _is_meta(article: Article, line: str) -> bool:
    """Record a metadata line on the article; true when the line is not body text."""
    if match := P.CATEGORY_FOOTER.match(line):
        article.category = match["name"].strip()
        return True
    if any(pattern.search(line) for pattern in P.CHROME):
        return True
    if match := P.PUBLISHED_BY.match(line):
        article.publisher = article.publisher or match["name"].strip()
        return True
    if (match := P.UPDATED.match(line)) and (when := parse_date(match["when"])):
        article.modified = article.modified or when
        return True
    if (match := P.POSTED_ON.match(line)) and (when := parse_date(match["when"])):
        article.date = article.date or when
        return True
    if (match := P.BYLINE.match(line)) and not article.authors:
        article.authors = split_authors(match["names"])
        return bool(article.authors)
    if match := P.CREDIT.match(line):
        article.credits = [part.strip() for part in match["body"].split(";") if part.strip()]
        return True
    return False


def _blocks(groups: list[list[str]]) -> list[Block]:
    """Join hard-wrapped lines into paragraphs and mark capitalised lines as subheads."""
    blocks: list[Block] = []
    for group in groups:
        wrapped = _wrapped(group)
        current: list[str] = []
        for line in group:
            if P.SUBHEAD.match(line) and not P.DATELINE.match(line):
                _flush(blocks, current)
                blocks.append(Block(line.title(), heading=True))
                continue
            current.append(line)
            if not wrapped:
                _flush(blocks, current)
        _flush(blocks, current)
    return blocks


def _wrapped(group: list[str]) -> bool:
    """True when a group of lines looks hard-wrapped rather than one paragraph per line."""
    if len(group) < 2:
        return False
    open_ends = sum(1 for line in group[:-1] if not P.SENTENCE_END.search(line))
    return open_ends * 2 >= len(group) - 1


def _flush(blocks: list[Block], current: list[str]) -> None:
    if current:
        blocks.append(Block(" ".join(current)))
        current.clear()


def _take_dateline(article: Article) -> None:
    """Move the dateline (place, agency, date) from the first paragraph into metadata."""
    for block in article.blocks:
        if block.heading:
            continue
        match = P.DATELINE.match(block.text)
        if match:
            article.dateline = match["place"].strip()
            article.agency = article.agency or _agency(match["agency"] or match["wire"])
            block.text = block.text[match.end() :].strip()
            if article.date is None and match["when"]:
                article.notes.append("date taken from the dateline; the year is a guess")
        return


def _agency(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip()
    return {"ap": "AP", "afp": "AFP", "dpa": "dpa", "pti": "PTI"}.get(name.lower(), name)


def _summary(paragraph: str) -> str:
    """The lede, cut at a word boundary when it is long."""
    if len(paragraph) <= _SUMMARY_LIMIT:
        return paragraph
    cut = paragraph[:_SUMMARY_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
