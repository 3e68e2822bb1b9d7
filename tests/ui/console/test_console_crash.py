"""Crash recovery: the console process is killed with SIGKILL, the file is reopened, nothing is lost.

The child runs the real app (offscreen) on a contest file, moves the session on
through the window's own actions, enters ballots, prints READY and waits in
Qt's event loop until it is killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from arena.store import Store

ROOT = Path(__file__).resolve().parents[3]
CHILD = textwrap.dedent("""
    import sys, threading, uuid
    from PySide6.QtCore import QSettings
    from arena.store import BallotIn, Store
    from ui.app import make_app, open_window
    from ui.settings import Settings

    path, ini, burst = sys.argv[1], sys.argv[2], sys.argv[3] == "burst"
    app = make_app()
    window = open_window([path], Settings(QSettings(ini, QSettings.Format.IniFormat)))
    for name in ("start", "next_presenter", "next_presenter", "toggle_timer", "toggle_scoring"):
        window.live.perform(name)
    contest = window.controller.contest()
    presenter = contest.presenters[2]
    voters = [r for r in contest.reviewers if presenter.name not in r.recuse]
    for r in voters[:5]:
        window.controller.record_proxy_ballot(r.id, presenter.id, {c.name: "10" for c in contest.criteria})

    def phones():  # like the server thread: its own connection, one transaction per ballot
        store = Store.open(path)
        n = 0
        while True:
            for p in contest.presenters:
                for r in contest.reviewers:
                    if p.name in r.recuse:
                        continue
                    units = {c.id: (n + c.id) % c.max_units for c in contest.criteria}
                    store.record_ballot(BallotIn(r.id, p.id, units, f"burst-{uuid.uuid4()}"), "phone",
                                        require_open=False)
                    n += 1
                    if n == 50:
                        print("BURST", flush=True)

    if burst:
        threading.Thread(target=phones, daemon=True).start()
    print("READY", flush=True)
    sys.exit(app.exec())
""")


def run_child(tmp_path, path, mode) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "settings.ini"), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    wanted = {"READY"} if mode == "calm" else {"READY", "BURST"}
    deadline = time.monotonic() + 60
    while wanted and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            pytest.fail(f"the console died before it was killed: {child.stderr.read()}")
        wanted.discard(line.strip())
    assert not wanted, "the child never got ready"
    return child


def kill(child: subprocess.Popen) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL


def test_killed_console_resumes_where_the_host_was(
    tmp_path, demo_path, open_console, qtbot, settings, free_port
):
    settings.set("server/address", "127.0.0.1")  # where the server ran before the crash
    settings.set("server/port", free_port)
    child = run_child(tmp_path, demo_path, "calm")
    time.sleep(0.5)  # the countdown runs for a while before the crash
    kill(child)

    window = open_console(demo_path)
    live = window.live
    contest = window.controller.contest()
    third = contest.presenters[2]
    assert live.current.text() == third.name
    assert live.state.scoring[third.id] == "open"
    assert live.state.timer_running
    assert live.remaining_seconds() < third.time_limit_seconds - 0.4
    voters = [r for r in contest.reviewers if third.name not in r.recuse]
    assert [live.board.cell(r.name, third.name) for r in voters[:6]] == ["✓"] * 5 + [""]
    assert [e["action"] for e in window.controller.store.session_log()].count("proxy_ballot") == 5
    # The server is back by itself on the address and port the phones know: the sixth reviewer scores.
    assert window.controller.base_url == f"http://127.0.0.1:{free_port}"
    marks = {str(c.id): "10" for c in contest.criteria}
    reply = httpx.post(
        f"{window.controller.base_url}/api/r/{voters[5].token}/ballots",
        json={"client_id": "after-the-crash-1", "presenter_id": third.id, "marks": marks},
        timeout=10,
    )
    assert reply.status_code == 200
    qtbot.waitUntil(lambda: live.board.cell(voters[5].name, third.name) == "✓")


def test_killed_in_a_burst_of_ballots_every_committed_ballot_is_whole(tmp_path, demo_path, open_console):
    child = run_child(tmp_path, demo_path, "burst")
    # Killed once the burst is under way (some ballots in), however fast or slow this machine is today.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with Store.open(demo_path) as store:
            if store.counts()["submissions"] >= 5:
                break
        time.sleep(0.02)
    kill(child)

    with Store.open(demo_path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        submissions = store.counts()["submissions"]
        # Each ballot is one transaction: every counted ballot has all four marks, from one submission,
        # and it is the latest submission for its reviewer and presenter.
        torn = store.conn.execute(
            "SELECT COUNT(*) FROM (SELECT COUNT(*) n, COUNT(DISTINCT submission_id) s FROM scores"
            " GROUP BY reviewer_id, presenter_id) WHERE n != 4 OR s != 1"
        ).fetchone()[0]
        assert torn == 0
        stale = store.conn.execute(
            "SELECT COUNT(*) FROM (SELECT reviewer_id, presenter_id, MAX(id) latest FROM submissions"
            " GROUP BY reviewer_id, presenter_id) x JOIN scores sc USING (reviewer_id, presenter_id)"
            " WHERE sc.submission_id != x.latest"
        ).fetchone()[0]
        assert stale == 0
        pairs = store.submitted_pairs()
    assert submissions >= 55
    window = open_console(demo_path)
    board = window.live.board
    shown = {
        (r.id, p.id)
        for r in board.contest.reviewers
        for p in board.contest.presenters
        if board.cell(r.name, p.name) == "✓"
    }
    assert shown == pairs
