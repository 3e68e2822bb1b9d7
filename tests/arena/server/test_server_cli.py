"""`arena serve` and `arena links` as a host runs them."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from arena.cli import main

ROOT = Path(__file__).resolve().parents[3]


def test_links_prints_every_reviewers_personal_link(live, capsys):
    assert main(["links", str(live.path), "--base", "http://192.168.1.20:8700/"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(live.reviewers)
    for line, reviewer in zip(lines, live.reviewers):
        assert line == f"{reviewer.name}\t{reviewer.group}\thttp://192.168.1.20:8700/r/{reviewer.token}"


def test_links_refuses_a_base_that_is_not_a_web_address(live, capsys):
    assert main(["links", str(live.path), "--base", "192.168.1.20:8700"]) == 2
    assert "--base must start with http://" in capsys.readouterr().err


def test_serve_refuses_a_missing_file_without_a_traceback(tmp_path, capsys):
    assert main(["serve", str(tmp_path / "none.arena"), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "no such contest file" in err and "Traceback" not in err


def test_serve_reports_a_busy_port_clearly(live, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        before = signal.getsignal(signal.SIGINT)
        code = main(["serve", str(live.path), "--host", "127.0.0.1", "--port", str(port), "--exact-port"])
    assert code == 2
    assert signal.getsignal(signal.SIGINT) is before  # the caller's Ctrl+C handling is given back
    assert f"cannot listen on 127.0.0.1 port {port}" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_until_interrupted(live):
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "arena.cli",
            "serve",
            str(live.path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/api/r/{live.reviewers[0].token}")
                break
            except httpx.ConnectError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
                time.sleep(0.1)
        assert resp.status_code == 200 and resp.json()["reviewer"]["name"] == live.reviewers[0].name
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert f"port {port}" in out and "stopped" in out
    assert live.reviewers[0].token not in out + err
