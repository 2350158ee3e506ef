"""People's names in bylines and credit lines."""

from __future__ import annotations

import re

_AGENCIES = {"reuters", "ap", "afp", "dpa", "pti", "associated press", "bloomberg", "ians", "ani"}
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*")
_ROLE = re.compile(
    r"\b(staff writer|correspondent|reporter|editor|contributor|senior|chief|political|"
    r"business|sports|health|technology|science)\b.*$",
    re.I,
)


def split_authors(names: str) -> list[str]:
    """Split a byline's names; drop agencies, outlets and job titles."""
    authors: list[str] = []
    for part in _SPLIT.split(names):
        part = _ROLE.sub("", part).strip(" .-–—")
        if not part or part.lower() in _AGENCIES or not part[0].isupper():
            continue
        if len(part.split()) > 4:
            continue
        if part not in authors:
            authors.append(part)
    return authors
