"""Wirefeed demo site settings for development builds (``make html``)."""

import os

SITENAME = "Wirefeed"
SITESUBTITLE = "News from the wire, cleaned up"
# Feeds need absolute links even in development; pages stay relative.
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = True

PATH = "content"
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = [""]
ARTICLE_EXCLUDES = ["pages"]
STATIC_PATHS: list[str] = []
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
DEFAULT_PAGINATION = 20

THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["news_import", "news_feeds", "news_seo", "site_search", "build_report"]

ARTICLE_URL = "{date:%Y}/{date:%m}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"

# A story in another language than DEFAULT_LANG is a story like any other, not a translation.
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
# Theme: every listing at a folder URL, and pagination that scales to thousands of
# stories (/page/2/, /tag/x/page/2/ …); the archives are paginated too.
INDEX_URL = ""
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
CATEGORIES_URL = "sections/"
CATEGORIES_SAVE_AS = "sections/index.html"
AUTHORS_URL = "authors/"
AUTHORS_SAVE_AS = "authors/index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = "archives/index.html"
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "search"]
PAGINATED_TEMPLATES = {
    "index": None,
    "tag": None,
    "category": None,
    "author": None,
    "archives": 100,
}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
NEWS_SEO: dict = {}
SITE_SEARCH: dict = {}

# Wirefeed's news_feeds plugin writes every feed; Pelican's own feeds stay off
# so no feed path is written twice.
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None

NEWS_IMPORT = {
    "SEEDS_DIR": "seeds",
    "DEFAULT_CATEGORY": "News",
    "ID_NAMESPACE": "wirefeed-demo",
    # make html STRICT=1: a failed or fallen-back seed fails the build (after it finishes).
    "STRICT": os.environ.get("WIREFEED_STRICT", "0") == "1",
}
# Every feed in Atom, RSS and JSON Feed; settings and URL scheme: README "Feeds".
NEWS_FEEDS = {
    "TOPICS": {
        "norway": {"title": "Norway", "any_tags": ["Norway", "Bergen", "Oslo", "Stavanger"]},
        "kenya": {"title": "Kenya", "any_tags": ["Kenya", "Kisumu", "Mombasa", "Nairobi"]},
        "bergen-business": {
            "title": "Business in Bergen",
            "all_tags": ["Bergen"],
            "category": "Business",
        },
    },
}
# One summary line per build; make publish compares with the live output/ itself.
BUILD_REPORT: dict = {}

# Conversion runs on every build; the content cache would hide its changes.
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
# Pelican's own "do not edit" reminder of deterministic output: no build time anywhere.
WITH_FUTURE_DATES = True
