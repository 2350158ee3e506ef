"""The conversion plugin's glue against a real Pelican ArticlesGenerator."""

from __future__ import annotations

from pathlib import Path
import shutil

from conftest import SITE
from pelican.generators import ArticlesGenerator
from pelican.tests.support import get_context, get_settings

from news_import import glue


def _generator(root: Path, **news_import) -> ArticlesGenerator:
    settings = get_settings(
        PATH=str(root / "content"),
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
        NEWS_IMPORT={"SEEDS_DIR": "seeds", **news_import},
        DEFAULT_DATE="fs",
    )
    context = get_context(settings)
    return ArticlesGenerator(
        context=context,
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path=str(root / "output"),
    )


def _site(tmp_path: Path) -> Path:
    shutil.copytree(SITE / "seeds", tmp_path / "seeds")
    (tmp_path / "content").mkdir()
    return tmp_path


def test_receiver_converts_seeds_before_pelican_reads_them(tmp_path, caplog):
    root = _site(tmp_path)
    generator = _generator(root)
    glue.convert_before_reading(generator)
    generator.generate_context()
    titles = sorted(article.title for article in generator.articles)
    assert titles == [
        "Bergen harbour switches cruise ships to shore power",
        "Ferry operators in Bergen freeze winter fares after fuel costs ease",
        "Volunteers repaint the lighthouse at Hellisøy",
    ]
    assert "news_import: broken-empty.txt failed: the seed is empty" in caplog.text
    ferry = next(a for a in generator.articles if a.title.startswith("Ferry"))
    assert ferry.metadata["agency"] == "Reuters"
    assert ferry.metadata["dateline"] == "BERGEN"
    assert [author.name for author in ferry.authors] == ["Ingrid Solberg", "Tomas Halvorsen"]
    assert ferry.metadata["entry-id"].startswith("urn:uuid:")


def test_seeds_are_only_read(tmp_path):
    root = _site(tmp_path)
    before = {p.name: p.read_bytes() for p in (root / "seeds").iterdir()}
    glue.convert_before_reading(_generator(root))
    assert {p.name: p.read_bytes() for p in (root / "seeds").iterdir()} == before


def test_unknown_setting_is_logged(tmp_path, caplog):
    root = _site(tmp_path)
    glue.convert_before_reading(_generator(root, SEED_DIR="typo"))
    assert "unknown setting NEWS_IMPORT.SEED_DIR" in caplog.text


def test_hand_edited_file_is_kept_and_reported(tmp_path, caplog):
    root = _site(tmp_path)
    glue.convert_before_reading(_generator(root))
    target = root / "content" / "bergen-harbour-switches-cruise-ships-to-shore-power.md"
    edited = target.read_text().replace("Cruise ships calling", "Cruise liners calling")
    target.write_text(edited)
    glue.convert_before_reading(_generator(root))
    assert target.read_text() == edited
    assert "kept bergen-harbour-switches-cruise-ships-to-shore-power.md" in caplog.text
    glue.convert_before_reading(_generator(root, FORCE=True))
    assert "Cruise ships calling" in target.read_text()
