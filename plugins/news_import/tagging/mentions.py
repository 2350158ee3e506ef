"""Find the names one piece of text mentions: known phrases and runs of capitalised words.

A *mention* is either a known phrase (a country, place or organisation, or an editor's
alias) or a run of capitalised words ("Tormod Skage", "Tierra Aragonesa"), cleaned of the
words around a name that are not part of it: sentence openers ("But"), titles ("Dr.",
"Prime Minister"), possessives ("Kenya's") and legal forms ("AS", "Inc."). A mention is
*weak* when its capitals prove nothing (a headline in Title Case, a shouted subhead, a lone
word opening a sentence): it then only adds to a name found elsewhere.
"""

from __future__ import annotations

import itertools

from .data import Entry, Kind
from .lexicon import Lexicon
from .model import BODY, LEDE, TITLE, Chunk, Mention
from .runs import RunCleaner
from .tokens import Token, calm_caps, scan

__all__ = ["BODY", "LEDE", "TITLE", "Chunk", "Mention", "find_mentions"]
_GERMAN_ARTICLES = frozenset({"der", "den", "dem", "des", "die", "das"})


def find_mentions(chunk: Chunk, lexicon: Lexicon, *, caps_nouns: bool, order: int) -> list[Mention]:
    """Every mention in ``chunk``, in reading order, numbered from ``order``."""
    text, shouted = calm_caps(chunk.text, lexicon.is_acronym)
    tokens = _split_compounds(scan(text, lexicon.kb.lists["abbreviations"]), lexicon)
    finder = _Finder(text, tokens, lexicon, chunk, shouted or chunk.title_case, caps_nouns)
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
        caps_nouns: bool,
    ) -> None:
        self.text, self.tokens, self.lex, self.kb = text, tokens, lexicon, lexicon.kb
        self.chunk, self.untrusted, self.caps_nouns = chunk, untrusted, caps_nouns
        self.found: list[Mention] = []

    def run(self) -> list[Mention]:
        index = 0
        while index < len(self.tokens):
            token = self.tokens[index]
            if not token.cap:
                index += 1
                continue
            index = self._at(index)
        return self.found

    def _at(self, index: int) -> int:
        known = self._known(index)
        if known is not None:
            length, entry = known
            end = self._org_extension(index, index + length, entry)
            if end is not None:
                self._emit_run(index, end)
                return end
            self._emit_known(index, index + length, entry)
            return index + length
        end = self._run_end(index)
        self._emit_run(index, end)
        return max(end, index + 1)

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
        """ "Kenya Airways", "Berlin Marathon": a place followed by an organisation word."""
        if entry.kind not in (Kind.COUNTRY, Kind.PLACE) or self.tokens[end - 1].possessive:
            return None
        for index in range(end, min(end + 3, len(self.tokens))):
            token = self.tokens[index]
            if not token.cap or not self._adjacent(self.tokens[index - 1 : index + 1]):
                return None
            if self.kb.listed("org_heads", token.base):
                return index + 1
            if token.possessive:
                return None
        return None

    def _emit_known(self, start: int, end: int, entry: Entry) -> None:
        window = self.tokens[start:end]
        self.found.append(
            Mention(
                words=tuple(t.text for t in window),
                surface=self.surface(window),
                entry=entry,
                strong=True,
                chunk=self.chunk.where,
                order=0,
            )
        )

    # Capitalised runs ----------------------------------------------------------------------

    def _run_end(self, index: int) -> int:
        """One past the last token of the capitalised run starting at ``index``."""
        end = index + 1
        while end < len(self.tokens):
            previous, token = self.tokens[end - 1], self.tokens[end]
            if previous.possessive or not self._adjacent([previous, token]):
                break
            if token.cap and self._known(end) is not None and not self._name_goes_on(index, end):
                break
            if token.cap:
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

    def _joins(self, at: int) -> int:
        """How many lower-case tokens at ``at`` sit inside a name: particles ("van der",
        "de") or, after an organisation word, "of" ("Royal College of Nursing"); else 0."""
        kb = self.kb
        end = at
        while (
            end < len(self.tokens)
            and end - at < 3
            and kb.listed("particles", self.tokens[end].text)
        ):
            end += 1
        if end == at and self.tokens[at].text in ("&", *kb.lists["connectors"]):
            before = self.tokens[at - 1].base
            if self.tokens[at].text == "&" or kb.listed("org_heads", before):
                end = at + 1
        if end == at or end >= len(self.tokens) or not self.tokens[end].cap:
            return 0
        if not self._adjacent(self.tokens[at - 1 : end + 1]) or self._known(end) is not None:
            return 0
        if self.caps_nouns and end - at == 1 and self.tokens[at].text in _GERMAN_ARTICLES:
            return 0
        return end - at

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

    def _emit_run(self, start: int, end: int) -> None:
        window = [t for t in self.tokens[start:end] if t.word or t.text in "&."]
        cleaned = RunCleaner(self, window, start, end).clean()
        if cleaned is not None:
            self.found.append(cleaned)

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
