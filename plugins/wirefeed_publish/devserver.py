"""Live preview: rebuild on every change to seeds, content, theme, settings or plugins; serve it.

Each rebuild is an atomic build (``python -m wirefeed_publish build``) in a fresh process, so
settings and plugin code are read anew, and a broken template leaves the last good preview up.
"""

from __future__ import annotations

from dataclasses import dataclass
import logging
import os
from pathlib import Path
import signal
import subprocess
import sys
import threading

from pelican import get_config, parse_arguments
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.settings import read_settings

from news_import.settings import resolve as resolve_import
from news_import.store import ExistingFile

from .swap import Staging
from .watch import WatchPlan, changed, fingerprint, is_within, plan_watch, wait_for_change

log = logging.getLogger(__name__)

PLUGINS_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class PreviewOptions:
    """Where the site lives and where to serve it."""

    settings: Path
    content: Path
    output: Path
    bind: str = "127.0.0.1"
    port: int = 8000
    serve: bool = True
    pelican_args: tuple[str, ...] = ()


def run_preview(options: PreviewOptions) -> int:
    """Serve the output (unless ``serve`` is off) and rebuild on changes until stopped."""
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started in background
    server = _start_server(options) if options.serve else None
    try:
        _rebuild_forever(options)
    except KeyboardInterrupt:
        log.info("wirefeed_publish: preview stopped")
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
    return 0


def watch_plan(options: PreviewOptions) -> WatchPlan:
    """Settings file, content, theme, seeds folder and plugin folders, read from the settings.

    Pelican options given to the preview (``-t THEME``, ``-e KEY=VALUE``) count here too.
    """
    site = [str(options.content), "--output", str(options.output)]
    args = parse_arguments([*site, "--settings", str(options.settings), *options.pelican_args])
    settings = read_settings(str(options.settings), override=get_config(args))
    seeds = resolve_import(
        settings.get("NEWS_IMPORT"), options.content.parent, options.content
    ).seeds_dir
    staging = Staging.beside(options.output)
    return plan_watch(
        [options.settings, options.content, Path(settings["THEME"]), seeds]
        + [Path(folder) for folder in settings.get("PLUGIN_PATHS", [])],
        content=options.content,
        ignored=[staging.live, staging.fresh],
        patterns=settings.get("IGNORE_FILES", []),
    )


def _rebuild_forever(options: PreviewOptions) -> None:
    why, watched = ["first build"], ()
    while True:
        plan = watch_plan(options)
        if plan.paths != watched:
            watched = plan.paths
            log.info("wirefeed_publish: watching %s", _describe([str(p) for p in watched]))
        log.info("wirefeed_publish: rebuilding: %s", _describe(why))
        before = fingerprint(plan)
        _build(options)
        settled = fingerprint(plan)
        during = changed(before, settled)
        edited = [path for path in during if not is_conversion_output(path, plan.content)]
        why = edited or wait_for_change(plan, settled)


def _build(options: PreviewOptions) -> None:
    command = [
        sys.executable,
        "-m",
        "wirefeed_publish",
        "build",
        "--settings",
        str(options.settings),
        "--content",
        str(options.content),
        "--output",
        str(options.output),
        "--",
        *options.pelican_args,
    ]
    path = [str(PLUGINS_ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, path))}
    if subprocess.run(command, env=env, check=False).returncode != 0:
        log.warning("wirefeed_publish: the preview keeps showing the last good build")


def is_conversion_output(path: str, content: Path) -> bool:
    """True for a content file exactly as the seed conversion wrote it (its digest matches).

    The build converts seeds into ``content/``; those writes must not start another build,
    while an editor's change to a content file during the build must.
    """
    file = Path(path)
    if file.suffix != ".md" or not is_within(file, content) or not file.is_file():
        return False
    text = file.read_text(encoding="utf-8", errors="replace")
    return not ExistingFile(file, text, {}).hand_edited


def _start_server(options: PreviewOptions) -> RootedHTTPServer:
    RootedHTTPServer.allow_reuse_address = True
    server = RootedHTTPServer(
        str(options.output.resolve()), (options.bind, options.port), ComplexHTTPRequestHandler
    )
    threading.Thread(target=server.serve_forever, name="preview-server", daemon=True).start()
    log.info(
        "wirefeed_publish: serving %s at http://%s:%s/ (Ctrl-C stops)",
        options.output,
        options.bind,
        server.server_address[1],
    )
    return server


def _describe(paths: list[str]) -> str:
    here = Path.cwd()
    shown = [os.path.relpath(path, here) if os.path.isabs(path) else path for path in paths[:5]]
    more = f" and {len(paths) - 5} more" if len(paths) > 5 else ""
    return ", ".join(shown) + more


def _stop(_signum, _frame) -> None:
    raise KeyboardInterrupt
