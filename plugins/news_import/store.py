"""Content files on disk: read what is there, write atomically and only when bytes change."""

from __future__ import annotations

from dataclasses import dataclass
import os
from pathlib import Path
import tempfile

from .render import digest, read_header, recorded_digest


@dataclass(frozen=True, slots=True)
class ExistingFile:
    """A content file already in ``content/``."""

    path: Path
    text: str
    header: dict[str, str]

    @property
    def hand_edited(self) -> bool:
        """True when the file is not byte-for-byte what Wirefeed last wrote (or never was)."""
        recorded = recorded_digest(self.text)
        return recorded is None or recorded != digest(self.text)


def index_content(content_dir: Path) -> list[ExistingFile]:
    """Every Markdown file directly in ``content_dir``, sorted by name."""
    if not content_dir.is_dir():
        return []
    files = []
    for path in sorted(content_dir.glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        files.append(ExistingFile(path, text, read_header(text)))
    return files


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` through a temporary file; False (no write) when already equal."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
