"""An editor's per-article tag choices: additions, removals and a lock.

Written as one comma-separated line, in a seed (``Tags: +Oslo Accord, -Weather``) or in a
content file's ``Tags-Editorial:`` metadata:

``+Name`` or ``Name``  add this tag
``-Name``              never give this article this tag
``=lock``              use exactly the added tags, nothing automatic
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from .tokens import fold

CONTENT_KEY = "Tags-Editorial"
_LOCK = {"lock", "locked"}
_PREFIX = re.compile(r"^\s*(?:tags?(?:-editorial)?)\s*:\s*", re.I)
_SEED_LINE = re.compile(r"^\s*tags?\s*:\s*(?P<value>.+)$", re.I)


class DirectiveError(ValueError):
    """A directive line that cannot be read; the message says which item is wrong."""


@dataclass(frozen=True, slots=True)
class TagDirectives:
    """Additions (in order), removals and the lock, for one article."""

    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    lock: bool = False

    def __bool__(self) -> bool:
        return bool(self.add or self.remove or self.lock)


def parse_directives(value: str) -> TagDirectives:
    """Read ``+A, -B, =lock`` (a leading ``Tags:`` or ``Tags-Editorial:`` is allowed)."""
    add: list[str] = []
    remove: list[str] = []
    lock = False
    for raw in _PREFIX.sub("", value).split(","):
        item = raw.strip()
        if not item:
            continue
        sign, name = (item[0], item[1:].strip()) if item[0] in "+-=" else ("+", item)
        if sign == "=":
            if name.casefold() not in _LOCK:
                raise DirectiveError(f"unknown directive {item!r}; the only '=' item is '=lock'")
            lock = True
            continue
        if not name:
            raise DirectiveError(f"directive {item!r} has no tag name")
        (add if sign == "+" else remove).append(" ".join(name.split()))
    return TagDirectives(tuple(add), tuple(remove), lock)


def seed_directives(line: str) -> TagDirectives | None:
    """The directives of a seed line ``Tags: +A, -B``; None for any other line.

    A copied page's own tag line ("Tags: Belarus, Minsk") has no ``+``, ``-`` or ``=``
    item and is not a directive: it stays page chrome.
    """
    match = _SEED_LINE.match(line)
    if not match:
        return None
    items = [item.strip() for item in match["value"].split(",")]
    if not any(item[:1] in ("+", "-", "=") for item in items):
        return None
    return parse_directives(match["value"])


def merge_directives(*parts: TagDirectives | None) -> TagDirectives:
    """Several directive sets as one (seed first, then the content file): later ones win."""
    add: list[str] = []
    remove: list[str] = []
    lock = False
    for part in parts:
        if not part:
            continue
        removed = {fold(name) for name in part.remove}
        added = {fold(name) for name in part.add}
        add = [n for n in add if fold(n) not in removed] + [n for n in part.add if n not in add]
        remove = [n for n in remove if fold(n) not in added] + [
            n for n in part.remove if n not in remove
        ]
        lock = lock or part.lock
    return TagDirectives(tuple(add), tuple(remove), lock)


def format_directives(directives: TagDirectives) -> str:
    """The one-line form of ``directives``, as ``parse_directives`` reads it back."""
    items = [f"+{name}" for name in directives.add] + [f"-{name}" for name in directives.remove]
    return ", ".join([*items, "=lock"] if directives.lock else items)


def apply_directives(auto: list[str], directives: TagDirectives | None) -> list[str]:
    """The article's final tags: additions first, then automatic tags not removed.

    A removal matches a tag by name (case and accents ignored) or, for a one-word removal,
    by the tag's last word ("-Lukashenko" removes "Alexander Lukashenko").
    """
    if not directives:
        return list(auto)
    chosen = list(directives.add) if directives.lock else [*directives.add, *auto]
    removed = {fold(name) for name in directives.remove}
    tags: list[str] = []
    seen: set[str] = set()
    for tag in chosen:
        key = fold(tag)
        last = key.rsplit(" ", 1)[-1]
        if key in seen or key in removed or (last in removed and tag not in directives.add):
            continue
        seen.add(key)
        tags.append(tag)
    return tags
