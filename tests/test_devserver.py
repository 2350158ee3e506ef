"""make devserver: a real preview server rebuilds on seed, content, theme and settings changes.

The server runs in a subprocess on a free port over a temporary site; each step polls the
served front page (bounded) until the change shows, then the server is stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
import os
from pathlib import Path
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from conftest import ROOT, make_site
import pytest

from wirefeed_publish.devserver import is_conversion_output
from wirefeed_publish.watch import changed, fingerprint, plan_watch

SETTINGS = """import sys
sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: F403
PLUGIN_PATHS = [{plugins!r}]
THEME = {theme!r}
SITENAME = {name!r}
"""
NEW_SEED = """Ferry Crew Rescues Kayakers Off the Outer Skerries

12 December 2025

By Maren Holt

The crew of the morning ferry pulled two kayakers from the water off the outer skerries on Friday.

Both were taken to the harbour clinic and were said to be cold but unhurt.
"""
NEW_HEADLINE = "Ferry Crew Rescues Kayakers"


class Preview:
    """A running ``python -m wirefeed_publish devserver`` and the lines it has printed."""

    def __init__(self, site: Path, settings: Path) -> None:
        command = [sys.executable, "-m", "wirefeed_publish", "devserver", "--port", "0"]
        command += ["--settings", str(settings), "--content", str(site / "content")]
        command += ["--output", str(site / "output")]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "COLUMNS": "1000"}
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            command, cwd=site, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def port(self) -> int:
        found = self.wait(
            lambda: re.search(r"at http://127\.0\.0\.1:(\d+)/", "\n".join(self.lines))
        )
        return int(found.group(1))

    def wait(self, check: Callable[[], object]):
        """Wait for ``check``; on a time-out, fail with the end of the server's log."""
        return wait_for(check, self.lines)

    def rebuild_reasons(self) -> list[str]:
        """Why each rebuild ran, leaving out edits to Wirefeed's own plugins meanwhile."""
        marker = "wirefeed_publish: rebuilding: "
        reasons = [line.split(marker, 1)[1].split(", ") for line in self.lines if marker in line]
        in_site = [[path for path in paths if not path.startswith("..")] for paths in reasons]
        return [", ".join(paths) for paths in in_site if paths]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=30)
        self.process.stdout.close()


def wait_for(check: Callable[[], object], log: list[str], tries: int = 240):
    """Call ``check`` until it returns something truthy (bounded: ``tries`` x 0.25 s)."""
    for _ in range(tries):
        result = check()
        if result:
            return result
        time.sleep(0.25)
    pytest.fail("the preview did not show the change; its log:\n" + "\n".join(log[-40:]))


def front_page(port: int) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            return response.read().decode()
    except (urllib.error.URLError, ConnectionError):
        return ""


def replace_file(path: Path, text: str, scratch: Path) -> None:
    """Write ``path`` in one step, as editors do (new file beside, then rename)."""
    scratch.mkdir(exist_ok=True)
    temporary = scratch / path.name
    temporary.write_text(text)
    os.replace(temporary, path)


@pytest.fixture
def preview_site(tmp_path) -> Iterator[tuple[Path, Path, Preview]]:
    site = make_site(tmp_path)
    theme = shutil.copytree(ROOT / "theme", site / "theme")
    settings = site / "siteconf.py"
    settings.write_text(
        SETTINGS.format(
            root=str(ROOT), plugins=str(ROOT / "plugins"), theme=str(theme), name="Harbour Wire"
        )
    )
    preview = Preview(site, settings)
    try:
        yield site, settings, preview
    finally:
        preview.stop()


def test_devserver_rebuilds_on_every_kind_of_change_and_never_on_its_own_writes(preview_site):
    site, settings, preview = preview_site
    scratch = site / "scratch"
    port = preview.port()
    preview.wait(lambda: "Harbour Wire" in front_page(port))

    replace_file(site / "seeds" / "2025-12-12-kayak-rescue.txt", NEW_SEED, scratch)
    preview.wait(lambda: NEW_HEADLINE in front_page(port))

    article = next(site.joinpath("content").glob("*kayakers*.md"))
    text = article.read_text()
    replace_file(article, text.replace(NEW_HEADLINE, "Skerry Rescue"), scratch)
    preview.wait(lambda: "Skerry Rescue" in front_page(port))

    base = site / "theme" / "templates" / "base.html"
    replace_file(base, base.read_text() + "<!-- preview-mark -->\n", scratch)
    preview.wait(lambda: "preview-mark" in front_page(port))

    replace_file(settings, settings.read_text().replace("Harbour Wire", "Fjord Wire"), scratch)
    preview.wait(lambda: "Fjord Wire" in front_page(port))

    # One rebuild per change; the content files the seed conversion wrote started none.
    assert preview.rebuild_reasons() == [
        "first build",
        "seeds/2025-12-12-kayak-rescue.txt",
        f"content/{article.name}",
        "theme/templates/base.html",
        "siteconf.py",
    ]


def test_a_broken_template_keeps_the_last_good_preview_up(preview_site):
    site, _settings, preview = preview_site
    port = preview.port()
    preview.wait(lambda: "Harbour Wire" in front_page(port))
    base = site / "theme" / "templates" / "base.html"
    good = base.read_text()
    replace_file(base, good + "{% block never_closed %}\n", site / "scratch")
    preview.wait(lambda: any("left as it was" in line for line in preview.lines))
    assert "Harbour Wire" in front_page(port)
    replace_file(base, good + "<!-- mended -->\n", site / "scratch")
    preview.wait(lambda: "mended" in front_page(port))


# The watch logic, without a server.


def test_a_content_file_as_converted_is_the_builds_own_write(built_site, tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    converted = next(built_site.content.glob("*.md"))
    copy = content / converted.name
    copy.write_bytes(converted.read_bytes())
    assert is_conversion_output(str(copy), content)
    copy.write_text(copy.read_text() + "\nAn editor's extra line.\n")
    assert not is_conversion_output(str(copy), content)
    assert not is_conversion_output(str(tmp_path / "elsewhere.md"), content)


def test_the_fingerprint_sees_edits_and_ignores_output_and_litter(tmp_path):
    seeds, output = tmp_path / "seeds", tmp_path / "output"
    for folder in (seeds, output, seeds / "__pycache__"):
        folder.mkdir()
    (seeds / "a.txt").write_text("one")
    plan = plan_watch([seeds, tmp_path / "missing"], tmp_path / "content", [output], [])
    assert plan.paths == (seeds,)
    settled = fingerprint(plan)
    (output / "index.html").write_text("built")
    (seeds / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (seeds / "a.txt.swp").write_text("editor")
    assert changed(settled, fingerprint(plan)) == []
    (seeds / "b.txt").write_text("two")
    assert changed(settled, fingerprint(plan)) == [str(seeds / "b.txt")]
    assert not plan.accepts(str(output / "index.html"))
