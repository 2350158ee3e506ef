"""The article's language as an ISO 639-1 code, detected with py3langid."""

from __future__ import annotations

import py3langid

_SAMPLE = 2000


def detect_language(title: str, paragraphs: list[str]) -> str | None:
    """Two-letter language code of the text, or None when there is too little text to tell."""
    sample = " ".join([title, *paragraphs])[:_SAMPLE]
    if len(sample.split()) < 3:
        return None
    code, _score = py3langid.classify(sample)
    return code
