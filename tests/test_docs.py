"""Every plugin setting is documented in the README with its default."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_feeds.settings import DEFAULTS as FEED_DEFAULTS
from news_import.settings import DEFAULTS as IMPORT_DEFAULTS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
KEYS = [("NEWS_IMPORT", k, v[0]) for k, v in IMPORT_DEFAULTS.items()] + [
    ("NEWS_FEEDS", k, v[0]) for k, v in FEED_DEFAULTS.items()
]


@pytest.mark.parametrize(("name", "key", "default"), KEYS, ids=[f"{n}.{k}" for n, k, _ in KEYS])
def test_setting_is_in_the_readme_table(name, key, default):
    expected = f'"{default}"' if isinstance(default, str) else repr(default)
    row = f'| `{name}["{key}"]` | `{expected}` |'
    assert row in README
