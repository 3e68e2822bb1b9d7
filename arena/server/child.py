"""`arena serve` as a child process on 127.0.0.1: what the crash tests and the server benches start.

A server in its own process is what a phone meets on the day (the console runs it in a thread of its
own process, the CLI in a process of its own); killing it with -9 is how the crash tests prove that
every acknowledged ballot is on disk. One place starts it, waits until the port answers, and stops it.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_port() -> int:
    """A port nobody listens on right now (on 127.0.0.1)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_child(path: Path | str, port: int, *, timeout: float = 30) -> subprocess.Popen:
    """Start `arena serve PATH` on 127.0.0.1:port (that port exactly) and return once it answers.

    The server's output goes to a temporary file, not a pipe (a pipe nobody reads would stall a busy
    server); `output(proc)` reads it back when something went wrong.
    """
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    command = [sys.executable, "-m", "arena.cli", "serve", str(path), "--host", "127.0.0.1"]
    proc = subprocess.Popen(
        [*command, "--port", str(port), "--exact-port"], stdout=log, stderr=subprocess.STDOUT, text=True
    )
    proc.arena_log = log
    wait_listening(port, proc, timeout)
    return proc


def output(proc: subprocess.Popen) -> str:
    """What the server printed so far (its banner, and a traceback if it failed)."""
    log = getattr(proc, "arena_log", None)
    if log is None or log.closed:
        return ""
    log.seek(0)
    return log.read()


def wait_listening(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    """Return once 127.0.0.1:port accepts a connection; raise if the process ends or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}: {output(proc)}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    stop(proc)
    raise RuntimeError(f"the server did not answer on port {port} within {timeout:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    """Ask the server to stop as Ctrl+C would; kill it if it does not within 10 s."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    log = getattr(proc, "arena_log", None)
    if log is not None:
        log.close()
