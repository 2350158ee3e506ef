"""Put a freshly built tree in place of the live one: keep times of unchanged files, then swap.

The fresh tree is built in a folder next to the live one (same file system), so the swap is a
rename: readers see the old site or the new one, never a half-written mix.
"""

from __future__ import annotations

from collections.abc import Iterator
import contextlib
import ctypes
from dataclasses import dataclass
import errno
import fcntl
import filecmp
import os
from pathlib import Path
import shutil

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class BuildLocked(RuntimeError):
    """Another build of the same output folder is running."""


@dataclass(frozen=True, slots=True)
class Staging:
    """A live output folder and the folder beside it where the next build is written."""

    live: Path
    fresh: Path

    @classmethod
    def beside(cls, live: Path) -> Staging:
        """``output/`` -> ``.output.new/`` in the same parent folder (same file system)."""
        live = live.resolve()
        return cls(live, live.with_name(f".{live.name}.new"))


@contextlib.contextmanager
def exclusive(staging: Staging) -> Iterator[None]:
    """Hold a lock on the output's parent folder; raise :class:`BuildLocked` if one is held."""
    staging.live.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(staging.live.parent, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise BuildLocked(f"another build of {staging.live} is running") from error
        yield
    finally:
        os.close(handle)


def discard(folder: Path) -> None:
    """Remove a staging folder if it is there."""
    if folder.exists():
        shutil.rmtree(folder)


def keep_unchanged_times(previous: Path, fresh: Path) -> int:
    """Give each fresh file whose bytes equal the previous tree's file that file's times.

    An upload that compares size and modification time (rsync, ``aws s3 sync``) then sends
    only what really changed. Returns how many files kept their times.
    """
    kept = 0
    for path in sorted(fresh.rglob("*")):
        old = previous / path.relative_to(fresh)
        if path.is_file() and old.is_file() and filecmp.cmp(old, path, shallow=False):
            stat = old.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            kept += 1
    return kept


def swap_in(staging: Staging) -> None:
    """Make the fresh tree the live one and remove the previous tree."""
    if not staging.live.exists():
        staging.fresh.rename(staging.live)
        return
    exchange(staging.fresh, staging.live)
    discard(staging.fresh)  # now holds the previous tree


def exchange(first: Path, second: Path) -> None:
    """Swap two folders in one step (Linux ``renameat2``); elsewhere with three quick renames."""
    if _rename_exchange(first, second):
        return
    parked = first.with_name(f"{first.name}.parked")
    second.rename(parked)
    first.rename(second)
    parked.rename(first)


def _rename_exchange(first: Path, second: Path) -> bool:
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    done = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False  # this file system cannot exchange: fall back to renames
    raise OSError(code, os.strerror(code), str(first))
