"""The names the tagger can recognise in one run: built-in data plus the editor's aliases."""

from __future__ import annotations

from dataclasses import dataclass

from .data import Entry, Kind, Knowledge, knowledge
from .editorial import Editorial
from .tokens import fold, tokenize


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Phrases to look up (token tuples), the word lists, the editor's files, and the
    country each known place lies in (both as folded keys)."""

    kb: Knowledge
    editorial: Editorial
    phrases: dict[tuple[str, ...], Entry]
    longest: int
    countries_of: dict[str, str]

    def canonical(self, name: str) -> str:
        """The editor's canonical spelling of ``name`` (itself when there is no alias)."""
        return self.editorial.aliases.get(fold(name), name)

    def entry_for(self, name: str) -> Entry | None:
        """The known entry whose phrase is exactly ``name``."""
        return self.phrases.get(tuple(tokenize(name)))

    def is_acronym(self, word: str) -> bool:
        """A capitalised word that must stay upper-case (EU, WHO, AB) when text is calmed."""
        return (word,) in self.phrases or self.kb.listed("legal_suffixes", word)


def build_lexicon(editorial: Editorial) -> Lexicon:
    """Join the built-in names and the editor's aliases; aliases win."""
    kb = knowledge()
    phrases = dict(kb.phrases)
    for key, entry in kb.phrases.items():
        renamed = editorial.aliases.get(fold(entry.canonical))
        if renamed:
            phrases[key] = Entry(renamed, entry.kind)
    for variant, canonical in editorial.variants:
        known = kb.phrases.get(tuple(tokenize(canonical)))
        phrases[tuple(tokenize(variant))] = Entry(canonical, known.kind if known else Kind.OTHER)
    longest = max(len(key) for key in phrases)
    countries_of = {
        fold(editorial.aliases.get(fold(place), place)): fold(
            editorial.aliases.get(fold(country), country)
        )
        for place, country in kb.countries_of.items()
    }
    return Lexicon(kb, editorial, phrases, longest, countries_of)
