"""The core's lock on a contest file: one holder at a time, named; released however its process ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from arena.file_lock import CONSOLE, SERVER, ContestInUse, ContestLock, holder, in_use, lock_path

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent("""
    import sys, time
    from arena.file_lock import ContestLock
    lock = ContestLock(sys.argv[1], "server")
    lock.acquire()
    print("HELD", flush=True)
    time.sleep(600)
""")


def test_a_second_lock_is_refused_with_the_holder_named_and_released_after(tmp_path):
    path = tmp_path / "c.arena"
    with ContestLock(path, SERVER):
        assert in_use(path)
        with pytest.raises(ContestInUse) as refused:
            ContestLock(path, CONSOLE).acquire()
        assert refused.value.code == "contest_in_use"
        assert refused.value.params == {
            "file": "c.arena",
            "pid": os.getpid(),
            "host": refused.value.holder.host,
            "program": SERVER,
        }
        assert "c.arena is open in another Arena: `arena serve`" in str(refused.value)
    assert not in_use(path) and not lock_path(path).exists()
    with ContestLock(path, CONSOLE):
        assert holder(path).program == CONSOLE


def test_a_killed_holder_leaves_a_file_that_does_not_block(tmp_path):
    path = tmp_path / "c.arena"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "HELD"
        assert in_use(path) and holder(path).pid == child.pid
        with pytest.raises(ContestInUse):
            ContestLock(path, CONSOLE).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
    assert lock_path(path).exists() and not in_use(path)
    with ContestLock(path, CONSOLE):
        assert holder(path).pid == os.getpid()
