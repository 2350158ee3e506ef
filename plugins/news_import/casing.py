"""Capital letters: tell a shouted line, and write a shouted subhead the way the story would.

English subheads get title case (``A Short-Term Fix for a Long-Term Problem``). Other
languages do not title-case headings, so there each word takes the casing the story itself
uses for it (``Norwegen sieht sich als Lieferant``), German nouns it never shows staying
capitalised. Acronyms the story spells in capitals (``EU``, ``WHO``) stay in capitals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
import re

# Words an English title-cased subhead keeps in lower case unless they open or close it.
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
    "on", "onto", "or", "per", "the", "to", "via", "vs", "with", "yet",
}  # fmt: skip
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM = re.compile(r"\b[A-ZÀ-ÞА-Я]{2,}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"“«„]\s*)$")


@dataclass(slots=True)
class StoryCasing:
    """How the story itself writes its words: acronyms, and each word's usual casing."""

    acronyms: set[str] = field(default_factory=set)
    forms: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: list[str]) -> StoryCasing:
        """Learn the casing from the story's (not shouted) lines."""
        casing = cls()
        seen: Counter[str] = Counter()
        for text in texts:
            if shouted(text):
                continue
            casing.acronyms.update(_ACRONYM.findall(text))
            for match in _WORD.finditer(text):
                if not _SENTENCE_START.search(text[: match.start()]):
                    seen[match.group(0)] += 1
        for word, _count in seen.most_common():
            casing.forms.setdefault(word.lower(), word)
        return casing


def shouted(text: str) -> bool:
    """True when ``text`` has letters and all of them are capitals (two or more)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def unshout(text: str, lang: str | None, casing: StoryCasing) -> str:
    """A shouted subhead in the case the story's language writes headings in."""
    if (lang or "en") == "en":
        return title_case(text, casing.acronyms)
    words = text.split()
    out = [_case_word(words[0], keep=casing.acronyms)]
    for word in words[1:]:
        known = casing.forms.get(word.lower())
        if word in casing.acronyms or "." in word.strip("."):
            out.append(word)
        elif known is not None:
            out.append(known)
        else:  # unseen: a German noun keeps its capital, elsewhere words go lower case
            out.append(_case_word(word, keep=casing.acronyms) if lang == "de" else word.lower())
    return " ".join(out)


def title_case(text: str, keep_upper: set[str] | frozenset[str] = frozenset()) -> str:
    """``A SHORT-TERM FIX FOR A PROBLEM`` -> ``A Short-Term Fix for a Problem``."""
    words = text.split()
    out: list[str] = []
    for index, word in enumerate(words):
        edge = index in (0, len(words) - 1) or out[-1].endswith(":")
        if not edge and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(_case_word(word, keep=keep_upper))
    return " ".join(out)


def _case_word(word: str, *, keep: set[str] | frozenset[str]) -> str:
    if "." in word.strip(".") or word.strip("'’\"“”‘()") in keep:
        return word  # U.S., E.ON, and acronyms the story spells in capitals
    return "-".join(_capitalise(part) for part in word.split("-"))


def _capitalise(part: str) -> str:
    """First letter up, the rest down; ``MINISTER'S`` -> ``Minister's``."""
    match = _LETTER_RUN.search(part)
    if not match:
        return part
    start = match.start()
    return part[:start] + part[start].upper() + part[start + 1 :].lower()
