"""Plain text out of rendered HTML: meta descriptions, word counts and reading time."""

from __future__ import annotations

import html
import math

import nh3


def plain_text(fragment: str) -> str:
    """The visible text of an HTML fragment on one line, entities decoded."""
    stripped = nh3.clean(fragment or "", tags=set())
    return " ".join(html.unescape(stripped).split())


def describe(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–—-") + "…"


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def reading_minutes(words: int, words_per_minute: int) -> int:
    """Whole minutes to read ``words`` at ``words_per_minute``; at least one."""
    return max(1, math.ceil(words / max(1, words_per_minute)))
