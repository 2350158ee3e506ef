"""Which feeds exist, which entries each holds, and where every document lives.

Pure functions over :class:`FeedItem` lists. Ordering is always by (date, entry id), so
the same articles give the same feeds. Archive pages follow RFC 5005: the history is cut
into chunks of ``max_entries`` counted from the *oldest* entry, and only full chunks
become archive pages, so a page never changes once written when newer stories arrive.
"""

from __future__ import annotations

from collections.abc import Iterable
import uuid

from .model import FORMATS, Document, FeedItem, FeedLink, FeedSpec, Term, TopicRule


def newest_first(items: Iterable[FeedItem]) -> tuple[FeedItem, ...]:
    """Items sorted newest first, ties broken by entry id (stable across builds)."""
    return tuple(sorted(items, key=lambda item: (item.published, item.entry_id), reverse=True))


def feed_id(namespace: str, kind: str, slug: str) -> str:
    """A feed's permanent id: the same for every format, host and URL scheme."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{namespace}:feed:{kind}:{slug}')}"


def matches(rule: TopicRule, item: FeedItem) -> bool:
    """True when ``item`` belongs to the topic: any-of tags, all-of tags and category."""
    tags = {key for tag in item.tags for key in _keys(tag)}
    wanted_any = {_key(name) for name in rule.any_tags}
    wanted_all = {_key(name) for name in rule.all_tags}
    if wanted_any and not wanted_any & tags:
        return False
    if not wanted_all <= tags:
        return False
    return not rule.category or (
        item.category is not None and _key(rule.category) in _keys(item.category)
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _keys(term: Term) -> set[str]:
    return {_key(term.name), _key(term.slug)}


def archive_pages(total: int, max_entries: int) -> int:
    """How many archive pages a feed of ``total`` entries has: its full oldest-first chunks."""
    return total // max_entries if total > max_entries else 0


def documents(spec: FeedSpec, max_entries: int) -> list[Document]:
    """The current document of ``spec`` and its full archive pages (RFC 5005)."""
    oldest_first = spec.items[::-1]
    full_pages = archive_pages(len(oldest_first), max_entries)
    newest_archive = full_pages or None
    docs = [Document(spec, 0, spec.items[:max_entries], newest_archive, newest_archive)]
    for page in range(1, full_pages + 1):
        chunk = oldest_first[(page - 1) * max_entries : page * max_entries]
        older = page - 1 or None
        docs.append(Document(spec, page, newest_first(chunk), older, newest_archive))
    return docs


def document_path(base_path: str, page: int, fmt: str, archive_path: str) -> str:
    """Output path of one format of a document; page 0 is the current feed."""
    base = archive_path.format(feed=base_path, page=page) if page else base_path
    return base + FORMATS[fmt].ending


def feed_links(
    spec: FeedSpec, formats: Iterable[str], site_url: str, archive_path: str, page: int = 0
) -> list[FeedLink]:
    """Links to each format of one document of ``spec``, for pages and for feeds."""
    return [
        FeedLink(
            href=f"{site_url}/{document_path(spec.base_path, page, fmt, archive_path)}",
            media_type=FORMATS[fmt].media_type,
            label=FORMATS[fmt].label,
            title=f"{spec.title} ({FORMATS[fmt].label})",
        )
        for fmt in formats
    ]
