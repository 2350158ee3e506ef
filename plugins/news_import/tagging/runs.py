"""Clean one run of capitalised words into a mention: strip what is not part of the name.

Sentence openers ("But", "Exiled"), titles ("Dr.", "Prime Minister"), a role before a first
name ("Projektleiterin Martina Vogt"), legal forms ("AS", "Inc.", "S.A.A.") and possessives
go; what stands around the name tells whether it is a person's ("said", ", a nurse") or an
organisation's ("Airways", ", Inc."). A job title inside a run splits it in two names
("FAA Administrator Raymond Tsosie": see :func:`title_inside`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Mention, is_acronym_form
from .tokens import Token, fold

if TYPE_CHECKING:
    from .data import Knowledge
    from .mentions import _Finder

_NUMBER = re.compile(r"^\d")
_ENGLISH_SUFFIX = re.compile(r"(?:ed|ing|ly)$")


class RunCleaner:
    """Turns one raw run of capitalised tokens into a mention, or nothing."""

    def __init__(self, finder: _Finder, window: list[Token], start: int, end: int) -> None:
        self.f, self.kb, self.window, self.start, self.end = finder, finder.kb, window, start, end
        self.person_cue = self.org_cue = self.stripped = False

    def clean(self) -> Mention | None:
        """The mention this run names, or None when nothing of a name is left."""
        opens_sentence = self.window[0].sent_start
        if opens_sentence or self.f.untrusted:
            self._strip_honorifics()  # "Chief Executive Jana Roeder": "Chief" is no opener here
            self._strip_openers()
        self._strip_honorifics()
        self._strip_role_before_first_name()
        self._strip_tail()
        words = [t for t in self.window if t.word]
        if not words or self._never(words):
            return None
        single_opener = (
            opens_sentence
            and not self.stripped
            and len(words) == 1
            and not is_acronym_form(words[0].text)  # "QRZ said": an acronym is no opener
        )
        self._context_cues(words)
        strong = not self.f.untrusted and not single_opener
        if self.f.caps_nouns:
            strong = strong and len(words) > 1 and (self.person_cue or self.org_cue)
        return Mention(
            words=tuple(t.base if t is self.window[-1] else t.text for t in words),
            surface=self.f.surface(self.window),
            entry=None,
            strong=strong,
            chunk=self.f.chunk.where,
            order=0,
            person_cue=self.person_cue,
            org_cue=self.org_cue,
            opener=single_opener and not self.f.untrusted and not self.f.caps_nouns,
        )

    def _strip_openers(self) -> None:
        common = self.kb.common
        while self.window and (
            self.window[0].text in common
            or (len(self.window) > 1 and self._english_form(self.window[0].text))
        ):
            if self._opens_organisation():
                return
            self.window = self.window[1:]
            self.stripped = True
        while self.window and not self.window[0].cap:  # "Según la Comisión": "la" goes too
            self.window = self.window[1:]

    def _opens_organisation(self) -> bool:
        """ "Central" of "Central Bank of Nigeria": an adjective opening an organisation's name."""
        kb = self.kb
        return kb.listed("name_openers", self.window[0].text) and any(
            kb.listed("org_heads", t.base) for t in self.window[1:]
        )

    def _english_form(self, word: str) -> bool:
        """ "Exiled", "Leading", "Recently" open sentences but never names."""
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
        """ "Projektleiterin Martina Vogt": a role word before a first name and surname."""
        words = [t for t in self.window if t.word]
        if not self.f.caps_nouns or len(words) < 3 or self.kb.listed("org_heads", words[-1].base):
            return
        if words[0].text in self.kb.first_names:
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
        if (
            self.kb.listed("org_heads", last.base)
            or (len(words) > 1 and self.kb.listed("org_first", first.text))
            or (
                first.text not in self.kb.first_names
                and any(self.kb.listed("org_heads", t.base) for t in words[1:])
            )
        ):
            self.org_cue = True
        if len(words) > 1 and first.text in self.kb.first_names:
            self.person_cue = True
        position = self.f.tokens.index(first)
        before = self.f.word_before(position)
        if before is not None and before.text == ",":  # "the governor, Ana Ruiz,"
            before = self.f.word_before(position - 1)
        if before is not None and before.word and not before.cap:
            cue = self.kb.listed("roles", before.text) or self.kb.listed("speech", before.text)
            self.person_cue = self.person_cue or cue
        after = self.f.tokens_after(self.f.tokens.index(last) + 1, 2)
        if after and after[0].word and self.kb.listed("speech", after[0].text):
            self.person_cue = True
        if len(after) == 2 and after[0].text == "," and after[1].word:
            follower = after[1].text
            if follower in ("a", "an", "the", "who", "whose") or follower.isdigit():
                self.person_cue = True


def title_inside(tokens: list[Token], start: int, end: int, kb: Knowledge) -> int | None:
    """Where a job title starts inside the run ``tokens[start:end]``, between a name and a
    person's name ("FAA Administrator Raymond Tsosie", "Acme Chief Executive Jane Roe")."""
    for at in range(start + 1, end - 1):
        for length in range(min(4, end - at - 1), 0, -1):
            title = tuple(t.text for t in tokens[at : at + length])
            if title in kb.honorifics and _person_name(tokens[at + length : end], kb):
                return at
    return None


def _person_name(tokens: list[Token], kb: Knowledge) -> bool:
    """The tokens make a person's name: a first name leads them, or two or more words end
    in neither an organisation, place nor legal word."""
    words = [t for t in tokens if t.word]
    if not words or not words[0].cap:
        return False
    if words[0].text in kb.first_names:
        return True
    last = words[-1].base
    return len(words) > 1 and not any(
        kb.listed(section, last) for section in ("org_heads", "place_heads", "legal_suffixes")
    )
