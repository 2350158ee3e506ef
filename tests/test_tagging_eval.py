"""The labelled articles: the tagger must keep precision and recall at 90 % or better."""

from __future__ import annotations

from pathlib import Path

import pytest

from news_import.tagging import load_editorial
from news_import.tagging.evaluate import duplicates, read_fixture, score, tag_fixtures
from news_import.tagging.tokens import fold

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tags"
SPLITS = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())


@pytest.fixture(scope="module")
def editorial():
    return load_editorial(ROOT / "content" / "editorial")


def test_there_are_at_least_thirty_labelled_articles():
    fixtures = [read_fixture(path) for path in FIXTURES.rglob("*.txt")]
    assert len(fixtures) >= 30
    sections = {fixture.section for fixture in fixtures}
    assert {"business", "sports", "tech", "health", "politics"} <= sections
    assert all(fixture.required for fixture in fixtures)


@pytest.mark.parametrize("split", SPLITS)
def test_precision_and_recall_stay_above_ninety_percent(split, editorial):
    fixtures = [read_fixture(path) for path in sorted((FIXTURES / split).glob("*.txt"))]
    total = score(fixtures, tag_fixtures(fixtures, editorial))
    assert total.precision >= 0.9, total
    assert total.recall >= 0.9, total


@pytest.mark.parametrize("split", SPLITS)
def test_no_article_names_an_entity_twice(split, editorial):
    fixtures = [read_fixture(path) for path in sorted((FIXTURES / split).glob("*.txt"))]
    topics = frozenset(fold(topic.name) for topic in editorial.topics)
    for fixture, tags in zip(fixtures, tag_fixtures(fixtures, editorial), strict=True):
        keys = [fold(tag) for tag in tags]
        assert len(keys) == len(set(keys)), (fixture.name, tags)
        assert not duplicates(tags, topics), (fixture.name, tags)
