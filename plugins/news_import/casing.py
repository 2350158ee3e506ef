"""Capital letters: tell a shouted line, and write a shouted subhead the way the story would.

English subheads get title case (``A Short-Term Fix for a Long-Term Problem``). Other
languages do not title-case headings, so there a subhead is in sentence case and each word
takes the casing the story itself uses for it (``Norwegen sieht sich als Lieferant``); a
German word the story never shows is capitalised only when its ending marks it as a noun
(``-ung``, ``-heit`` …). Acronyms the story spells in capitals (``EU``, ``WHO``) stay so.
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
_PUNCT = "\"'“”‘’«»„?!.,:;()"
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM = re.compile(r"\b[A-ZÀ-ÞА-Я]{2,}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"“«„]\s*)$")
_GERMAN_NOUN_ENDING = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|ismus|"
    r"nis|nisse|tum|ling|linge|ment|ik|ie)$"
)
_MIN_NOUN_LETTERS = 5
_GERMAN_ENDINGS = ("n", "en", "e", "s", "es", "er", "ern", "ns")
# Articles, pronouns, prepositions, conjunctions and particles: never capitalised mid-heading.
_GERMAN_FUNCTION_WORDS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "kein", "keine", "keinen", "keinem", "keiner", "im", "am", "zum", "zur", "vom",
    "beim", "ins", "ans", "aufs", "und", "oder", "aber", "doch", "sondern", "denn", "weil",
    "wenn", "dass", "ob", "als", "wie", "wo", "was", "wer", "warum", "wann", "wohin", "woher",
    "seit", "nach", "vor", "bei", "mit", "von", "zu", "aus", "auf", "an", "in", "um", "für",
    "gegen", "ohne", "durch", "über", "unter", "zwischen", "neben", "hinter", "trotz",
    "während", "wegen", "bis", "ab", "nur", "auch", "noch", "schon", "jetzt", "nun", "nicht",
    "kaum", "sehr", "mehr", "immer", "wieder", "so", "da", "dort", "hier", "zudem", "jedoch",
    "dabei", "damit", "davon", "dafür", "darum", "sich", "sie", "er", "es", "wir", "ihr",
    "ich", "man", "sein", "seine", "ihre", "unser", "unsere", "dies", "diese", "dieser",
    "dieses", "jeder", "jede", "jedes", "alle",
}  # fmt: skip


@dataclass(slots=True)
class StoryCasing:
    """How the story itself writes its words: acronyms, and each word's usual casing."""

    acronyms: set[str] = field(default_factory=set)
    forms: dict[str, str] = field(default_factory=dict)
    # words the story only ever uses to open a sentence, where every word has a capital
    starts: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: list[str]) -> StoryCasing:
        """Learn the casing from the story's (not shouted) lines."""
        casing = cls()
        seen: Counter[str] = Counter()
        openers: Counter[str] = Counter()
        for text in texts:
            if shouted(text):
                continue
            casing.acronyms.update(_ACRONYM.findall(text))
            for match in _WORD.finditer(text):
                at_start = _SENTENCE_START.search(text[: match.start()])
                (openers if at_start else seen)[match.group(0)] += 1
        for word, _count in seen.most_common():
            casing.forms.setdefault(word.lower(), word)
        for word, _count in openers.most_common():
            if word.lower() not in casing.forms:
                casing.starts.setdefault(word.lower(), word)
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
        bare = word.strip(_PUNCT)
        known = casing.forms.get(bare.lower())
        if bare in casing.acronyms or "." in word.strip("."):
            out.append(word)
        elif known is not None:
            out.append(word.replace(bare, known, 1))
        elif lang == "de" and _german_noun(bare.lower(), casing):
            out.append(_case_word(word, keep=casing.acronyms))
        else:
            out.append(word.lower())
    return " ".join(out)


def _german_noun(word: str, casing: StoryCasing) -> bool:
    """True when an unseen German word is a noun, so it keeps its capital.

    It is when the story capitalises another form of it (``Umweltverbände`` for
    ``UMWELTVERBÄNDEN``, even only at a sentence start), a compound ending in a noun the
    story uses (``Wasserstoffterminal``), or a word whose ending marks a noun (``-ung``).
    """
    if word in _GERMAN_FUNCTION_WORDS:
        return False
    for form in _inflections(word):
        known = casing.forms.get(form) or casing.starts.get(form)
        if known is not None:
            return known[:1].isupper()
    tails = (key for key, form in casing.forms.items() if form[:1].isupper())
    if any(len(key) >= _MIN_NOUN_LETTERS and word.endswith(key) for key in tails):
        return True
    return len(word) >= _MIN_NOUN_LETTERS and bool(_GERMAN_NOUN_ENDING.search(word))


def _inflections(word: str) -> list[str]:
    """``word`` and the forms a German ending away: ``verbänden`` -> ``verbände``, …"""
    forms = [word, *(word + ending for ending in _GERMAN_ENDINGS)]
    forms += [word[: -len(ending)] for ending in _GERMAN_ENDINGS if word.endswith(ending)]
    return forms


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
