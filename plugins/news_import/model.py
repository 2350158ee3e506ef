"""The article record that the parser fills and the renderer writes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .tagging.directives import TagDirectives


@dataclass(slots=True)
class Block:
    """One body block: a paragraph, a subhead (``heading``) or a list item (``item``)."""

    text: str
    heading: bool = False
    item: bool = False


@dataclass(slots=True)
class Article:
    """Everything Wirefeed knows about one seed after parsing it."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    date: datetime | date | None = None
    modified: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    agency: str | None = None
    dateline: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    lang: str | None = None
    credits: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tag_directives: TagDirectives | None = None
    # (month, day) of a dateline that gives no year: a hint for the date fallback only.
    dateline_day: tuple[int, int] | None = None

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs and list items, subheads left out."""
        return [block.text for block in self.blocks if not block.heading]


class SeedParseError(ValueError):
    """A seed that cannot become an article; the message says why."""
