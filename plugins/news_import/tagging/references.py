"""How an article refers back to a name it gave in full: by acronym or by its head word.

"Kenya National Union of Teachers (KNUT)" defines KNUT; "FAA" stands for "Federal Aviation
Administration" when the article names it (the initials match); "the union" and "the
authority's" count for the one name in the article that ends in that word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import Lexicon

if TYPE_CHECKING:
    from .resolve import ArticleEntities, Entity


def count_head_references(found: ArticleEntities, body: str, lexicon: Lexicon) -> None:
    """ "the union", "the authority's": "the" and the head word of one organisation's or
    place's name ("Kenya National Union of Teachers", "Central Denmark Region") count for it."""
    heads = {w.casefold() for s in ("org_heads", "place_heads") for w in lexicon.kb.lists[s]}
    owners: dict[str, list[Entity]] = {}
    for entity in found.entities.values():
        if len(entity.words) > 1 and not entity.is_person:
            head = next((word for word in reversed(entity.words) if word in heads), None)
            if head is not None:
                owners.setdefault(head, []).append(entity)
    for head, entities in owners.items():
        if len(entities) == 1:
            entities[0].count += len(re.findall(rf"\b[Tt]he {re.escape(head)}\b(?!-)", body))


def spelled_out(
    entities: dict[str, Entity],
    defined: list[tuple[str, str]],
    moved: dict[str, str],
    lexicon: Lexicon,
) -> dict[str, str]:
    """Acronym -> entity key: each name's initials ("FAA" for "Federal Aviation
    Administration"), then what the text defined in brackets ("Vietnam Electricity (EVN)")."""
    owners: dict[str, set[str]] = {}
    for entity in entities.values():
        if len(entity.words) > 1 and not entity.is_person:
            for initials in _initials(entity.words, lexicon):
                owners.setdefault(initials, set()).add(entity.key)
    found = {acronym: keys.pop() for acronym, keys in owners.items() if len(keys) == 1}
    for acronym, key in defined:
        key = moved.get(key, key)
        if key in entities:
            found[acronym] = key
    return found


def _initials(words: tuple[str, ...], lexicon: Lexicon) -> set[str]:
    """ "KNUT" and "KNUOT" for "kenya national union of teachers" (three letters at least)."""
    small = lexicon.kb.lists["connectors"] | lexicon.kb.lists["particles"] | {"and", "the"}
    every = "".join(word[0] for word in words).upper()
    content = "".join(word[0] for word in words if word not in small).upper()
    return {every, content} if len(content) > 2 else set()
