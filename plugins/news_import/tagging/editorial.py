"""The editor's files: aliases, a stop list and a topic vocabulary, in one folder.

``aliases.txt``  ``variant -> Canonical`` (several variants may share a line, comma-separated)
``stop.txt``     one name per line that must never be a tag
``topics.txt``   ``Topic: trigger, trigger*, "a phrase"``; a trailing ``*`` matches any ending

Lines starting with ``#`` and blank lines are ignored. A missing file counts as empty; a
malformed line raises :class:`EditorialError` naming the file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .tokens import fold

ALIASES, STOP, TOPICS = "aliases.txt", "stop.txt", "topics.txt"


class EditorialError(ValueError):
    """An editorial file that cannot be read; the message names the file and the line."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}, line {line}: {problem}")
        self.path, self.line, self.problem = path, line, problem


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic tag and the words that trigger it."""

    name: str
    triggers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Editorial:
    """What the editor decided: aliases (folded variant -> canonical), stop list, topics."""

    aliases: dict[str, str] = field(default_factory=dict)
    variants: tuple[tuple[str, str], ...] = ()
    stop: frozenset[str] = frozenset()
    topics: tuple[Topic, ...] = ()

    def stopped(self, name: str) -> bool:
        """True when the stop list forbids ``name`` as a tag."""
        return fold(name) in self.stop


def load_editorial(folder: Path) -> Editorial:
    """Read the editorial files in ``folder``; missing files (or folder) count as empty."""
    variants = tuple(_read_aliases(folder / ALIASES))
    return Editorial(
        aliases={fold(variant): canonical for variant, canonical in variants},
        variants=variants,
        stop=frozenset(fold(name) for _, name in _lines(folder / STOP)),
        topics=tuple(_read_topics(folder / TOPICS)),
    )


def _lines(path: Path) -> list[tuple[int, str]]:
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise EditorialError(path, 1, f"not UTF-8 text ({error.reason})") from error
    return [
        (number, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _read_aliases(path: Path) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for number, line in _lines(path):
        arrow = "=>" if "=>" in line else "->"
        left, sep, right = line.partition(arrow)
        variants = [v.strip() for v in left.split(",") if v.strip()]
        canonical = right.strip()
        if not sep or not variants or not canonical:
            raise EditorialError(path, number, f"expected 'variant -> Canonical', got {line!r}")
        pairs.extend((variant, canonical) for variant in variants)
    return pairs


def _read_topics(path: Path) -> list[Topic]:
    topics: list[Topic] = []
    seen: set[str] = set()
    for number, line in _lines(path):
        name, sep, rest = line.partition(":")
        triggers = tuple(t.strip().strip('"') for t in rest.split(",") if t.strip().strip('"'))
        if not sep or not name.strip() or not triggers:
            raise EditorialError(path, number, f"expected 'Topic: trigger, trigger', got {line!r}")
        if fold(name) in seen:
            raise EditorialError(path, number, f"topic {name.strip()!r} is listed twice")
        seen.add(fold(name))
        topics.append(Topic(name.strip(), triggers))
    return topics
