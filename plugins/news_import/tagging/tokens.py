"""Split text into word and punctuation tokens, mark sentence starts, and calm ALL-CAPS text."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
import re
import unicodedata

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w(?:[\w'.-]*\w)?|[^\w\s]")
_POSSESSIVE = re.compile(r"(?<=\w)'s?$")
_ENDS_SENTENCE = frozenset(".!?:…")
_QUOTES = frozenset("\"“”«»„‘'")
_DASHES = frozenset("—–")
_NOT_KEY = re.compile(r"[^0-9a-z]+")
# Two-letter words that are also acronyms: never kept upper-case inside shouted text.
_SHOUTED_WORDS = frozenset(
    [
        "A",
        "I",
        "AN",
        "AS",
        "AT",
        "BE",
        "BY",
        "DO",
        "GO",
        "HE",
        "IF",
        "IN",
        "IS",
        "IT",
        "ME",
        "MY",
        "NO",
        "OF",
        "OK",
        "ON",
        "OR",
        "SO",
        "TO",
        "UP",
        "US",
        "WE",
        "WHO",
    ]
)


@dataclass(slots=True)
class Token:
    """One word or punctuation mark of a text, with what the tagger needs to know about it."""

    text: str
    start: int
    end: int
    word: bool
    sent_start: bool = False

    @property
    def base(self) -> str:
        """The word without a possessive ending ("Kenya's" -> "Kenya")."""
        return _POSSESSIVE.sub("", self.text) if self.word else self.text

    @property
    def possessive(self) -> bool:
        """True for "Kenya's" and "Ministers'"."""
        return self.word and self.base != self.text

    @property
    def cap(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.word and self.text[0].isupper()


def normalise_quotes(text: str) -> str:
    """Typographic apostrophes become plain ones so that "Kenya’s" and "Kenya's" agree."""
    return text.replace("’", "'").replace("ʼ", "'")


def tokenize(text: str) -> list[str]:
    """The token texts of ``text`` (used for the data files' phrases)."""
    return [match.group(0) for match in _TOKEN.finditer(normalise_quotes(text))]


def fold(text: str) -> str:
    """A comparison key: lower case, no accents, words joined by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_KEY.sub(" ", plain).strip()


def scan(text: str, abbreviations: Collection[str]) -> list[Token]:
    """Tokens of ``text`` with ``sent_start`` set on each word that opens a sentence or quote."""
    text = normalise_quotes(text)
    tokens: list[Token] = []
    opening = True
    for match in _TOKEN.finditer(text):
        value = match.group(0)
        token = Token(value, match.start(), match.end(), word=value[0].isalnum())
        if token.word:
            token.sent_start = opening
            opening = False
        elif value in _ENDS_SENTENCE:
            previous = tokens[-1].text if tokens else ""
            opening = not (previous in abbreviations or _is_initial(previous))
        elif value in _QUOTES:
            opening = opening or _opens_quote(text, match.start())
        elif value in _DASHES:
            opening = True
        tokens.append(token)
    return tokens


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _opens_quote(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def calm_caps(text: str, keep: Callable[[str], bool]) -> tuple[str, bool]:
    """Title-case SHOUTED words; return the text and whether the whole text was shouting.

    A text that is mostly capitals (a subhead, a shouted headline) is title-cased word by
    word; elsewhere only runs of two or more capitalised words are ("JOSEPH KAMAU").
    Acronyms for which ``keep`` is true stay as they are.
    """
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return text, False
    words = text.split()
    shouted = len(words) >= 2 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
    if shouted:
        return _TOKEN.sub(lambda m: _calm_word(m.group(0), keep, strict=True), text), True
    return _calm_runs(text, keep), False


def _calm_word(word: str, keep: Callable[[str], bool], *, strict: bool) -> str:
    if not _is_shouting(word):
        return word
    if keep(word) and not (strict and word in _SHOUTED_WORDS):
        return word
    return "-".join(
        "'".join(p[:1] + p[1:].lower() for p in part.split("'")) for part in word.split("-")
    )


def _is_shouting(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _calm_runs(text: str, keep: Callable[[str], bool]) -> str:
    matches = list(_TOKEN.finditer(text))
    out: list[str] = []
    last = 0
    for index, match in enumerate(matches):
        word = match.group(0)
        neighbours = [matches[i].group(0) for i in (index - 1, index + 1) if 0 <= i < len(matches)]
        in_run = _is_shouting(word) and any(
            _is_shouting(other) and not keep(other) for other in neighbours
        )
        out.append(text[last : match.start()])
        out.append(_calm_word(word, keep, strict=False) if in_run else word)
        last = match.end()
    out.append(text[last:])
    return "".join(out)
