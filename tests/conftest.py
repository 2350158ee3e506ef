"""Shared fixtures: a tiny site copied into ``tmp_path`` and built by real Pelican."""

from __future__ import annotations

from dataclasses import dataclass
import os
from pathlib import Path
import shutil
import subprocess
import sys

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(__file__).resolve().parent / "site"


@dataclass
class BuiltSite:
    """A site built in a temporary folder, with the Pelican run's output."""

    root: Path
    returncode: int
    log: str

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def output(self) -> Path:
        return self.root / "output"


def build_site(root: Path, *extra: str, env: dict | None = None) -> BuiltSite:
    """Run the real ``pelican`` command on ``root`` with the project's settings and theme."""
    command = [
        sys.executable,
        "-m",
        "pelican",
        str(root / "content"),
        "-o",
        str(root / "output"),
        "-s",
        str(ROOT / "pelicanconf.py"),
        *extra,
    ]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, env=env, check=False)
    return BuiltSite(root, done.returncode, done.stdout + done.stderr)


def make_site(tmp_path: Path) -> Path:
    """Copy the tiny test site's seeds into ``tmp_path`` with an empty content folder."""
    shutil.copytree(SITE / "seeds", tmp_path / "seeds")
    (tmp_path / "content").mkdir()
    return tmp_path


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    """The tiny site, built once per session (read-only for the tests that use it)."""
    root = make_site(tmp_path_factory.mktemp("site"))
    return build_site(root)


DEMO_SEEDS = ROOT / "seeds"
PAGES = ROOT / "content" / "pages"


def make_demo_site(tmp_path: Path) -> Path:
    """The demo seeds (``seeds/``, else the tiny test seeds) plus the real pages in ``tmp_path``."""
    seeds = DEMO_SEEDS if any(DEMO_SEEDS.glob("*.txt")) else SITE / "seeds"
    shutil.copytree(seeds, tmp_path / "seeds")
    shutil.copytree(PAGES, tmp_path / "content" / "pages")
    return tmp_path


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> BuiltSite:
    """The demo site with its pages, search index and sitemaps, built once per session."""
    root = make_demo_site(tmp_path_factory.mktemp("demo"))
    return build_site(root)


def run_make(site: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the project's Makefile in ``site`` (its content/, seeds/, output/), code from ROOT.

    Switches given to an outer ``make test`` (MAKEFLAGS) do not leak into this one.
    """
    command = ["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "-C", str(site)]
    clean = {k: v for k, v in (env or os.environ).items() if k not in _MAKE_VARIABLES}
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=clean, check=False, timeout=300
    )


_MAKE_VARIABLES = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}
