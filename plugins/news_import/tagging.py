"""First-cut automatic tags: the proper names an article mentions most.

A name is a run of capitalised words inside a sentence; a lone surname counts towards
the full name it shortens. Names from the byline, the agency and the publisher are
never tags.
"""

from __future__ import annotations

from collections import Counter
import re

_NAME = re.compile(
    r"(?P<start>^|[.!?:\"“]\s+)?\b(?P<name>[A-Z][a-zà-ÿ'’-]+"
    r"(?:\s+(?:(?:de|van|von|al|bin|da|del|la)\s+)?[A-Z][a-zà-ÿ'’-]+)*)"
)
_STOP = {
    "The",
    "A",
    "An",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "This",
    "That",
    "It's",
    "Its",
    "Our",
    "Their",
    "His",
    "Her",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Prime",
    "Minister",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Reuters",
    "AP",
    "AFP",
}
MAX_TAGS = 8


def auto_tags(title: str, paragraphs: list[str], exclude: set[str]) -> list[str]:
    """Pick up to ``MAX_TAGS`` names that the text mentions at least twice."""
    counts: Counter[str] = Counter()
    for text in [title, *paragraphs]:
        for match in _NAME.finditer(text):
            name = _trim(match["name"])
            sentence_start = match["start"] is not None and text is not title
            if not name or name in exclude or (sentence_start and " " not in name):
                continue
            counts[name] += 1
    merged = _merge_surnames(counts)
    ranked = sorted(merged.items(), key=lambda item: (-item[1], item[0]))
    return [name for name, count in ranked if count >= 2][:MAX_TAGS]


def _trim(name: str) -> str:
    words = [word for word in name.split() if word not in _STOP]
    return " ".join(words) if words and len(" ".join(words)) > 2 else ""


def _merge_surnames(counts: Counter[str]) -> Counter[str]:
    """Fold a lone surname ("Lukashenko") into the one full name ending with it."""
    merged: Counter[str] = Counter()
    full_names = [name for name in counts if " " in name]
    for name, count in counts.items():
        owners = [full for full in full_names if full.endswith(" " + name)]
        merged[owners[0] if len(owners) == 1 else name] += count
    return merged
