"""Fingerprint a folder of built files and count what a build wrote, kept or removed."""

from __future__ import annotations

from dataclasses import dataclass
import hashlib
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TreeChanges:
    """How a new output tree differs from the previous one, file by file."""

    written: int
    unchanged: int
    removed: int


def digest_tree(root: Path) -> dict[str, bytes]:
    """Map each file under ``root`` (POSIX path relative to it) to a digest of its bytes."""
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): _digest(path)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def compare_trees(before: dict[str, bytes], after: dict[str, bytes]) -> TreeChanges:
    """Count files new or changed (written), byte-identical (unchanged) and gone (removed)."""
    unchanged = sum(1 for name, digest in after.items() if before.get(name) == digest)
    return TreeChanges(
        written=len(after) - unchanged,
        unchanged=unchanged,
        removed=len(set(before) - set(after)),
    )


def _digest(path: Path) -> bytes:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "blake2b").digest()
