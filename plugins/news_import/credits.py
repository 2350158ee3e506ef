"""Credit lines: who reported, wrote and edited the story, kept as metadata."""

from __future__ import annotations

import re

from . import patterns as P
from .agencies import canonical_agency
from .model import Article


def read_credit(article: Article, text: str) -> bool:
    """Record a credit line's parts on ``article``; False when the line is no credit line."""
    text = text.lstrip("—–- ")  # "— Reporting by …"
    match = P.CREDIT_PAREN.match(text) or P.CREDIT_PLAIN.match(text)
    if match and _names_people(match["body"]):
        parts = [part.strip(" .") for part in P.CREDIT_SPLIT.split(match["body"])]
        article.credits.extend(_capitalised(part) for part in parts if part)
        return True
    if P.CONTRIBUTED.match(text):
        article.credits.append(text)
        return True
    if match := P.WITH_INPUTS.match(text):
        # "(With inputs from PTI)" names the wire, no person: it gives the agency only.
        if agency := canonical_agency(match["who"]):
            article.agency = article.agency or agency
        else:
            article.credits.append(text.strip("() "))
        return True
    return False


_GLUE_WORDS = {
    "in", "and", "at", "from", "with", "of", "the", "by", "von", "van", "par", "por", "und",
    "et", "y", "e", "de", "del", "da", "di", "en", "aus", "à",
}  # fmt: skip


_AFTER_ROLE = re.compile(r"\b(?:by|von|par|por|de|di|da|door|av)\b|:", re.I)


def _names_people(body: str) -> bool:
    """True when each part names people ("Reporting by Ana Ruiz in Lima"), not a sentence."""
    for part in P.CREDIT_SPLIT.split(body):
        names = _without_places(_AFTER_ROLE.split(part.strip(" ."), maxsplit=1)[-1].split())
        if any(_lower_word(w) for w in names):
            return False
    return True


_PLACE_WORDS = {"in", "at", "from", "near", "on"}


def _without_places(words: list[str]) -> list[str]:
    """The words of a credit part without where each person worked: "Jonas Petrauskas at
    the border and Ana Ruiz in Lima" -> the two names and "and"."""
    kept: list[str] = []
    skipping = False
    for word in words:
        if word in _PLACE_WORDS:
            skipping = True
        elif word == "and":
            skipping = False
        if not skipping:
            kept.append(word)
    return kept


def _lower_word(word: str) -> bool:
    """A lower-case word that is no glue between names: "said", not "in" or "d'Isere"."""
    if not word[:1].islower() or word.lower() in _GLUE_WORDS:
        return False
    return not _ELIDED.match(word)


_ELIDED = re.compile(r"^(?:d|l|dell|dall|nell|sull)['’]\w")


def _capitalised(part: str) -> str:
    return part[:1].upper() + part[1:]
