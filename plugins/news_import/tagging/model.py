"""What the tagger reads (chunks of an article) and what it finds in them (mentions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import re

from .data import Entry

TITLE, LEDE, BODY = 0, 1, 2
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&]{2,8}$")


def is_acronym_form(word: str) -> bool:
    """True for "KNUT", "CDSCO", "G20": two to eight capitals or digits, two capitals at least."""
    return _ACRONYM.match(word) is not None


@dataclass(slots=True)
class Mention:
    """One name as the text wrote it; ``acronym`` is the short form the text defined for it
    right after it ("Kenya National Union of Teachers (KNUT)"); ``opener`` marks a lone word
    that is weak only because it opens a sentence."""

    words: tuple[str, ...]
    surface: str
    entry: Entry | None
    strong: bool
    chunk: int
    order: int
    person_cue: bool = False
    org_cue: bool = False
    shouted: bool = False
    acronym: str | None = None
    opener: bool = False


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of an article: its text, where it sits, and how far its capitals can be trusted."""

    text: str
    where: int
    title_case: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """How to read one article's language: ``caps_nouns`` for German, where every noun is
    capitalised, with the ``proper_nouns`` that are names all the same ("Verdi"); and the
    lower-case country ``adjectives`` of its language ("deutschen" -> Germany)."""

    caps_nouns: bool = False
    adjectives: Mapping[str, Entry] = field(default_factory=dict)
    proper_nouns: frozenset[str] = frozenset()
