"""Find the names one piece of text mentions: known phrases and runs of capitalised words.

A *mention* is either a known phrase (a country, place or organisation, or an editor's
alias) or a run of capitalised words ("Tormod Skage", "Tierra Aragonesa"), cleaned of the
words around a name that are not part of it: sentence openers ("But"), titles ("Dr.",
"Prime Minister"), possessives ("Kenya's") and legal forms ("AS", "Inc."). A mention is
*weak* when its capitals prove nothing (a headline in Title Case, a shouted subhead, a lone
word opening a sentence): it then only adds to a name found elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from .data import Entry, Kind
from .lexicon import Lexicon
from .tokens import Token, calm_caps, fold, scan

TITLE, LEDE, BODY = 0, 1, 2
_NUMBER = re.compile(r"^\d")
_ENGLISH_SUFFIX = re.compile(r"(?:ed|ing|ly)$")


@dataclass(slots=True)
class Mention:
    """One name as the text wrote it."""

    words: tuple[str, ...]
    surface: str
    entry: Entry | None
    strong: bool
    chunk: int
    order: int
    person_cue: bool = False
    org_cue: bool = False
    shouted: bool = False


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of an article: its text, where it sits, and how far its capitals can be trusted."""

    text: str
    where: int
    title_case: bool = False


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
    """"Lithuania-Belarus" -> two names; "Berlin-based" -> "Berlin" and a break."""
    out: list[Token] = []
    for token in tokens:
        parts = token.text.split("-")
        if not token.cap or len(parts) < 2:
            out.append(token)
            continue
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
            key = tuple(t.text for t in window[:-1]) + (window[-1].base,)
            entry = self.lex.phrases.get(key) or self.lex.phrases.get(
                tuple(t.text for t in window)
            )
            if entry is None:
                continue
            if length == 1 and self._first_name_here(index):
                return None
            return length, entry
        return None

    def _first_name_here(self, index: int) -> bool:
        """"Santiago Quintero", "Georgia Clarke": a place name used as a first name."""
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
        """"Kenya Airways", "Berlin Marathon": a place followed by an organisation word."""
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
                surface=self._surface(window),
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
            elif self._joins(end):
                end += 2
            elif token.text == "." and self._honorific_dot(end):
                end += 1
            else:
                break
        return end

    def _name_goes_on(self, start: int, at: int) -> bool:
        """A known single word right after a first name is a surname ("Tom Holland")."""
        return at - start == 1 and self.tokens[start].text in self.kb.first_names

    def _joins(self, at: int) -> bool:
        """A particle ("van", "de") or, after an organisation word, "of" inside a name."""
        if at + 1 >= len(self.tokens) or not self.tokens[at + 1].cap:
            return False
        if not self._adjacent(self.tokens[at - 1 : at + 2]):
            return False
        word, before = self.tokens[at].text, self.tokens[at - 1].base
        if word == "&" or self.kb.listed("particles", word):
            return True
        return self.kb.listed("connectors", word) and (
            self.kb.listed("org_heads", before) or self.kb.listed("place_heads", before)
        )

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
        cleaned = _Cleaner(self, window, start, end).clean()
        if cleaned is not None:
            self.found.append(cleaned)

    # Helpers ---------------------------------------------------------------------------------

    def _adjacent(self, window: list[Token]) -> bool:
        return all(
            self.text[a.end : b.start] in ("", " ") for a, b in zip(window, window[1:], strict=False)
        )

    def _surface(self, window: list[Token]) -> str:
        last = window[-1]
        return self.text[window[0].start : last.start + len(last.base)]

    def word_before(self, index: int) -> Token | None:
        return self.tokens[index - 1] if index > 0 else None

    def tokens_after(self, index: int, count: int) -> list[Token]:
        return self.tokens[index : index + count]


class _Cleaner:
    """Turns one raw run of capitalised tokens into a mention, or nothing."""

    def __init__(self, finder: _Finder, window: list[Token], start: int, end: int) -> None:
        self.f, self.kb, self.window, self.start, self.end = finder, finder.kb, window, start, end
        self.person_cue = self.org_cue = self.stripped = False

    def clean(self) -> Mention | None:
        opens_sentence = self.window[0].sent_start
        if opens_sentence or self.f.untrusted:
            self._strip_openers()
        self._strip_honorifics()
        self._strip_role_before_first_name()
        self._strip_tail()
        words = [t for t in self.window if t.word]
        if not words or self._never(words):
            return None
        single_opener = opens_sentence and not self.stripped and len(words) == 1
        self._context_cues(words)
        strong = not self.f.untrusted and not single_opener
        if self.f.caps_nouns:
            strong = strong and len(words) > 1 and (self.person_cue or self.org_cue)
        return Mention(
            words=tuple(t.base if t is self.window[-1] else t.text for t in words),
            surface=self.f._surface(self.window),
            entry=None,
            strong=strong,
            chunk=self.f.chunk.where,
            order=0,
            person_cue=self.person_cue,
            org_cue=self.org_cue,
        )

    def _strip_openers(self) -> None:
        common = self.kb.common
        while self.window and (
            self.window[0].text in common
            or (len(self.window) > 1 and self._english_form(self.window[0].text))
        ):
            self.window = self.window[1:]
            self.stripped = True

    def _english_form(self, word: str) -> bool:
        """"Exiled", "Leading", "Recently" open sentences but never names."""
        return (
            not self.f.caps_nouns
            and word not in self.kb.first_names
            and len(word) > 4
            and _ENGLISH_SUFFIX.search(word) is not None
        )

    def _strip_honorifics(self) -> None:
        texts = [t.text for t in self.window]
        for length in range(min(5, len(texts) - 1), 0, -1):
            if tuple(texts[:length]) in self.kb.honorifics and self._person_rest(length):
                self.window = self.window[length:]
                self.person_cue = self.stripped = True
                return

    def _person_rest(self, length: int) -> bool:
        rest = [t for t in self.window[length:] if t.word]
        return bool(rest) and not self.kb.listed("org_heads", rest[-1].base)

    def _strip_role_before_first_name(self) -> None:
        """"Projektleiterin Martina Vogt": a role word before a first name and surname."""
        words = [t for t in self.window if t.word]
        if len(words) < 3 or self.kb.listed("org_heads", words[-1].base):
            return
        for index in range(1, len(words) - 1):
            if words[index].text in self.kb.first_names:
                self.window = self.window[self.window.index(words[index]) :]
                self.person_cue = self.stripped = True
                return

    def _strip_tail(self) -> None:
        while self.window and (
            self.kb.listed("legal_suffixes", self.window[-1].base) or self.window[-1].text in "&."
        ):
            self.org_cue = self.org_cue or self.window[-1].word
            self.window = self.window[:-1]
        after = self.f.tokens_after(self.end, 2)
        if len(after) == 2 and after[0].text == ",":
            self.org_cue = self.org_cue or self.kb.listed("legal_suffixes", after[1].text)

    def _never(self, words: list[Token]) -> bool:
        never = self.kb.never
        joined = " ".join(t.base for t in words)
        if fold(joined) in never or _NUMBER.match(joined):
            return True
        return len(words) == 1 and (len(words[0].base) < 2 or words[0].base in self.kb.common)

    def _context_cues(self, words: list[Token]) -> None:
        first, last = words[0], self.window[-1]
        if self.kb.listed("org_heads", last.base):
            self.org_cue = True
        if len(words) > 1 and first.text in self.kb.first_names:
            self.person_cue = True
        position = self.f.tokens.index(first)
        before = self.f.word_before(position)
        if before is not None and before.word and not before.cap:
            if self.kb.listed("roles", before.text) or self.kb.listed("speech", before.text):
                self.person_cue = True
        after = self.f.tokens_after(self.f.tokens.index(last) + 1, 2)
        if after and after[0].word and self.kb.listed("speech", after[0].text):
            self.person_cue = True
        if len(after) == 2 and after[0].text == "," and after[1].word:
            follower = after[1].text
            if follower in ("a", "an", "the", "who", "whose") or follower.isdigit():
                self.person_cue = True
