"""schema.org JSON-LD for news pages, built as data and serialised with ``json.dumps``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
import json
from typing import Any

CONTEXT = "https://schema.org"
# Characters that could end a <script> element or start markup; JSON allows \\u escapes.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


@dataclass(frozen=True, slots=True)
class Person:
    """A byline name and the absolute URL of the author's page."""

    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Organization:
    """A publisher or news agency; url and logo may be empty."""

    name: str
    url: str = ""
    logo: str = ""


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything the NewsArticle markup of one story says; URLs are absolute."""

    url: str
    headline: str
    description: str
    published: datetime
    modified: datetime
    authors: tuple[Person, ...]
    publisher: Organization
    dateline: str = ""
    section: str = ""
    keywords: tuple[str, ...] = ()
    lang: str = ""
    sources: tuple[Organization, ...] = ()
    word_count: int = 0


def news_article(facts: ArticleFacts) -> dict[str, Any]:
    """The NewsArticle object of one story; empty fields are left out."""
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": facts.url},
        "url": facts.url,
        "headline": facts.headline,
        "description": facts.description,
        "datePublished": facts.published.isoformat(),
        "dateModified": facts.modified.isoformat(),
        "author": [_person(person) for person in facts.authors],
        "publisher": _organization(facts.publisher),
        "dateline": facts.dateline,
        "articleSection": facts.section,
        "keywords": list(facts.keywords),
        "inLanguage": facts.lang,
        "sourceOrganization": [_organization(source) for source in facts.sources],
        "wordCount": facts.word_count,
        "isAccessibleForFree": True,
    }
    return {key: value for key, value in data.items() if value not in ("", [], 0, None)}


def website(name: str, url: str, description: str, lang: str, publisher: Organization) -> dict:
    """The WebSite object of the home page."""
    data = {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": name,
        "url": url,
        "description": description,
        "inLanguage": lang,
        "publisher": _organization(publisher),
    }
    return {key: value for key, value in data.items() if value}


def script_json(data: dict[str, Any]) -> str:
    """``data`` as JSON that is safe inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escape)
    return text


def _person(person: Person) -> dict[str, str]:
    return {"@type": "Person", "name": person.name, "url": person.url}


def _organization(org: Organization) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Organization", "name": org.name}
    if org.url:
        data["url"] = org.url
    if org.logo:
        data["logo"] = {"@type": "ImageObject", "url": org.logo}
    return data
