"""What the live preview watches, and a cheap fingerprint of it that tells edits from echoes.

Pelican's own autoreload watches the settings file, the theme and ``content/``; Wirefeed also
watches the seeds folder and the plugins. A fingerprint (time and size of every file) taken
before and after each build shows what changed meanwhile, and waiting resumes from the one
taken after it, so a build's own writes are never mistaken for an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
import os
from pathlib import Path

from pelican.utils import FileChangeFilter
import watchfiles

# (modification time in ns, size) of every watched file, by absolute path.
Fingerprint = dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class WatchPlan:
    """The paths one preview session watches, and what it ignores inside them."""

    paths: tuple[Path, ...]
    content: Path
    ignored: tuple[Path, ...]
    ignore_patterns: tuple[str, ...] = ()
    # Pelican's autoreload filter: watchfiles' defaults (VCS, caches, editor files) + IGNORE_FILES.
    _filter: FileChangeFilter = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_filter", FileChangeFilter(list(self.ignore_patterns)))

    def accepts(self, path: str) -> bool:
        """True when a change at ``path`` matters (not build output, not editor or VCS litter)."""
        if any(is_within(Path(path), folder) for folder in self.ignored):
            return False
        return self._filter(watchfiles.Change.modified, path)


def plan_watch(
    candidates: Iterable[Path], content: Path, ignored: Iterable[Path], patterns: Iterable[str]
) -> WatchPlan:
    """Keep the candidate paths that exist (a missing seeds folder is not an error)."""
    existing = tuple(dict.fromkeys(path.resolve() for path in candidates if path.exists()))
    return WatchPlan(
        paths=existing,
        content=content.resolve(),
        ignored=tuple(path.resolve() for path in ignored),
        ignore_patterns=tuple(patterns),
    )


def fingerprint(plan: WatchPlan) -> Fingerprint:
    """Time and size of every watched file that :meth:`WatchPlan.accepts`."""
    found: Fingerprint = {}
    for root in plan.paths:
        for path in _files(root, plan):
            try:
                stat = os.stat(path)
            except FileNotFoundError:
                continue  # removed while we looked
            found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def changed(before: Fingerprint, after: Fingerprint) -> list[str]:
    """Paths added, removed or modified between two fingerprints, sorted."""
    return sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )


def wait_for_change(plan: WatchPlan, settled: Fingerprint) -> list[str]:
    """Block until a watched file differs from ``settled``; return what changed.

    File events wake it at once; a check every second also catches anything that happened
    between the fingerprint and the start of watching.
    """
    for _events in watchfiles.watch(
        *plan.paths,
        watch_filter=lambda _change, path: plan.accepts(path),
        debounce=300,
        rust_timeout=1000,
        yield_on_timeout=True,
    ):
        moved = changed(settled, fingerprint(plan))
        if moved:
            return moved
    return []


def _files(root: Path, plan: WatchPlan) -> Iterator[str]:
    if root.is_file():
        yield str(root)
        return
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if plan.accepts(os.path.join(folder, d)))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if plan.accepts(path):
                yield path


def is_within(path: Path, folder: Path) -> bool:
    """True when ``path`` is ``folder`` or lies inside it."""
    return path == folder or folder in path.parents
