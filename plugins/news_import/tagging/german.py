"""Tell a German proper name from a common noun when both are capitalised.

Every German noun has a capital, so a lone capitalised word proves nothing ("Streik",
"Hafen"). A word is read as a name ("Verdi", "Hafenbund") when the article uses it at
least twice, never after a first name (a surname is read with its person), never as a
generic noun (after an article, a determiner, a number or an
inflected adjective, or written lower-case), and at least once the way names are used:
after a word that names what it is ("Gewerkschaft Verdi", "Reederei Nordlicht") or
before a verb of speech ("Verdi forderte").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
import re

from .lexicon import Lexicon
from .tokens import Token, fold, scan

MIN_USES = 2
_INFLECTED = re.compile(r"^[a-zäöüß]{3,}(?:e|en|er|es|em)$")
_NOUN_ENDINGS = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|tät|ion|ismus|nis|tum|chen|lein|ling|ment|ik|ur)$"
)
# What a name is: "Gewerkschaft Verdi", "Chiphersteller Halbtec", "Verband Hafenbund".
_KINDS = re.compile(
    r"(?:gewerkschaft|partei|verband|konzern|unternehmen|firma|verein|stiftung|hersteller"
    r"|bauer|gruppe|bank|versicherer|bündnis|organisation|institut|klub|club|verlag|sender"
    r"|händler|kette|anbieter|betreiber|reederei|fluggesellschaft|airline|marke|startup"
    r"|start-up|dienst|plattform|band|mannschaft|team)$"
)


@dataclass(slots=True)
class _Uses:
    """How an article uses one capitalised word."""

    count: int = 0
    generic: bool = False
    named: bool = False
    surname: bool = False


def proper_nouns(texts: Iterable[str], lexicon: Lexicon) -> frozenset[str]:
    """The capitalised words of a German article that are names, not common nouns."""
    uses: dict[str, _Uses] = {}
    lower: Counter[str] = Counter()
    for text in texts:
        tokens = scan(text, lexicon.kb.lists["abbreviations"])
        for index, token in enumerate(tokens):
            if not token.word:
                continue
            if not token.cap:
                lower[token.text] += 1
                continue
            if _candidate(token, lexicon):
                _note(uses.setdefault(token.base, _Uses()), tokens, index, lexicon)
    return frozenset(
        word
        for word, use in uses.items()
        if use.count >= MIN_USES
        and use.named
        and not (use.generic or use.surname or lower[word.lower()])
    )


def _candidate(token: Token, lexicon: Lexicon) -> bool:
    kb, word = lexicon.kb, token.base
    return (
        len(word) > 2
        and not word.isupper()
        and word not in kb.common
        and word not in kb.first_names
        and fold(word) not in kb.never
        and (word,) not in lexicon.phrases
        and not _NOUN_ENDINGS.search(word.lower())
    )


def _note(use: _Uses, tokens: list[Token], index: int, lexicon: Lexicon) -> None:
    token = tokens[index]
    before = tokens[index - 1] if index and not token.sent_start else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    use.count += 1
    if before is not None and _generic_before(before, lexicon):
        use.generic = True
    if before is not None and before.cap and _KINDS.search(before.text.lower()):
        use.named = True
    if index and tokens[index - 1].text in lexicon.kb.first_names:
        use.surname = True  # "Jörg Brüggemann": a person's name, read as such elsewhere
    if after is not None and after.word and lexicon.kb.listed("speech", after.text):
        use.named = True


def _generic_before(token: Token, lexicon: Lexicon) -> bool:
    """An article, determiner, number or inflected adjective: what comes before a noun."""
    text = token.text
    if not token.word or lexicon.kb.listed("speech", text):
        return False
    if text[0].isdigit():
        return True
    lower = text.lower()
    determiner = lexicon.kb.listed("german_determiners", lower)
    return determiner or (not token.cap and _INFLECTED.match(text) is not None)
