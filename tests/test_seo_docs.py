"""Every setting of the page-metadata and search plugins is in the README with its default."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_seo.settings import DEFAULTS as SEO_DEFAULTS
from site_search.settings import DEFAULTS as SEARCH_DEFAULTS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
KEYS = [("NEWS_SEO", k, v[0]) for k, v in SEO_DEFAULTS.items()] + [
    ("SITE_SEARCH", k, v[0]) for k, v in SEARCH_DEFAULTS.items()
]


@pytest.mark.parametrize(("name", "key", "default"), KEYS, ids=[f"{n}.{k}" for n, k, _ in KEYS])
def test_setting_is_in_the_readme_table(name, key, default):
    expected = f'"{default}"' if isinstance(default, str) else repr(default)
    row = f'| `{name}["{key}"]` | `{expected}` |'
    assert row in README
