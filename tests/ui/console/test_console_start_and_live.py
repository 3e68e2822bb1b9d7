"""The start page (new from a setup, recent files, demo, mistakes) and the live page's timer and results."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from tests_console_helpers import answer_next_message_box

from arena.io import write_template
from ui.console.live import format_clock


def test_new_contest_from_the_excel_template_then_recent_files(open_console, qtbot, tmp_path, settings):
    window = open_console()
    template = tmp_path / "setup.xlsx"
    write_template(template)
    target = tmp_path / "比赛.arena"
    assert window.new_contest(str(template), str(target))
    assert window.controller.path == target
    assert window.live.current.text() == "No presenter yet"
    assert len(window.controller.contest().presenters) == 8
    window.close_contest_file()
    assert window.stack.currentWidget() is window.start_page
    recent = window.start_page.recent
    assert recent.item(0).data(Qt.UserRole) == str(target.resolve())
    recent.itemActivated.emit(recent.item(0))
    assert window.controller is not None and window.controller.path == target.resolve()


def test_a_bad_setup_is_explained_and_creates_nothing(open_console, qtbot, tmp_path):
    window = open_console()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "title": "x",
                "criteria": [{"name": "a", "max": "ten"}],
                "groups": [],
                "reviewers": [],
                "presenters": [],
            }
        ),
        "utf-8",
    )
    seen = answer_next_message_box(QMessageBox.Ok)
    assert not window.new_contest(str(bad), str(tmp_path / "bad.arena"))
    assert "Criteria row 1, Max: “ten” is not a number" in seen[0].splitlines()
    assert not (tmp_path / "bad.arena").exists()
    assert window.controller is None
    seen = answer_next_message_box(QMessageBox.Close)
    assert not window.open_contest(tmp_path / "missing.arena")
    assert seen[0] == f"There is no contest file at {tmp_path / 'missing.arena'}."


def test_demo_button_opens_a_fresh_demo(open_console, qtbot):
    window = open_console()
    qtbot.mouseClick(window.start_page.findChild(QPushButton, "demoButton"), Qt.LeftButton)
    assert window.controller is not None
    assert window.controller.contest().title.startswith("某区")
    pairs = {
        (r.id, p.id)
        for r in window.controller.contest().reviewers
        for p in window.controller.contest().presenters
        if p.name not in r.recuse
    }
    assert window.controller.store.submitted_pairs() == pairs  # the seeded ballots, as the README says
    assert all(
        cell == "✓"
        for cell in (
            window.live.board.cell(r.name, p.name)
            for r in window.controller.contest().reviewers
            for p in window.controller.contest().presenters
            if p.name not in r.recuse
        )
    )


def test_timer_buttons_extend_and_reset_the_countdown(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    live = window.live
    live.perform("start")
    qtbot.mouseClick(live.buttons["toggle_timer"], Qt.LeftButton)
    assert live.buttons["toggle_timer"].text() == "Pause timer"
    qtbot.mouseClick(live.buttons["extend_timer"], Qt.LeftButton)
    assert live.state.time_limit_s == 360
    qtbot.waitUntil(lambda: live.timer.text() in ("05:59", "06:00"))
    qtbot.mouseClick(live.buttons["toggle_timer"], Qt.LeftButton)
    assert not live.state.timer_running
    qtbot.mouseClick(live.buttons["reset_timer"], Qt.LeftButton)
    assert live.timer.text() == "05:00" and live.state.time_limit_s == 300


def test_clock_format_counts_down_then_shows_overtime():
    assert format_clock(300) == "05:00"
    assert format_clock(59.2) == "01:00"
    assert format_clock(0) == "00:00"
    assert format_clock(-61.5) == "+01:01"


def test_provisional_results_can_be_hidden_and_stay_hidden(open_console, qtbot, demo_scored_path, settings):
    window = open_console(demo_scored_path)
    results = window.live.results
    qtbot.waitUntil(lambda: len(results.rows()) == 8 and results.rows()[0][0] == "1", timeout=60_000)
    results.show_box.setChecked(False)
    assert not results.table.isVisible()
    assert settings.get("results/show_provisional") is False
    window.close_contest_file()
    window.open_contest(demo_scored_path)
    assert not window.live.results.table.isVisible()


def test_saving_a_setup_with_scores_asks_first(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    editor = window.setup
    window.pages.setCurrentWidget(editor)
    editor.tables["presenters"].item(0, 1).setText("另一位汇报人")
    seen = answer_next_message_box(QMessageBox.No)
    assert not editor.save()
    assert "already has scores" in seen[0]
    assert window.controller.contest().presenters[0].speaker != "另一位汇报人"
    seen = answer_next_message_box(QMessageBox.Yes)
    assert editor.save()
    assert window.controller.contest().presenters[0].speaker == "另一位汇报人"


def test_after_the_lid_was_closed_the_countdown_shows_the_time_that_passed(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    now = [1_800_000_000.0]
    window.controller.session.clock = window.live._clock = lambda: now[0]  # a suspend skips no wall time
    window.live.perform("start")
    window.live.perform("toggle_timer")
    assert window.live.timer.text() == "05:00"
    now[0] += 10 * 60  # ten minutes with the lid closed
    qtbot.waitUntil(lambda: window.live.timer.text() == "+05:00")
    assert "color: #c62828" in window.live.timer.styleSheet()


def test_an_off_step_paper_mark_is_refused_and_nothing_is_written(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    window.live.perform("start")
    dialog = window.live.enter_proxy_ballot()
    first = window.controller.contest().criteria[0]
    dialog.set_marks(
        {c.name: "10" for c in window.controller.contest().criteria} | {first.name: "10.25"}
    )  # the form allows 0.5 steps only
    dialog.submit()
    assert dialog.receipt is None and dialog.isVisible()
    assert dialog.message.text() == f"{first.name}: 10.25 is not a multiple of its step 0.5"
    assert window.controller.store.counts()["submissions"] == 0
    dialog.reject()
