"""Credit lines: who reported, wrote and edited the story, kept as metadata."""

from __future__ import annotations

from . import patterns as P
from .agencies import canonical_agency
from .model import Article


def read_credit(article: Article, text: str) -> bool:
    """Record a credit line's parts on ``article``; False when the line is no credit line."""
    match = P.CREDIT_PAREN.match(text) or P.CREDIT_PLAIN.match(text)
    if match:
        parts = [part.strip(" .") for part in P.CREDIT_SPLIT.split(match["body"])]
        article.credits.extend(_capitalised(part) for part in parts if part)
        return True
    if P.CONTRIBUTED.match(text):
        article.credits.append(text)
        return True
    if match := P.WITH_INPUTS.match(text):
        article.credits.append(text.strip("() "))
        article.agency = article.agency or canonical_agency(match["who"])
        return True
    return False


def _capitalised(part: str) -> str:
    return part[:1].upper() + part[1:]
