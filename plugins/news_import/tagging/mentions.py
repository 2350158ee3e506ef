"""Find the names one piece of text mentions: known phrases and runs of capitalised words.

A *mention* is either a known phrase (a country, place or organisation, or an editor's
alias) or a run of capitalised words ("Tormod Skage", "Tierra Aragonesa"), cleaned of the
words around a name that are not part of it: sentence openers ("But"), titles ("Dr.",
"Prime Minister"), possessives ("Kenya's") and legal forms ("AS", "Inc."). A mention is
*weak* when its capitals prove nothing (a headline in Title Case, a shouted subhead, a lone
word opening a sentence): it then only adds to a name found elsewhere.

Names may hold a known place ("Central Bank of Nigeria", "Central Denmark Region") or "and"
("Maritime and Port Authority"); a place that opens a name also counts on its own ("Tokyo"
of "Tokyo Marathon"). "(KNUT)" right after a name is remembered as its acronym. In German,
the article's :mod:`.german` proper nouns stand alone ("Gewerkschaft Verdi"), and in German,
Spanish and French texts a lower-case country adjective names the country ("deutschen").
"""

from __future__ import annotations

import itertools
import re

from .data import Entry, Kind
from .lexicon import Lexicon
from .model import BODY, LEDE, TITLE, Chunk, Mention, Reading, is_acronym_form
from .runs import RunCleaner, title_inside
from .tokens import Token, calm_caps, fold, scan

__all__ = ["BODY", "LEDE", "TITLE", "Chunk", "Mention", "find_mentions"]
_GERMAN_ARTICLES = frozenset({"der", "den", "dem", "des", "die", "das"})
_ENGLISH_FORM = re.compile(r"(?:ed|ing|ly)$")


def find_mentions(
    chunk: Chunk, lexicon: Lexicon, *, order: int, reading: Reading | None = None
) -> list[Mention]:
    """Every mention in ``chunk``, in reading order, numbered from ``order``; ``reading``
    holds the rules of the article's language."""
    text, shouted = calm_caps(chunk.text, lexicon.is_acronym)
    tokens = _split_compounds(scan(text, lexicon.kb.lists["abbreviations"]), lexicon)
    finder = _Finder(
        text, tokens, lexicon, chunk, shouted or chunk.title_case, reading or Reading()
    )
    mentions = finder.run()
    for number, mention in enumerate(mentions):
        mention.order = order + number
        mention.shouted = shouted
    return mentions


def _split_compounds(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """ "Lithuania-Belarus" -> two names; "Berlin-based" -> "Berlin" and a break."""
    out: list[Token] = []
    for token in tokens:
        parts = token.text.split("-")
        if not token.cap or len(parts) < 2:
            out.append(token)
            continue
        if len(parts[0]) == 1 and parts[1][:1].islower():
            continue  # "X-rays", "T-shirt", "U-turn": words, not names
        if all((part,) in lexicon.phrases for part in parts):
            position = token.start
            for index, part in enumerate(parts):
                out.append(Token(part, position, position + len(part), True, token.sent_start))
                if index < len(parts) - 1:
                    out.append(Token("-", position + len(part), position + len(part) + 1, False))
                position += len(part) + 1
        elif lexicon.kb.listed("compound_suffixes", parts[-1]):
            head = "-".join(parts[:-1])
            out.append(Token(head, token.start, token.start + len(head), True, token.sent_start))
            out.append(Token("-", token.start + len(head), token.end, False))
        else:
            out.append(token)
    return out


class _Finder:
    """Walks the tokens of one chunk once, left to right."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        lexicon: Lexicon,
        chunk: Chunk,
        untrusted: bool,
        reading: Reading,
    ) -> None:
        self.text, self.tokens, self.lex, self.kb = text, tokens, lexicon, lexicon.kb
        self.chunk, self.untrusted, self.reading = chunk, untrusted, reading
        self.caps_nouns = reading.caps_nouns
        self.found: list[Mention] = []

    def run(self) -> list[Mention]:
        index = 0
        while index < len(self.tokens):
            token = self.tokens[index]
            if not token.cap:
                if token.word and (entry := self.reading.adjectives.get(token.text)):
                    self._emit_known(index, index + 1, entry)
                index += 1
                continue
            index = self._at(index)
        return self.found

    def _at(self, index: int) -> int:
        if self._proper_noun(index):
            return self._defined(self._emit_proper_noun(index), index + 1)
        known = self._known(index)
        if known is not None:
            length, entry = known
            end = self._org_extension(index, index + length, entry)
            if end is not None:
                end = self._run_end(index, end)
                named = self._emit_run(index, end)
                place = self.tokens[index : index + length]
                if named is not None and fold(self.surface(place)) == fold(entry.canonical):
                    self._emit_known(index, index + length, entry)  # "Tokyo" of "Tokyo Marathon"
                return self._defined(named, end)
            return self._defined(self._emit_known(index, index + length, entry), index + length)
        end = self._run_end(index)
        return self._defined(self._emit_run(index, end), max(end, index + 1))

    def _defined(self, mention: Mention | None, end: int) -> int:
        """After "Kenya National Union of Teachers", take "(KNUT)" as the name's acronym: it
        is remembered on the mention, not counted again. Returns where reading goes on."""
        acronym = self._acronym_at(end)
        if mention is None or acronym is None or len(mention.words) < 2:
            return end
        mention.acronym = acronym
        return end + 3

    # Known phrases -------------------------------------------------------------------------

    def _known(self, index: int) -> tuple[int, Entry] | None:
        """The longest known phrase starting at ``index``, unless it is a first name here."""
        for length in range(min(self.lex.longest, len(self.tokens) - index), 0, -1):
            window = self.tokens[index : index + length]
            if any(t.possessive for t in window[:-1]) or not self._adjacent(window):
                continue
            entry = self._lookup(window)
            if entry is None:
                continue
            if length == 1 and self._first_name_here(index):
                return None
            return length, entry
        return None

    def _lookup(self, window: list[Token]) -> Entry | None:
        """The entry for these tokens: as written, without a possessive, calmed from
        ALL CAPS ("BRUSSELS"), or without a German genitive s ("Deutschlands")."""
        head = tuple(t.text for t in window[:-1])
        last = window[-1]
        keys = [(*head, last.base), (*head, last.text)]
        if all(t.text.isupper() and len(t.text) > 2 for t in window if t.word):
            keys.append(tuple(t.text.title() if t.word else t.text for t in window))
        if self.caps_nouns and last.text.endswith("s"):
            keys.append((*head, last.text[:-1]))
        for key in keys:
            if entry := self.lex.phrases.get(key):
                return entry
        return None

    def _first_name_here(self, index: int) -> bool:
        """ "Santiago Quintero", "Georgia Clarke": a place name used as a first name."""
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            token.text in self.kb.first_names
            and following is not None
            and following.cap
            and self._adjacent([token, following])
            and self._known_single(index + 1) is None
        )

    def _known_single(self, index: int) -> Entry | None:
        return self.lex.phrases.get((self.tokens[index].base,))

    def _org_extension(self, start: int, end: int, entry: Entry) -> int | None:
        """ "Kenya Airways", "Berlin Marathon": a place followed by an organisation word, or
        by words the text then abbreviates ("Vietnam Electricity (EVN)")."""
        if entry.kind not in (Kind.COUNTRY, Kind.PLACE) or self.tokens[end - 1].possessive:
            return None
        for index in range(end, min(end + 3, len(self.tokens))):
            token = self.tokens[index]
            if not token.cap or not self._adjacent(self.tokens[index - 1 : index + 1]):
                return None
            if self.kb.listed("org_heads", token.base) or self._acronym_at(index + 1):
                return index + 1
            if token.possessive:
                return None
        return None

    def _acronym_at(self, index: int) -> str | None:
        """The acronym in "(KNUT)" when those three tokens start at ``index``."""
        window = self.tokens[index : index + 3]
        if len(window) == 3 and (window[0].text, window[2].text) == ("(", ")"):
            return window[1].text if is_acronym_form(window[1].text) else None
        return None

    def _emit_known(self, start: int, end: int, entry: Entry) -> Mention:
        window = self.tokens[start:end]
        mention = Mention(
            words=tuple(t.text for t in window),
            surface=self.surface(window),
            entry=entry,
            strong=True,
            chunk=self.chunk.where,
            order=0,
        )
        self.found.append(mention)
        return mention

    def _proper_noun(self, index: int) -> bool:
        """A German name among capitalised nouns ("Verdi" of "Gewerkschaft Verdi")."""
        return self.caps_nouns and self.tokens[index].base in self.reading.proper_nouns

    def _emit_proper_noun(self, index: int) -> Mention:
        token = self.tokens[index]
        mention = Mention((token.base,), token.base, None, not self.untrusted, self.chunk.where, 0)
        self.found.append(mention)
        return mention

    # Capitalised runs ----------------------------------------------------------------------

    def _run_end(self, index: int, end: int | None = None) -> int:
        """One past the last token of the capitalised run starting at ``index`` (whose first
        tokens, up to ``end``, are already known to belong to it)."""
        end = index + 1 if end is None else end
        while end < len(self.tokens):
            previous, token = self.tokens[end - 1], self.tokens[end]
            if previous.possessive or not self._adjacent([previous, token]):
                break
            known = self._known(end) if token.cap else None
            if self._proper_noun(end):
                break
            if known is not None:
                if self._name_goes_on(index, end):
                    end += 1
                elif self._known_inside(end, known[0]) or self._place_ends_name(index, end, known):
                    end += known[0]
                else:
                    break
            elif token.cap:
                end += 1
            elif joined := self._joins(end):
                end += joined
            elif token.text == "." and self._honorific_dot(end):
                end += 1
            else:
                break
        return end

    def _name_goes_on(self, start: int, at: int) -> bool:
        """A known single word right after a first name is a surname ("Tom Holland")."""
        return at - start == 1 and self.tokens[start].text in self.kb.first_names

    def _place_ends_name(self, start: int, at: int, known: tuple[int, Entry]) -> bool:
        """ "AquaSur Patagonia", "Bayern Munich": a place after one or two capitalised words
        that are no common word, first name, title or English form ("Neighbouring Kenya")."""
        length, entry = known
        place = self.tokens[at : at + length]
        if (
            self.untrusted
            or self.caps_nouns
            or at - start > 2
            or entry.kind not in (Kind.COUNTRY, Kind.PLACE)
            or fold(self.surface(place)) != fold(entry.canonical)
        ):
            return False
        kb = self.kb
        return all(
            t.cap
            and t.text not in kb.common
            and t.text not in kb.first_names
            and (t.text,) not in kb.honorifics
            and fold(t.text) not in kb.never
            and not _ENGLISH_FORM.search(t.text)
            for t in self.tokens[start:at]
        )

    def _known_inside(self, at: int, length: int) -> bool:
        """A known place inside a longer name: after "of" ("Central Bank of Nigeria") or
        before the name's last word ("Central Denmark Region")."""
        if self.tokens[at - 1].text in self.kb.lists["connectors"]:
            return True
        after = self.tokens[at + length] if at + length < len(self.tokens) else None
        return (
            after is not None
            and after.cap
            and self._adjacent(self.tokens[at + length - 1 : at + length + 1])
            and any(self.kb.listed(s, after.base) for s in ("org_heads", "place_heads"))
            and not after.possessive
        )

    def _joins(self, at: int) -> int:
        """How many lower-case tokens at ``at`` sit inside a name: particles ("van der",
        "de"), after an organisation word "of" ("Royal College of Nursing", "Central Bank
        of Nigeria"), or "and" between the words of one ("Maritime and Port Authority")."""
        kb = self.kb
        end = at
        while (
            end < len(self.tokens)
            and end - at < 3
            and kb.listed("particles", self.tokens[end].text)
        ):
            end += 1
        connector = False
        if end == at and self.tokens[at].text in ("&", *kb.lists["connectors"]):
            before = self.tokens[at - 1].base
            connector = self.tokens[at].text != "&" and kb.listed("org_heads", before)
            if self.tokens[at].text == "&" or connector:
                end = at + 1
            if connector and end < len(self.tokens) and self.tokens[end].text == "the":
                end += 1  # "Superintendency of the Environment"
        if end == at and self._and_joins(at):
            end = at + 1
        if end == at or end >= len(self.tokens) or not self._name_word(self.tokens[end]):
            return 0
        if not self._adjacent(self.tokens[at - 1 : end + 1]):
            return 0
        known = self._known(end)
        if known is not None and not (connector and known[1].kind in (Kind.COUNTRY, Kind.PLACE)):
            return 0
        if self.caps_nouns and end - at == 1 and self.tokens[at].text in _GERMAN_ARTICLES:
            return 0
        return end - at

    def _name_word(self, token: Token) -> bool:
        """A capitalised word that may go on a name: not "Sunday" of "Marathon on Sunday"."""
        return token.cap and fold(token.base) not in self.kb.never

    def _and_joins(self, at: int) -> bool:
        """ "and" inside an organisation's name: the capitalised words after it end in an
        organisation word ("Maritime and Port Authority", "Food and Health Ministry")."""
        if self.tokens[at].text != "and" or self.tokens[at - 1].text in self.kb.first_names:
            return False
        for index in range(at + 1, min(at + 4, len(self.tokens))):
            token = self.tokens[index]
            if not token.cap or token.possessive or self._known(index) is not None:
                return False
            if self.kb.listed("org_heads", token.base):
                return True
        return False

    def _honorific_dot(self, at: int) -> bool:
        """The full stop of "Dr." or "Sen." inside a run, followed by the name."""
        before = self.tokens[at - 1].text
        after = self.tokens[at + 1] if at + 1 < len(self.tokens) else None
        return (
            (before, ".") in self.kb.honorifics
            and after is not None
            and after.cap
            and after.start - self.tokens[at].end <= 1
        )

    def _emit_run(self, start: int, end: int) -> Mention | None:
        title = title_inside(self.tokens, start, end, self.kb)
        if title is not None:  # "FAA Administrator Raymond Tsosie": two names
            self._emit_run(start, title)
            return self._emit_run(title, end)
        window = [t for t in self.tokens[start:end] if t.word or t.text in "&."]
        cleaned = RunCleaner(self, window, start, end).clean()
        if cleaned is not None:
            self.found.append(cleaned)
        return cleaned

    # Helpers ---------------------------------------------------------------------------------

    def _adjacent(self, window: list[Token]) -> bool:
        return all(self.text[a.end : b.start] in ("", " ") for a, b in itertools.pairwise(window))

    def surface(self, window: list[Token]) -> str:
        last = window[-1]
        return self.text[window[0].start : last.start + len(last.base)]

    def word_before(self, index: int) -> Token | None:
        return self.tokens[index - 1] if index > 0 else None

    def tokens_after(self, index: int, count: int) -> list[Token]:
        return self.tokens[index : index + count]
