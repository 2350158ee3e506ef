"""Safe, unique, stable slugs for content file names and URLs."""

from __future__ import annotations

import hashlib

from slugify import slugify

MAX_LENGTH = 80


def slug_for(title: str, source_file: str) -> str:
    """Transliterated ASCII slug of the title; a hash of the seed name when nothing is left."""
    slug = slugify(title, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    if slug:
        return slug
    return "article-" + hashlib.sha256(source_file.encode()).hexdigest()[:10]


def unique_slug(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3`` … whichever is not taken yet."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate
