"""Topic tags from the editor's vocabulary: a topic applies when its trigger words recur.

A trigger in lower case matches any case; one with capitals ("AI") matches only as written.
A plain trigger also matches its plural ("vaccine" -> "vaccines"); a trailing ``*`` matches
any ending ("vaccin*" -> "vaccination"). Headline hits count double. A word that several
triggers of one topic match ("farmers": ``farm*`` and ``farmer*``) counts once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
import re

from .editorial import Topic

MAX_TOPICS = 3
MIN_SCORE = 3
MIN_SCORE_ONE_TRIGGER = 4


@dataclass(frozen=True, slots=True)
class TopicScore:
    """How strongly one article is about one topic."""

    name: str
    score: int
    triggers: int
    in_title: bool


@cache
def _pattern(trigger: str) -> re.Pattern[str]:
    flags = 0 if any(char.isupper() for char in trigger) else re.IGNORECASE
    if trigger.endswith("*"):
        body = re.escape(trigger[:-1]) + r"\w*"
    else:
        body = re.escape(trigger) + r"(?:s|es)?"
    body = body.replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


def _count_new(
    pattern: re.Pattern[str], text: str, taken: list[tuple[int, int]], caps_nouns: bool
) -> int:
    """Matches of ``pattern`` that overlap no match counted before (``taken`` grows), leaving
    out words inside a name ("European Union", "Health Ltd") except in German, where every
    noun has a capital ("Die Gewerkschaft")."""
    count = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        inside = not caps_nouns and _inside_name(text, match)
        if inside or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        count += 1
    return count


def _inside_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised match of a lower-case trigger next to another capitalised word."""
    if not match.group(0)[:1].isupper() or not match.re.flags & re.IGNORECASE:
        return False
    head = text[: match.start()].rstrip()
    tail = text[match.end() :].lstrip()
    before = head.rsplit(maxsplit=1)[-1] if head else ""
    after = tail.split(maxsplit=1)[0] if tail else ""
    opens_sentence = not head or head[-1] in '.!?:"“\n'
    return (before[:1].isupper() and not opens_sentence) or after[:1].isupper()


def score_topics(
    topics: tuple[Topic, ...], title: str, body: str, *, caps_nouns: bool = False
) -> list[TopicScore]:
    """Every topic the text is about, strongest first. A word two triggers match ("farmers":
    ``farm*`` and ``farmer*``) counts once, for the first trigger that matches it."""
    scores: list[TopicScore] = []
    for topic in topics:
        total = hit = headline = 0
        taken_title: list[tuple[int, int]] = []
        taken_body: list[tuple[int, int]] = []
        for trigger in topic.triggers:
            pattern = _pattern(trigger)
            in_title = _count_new(pattern, title, taken_title, caps_nouns)
            count = 2 * in_title + _count_new(pattern, body, taken_body, caps_nouns)
            total += count
            hit += count > 0
            headline += in_title
        if total >= MIN_SCORE_ONE_TRIGGER or (total >= MIN_SCORE and hit >= 2):
            scores.append(TopicScore(topic.name, total, hit, headline > 0))
    return sorted(scores, key=lambda s: (-s.score, s.name))


def pick_topics(
    topics: tuple[Topic, ...], title: str, body: str, *, caps_nouns: bool = False
) -> list[str]:
    """At most ``MAX_TOPICS`` topic names; one far weaker than the strongest is dropped
    unless the headline names it."""
    scores = score_topics(topics, title, body, caps_nouns=caps_nouns)
    if not scores:
        return []
    floor = scores[0].score / 4
    return [s.name for s in scores if s.score >= floor or s.in_title][:MAX_TOPICS]
