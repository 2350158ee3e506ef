"""The tagger's built-in knowledge, read once from the text files in ``data/``.

Every file is plain UTF-8 text that a person can read and correct: ``#`` starts a comment.
``countries.txt``, ``places.txt`` and ``organisations.txt`` hold ``Canonical | variants``
(countries add ``| demonyms``, places ``| the country they lie in``); ``adjectives.txt``
holds lower-case country adjectives in German, Spanish and French; ``first_names.txt``,
``honorifics.txt``, ``common_words.txt`` and ``never.txt`` are word lists; ``words.txt``
holds the small lists the rules use, one ``[section]`` each. DATA_SOURCES.md says where
each list comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from .tokens import fold, tokenize

DATA_DIR = Path(__file__).resolve().parent / "data"


class Kind(StrEnum):
    """What a tag names."""

    COUNTRY = "country"
    PLACE = "place"
    ORG = "organisation"
    PERSON = "person"
    OTHER = "other"
    TOPIC = "topic"


@dataclass(frozen=True, slots=True)
class Entry:
    """A known name: the tag it becomes and what it names."""

    canonical: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything the tagger knows before it reads an article."""

    phrases: dict[tuple[str, ...], Entry]
    longest: int
    first_names: frozenset[str]
    honorifics: frozenset[tuple[str, ...]]
    common: frozenset[str]
    never: frozenset[str]
    lists: dict[str, frozenset[str]]
    adjectives: dict[str, dict[str, Entry]]
    countries_of: dict[str, str]

    def listed(self, section: str, word: str) -> bool:
        """True when ``word`` is in the ``[section]`` list of ``words.txt``."""
        return word in self.lists.get(section, frozenset())

    def without_legal_form(self, name: str) -> str:
        """``name`` without a trailing legal form ("Cobre S.A.A." -> "Cobre", "Acme, Inc.")."""
        words = tokenize(name)
        while words and (self.listed("legal_suffixes", words[-1]) or words[-1] in ",.&"):
            words.pop()
        return " ".join(words) if words else name


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(word for line in _lines(name) for word in line.split())


def _sections(name: str) -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {}
    current = ""
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = set()
        else:
            sections[current].update(line.split())
    return {key: frozenset(words) for key, words in sections.items()}


def _plural(demonym: str) -> list[str]:
    """Demonyms ending in n or i also name people in the plural ("Kenyans", "Saudis")."""
    return [demonym + "s"] if demonym[-1] in "ni" else []


def _add(phrases: dict[tuple[str, ...], Entry], name: str, entry: Entry) -> None:
    key = tuple(tokenize(name))
    if key and key not in phrases:
        phrases[key] = entry


def _gazetteer() -> tuple[dict[tuple[str, ...], Entry], dict[str, str]]:
    """Known phrases, and the country each place of ``places.txt`` lies in."""
    phrases: dict[tuple[str, ...], Entry] = {}
    countries_of: dict[str, str] = {}
    for file, kind in (
        ("countries.txt", Kind.COUNTRY),
        ("organisations.txt", Kind.ORG),
        ("places.txt", Kind.PLACE),
    ):
        for line in _lines(file):
            parts = [part.strip() for part in line.split("|")]
            entry = Entry(parts[0], kind)
            names = [parts[0], *_split(parts[1] if len(parts) > 1 else "")]
            third = parts[2] if len(parts) > 2 else ""
            if kind is Kind.PLACE and third:
                countries_of[parts[0]] = third
            elif third:
                demonyms = _split(third)
                names += demonyms + [p for d in demonyms for p in _plural(d)]
            for name in names:
                _add(phrases, name, entry)
    return phrases, countries_of


def _split(field: str) -> list[str]:
    return [item.strip() for item in field.split(",") if item.strip()]


_ADJECTIVE_LANGUAGES = ("de", "es", "fr")
_ACCENTS = str.maketrans("áéíóú", "aeiou")


def _adjectives() -> dict[str, dict[str, Entry]]:
    """Language -> lower-case country adjective -> the country (``adjectives.txt``)."""
    tables: dict[str, dict[str, Entry]] = {lang: {} for lang in _ADJECTIVE_LANGUAGES}
    for line in _lines("adjectives.txt"):
        country, *fields = (part.strip() for part in line.split("|"))
        entry = Entry(country, Kind.COUNTRY)
        for lang, field in zip(_ADJECTIVE_LANGUAGES, fields, strict=True):
            for word in field.split():
                if word != "-":
                    tables[lang].update(dict.fromkeys(_inflections(lang, word), entry))
    return tables


def _inflections(lang: str, word: str) -> list[str]:
    """ "deutsch" -> deutsche, deutschen...; "alemán" -> alemanes; "française" -> françaises."""
    if lang == "de":
        return [word + ending for ending in ("", "e", "en", "er", "es", "em")]
    if lang == "fr":
        return [word] if word[-1] in "sxz" else [word, word + "s"]
    if word[-1] in "aeiou":
        return [word, word + "s"]
    if word[-1] in "áéíóú":
        return [word, word + "es"]
    return [word, word.translate(_ACCENTS) + "es"]


@cache
def knowledge() -> Knowledge:
    """Load the data files (once per process)."""
    phrases, countries_of = _gazetteer()
    honorifics = frozenset(tuple(tokenize(line)) for line in _lines("honorifics.txt"))
    return Knowledge(
        phrases=phrases,
        longest=max(len(key) for key in phrases),
        first_names=_words("first_names.txt"),
        honorifics=frozenset(h for h in honorifics if h),
        common=_words("common_words.txt"),
        never=frozenset(fold(line) for line in _lines("never.txt")),
        lists=_sections("words.txt"),
        adjectives=_adjectives(),
        countries_of=countries_of,
    )
