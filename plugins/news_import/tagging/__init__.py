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

Integration contract (what the converter does; ``auto_tags`` keeps working meanwhile):

1. ``parse.py`` (header/body reading): offer each seed line to ``seed_directives(line)``
   before the chrome checks; a non-None result goes to a new ``Article.tag_directives``
   (merge several with ``merge_directives``) and the line is not body text. A ``Tags:``
   line with no ``+``/``-``/``=`` item stays page chrome, as today. (The tagger also
   skips such a line if it does reach the paragraphs.)
2. ``convert.py``, in ``convert_seeds`` after every seed is parsed and ``existing`` is
   indexed: ``editorial = load_editorial(content_dir / "editorial")`` (on
   ``EditorialError`` log it, naming file and line, and go on with ``Editorial()``), then
   ONE call over all parsed articles, assigning results in order to ``article.tags``::

       docs = [TagInput(a.title, a.paragraphs,
                        exclude=frozenset({*a.authors, a.agency, a.publisher} - {None, ""}),
                        lang=a.lang,
                        headings=[b.text for b in a.blocks if b.heading],
                        dateline=a.dateline,
                        directives=merge_directives(a.tag_directives, parse_directives(
                            by_source[seed].header.get("tags-editorial", ""))))
               for ...]
       for item, tags in zip(parsed, tag_articles(docs, editorial)): item.article.tags = tags

   (``parse_directives`` raises ``DirectiveError`` on a bad item: report it for that file
   and tag it without directives.) Drop the ``auto_tags`` call in ``_parse``.
3. ``render.py``: when the merged directives are non-empty write
   ``Tags-Editorial: format_directives(d)`` (key ``CONTENT_KEY``) in the header, so a
   regenerated file (``--force``) keeps the editor's choices.
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
