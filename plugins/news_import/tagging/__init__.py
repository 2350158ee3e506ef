"""Tags readers can follow: people, places, organisations and topics, one name per entity.

Pure and offline: plain-text data files in ``data/`` (see DATA_SOURCES.md), no model, no
downloads, no Pelican. Public API::

    auto_tags(title, paragraphs, exclude) -> list[str]          # one article, no editorial
    load_editorial(folder) -> Editorial                          # content/editorial/*.txt
    tag_articles(docs: list[TagInput], editorial) -> list[list[str]]   # the whole site
    parse_directives("+Oslo Accord, -Weather, =lock") -> TagDirectives
    seed_directives(line) -> TagDirectives | None                # a seed's "Tags: +A, -B" line
    merge_directives(seed, content_file) -> TagDirectives
    format_directives(directives) -> str                         # for "Tags-Editorial:"
    apply_directives(auto, directives) -> list[str]

Integration contract (what the converter does):

1. ``parse.py``: before the page-chrome check, offer each seed line to
   ``seed_directives(line)``; a non-None result is the article's seed directives (merge
   several with ``merge_directives``) and the line is not body text. A ``Tags:`` line
   with no ``+``/``-``/``=`` item stays page chrome, as today.
2. ``convert.py`` after parsing *all* seeds (``convert_seeds``, next to
   ``_fill_missing_dates``): ``editorial = load_editorial(content_root / "editorial")``
   (an ``EditorialError`` names file and line: report it and tag without the editorial),
   then one ``tag_articles`` call over every parsed article with
   ``TagInput(title, paragraphs, exclude={authors, agency, publisher}, lang=None,
   directives=merge_directives(seed_directives, parse_directives(existing header
   "tags-editorial")))`` and assign the results in order to ``article.tags``.
3. ``render.py``: write ``Tags-Editorial: format_directives(d)`` when ``d`` is non-empty,
   so a regenerated file (``--force``) keeps the editor's choices.
"""

from .directives import (
    CONTENT_KEY,
    DirectiveError,
    TagDirectives,
    apply_directives,
    format_directives,
    merge_directives,
    parse_directives,
    seed_directives,
)
from .editorial import Editorial, EditorialError, Topic, load_editorial
from .site import MAX_TAGS, TagInput, auto_tags, tag_articles

__all__ = [
    "CONTENT_KEY",
    "MAX_TAGS",
    "DirectiveError",
    "Editorial",
    "EditorialError",
    "TagDirectives",
    "TagInput",
    "Topic",
    "apply_directives",
    "auto_tags",
    "format_directives",
    "load_editorial",
    "merge_directives",
    "parse_directives",
    "seed_directives",
    "tag_articles",
]
