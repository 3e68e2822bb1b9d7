"""Shared fixtures. Qt runs on the offscreen platform, set here before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from conftest_disk import mount_small_disk, unmount  # noqa: E402

from arena.demo import write_demo  # noqa: E402
from arena.store import Store  # noqa: E402


@pytest.fixture
def demo_path(tmp_path):
    """A demo contest file without scores."""
    path = tmp_path / "demo.arena"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_scored_path(tmp_path):
    """A demo contest file with the complete seeded set of ballots."""
    path = tmp_path / "demo-scored.arena"
    write_demo(path, ballots=True).close()
    return path


@pytest.fixture
def store(demo_path):
    s = Store.open(demo_path)
    yield s
    s.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs to fill up (mounting needs root: the CI runs as root)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (the CI runs as root)")
    mount = tmp_path / "disk"
    mount_small_disk(mount)
    try:
        yield mount
    finally:
        unmount(mount)
