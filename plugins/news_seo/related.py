"""Related stories by shared tags, and each story's newer and older neighbours."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
import heapq


def related_by_tags(
    tags_of: Mapping[str, Sequence[str]], order: Sequence[str], limit: int
) -> dict[str, list[str]]:
    """For each key in ``order`` (newest first), up to ``limit`` keys sharing most tags.

    Ties go to the story nearer the front of ``order``; a story is never its own relation.
    """
    rank = {key: index for index, key in enumerate(order)}
    holders: dict[str, list[str]] = defaultdict(list)
    for key in order:
        for tag in dict.fromkeys(tags_of.get(key, ())):
            holders[tag].append(key)
    related: dict[str, list[str]] = {}
    for key in order:
        shared: Counter[str] = Counter()
        for tag in dict.fromkeys(tags_of.get(key, ())):
            shared.update(holders[tag])
        shared.pop(key, None)
        best = heapq.nsmallest(limit, shared.items(), key=lambda pair: (-pair[1], rank[pair[0]]))
        related[key] = [other for other, _count in best]
    return related


def neighbours(order: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each key of ``order`` (newest first) mapped to its (newer, older) neighbours."""
    result: dict[str, tuple[str | None, str | None]] = {}
    for index, key in enumerate(order):
        newer = order[index - 1] if index > 0 else None
        older = order[index + 1] if index + 1 < len(order) else None
        result[key] = (newer, older)
    return result
