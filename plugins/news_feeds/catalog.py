"""The catalogue of feeds: the site feed, one per tag, category and author, and topics."""

from __future__ import annotations

from collections.abc import Iterable

from .model import FeedItem, FeedSpec, Site, Term
from .plan import feed_id, matches, newest_first
from .settings import FeedConfig

# kind -> (wording of the subtitle, how to find an item's terms of that kind)
_WORDING = {
    "tag": "Stories tagged {name} on {site}",
    "category": "Stories in {name} on {site}",
    "author": "Stories by {name} on {site}",
}


def _terms(item: FeedItem, kind: str) -> tuple[Term, ...]:
    if kind == "tag":
        return item.tags
    if kind == "author":
        return item.authors
    return (item.category,) if item.category is not None else ()


def catalog(
    items: Iterable[FeedItem], config: FeedConfig, site: Site, subtitle: str = ""
) -> list[FeedSpec]:
    """Every feed of the site, in a stable order: site, topics, categories, tags, authors."""
    ordered = newest_first(items)
    newest = max((item.updated for item in ordered), default=None)
    specs = [
        FeedSpec(
            kind="all",
            slug="",
            name=site.name,
            feed_id=feed_id(config.id_namespace, "all", ""),
            title=site.name,
            subtitle=subtitle or f"Every story on {site.name}",
            page_url=f"{site.url}/",
            base_path=config.paths["all"],
            items=ordered,
        )
    ]
    specs += _topic_specs(ordered, config, site, newest)
    for kind in ("category", "tag", "author"):
        specs += _group_specs(ordered, kind, config, site)
    return specs


def _group_specs(
    ordered: tuple[FeedItem, ...], kind: str, config: FeedConfig, site: Site
) -> list[FeedSpec]:
    groups: dict[str, tuple[Term, list[FeedItem]]] = {}
    for item in ordered:
        for term in _terms(item, kind):
            groups.setdefault(term.slug, (term, []))[1].append(item)
    return [
        FeedSpec(
            kind=kind,
            slug=slug,
            name=term.name,
            feed_id=feed_id(config.id_namespace, kind, slug),
            title=f"{term.name} — {site.name}",
            subtitle=_WORDING[kind].format(name=term.name, site=site.name),
            page_url=term.url or f"{site.url}/",
            base_path=config.paths[kind].format(slug=slug),
            items=tuple(members),
        )
        for slug, (term, members) in sorted(groups.items())
    ]


def _topic_specs(ordered, config: FeedConfig, site: Site, newest) -> list[FeedSpec]:
    return [
        FeedSpec(
            kind="topic",
            slug=rule.slug,
            name=rule.title,
            feed_id=feed_id(config.id_namespace, "topic", rule.slug),
            title=f"{rule.title} — {site.name}",
            subtitle=f"Stories about {rule.title} on {site.name}",
            page_url=f"{site.feeds_page_url}#topic-{rule.slug}"
            if site.feeds_page_url
            else f"{site.url}/",
            base_path=config.paths["topic"].format(slug=rule.slug),
            items=tuple(item for item in ordered if matches(rule, item)),
            fallback_updated=newest,
        )
        for rule in config.topics
    ]
