"""Comment threads under a post: where one starts, so the story can end there.

A thread opens with a heading (``4 thoughts on “…”``, ``Comments (3)``: see
``boxes.END``) or, when the page lost it, with its first comment: a commenter line
(``Margaret P.`` over a timestamp, or ``Tom Reid says:``) with a ``Reply`` button a few
lines on.
"""

from __future__ import annotations

import re

from . import chrome
from .names import person_name
from .stamps import read_stamp_line

_SAYS = re.compile(r"^\S.{0,40}?\s+(?:says|sagt|dit|dice|scrive)\s*:$", re.I)
_INITIALLED = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){1,2}$")
_HAS_TIME = re.compile(r"\d{1,2}[:.h]\d{2}|\d\s*[ap]\.?m\b", re.I)
_REPLY = re.compile(r"^(?:reply|antworten|répondre|responder|rispondi)$", re.I)
_REPLY_REACH = 6


def comment_starts(texts: list[str], i: int) -> bool:
    """True when ``texts[i]`` opens a comment thread without a heading."""
    says = _SAYS.match(texts[i])
    if i + 1 >= len(texts) or not (says or _is_commenter(texts[i])):
        return False
    replies = any(_REPLY.match(text) for text in texts[i + 1 : i + 2 + _REPLY_REACH])
    return replies and (bool(says) or _is_timestamp(texts[i + 1]))


def _is_timestamp(text: str) -> bool:
    """A comment's time: a date with a clock time, or ``2 days ago``, and nothing else."""
    if chrome.RELATIVE_STAMP.match(text):
        return True
    return bool(_HAS_TIME.search(text)) and read_stamp_line(text, allow_names=False) is not None


def _is_commenter(text: str) -> bool:
    """A commenter's display name: ``Hugh Carrow``, ``Margaret P.``."""
    return bool(person_name(text) or _INITIALLED.match(text)) and not chrome.WIDGET.match(text)
