"""The one-line build summary: what was built, what the seeds did, what changed on disk."""

from __future__ import annotations

from dataclasses import dataclass

from .tree import TreeChanges

# A %-style template, so the log call passes its numbers as arguments.
SUMMARY = (
    "build_report: %d articles, %d pages, %d feeds; seeds: %d failed, %d fallen back; "
    "files: %d written, %d unchanged, %d removed; %.2f s"
)


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """Everything the summary line reports about one build."""

    articles: int
    pages: int
    feeds: int
    seeds_failed: int
    seeds_fallen_back: int
    files: TreeChanges
    seconds: float

    def log_args(self) -> tuple[int | float, ...]:
        """The values of :data:`SUMMARY`, in order."""
        return (
            self.articles,
            self.pages,
            self.feeds,
            self.seeds_failed,
            self.seeds_fallen_back,
            self.files.written,
            self.files.unchanged,
            self.files.removed,
            self.seconds,
        )
