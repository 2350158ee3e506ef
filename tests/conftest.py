"""Shared fixtures: a tiny site copied into ``tmp_path`` and built by real Pelican."""

from __future__ import annotations

from dataclasses import dataclass
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
