"""Command line: ``python -m wirefeed_publish build|devserver [options] [-- pelican options]``.

``build`` builds a site atomically (``make publish``); ``devserver`` rebuilds it on every change
and serves it (``make devserver``, ``make regenerate``). Options after ``--`` go to Pelican.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
import sys

from .build import BuildRequest, build_atomically

log = logging.getLogger("wirefeed_publish")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit code is 0 when it succeeded."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ours, pelican_args = _split(argv)
    args = _parser().parse_args(ours)
    for name in ("settings", "content", "output"):
        setattr(args, name, getattr(args, name).resolve())
    _set_up_logging()
    if args.command == "build":
        result = build_atomically(
            BuildRequest(args.settings, args.content, args.output, tuple(pelican_args))
        )
        (log.info if result.ok else log.error)("%s", result.message)
        return 0 if result.ok else 1
    # Imported only here: it loads news_import, which a build must leave to Pelican to load.
    from .devserver import PreviewOptions, run_preview

    return run_preview(
        PreviewOptions(
            settings=args.settings,
            content=args.content,
            output=args.output,
            bind=args.bind,
            port=args.port,
            serve=not args.no_serve,
            pelican_args=tuple(pelican_args),
        )
    )


def _split(argv: list[str]) -> tuple[list[str], list[str]]:
    if "--" in argv:
        cut = argv.index("--")
        return argv[:cut], argv[cut + 1 :]
    return argv, []


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m wirefeed_publish", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build into a folder beside the output, swap it in")
    preview = commands.add_parser("devserver", help="rebuild on every change and serve the site")
    for command in (build, preview):
        command.add_argument("--settings", type=Path, required=True, help="Pelican settings file")
        command.add_argument("--content", type=Path, default=Path("content"))
        command.add_argument("--output", type=Path, default=Path("output"))
    preview.add_argument("--bind", default="127.0.0.1", help="address to serve on")
    preview.add_argument("--port", type=int, default=8000, help="port to serve on (0: any free)")
    preview.add_argument("--no-serve", action="store_true", help="rebuild only, serve nothing")
    return parser


def _set_up_logging() -> None:
    """Our messages go to stderr on their own handler, whatever Pelican does to the root."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
