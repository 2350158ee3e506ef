"""Build a site with Pelican into a folder next to its output, then swap it into place.

A build that fails (Pelican exits non-zero, is interrupted, or writes nothing) leaves the live
output exactly as it was, and the result says why.
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
from dataclasses import dataclass
import json
import logging
from pathlib import Path
import signal

import pelican

from .swap import BuildLocked, Staging, discard, exclusive, keep_unchanged_times, swap_in


@dataclass(frozen=True, slots=True)
class BuildRequest:
    """What to build: Pelican settings file, content folder, live output folder, extra args."""

    settings: Path
    content: Path
    output: Path
    pelican_args: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BuildResult:
    """Whether the new tree went live, and a one-line account of what happened."""

    ok: bool
    message: str


def build_atomically(request: BuildRequest) -> BuildResult:
    """Build into ``.<output>.new`` beside the output, keep unchanged files' times, swap it in."""
    staging = Staging.beside(request.output)
    try:
        with exclusive(staging):
            try:
                return _build_and_swap(request, staging)
            finally:
                discard(staging.fresh)
    except BuildLocked as error:
        return BuildResult(False, f"wirefeed_publish: not built: {error}")


def _build_and_swap(request: BuildRequest, staging: Staging) -> BuildResult:
    discard(staging.fresh)  # left over by a build that was killed
    failure = run_pelican(pelican_argv(request, staging))
    if failure is None and not any(staging.fresh.glob("*")):
        failure = "the build wrote no files"
    if failure is not None:
        return BuildResult(
            False, f"wirefeed_publish: build failed, {staging.live} left as it was: {failure}"
        )
    kept = keep_unchanged_times(staging.live, staging.fresh)
    swap_in(staging)
    return BuildResult(
        True, f"wirefeed_publish: {staging.live} updated; {kept} unchanged files kept their times"
    )


def pelican_argv(request: BuildRequest, staging: Staging) -> list[str]:
    """Pelican's command line: build into the staging folder, report against the live one."""
    compare = json.dumps({"COMPARE_WITH": str(staging.live)})
    return [
        str(request.content),
        "--output",
        str(staging.fresh),
        "--settings",
        str(request.settings),
        "--extra-settings",
        f"BUILD_REPORT={compare}",
        *request.pelican_args,
    ]


def run_pelican(argv: list[str]) -> str | None:
    """Run Pelican's own command line in this process; None on success, else the reason."""
    catcher = _CriticalCatcher()
    pelican_log = logging.getLogger("pelican")
    pelican_log.addHandler(catcher)
    try:
        with _noticing_interrupts() as interrupted:
            pelican.main(argv)
    except SystemExit as stop:
        if stop.code not in (None, 0):
            return catcher.reason or str(stop.code)
    finally:
        pelican_log.removeHandler(catcher)
    return "interrupted" if interrupted else None


class _CriticalCatcher(logging.Handler):
    """Remembers the last critical message Pelican logged (it logs why a build stopped)."""

    def __init__(self) -> None:
        super().__init__(level=logging.CRITICAL)
        self.reason = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.reason = record.getMessage().strip().splitlines()[0]
        error = record.exc_info[1] if record.exc_info else None
        filename = getattr(error, "filename", None)  # template errors name their file
        if filename:
            self.reason += f" ({filename}, line {getattr(error, 'lineno', '?')})"


@contextlib.contextmanager
def _noticing_interrupts() -> Iterator[list[bool]]:
    """Note Ctrl-C: Pelican catches it and returns normally, but the tree is half-written."""
    seen: list[bool] = []

    def note(signum, frame) -> None:
        seen.append(True)
        signal.default_int_handler(signum, frame)

    previous = signal.signal(signal.SIGINT, note)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)
