"""Backups while the contest runs (issue 14): the console copies the file beside it at the start, after
each close of scoring, at the close and every 10 minutes live, off the GUI thread; after the app is
killed, the latest backup opens and holds every ballot committed before it was taken."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from arena.backups import KEEP, backup_folder, latest_backup, list_backups, write_backup
from arena.demo import write_demo
from arena.store import Store

ROOT = Path(__file__).resolve().parents[3]
CHILD = textwrap.dedent("""
    import json, sys, threading, uuid
    from PySide6.QtCore import QSettings
    from arena.store import BallotIn, Store
    from ui.app import make_app, open_window
    from ui.settings import Settings

    path, ini = sys.argv[1], sys.argv[2]
    app = make_app()
    window = open_window([path], Settings(QSettings(ini, QSettings.Format.IniFormat)))
    controller = window.controller
    contest = controller.contest()
    first = contest.presenters[0]
    window.live.perform("start")
    window.live.perform("toggle_scoring")
    voters = [r for r in contest.reviewers if first.name not in r.recuse]
    for r in voters[:12]:
        controller.record_proxy_ballot(r.id, first.id, {c.name: "10" for c in contest.criteria})
    committed = sorted(controller.store.submitted_pairs())

    def phones():  # more ballots keep landing after the backup, as the server thread commits them
        store = Store.open(path)
        n = 0
        while True:
            for p in contest.presenters[1:]:
                for r in contest.reviewers:
                    if p.name not in r.recuse:
                        units = {c.id: (n + c.id) % c.max_units for c in contest.criteria}
                        store.record_ballot(BallotIn(r.id, p.id, units, f"x-{uuid.uuid4()}"), "phone",
                                            require_open=False)
                        n += 1

    def backed_up(target):
        if "scoring_closed" in target:
            print("BEFORE", json.dumps(committed), flush=True)
            threading.Thread(target=phones, daemon=True).start()
            print("READY", flush=True)

    controller.backups.backed_up.connect(backed_up)
    controller.act("close_scoring", [first.id])  # the close of scoring takes a backup
    sys.exit(app.exec())
""")


def test_killed_during_a_live_contest_the_latest_backup_holds_every_ballot(tmp_path):
    path = tmp_path / "contest.arena"
    write_demo(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    before = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            pytest.fail(f"the console died before it was killed: {child.stderr.read()}")
        if line.startswith("BEFORE "):
            before = {tuple(p) for p in json.loads(line[len("BEFORE ") :])}
        if line.strip() == "READY":
            break
    time.sleep(0.3)  # ballots are landing in the file while it dies
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    for pipe in (child.stdout, child.stderr):  # warnings are errors: nothing left open
        if pipe is not None:
            pipe.close()
    assert before and len(before) == 12

    backups = list_backups(path)
    assert [b.name.rsplit("-", 1)[-1] for b in backups[-2:]] == ["scoring_closed.arena", "start.arena"]
    latest = latest_backup(path)
    assert latest == backups[0] and latest.parent == backup_folder(path)
    with sqlite3.connect(latest) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with Store.open(latest) as store:
        assert before <= store.submitted_pairs()
        assert store.session_row()["phase"] == "live"


def test_only_the_latest_twenty_are_kept(tmp_path):
    path = tmp_path / "c.arena"
    write_demo(path).close()
    made = [write_backup(path, "periodic") for _ in range(KEEP + 3)]
    kept = list_backups(path)
    assert len(kept) == KEEP and kept[0] == made[-1] and made[0] not in kept
    assert not any(p.name.endswith(".part") for p in backup_folder(path).iterdir())


def test_the_console_takes_them_at_start_close_of_scoring_close_and_periodically(
    open_console, qtbot, demo_path
):
    window = open_console(demo_path)
    keeper = window.controller.backups
    reasons = []
    keeper.backed_up.connect(lambda target: reasons.append(target.rsplit("-", 1)[-1]))
    live = window.live
    live.perform("start")
    qtbot.waitUntil(lambda: reasons == ["start.arena"])
    live.perform("toggle_scoring")
    window.controller.act("close_scoring", [live.state.current_presenter_id])
    qtbot.waitUntil(lambda: reasons[-1:] == ["scoring_closed.arena"])
    assert keeper._timer.isActive() and keeper._timer.interval() == 10 * 60 * 1000
    keeper._timer.timeout.emit()  # the 10-minute tick
    qtbot.waitUntil(lambda: reasons[-1:] == ["periodic.arena"])
    live.close_contest(confirm=False)
    qtbot.waitUntil(lambda: reasons[-1:] == ["contest_closed.arena"])
    assert not keeper._timer.isActive()
    assert len(list_backups(demo_path)) == 4
