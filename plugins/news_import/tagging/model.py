"""What the tagger reads (chunks of an article) and what it finds in them (mentions)."""

from __future__ import annotations

from dataclasses import dataclass

from .data import Entry

TITLE, LEDE, BODY = 0, 1, 2


@dataclass(slots=True)
class Mention:
    """One name as the text wrote it."""

    words: tuple[str, ...]
    surface: str
    entry: Entry | None
    strong: bool
    chunk: int
    order: int
    person_cue: bool = False
    org_cue: bool = False
    shouted: bool = False


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of an article: its text, where it sits, and how far its capitals can be trusted."""

    text: str
    where: int
    title_case: bool = False
