"""Guarded live actions (issue 14, items 1 and 5): while the contest is open nothing puts a result or a
ranking on the projector without a question that names it and defaults to No; the flow keys are apart
from the result keys; quitting a live contest asks first and leaves the file resumable."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from arena.scenes import ranked, reveal_order
from arena.session import Session
from arena.store import Store
from arena.tally import fmt_score, tally
from tests.ui.console.tests_console_helpers import answer_guard


def refocus(qtbot, window) -> None:
    """Give the window the keyboard back after a question closed (window shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def last_place(path):
    with Store.open(path) as store:
        result = reveal_order(ranked(tally(store)))[0]
    return f"No. {result.rank} {result.presenter.name} {fmt_score(result.score)}"


def test_f8_next_to_the_flow_keys_shows_nothing(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    live = window.live
    live.perform("start")
    qtbot.keyClick(window, Qt.Key_F7)
    qtbot.keyClick(window, Qt.Key_F8)
    assert live.state.reveal_step == 0 and live.state.scene != "results"
    flow = {"next_presenter", "toggle_timer", "toggle_scoring", "open_all", "close_all"}
    results = {"reveal_next", "reveal_previous", "toggle_explanation", "announce"}
    keys = {name: set(a.shortcuts()) for name, a in window.actions_by_name.items()}
    flow_fkeys = {k.toString() for n in flow for k in keys[n]}
    result_fkeys = {k.toString() for n in results for k in keys[n]}
    assert not flow_fkeys & result_fkeys
    assert all(k.endswith("F12") for k in result_fkeys), result_fkeys


def test_revealing_while_open_names_the_result_and_defaults_to_no(
    open_console, qtbot, demo_scored_path, tmp_path
):
    expected = last_place(demo_scored_path)
    window = open_console(demo_scored_path)
    live = window.live
    live.perform("start")

    folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    seen = answer_guard(yes=False, shot=str(folder / "guarded-reveal.png"))
    qtbot.keyClick(window, Qt.Key_F12)
    assert seen and expected in seen[0]["text"] and seen[0]["default_is_no"]
    assert live.state.reveal_step == 0 and live.state.scene != "results"

    seen = answer_guard(yes=False)
    qtbot.mouseClick(live.buttons["reveal_next"], Qt.LeftButton)
    assert seen and live.state.reveal_step == 0

    seen = answer_guard(yes=True)
    refocus(qtbot, window)
    qtbot.keyClick(window, Qt.Key_F12)
    assert seen and live.state.reveal_step == 1 and live.state.scene == "results"


def test_the_projector_choice_asks_before_the_ranking(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    live = window.live
    live.perform("start")
    before = live.state.scene
    seen = answer_guard(yes=False)
    live.scene.activated.emit(live.scene.findData("ranking"))
    assert seen and "full ranking of 8 presenter(s)" in seen[0]["text"] and seen[0]["default_is_no"]
    assert live.controller.state().scene == before
    assert live.scene.currentData() == before  # the drop-down goes back to what the room sees

    live.scene.activated.emit(live.scene.findData("blank"))  # no result: no question
    assert live.controller.state().scene == "blank"


def test_after_the_close_the_reveal_asks_nothing(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    live = window.live
    live.perform("start")
    live.close_contest(confirm=False)
    qtbot.keyClick(window, Qt.Key_F12)
    qtbot.keyClick(window, Qt.Key_F12)
    assert live.state.reveal_step == 2
    live.scene.activated.emit(live.scene.findData("ranking"))
    assert live.controller.state().scene == "ranking"


def test_quitting_a_live_contest_asks_and_the_file_stays_resumable(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    window.live.perform("start")
    window.live.perform("toggle_scoring")

    seen = answer_guard(yes=False)
    window.close()
    assert seen and "phones" in seen[0]["text"] and seen[0]["default_is_no"]
    assert window.isVisible() and window.controller is not None

    seen = answer_guard(yes=False)
    refocus(qtbot, window)
    qtbot.keyClick(window, Qt.Key_Q, Qt.ControlModifier)
    assert seen and window.isVisible()

    seen = answer_guard(yes=True)
    refocus(qtbot, window)
    qtbot.keyClick(window, Qt.Key_Q, Qt.ControlModifier)
    assert seen and not window.isVisible() and window.controller is None
    with Store.open(demo_path) as store:
        state = Session(store).state()
    assert state.phase == "live" and "open" in state.scoring.values()


def test_closing_before_the_start_asks_nothing(open_console, demo_path):
    window = open_console(demo_path)
    window.close()
    assert not window.isVisible()
