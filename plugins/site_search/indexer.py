"""Run the Pagefind binary from the locked ``pagefind[bin]`` package over a built site."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
import subprocess
import sys


@dataclass(frozen=True, slots=True)
class IndexRun:
    """What one Pagefind run did: its exit code and everything it printed."""

    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        """True when Pagefind finished without an error."""
        return self.returncode == 0


def pagefind_command(site: Path, bundle_dir: str, language: str | None) -> list[str]:
    """The command line that indexes ``site`` into ``site/bundle_dir``."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site)]
    command += ["--output-subdir", bundle_dir, "--quiet"]
    if language:
        command += ["--force-language", language.split("-")[0].split("_")[0].lower()]
    return command


def run_index(command: list[str]) -> IndexRun:
    """Run ``command``; a missing binary becomes a failed run, never an exception."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        return IndexRun(127, str(error))
    return IndexRun(done.returncode, (done.stdout + done.stderr).strip())
