"""A console and `arena serve` never drive one contest file at once: whichever has it, the other is refused.

The server is the real `arena serve` in its own process; the console a real window offscreen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from arena.file_lock import lock_path
from tests.ui.console.test_console_lock import child_console
from tests.ui.console.tests_console_helpers import answer_next_message_box

ROOT = Path(__file__).resolve().parents[3]


def arena_serve(path, port) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "arena.cli", "serve", str(path), "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def serving(path, port) -> subprocess.Popen:
    """`arena serve` on the file, once it says it serves (it holds the lock by then)."""
    server = arena_serve(path, port)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if line.startswith("serving"):
            return server
        if not line and server.poll() is not None:
            pytest.fail(f"arena serve did not start: {server.stderr.read()}")
    server.kill()
    pytest.fail("arena serve never said it was serving")


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGINT)
    server.communicate(timeout=30)


def test_a_console_is_refused_a_file_that_arena_serve_has(demo_path, open_console, free_port):
    server = serving(demo_path, free_port)
    try:
        window = open_console()
        seen = answer_next_message_box(QMessageBox.Ok)
        assert not window.open_contest(demo_path)
        assert window.controller is None
        assert len(seen) == 1 and "is being served by “arena serve”" in seen[0]
        assert f"process {server.pid}" in seen[0] and demo_path.name in seen[0]
    finally:
        stop(server)
    assert server.returncode == 0
    assert not lock_path(demo_path).exists()  # the server let go of it on Ctrl+C
    assert window.open_contest(demo_path)


def test_arena_serve_is_refused_a_file_that_a_console_has(demo_path, open_console, free_port):
    window = open_console(demo_path)
    server = arena_serve(demo_path, free_port)
    out, err = server.communicate(timeout=60)
    assert server.returncode == 2, out + err
    assert f"arena serve: {demo_path.name} is open in another Arena window (process {os.getpid()}" in err
    assert "Traceback" not in err and "serving" not in out
    window.close_contest_file()
    server = serving(demo_path, free_port)  # once the console has closed it, the file can be served
    stop(server)
    assert server.returncode == 0


def test_arena_serve_is_refused_a_file_that_another_server_has(demo_path, free_port):
    first = serving(demo_path, free_port)
    try:
        second = arena_serve(demo_path, free_port + 1 if free_port < 65535 else free_port - 1)
        out, err = second.communicate(timeout=60)
    finally:
        stop(first)
    assert second.returncode == 2
    assert f"is open in another Arena: `arena serve` (process {first.pid}" in err


def test_a_console_is_told_in_chinese_that_arena_serve_has_the_file(tmp_path, demo_path, free_port):
    server = serving(demo_path, free_port)
    try:
        probe = child_console(tmp_path, demo_path, "probe", language="zh_CN")
        out, err = probe.communicate(timeout=60)
    finally:
        stop(server)
    assert probe.returncode == 0, err
    opened, message = out.strip().split("\n", 1)
    assert opened == "REFUSED"
    assert "arena serve" in message and f"进程 {server.pid}" in message and "served" not in message
