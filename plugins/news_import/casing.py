"""Capital letters: tell a shouted line, and turn one into title case."""

from __future__ import annotations

import re

# Words a title-cased subhead keeps in lower case unless they open or close it.
_SMALL_WORDS = {
    "en": {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
        "on", "onto", "or", "per", "the", "to", "via", "vs", "with", "yet",
    },
    "de": {
        "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
        "eines", "von", "vom", "zu", "zum", "zur", "im", "in", "mit", "für", "auf", "an",
        "am", "bei", "aus", "nach", "über", "unter", "vor", "gegen", "ohne", "um",
    },
    "fr": {
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "à", "au", "aux", "en",
        "dans", "par", "pour", "sur", "avec", "sans", "sous",
    },
    "es": {
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "o", "a",
        "al", "en", "con", "por", "para", "sin", "sobre",
    },
}  # fmt: skip
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def shouted(text: str) -> bool:
    """True when ``text`` has letters and all of them are capitals (two or more)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def title_case(text: str, lang: str | None = "en", keep_upper: frozenset[str] | set[str] = frozenset()) -> str:
    """``A SHORT-TERM FIX FOR A LONG-TERM PROBLEM`` -> ``A Short-Term Fix for a Long-Term Problem``."""
    small = _SMALL_WORDS.get(lang or "en", _SMALL_WORDS["en"])
    words = text.split()
    out = []
    for index, word in enumerate(words):
        edge = index in (0, len(words) - 1) or out[-1].endswith(":")
        out.append(_case_word(word, small=not edge and word.lower() in small, keep=keep_upper))
    return " ".join(out)


def _case_word(word: str, *, small: bool, keep: frozenset[str] | set[str]) -> str:
    if small:
        return word.lower()
    if "." in word.strip(".") or word.strip("'’\"“”‘()") in keep:
        return word  # U.S., E.ON, and acronyms the story spells in capitals
    parts = word.split("-")
    return "-".join(_capitalise(part) for part in parts)


def _capitalise(part: str) -> str:
    """First letter up, the rest down; ``MINISTER'S`` -> ``Minister's``."""
    match = _LETTER_RUN.search(part)
    if not match:
        return part
    start = match.start()
    return part[:start] + part[start].upper() + part[start + 1 :].lower()
