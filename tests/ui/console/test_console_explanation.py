"""The console's explanation toggle (button, Ctrl+F12, Session menu) goes through the session: persisted,
logged, followed by the projector, and still on after the file is reopened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from arena.session import Session
from arena.store import Store


def reveal_two(window) -> None:
    window.controller.session.close_contest()
    window.controller.session.reveal_next()
    window.controller.session.reveal_next()


def persisted_explain(path) -> bool:
    store = Store.open(path)
    try:
        return Session(store).state().explain
    finally:
        store.close()


def test_the_button_toggles_the_persisted_explanation_and_the_projector_follows(
    open_console, qtbot, demo_scored_path
):
    window = open_console(demo_scored_path)
    reveal_two(window)
    window.toggle_projector()
    projector = window.projector
    button = window.live.buttons["toggle_explanation"]
    menu_entry = window.actions_by_name["toggle_explanation"]
    assert button.isCheckable() and not button.isChecked() and not menu_entry.isChecked()

    qtbot.mouseClick(button, Qt.LeftButton)
    assert window.controller.state().explain and persisted_explain(demo_scored_path)
    assert window.controller.store.session_log()[-1]["action"] == "explain"
    assert button.isChecked() and menu_entry.isChecked()
    assert projector.current_scene() == "results" and projector.explanation_visible()
    assert projector.scenes["results"].explanation.isVisibleTo(projector)

    qtbot.mouseClick(button, Qt.LeftButton)
    assert not persisted_explain(demo_scored_path)
    assert not button.isChecked() and not menu_entry.isChecked() and not projector.explanation_visible()


def test_ctrl_f12_toggles_it_from_the_console_and_from_the_projector(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    reveal_two(window)
    qtbot.keyClick(window, Qt.Key_F12, Qt.ControlModifier)
    assert persisted_explain(demo_scored_path)
    assert window.live.buttons["toggle_explanation"].isChecked()

    window.toggle_projector()
    projector = window.projector
    projector.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is projector)
    assert projector.explanation_visible()
    qtbot.keyClick(projector, Qt.Key_F12, Qt.ControlModifier)  # forwarded to the console's shortcut
    assert not persisted_explain(demo_scored_path) and not projector.explanation_visible()
    assert window.controller.state().reveal_step == 2  # Ctrl+F12 is not F12: the reveal did not move


def test_the_menu_entry_and_the_help_list_it(open_console, demo_scored_path):
    window = open_console(demo_scored_path)
    session_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Session")
    entry = window.actions_by_name["toggle_explanation"]
    assert entry in session_menu.actions() and entry.isEnabled()
    entry.trigger()
    assert persisted_explain(demo_scored_path) and entry.isChecked()
    assert "Ctrl+F12" in window.help_panel.html() and "Explain the revealed score" in window.help_panel.html()


def test_a_reopened_file_comes_back_explained(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    reveal_two(window)
    qtbot.mouseClick(window.live.buttons["toggle_explanation"], Qt.LeftButton)
    window.close_contest_file()  # the laptop is shut mid-reveal

    again = open_console(demo_scored_path)
    assert again.live.buttons["toggle_explanation"].isChecked()
    assert again.actions_by_name["toggle_explanation"].isChecked()
    again.toggle_projector()
    projector = again.projector
    assert projector.current_scene() == "results" and projector.explanation_visible()
    assert projector.scenes["results"].explanation.text()
