"""One console per contest file: a second window or process is told the file is already open.

The other process is a real console (offscreen) in a child process; killing it
with SIGKILL leaves its lock behind, and that stale lock must not block reopening.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from arena.io import write_setup_json
from tests.ui.console.tests_console_helpers import answer_next_message_box
from ui.console.file_lock import lock_path
from ui.console.main_window import MainWindow, demo_file

ROOT = Path(__file__).resolve().parents[3]

# A console on the file; with "probe" it reports the message box it gets and whether it opened.
CHILD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from ui.app import make_app, open_window
    from ui.settings import Settings

    path, ini, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    app = make_app()
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle() + "|" + box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    if mode == "probe":
        QTimer.singleShot(0, answer)
    window = open_window([path], Settings(QSettings(ini, QSettings.Format.IniFormat)))
    if mode == "probe":
        print("OPENED" if window.controller else "REFUSED", flush=True)
        print(" ".join(seen).replace(chr(10), " "), flush=True)
        sys.exit(0)
    print("READY", os.getpid(), flush=True)
    sys.exit(app.exec())
""")


def child_console(tmp_path, path, mode, language="en") -> subprocess.Popen:
    ini = tmp_path / f"child-{mode}-{language}.ini"
    ini.write_text(f"[General]\nlanguage={language}\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(ini), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def holding_child(tmp_path, path) -> tuple[subprocess.Popen, int]:
    child = child_console(tmp_path, path, "hold")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            pytest.fail(f"the child console died: {child.stderr.read()}")
        if line.startswith("READY"):
            return child, int(line.split()[1])
    pytest.fail("the child console never opened the file")


def test_a_second_process_is_refused_until_the_first_is_killed(tmp_path, demo_path, open_console, qtbot):
    child, pid = holding_child(tmp_path, demo_path)
    try:
        assert lock_path(demo_path).exists()
        window = open_console()
        seen = answer_next_message_box(QMessageBox.Ok)
        assert not window.open_contest(demo_path)
        assert window.controller is None and window.stack.currentWidget() is window.start_page
        assert len(seen) == 1 and "already open in another Arena window" in seen[0]
        assert f"process {pid}" in seen[0] and demo_path.name in seen[0]
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert lock_path(demo_path).exists()  # the killed app could not clean up: its lock is stale
    assert window.open_contest(demo_path)
    assert window.live.current is not None and window.controller.path == demo_path


def test_the_second_process_is_told_in_chinese(tmp_path, demo_path, open_console):
    open_console(demo_path)
    probe = child_console(tmp_path, demo_path, "probe", language="zh_CN")
    out, err = probe.communicate(timeout=60)
    assert probe.returncode == 0, err
    opened, message = out.strip().split("\n", 1)
    assert opened == "REFUSED"
    assert "已在另一个 Arena 窗口中打开" in message and f"进程 {os.getpid()}" in message
    assert "already open" not in message


def test_closing_the_window_lets_another_process_open_the_file(tmp_path, demo_path, open_console):
    window = open_console(demo_path)
    window.close_contest_file()
    assert not lock_path(demo_path).exists()
    probe = child_console(tmp_path, demo_path, "probe")
    out, err = probe.communicate(timeout=60)
    assert out.split("\n")[0] == "OPENED", err


def test_second_window_in_the_same_process_is_refused_and_the_same_window_reopens(
    demo_path, open_console, qtbot, settings
):
    first = open_console(demo_path)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    seen = answer_next_message_box(QMessageBox.Ok)
    assert not second.open_contest(demo_path)
    assert seen and "already open" in seen[0]
    assert first.open_contest(demo_path)  # opening it again in its own window reloads it
    assert first.controller.store.contest().title


def test_an_unreadable_old_lock_does_not_block_the_file(demo_path, open_console):
    stale = lock_path(demo_path)
    stale.write_text("")  # the app died while writing its lock
    old = time.time() - 60
    os.utime(stale, (old, old))
    window = open_console(demo_path)
    assert window.controller is not None


def test_the_demo_never_overwrites_a_demo_another_window_runs(tmp_path, open_console):
    first = demo_file(str(tmp_path))
    window = open_console(first)
    window.controller.session.start()
    second = demo_file(str(tmp_path))
    assert second != first and second.name == "arena-demo-2.arena"
    assert window.controller.state().phase == "live"


def test_a_new_contest_never_replaces_a_file_another_window_runs(
    tmp_path, demo_path, open_console, qtbot, settings
):
    first = open_console(demo_path)
    first.controller.session.start()
    source = tmp_path / "setup.json"
    contest = first.controller.contest()
    write_setup_json(replace(contest, title="另一场比赛"), source)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    seen = answer_next_message_box(QMessageBox.Ok)
    assert not second.new_contest(str(source), str(demo_path))
    assert seen and "already open in another Arena window" in seen[0]
    assert first.controller.contest().title == contest.title
    assert first.controller.state().phase == "live"
    # The window that has the file may replace it with a new contest: it lets go of it first.
    assert first.new_contest(str(source), str(demo_path))
    assert first.controller.contest().title == "另一场比赛"
    assert first.controller.state().phase == "setup"
