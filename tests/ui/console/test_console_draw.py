"""The draw (抽签) from the console: the live page's button and the dialog's three steps, on a real file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from arena.draw import derive_order, draw_in_force
from ui.console.draw_dialog import DrawDialog


def _dialog(window, qtbot) -> DrawDialog:
    dialog = DrawDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _witness(dialog, qtbot, name: str, value: str) -> None:
    dialog.witness_name.setText(name)
    dialog.witness_input.setText(value)
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)


def test_the_dialog_walks_the_three_steps(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    store = window.controller.store
    dialog = _dialog(window, qtbot)
    assert not dialog.add_button.isEnabled() and not dialog.reveal_button.isEnabled()

    qtbot.mouseClick(dialog.commit_button, Qt.LeftButton)
    log = store.session_log()
    assert log[-1]["action"] == "draw_commit"
    assert dialog.commitment.text() == log[-1]["detail"]["commitment"]
    assert window.controller.state().scene == "draw"  # the projector shows the commitment first
    assert not dialog.reveal_button.isEnabled()  # no witness yet

    _witness(dialog, qtbot, "张三", "abc")
    assert dialog.problem.text().startswith("Type numbers or dice throws")
    assert dialog.witnesses.count() == 0
    _witness(dialog, qtbot, "张三", "3 5 1")
    _witness(dialog, qtbot, "李四", "6,6,2")
    assert [dialog.witnesses.item(i).text() for i in range(2)] == ["张三: 3 5 1", "李四: 6,6,2"]
    assert dialog.problem.text() == ""

    qtbot.mouseClick(dialog.reveal_button, Qt.LeftButton)
    seed = bytes.fromhex(dialog.seed.text())
    assert hashlib.sha256(seed).hexdigest() == dialog.commitment.text()
    queue = store.presenters()
    ids = [p.id for p in queue]
    assert ids == derive_order(seed, [("张三", "3 5 1"), ("李四", "6,6,2")], sorted(ids))
    assert [dialog.order.item(i).text() for i in range(len(queue))] == [
        f"{i}. {p.name}" for i, p in enumerate(queue, 1)
    ]
    assert window.controller.state().queue == tuple(ids)  # the live page's queue follows
    if os.environ.get("ARENA_SHOTS_DIR"):  # a picture to look at, when asked for
        dialog.grab().save(str(Path(os.environ["ARENA_SHOTS_DIR"]) / "console-draw-dialog.png"))

    again = _dialog(window, qtbot)  # a second draw: refused until the first is cancelled
    qtbot.mouseClick(again.commit_button, Qt.LeftButton)
    assert again.problem.text() == "Draw 1 already set the order. Cancel it first to draw again."
    assert again.cancel_button.isEnabled()
    again.cancel_with_reason("见证人未到齐")
    assert draw_in_force(store.session_log()) is None
    assert store.session_log()[-1]["detail"] == {"draw": 1, "reason": "见证人未到齐"}
    qtbot.mouseClick(again.commit_button, Qt.LeftButton)
    assert again.commitment.text() and again.problem.text() == ""


def test_the_button_shows_before_the_start_only_and_opens_the_dialog(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    live = window.live
    assert not live.buttons["draw"].isHidden() and live.buttons["reveal_previous"].isHidden()
    opened = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    live.perform("draw")
    assert opened == ["DrawDialog"]
    window.controller.act("start")
    qtbot.waitUntil(lambda: live.buttons["draw"].isHidden(), timeout=30_000)
    assert not live.buttons["reveal_previous"].isHidden()
