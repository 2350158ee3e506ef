"""``make bench``: time and memory of conversion and a full build on a larger copy of the demo.

The demo seeds are copied N times (each copy retitled, so every copy is a new story) into a
temporary site; then it measures the first conversion, a no-change re-conversion, and a full
Pelican build in a child process with its peak memory. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
from pathlib import Path
import resource
import subprocess
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from news_import.convert import Options, convert_seeds  # noqa: E402


def make_seeds(target: Path, copies: int) -> int:
    """Write ``copies`` retitled copies of every demo seed into ``target``; return the count."""
    target.mkdir(parents=True)
    demo = sorted((ROOT / "seeds").glob("*.txt"))
    for copy in range(copies):
        for seed in demo:
            lines = seed.read_bytes().decode("utf-8-sig").splitlines()
            first = next(i for i, line in enumerate(lines) if line.strip())
            title = lines[first].strip()
            lines = [f"{title} (copy {copy})" if line.strip() == title else line for line in lines]
            (target / f"{seed.stem}-{copy:04d}.txt").write_text("\n".join(lines) + "\n")
    return copies * len(demo)


def timed(action) -> float:
    """Seconds that ``action()`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    """Run the benchmark and print one line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=25, help="copies of each demo seed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wirefeed-bench-") as folder:
        site = Path(folder)
        count = make_seeds(site / "seeds", args.copies)
        (site / "content").mkdir()
        options = Options()
        first = timed(lambda: convert_seeds(site / "seeds", site / "content", options))
        again = timed(lambda: convert_seeds(site / "seeds", site / "content", options))
        command = [
            sys.executable,
            "-m",
            "pelican",
            str(site / "content"),
            "-o",
            str(site / "output"),
            "-s",
            str(ROOT / "pelicanconf.py"),
            "-q",
        ]
        build = timed(lambda: subprocess.run(command, cwd=site, check=True))
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        files = sum(1 for path in (site / "output").rglob("*") if path.is_file())
    print(f"seeds                      {count}")
    print(f"first conversion           {first:8.2f} s  ({1000 * first / count:.1f} ms a seed)")
    print(f"re-conversion, no changes  {again:8.2f} s")
    print(f"full build (with convert)  {build:8.2f} s  ({files} files written)")
    print(f"peak memory of the build   {peak_mb:8.0f} MB")


if __name__ == "__main__":
    main()
