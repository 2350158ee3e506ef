"""Cut an article into the pieces the tagger reads, leaving out what is not the story.

Credit lines, contributor notes, photo credits, related-story links, an editor's
``Tags: +A, -B`` line and a press release's media-contact block are skipped; bylines
found in the body are skipped and their names remembered, so they never become tags.
"""

from __future__ import annotations

from collections.abc import Sequence
import re

from .directives import seed_directives
from .mentions import BODY, LEDE, TITLE, Chunk

_END_OF_STORY = re.compile(
    r"^(?:(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries)\b|contacts?\s*:"
    r"|###|forward-looking statements|about the author\b|share this\b|like this\b"
    r"|leave a (?:comment|reply)|responses\s*\(\d+\)|read more\b"
    r"|related(?: (?:articles|stories))?:?$"
    r"|more from\b)",
    re.I,
)
_PRESS_SOURCE = re.compile(r"^SOURCE\s")
_SKIP = [
    re.compile(
        r"^\(?(?:reporting|writing|editing|additional reporting|compiled|written) by\b", re.I
    ),
    re.compile(r"contributed (?:to )?(?:this |the )?(?:report|story|reporting|article)", re.I),
    re.compile(r"^(?:photo|image|picture|credit|caption)s?\s*:", re.I),
    re.compile(r"\bmin(?:ute)?s? read\b", re.I),
    re.compile(r"^[•·▪►›*]"),
    re.compile(r"^(?:advertisement|follow|share|sponsored)$", re.I),
]
_BYLINE = re.compile(
    r"^(?:by|written by|words by|text by|posted(?: on .+?)? by|von|por|par)\s+(?P<names>.{2,80})$",
    re.I,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\||·|\band\b|\bund\b|\by\b|\bet\b)\s*")
_CAPITALISED = re.compile(r"^[^\W\d_]")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title_case(title: str) -> bool:
    """True for "Nordvik Energy Storage to Supply 120 MWh Battery System" style headlines."""
    words = [w for w in _TITLE_WORD.findall(title)[1:] if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def article_chunks(title: str, paragraphs: Sequence[str]) -> tuple[list[Chunk], set[str]]:
    """The title and the story's paragraphs as chunks, and the names of any bylines."""
    chunks = [Chunk(title, TITLE, title_case=is_title_case(title))]
    bylines: set[str] = set()
    for paragraph in paragraphs:
        text = paragraph.strip()
        if _END_OF_STORY.match(text) or _PRESS_SOURCE.match(text):
            break
        if names := byline_names(text):
            bylines.update(names)
            continue
        if not text or seed_directives(text) is not None or any(p.search(text) for p in _SKIP):
            bylines.update(_medium_byline(text))
            continue
        chunks.append(Chunk(text, LEDE if len(chunks) == 1 else BODY))
    return chunks, bylines


def byline_names(text: str) -> list[str]:
    """The people a byline line names ("By Siri Andersland and Oskar Lund" -> both)."""
    match = _BYLINE.match(text)
    if not match or (text.rstrip().endswith((".", "!", "?")) and len(text) > 60):
        return []
    return [name for part in _NAME_SPLIT.split(match["names"]) if (name := _name_part(part))]


def _medium_byline(text: str) -> list[str]:
    """ "Tobias Krämer · 6 min read · Dec 6, 2025": the name before the first dot."""
    head = text.split("·")[0].strip()
    return [head] if "·" in text and 1 < len(head.split()) <= 4 else []


def _name_part(part: str) -> str:
    words = []
    for word in part.split():
        if not _CAPITALISED.match(word) or not word[0].isupper():
            break
        words.append(word)
    return " ".join(words[:4]) if words else ""
