"""Pelican glue: turn articles into feed items, plan the feeds, write them after the pages."""

from __future__ import annotations

import logging
from pathlib import Path
import uuid

from pelican import signals
from pelican.generators import PelicanTemplateNotFound

from .catalog import catalog
from .clean import bounded_content, clean_html, credit_html, plain_text
from .model import FeedItem, Site, Term
from .outputs import feed_files, opml_file, template_view
from .settings import SETTINGS_NAME, FeedConfig, resolve
from .store import write_if_changed

log = logging.getLogger(__name__)

CONTEXT_KEY = "WIREFEED_FEEDS"
_PLAN_KEY = "_WIREFEED_PLAN"
STYLESHEET = Path(__file__).with_name("feed.css")
# Numbers of the latest build, for the build_report plugin (set, never added up).
_COUNTS: dict[str, int] = {"feeds": 0}


def expose_site_feeds(generator) -> None:
    """``generator_init`` receiver: templates can link the site feeds from the start."""
    if CONTEXT_KEY not in generator.context:
        config, site = _setup(generator.settings)
        generator.context[CONTEXT_KEY] = template_view(catalog([], config, site), config, site)
        if config.page_save_as:
            generator.context.setdefault("FEEDS_URL", config.page_url)


def plan_feeds(generator) -> None:
    """``article_generator_finalized`` receiver: every feed, before any page is written."""
    config, site = _setup(generator.settings)
    items = [_item(article, config) for article in generator.articles]
    specs = catalog(items, config, site, generator.settings.get("SITESUBTITLE") or "")
    for spec in specs:
        if spec.kind == "topic" and not spec.items:
            log.info("news_feeds: topic %s in the settings file matches no story yet", spec.slug)
    generator.context[CONTEXT_KEY] = template_view(specs, config, site)
    generator.context[_PLAN_KEY] = (specs, config, site)


def write_feeds(generator, writer) -> None:
    """``article_writer_finalized`` receiver: feeds, stylesheet, OPML and the feeds page."""
    if _PLAN_KEY not in generator.context:
        log.error("news_feeds: no feed plan for %s; no feeds written", writer.output_path)
        return
    specs, config, site = generator.context[_PLAN_KEY]
    output = Path(writer.output_path)
    files = list(feed_files(specs, config, site))
    _COUNTS["feeds"] = len(files)
    if config.stylesheet:
        files.append((config.stylesheet, STYLESHEET.read_bytes()))
    if config.opml:
        files.append((config.opml, opml_file(specs, config, site)))
    written = sum(write_if_changed(output / path, data) for path, data in files)
    log.info("news_feeds: %d feeds in %d files, %d rewritten", len(specs), len(files), written)
    _write_feeds_page(generator, writer, config)


def build_counts() -> dict[str, int]:
    """For the build_report plugin: how many feed files the latest build produced."""
    return dict(_COUNTS)


def _write_feeds_page(generator, writer, config: FeedConfig) -> None:
    if not config.page_save_as:
        return
    try:
        template = generator.get_template("feeds")
    except PelicanTemplateNotFound:
        log.warning("news_feeds: the theme has no feeds.html; %s not written", config.page_save_as)
        return
    writer.write_file(
        config.page_save_as,
        template,
        generator.context,
        relative_urls=generator.settings.get("RELATIVE_URLS", False),
        url=config.page_url,
        page_name="feeds",
    )


def _setup(settings: dict) -> tuple[FeedConfig, Site]:
    config = resolve(settings.get(SETTINGS_NAME), settings)
    site = Site(
        name=settings.get("SITENAME", "Wirefeed"),
        url=config.site_url,
        lang=settings.get("DEFAULT_LANG", "en"),
        icon=_absolute(config.icon, config.site_url),
        logo=_absolute(config.logo, config.site_url),
        hub=config.hub,
        stylesheet_url=_absolute(config.stylesheet, config.site_url),
        feeds_page_url=_absolute(config.page_url, config.site_url) if config.page_save_as else "",
    )
    return config, site


def _absolute(path: str, site_url: str) -> str:
    if not path or "://" in path:
        return path
    return f"{site_url}/{path.lstrip('/')}"


def _term(thing, site_url: str) -> Term:
    return Term(name=plain_text(thing.name), slug=thing.slug, url=f"{site_url}/{thing.url}")


def _item(article, config: FeedConfig) -> FeedItem:
    """One Pelican article as every feed sees it."""
    site_url = config.site_url
    url = f"{site_url}/{article.url}"
    summary = plain_text(article.summary)
    content = clean_html(article.get_content(site_url), url) + credit_html(
        plain_text(article.metadata.get("agency", "")),
        plain_text(article.metadata.get("publisher", "")),
    )
    content, cut = bounded_content(content, summary, url, config.max_content_chars)
    if cut:
        log.warning(
            "news_feeds: %s is too long for feeds; they carry its summary", _source(article)
        )
    modified = getattr(article, "modified", None)
    category = getattr(article, "category", None)
    return FeedItem(
        entry_id=_entry_id(article, config),
        title=plain_text(article.title),
        url=url,
        published=article.date,
        updated=max(article.date, modified) if modified else article.date,
        summary=summary,
        content_html=content,
        authors=tuple(_term(a, site_url) for a in getattr(article, "authors", None) or ()),
        tags=tuple(_term(t, site_url) for t in getattr(article, "tags", None) or ()),
        category=_term(category, site_url) if category else None,
        lang=getattr(article, "lang", "") or "",
        publisher=plain_text(article.metadata.get("publisher", "")),
        agency=plain_text(article.metadata.get("agency", "")),
    )


def _entry_id(article, config: FeedConfig) -> str:
    """The ``Entry-Id`` minted at conversion; a hand-made article gets one from its file."""
    entry_id = str(article.metadata.get("entry-id", "")).strip()
    if entry_id:
        return entry_id
    source = _source(article)
    log.warning("news_feeds: %s has no Entry-Id; its feed id comes from its file name", source)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{config.id_namespace}:{source}')}"


def _source(article) -> str:
    return str(getattr(article, "relative_source_path", "") or article.source_path)


def register() -> None:
    """Connect the receivers (module-level functions: Pelican holds them weakly)."""
    signals.generator_init.connect(expose_site_feeds)
    signals.article_generator_finalized.connect(plan_feeds)
    signals.article_writer_finalized.connect(write_feeds)
