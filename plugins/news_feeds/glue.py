"""Pelican glue: gather the built articles and write the feeds once articles are written."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals

from .build import build_feed, render_feed, write_if_changed
from .model import FeedItem, FeedSpec
from .settings import SETTINGS_NAME, resolve

log = logging.getLogger(__name__)

# kind -> (settings prefix, generator attribute, subtitle wording)
_GROUPS = (
    ("TAG", "tags", "Stories tagged {name}"),
    ("CATEGORY", "categories", "Stories in {name}"),
    ("AUTHOR", "authors", "Stories by {name}"),
)


def expose_feed_paths(generator) -> None:
    """``generator_init`` receiver: let templates link the feeds (``WIREFEED_FEEDS``)."""
    generator.context["WIREFEED_FEEDS"] = resolve(generator.settings.get(SETTINGS_NAME))


def write_feeds(generator, writer) -> None:
    """``article_writer_finalized`` receiver: the site feed, then one per tag, category, author."""
    settings = generator.settings
    config = resolve(settings.get(SETTINGS_NAME))
    site_url = _site_url(settings, config)
    items = {id(article): _item(article, site_url) for article in generator.articles}
    specs = [_spec(settings, config, site_url, "ALL", None, "Every story", list(items.values()))]
    for prefix, attribute, wording in _GROUPS:
        groups = getattr(generator, attribute)
        pairs = groups.items() if isinstance(groups, dict) else groups
        for group, articles in sorted(pairs, key=lambda pair: pair[0].slug):
            chosen = [items[id(a)] for a in articles if id(a) in items]
            subtitle = wording.format(name=group.name)
            specs.append(_spec(settings, config, site_url, prefix, group, subtitle, chosen))
    written = sum(_write(spec, Path(writer.output_path)) for spec in specs)
    log.info("news_feeds: %d feeds, %d files written", len(specs) * 2, written)


def _write(spec: FeedSpec, output: Path) -> int:
    atom, rss = render_feed(build_feed(list(spec.items), spec))
    return write_if_changed(output / spec.atom_path, atom) + write_if_changed(
        output / spec.rss_path, rss
    )


def _site_url(settings: dict, config: dict) -> str:
    url = config["SITE_URL"] or settings.get("FEED_DOMAIN") or settings.get("SITEURL") or ""
    if not url:
        log.warning("news_feeds: no SITEURL; feed links fall back to http://localhost:8000")
        url = "http://localhost:8000"
    return url.rstrip("/")


def _item(article, site_url: str) -> FeedItem:
    published = article.date
    updated = getattr(article, "modified", None) or published
    return FeedItem(
        entry_id=article.metadata.get("entry-id") or f"{site_url}/{article.url}",
        title=article.title,
        url=f"{site_url}/{article.url}",
        published=published,
        updated=updated,
        summary_html=article.summary,
        content_html=article.get_content(site_url),
        authors=tuple(author.name for author in getattr(article, "authors", [])),
        tags=tuple(tag.name for tag in getattr(article, "tags", [])),
        category=article.category.name if getattr(article, "category", None) else "",
        lang=getattr(article, "lang", "") or "",
    )


def _spec(settings, config, site_url, prefix, group, subtitle, items) -> FeedSpec:
    """Describe one feed; ``group`` is a Pelican Tag/Category/Author, None for the site feed."""
    sitename = settings.get("SITENAME", "Wirefeed")
    slug = group.slug if group is not None else ""
    atom_path = config[f"{prefix}_ATOM"].format(slug=slug)
    rss_path = config[f"{prefix}_RSS"].format(slug=slug)
    page = f"{site_url}/{group.url}" if group is not None else f"{site_url}/"
    return FeedSpec(
        feed_id=f"{config['ID_PREFIX'] or site_url}/{atom_path}",
        title=f"{group.name} — {sitename}" if group is not None else sitename,
        subtitle=f"{subtitle} on {sitename}",
        page_url=page,
        atom_url=f"{site_url}/{atom_path}",
        rss_url=f"{site_url}/{rss_path}",
        atom_path=atom_path,
        rss_path=rss_path,
        lang=settings.get("DEFAULT_LANG", "en"),
        items=tuple(items),
    )


def register() -> None:
    """Connect the receivers (module-level functions: Pelican holds them weakly)."""
    signals.generator_init.connect(expose_feed_paths)
    signals.article_writer_finalized.connect(write_feeds)
