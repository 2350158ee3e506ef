"""Pelican glue: enrich articles and pages for the theme, then write the crawler files last."""

from __future__ import annotations

from datetime import datetime
import logging
from pathlib import Path
from urllib.parse import urlsplit

from pelican import signals

from . import crawl, jsonld, related, text
from .files import write_if_changed
from .settings import SETTINGS_NAME, absolute_site_url, resolve

log = logging.getLogger(__name__)

CONTEXT_KEY = "SEO"
WRITTEN_KEY = "SEO_WRITTEN"


def expose_settings(generator) -> None:
    """``generator_init`` receiver: resolved settings (absolute SITE_URL) for templates."""
    context = generator.context
    if CONTEXT_KEY in context:
        return
    config = resolve(generator.settings.get(SETTINGS_NAME))
    config["SITE_URL"] = absolute_site_url(config, generator.settings)
    config["SITE_PATH"] = urlsplit(config["SITE_URL"]).path.rstrip("/")
    context[CONTEXT_KEY] = config
    context[WRITTEN_KEY] = []


def enrich_articles(generator) -> None:
    """``article_generator_finalized`` receiver: description, reading time, relations, JSON-LD."""
    config = generator.context[CONTEXT_KEY]
    settings = generator.settings
    listed = sorted(generator.articles, key=lambda a: (a.date, a.source_path), reverse=True)
    everything = [*listed, *generator.translations, *generator.hidden_articles]
    for article in everything:
        _describe(article, config)
        article.jsonld = jsonld.script_json(jsonld.news_article(_facts(article, config, settings)))
    _relate(listed, config)
    publisher = _publisher(config, settings)
    site = jsonld.website(
        settings.get("SITENAME", ""),
        config["SITE_URL"] + "/",
        text.plain_text(settings.get("SITESUBTITLE") or ""),
        settings.get("DEFAULT_LANG", "en"),
        publisher,
    )
    generator.context["SEO_SITE_JSONLD"] = jsonld.script_json(site)


def enrich_pages(generator) -> None:
    """``page_generator_finalized`` receiver: meta descriptions for static pages."""
    config = generator.context[CONTEXT_KEY]
    for page in [*generator.pages, *generator.hidden_pages]:
        _describe(page, config)


def record_written(path, context=None) -> None:
    """``content_written`` receiver: remember each indexable page and its last change."""
    if not context or WRITTEN_KEY not in context:
        return
    output_file = context.get("output_file") or ""
    if output_file in context[CONTEXT_KEY]["SITEMAP_EXCLUDE"]:
        return
    content = context.get("article") or context.get("page")
    if content is not None and getattr(content, "status", "published") != "published":
        return
    context[WRITTEN_KEY].append((output_file, _lastmod(content, context)))


def add_generator(_pelican):
    """``get_generators`` receiver: the crawler files are written after every page."""
    return CrawlerFilesGenerator


class CrawlerFilesGenerator:
    """Writes sitemap.xml, the news sitemap and robots.txt once all pages are written."""

    def __init__(self, context, settings, path, theme, output_path, **_ignored) -> None:
        self.context = context
        self.settings = settings
        self.output_path = Path(output_path)

    def generate_output(self, _writer) -> None:
        """Build the files from what was written and from the articles."""
        config = self.context.get(CONTEXT_KEY)
        if config is None:
            return
        files = _crawler_files(config, self.context, self.settings)
        written = sum(
            write_if_changed(self.output_path / name, data) for name, data in files.items()
        )
        log.info("news_seo: %s, %d files written", ", ".join(sorted(files)) or "nothing", written)


def _crawler_files(config: dict, context: dict, settings: dict) -> dict[str, bytes]:
    site_url = config["SITE_URL"]
    files: dict[str, bytes] = {}
    if config["SITEMAP"]:
        pages = [
            crawl.PageEntry(crawl.page_url(site_url, output_file), lastmod)
            for output_file, lastmod in context.get(WRITTEN_KEY, [])
        ]
        files.update(crawl.sitemap_files(pages, config["SITEMAP"], site_url))
    if config["NEWS_SITEMAP"]:
        stories = [
            crawl.NewsEntry(
                url=f"{site_url}/{article.url}",
                title=text.plain_text(article.title),
                published=article.date,
                lang=getattr(article, "lang", "") or settings.get("DEFAULT_LANG", "en"),
            )
            for article in context.get("articles", [])
        ]
        recent = crawl.recent_news(stories, int(config["NEWS_DAYS"]))
        publication = config["PUBLISHER"] or settings.get("SITENAME", "")
        files[config["NEWS_SITEMAP"]] = crawl.news_sitemap(recent, publication)
    if config["ROBOTS"]:
        maps = [
            f"{site_url}/{name}" for name in (config["SITEMAP"], config["NEWS_SITEMAP"]) if name
        ]
        files[config["ROBOTS"]] = crawl.robots_txt(maps).encode("utf-8")
    return files


def _describe(content, config: dict) -> None:
    summary = text.plain_text(getattr(content, "summary", "") or "")
    body = text.plain_text(content.content)
    content.meta_description = text.describe(summary or body, int(config["DESCRIPTION_LENGTH"]))
    content.word_count = text.word_count(body)
    content.reading_minutes = text.reading_minutes(
        content.word_count, int(config["WORDS_PER_MINUTE"])
    )


def _relate(listed: list, config: dict) -> None:
    keys = [article.source_path for article in listed]
    by_key = dict(zip(keys, listed, strict=True))
    tags_of = {
        article.source_path: [tag.slug for tag in getattr(article, "tags", [])]
        for article in listed
    }
    relations = related.related_by_tags(tags_of, keys, int(config["RELATED_COUNT"]))
    around = related.neighbours(keys)
    for key, article in by_key.items():
        article.related_articles = [by_key[other] for other in relations[key]]
        newer, older = around[key]
        article.newer_article = by_key[newer] if newer else None
        article.older_article = by_key[older] if older else None


def _facts(article, config: dict, settings: dict) -> jsonld.ArticleFacts:
    site_url = config["SITE_URL"]
    category = getattr(article, "category", None)
    sources = [getattr(article, "agency", ""), getattr(article, "publisher", "")]
    return jsonld.ArticleFacts(
        url=f"{site_url}/{article.url}",
        headline=text.plain_text(article.title),
        description=article.meta_description,
        published=article.date,
        modified=_changed(article) or article.date,
        authors=tuple(
            jsonld.Person(author.name, f"{site_url}/{author.url}")
            for author in getattr(article, "authors", [])
        ),
        publisher=_publisher(config, settings),
        dateline=text.plain_text(getattr(article, "dateline", "") or ""),
        section=category.name if category else "",
        keywords=tuple(tag.name for tag in getattr(article, "tags", [])),
        lang=getattr(article, "lang", "") or settings.get("DEFAULT_LANG", "en"),
        sources=tuple(jsonld.Organization(text.plain_text(name)) for name in sources if name),
        word_count=article.word_count,
    )


def _publisher(config: dict, settings: dict) -> jsonld.Organization:
    logo = config["PUBLISHER_LOGO"]
    if logo and "://" not in logo:
        logo = f"{config['SITE_URL']}/{logo.lstrip('/')}"
    name = config["PUBLISHER"] or settings.get("SITENAME", "")
    return jsonld.Organization(name=name, url=config["SITE_URL"] + "/", logo=logo)


def _lastmod(content, context: dict) -> datetime | None:
    if content is not None:
        return _changed(content)
    page = context.get("articles_page")
    articles = page.object_list if page is not None else context.get("articles") or []
    dates = [_changed(article) for article in articles]
    return max((date for date in dates if date is not None), default=None)


def _changed(content) -> datetime | None:
    """When a story or page last changed: its modified date, never before its date."""
    dates = [getattr(content, "date", None), getattr(content, "modified", None)]
    return max((date for date in dates if date is not None), default=None)


def register() -> None:
    """Connect the receivers (module-level functions: Pelican holds them weakly)."""
    signals.generator_init.connect(expose_settings)
    signals.article_generator_finalized.connect(enrich_articles)
    signals.page_generator_finalized.connect(enrich_pages)
    signals.content_written.connect(record_written)
    signals.get_generators.connect(add_generator)
