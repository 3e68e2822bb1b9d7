"""The setup editor after the close (read-only but the contest details) and the reviewers' group drop-down."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton

from arena.model import InputError
from tests.ui.console.test_console_setup_editor import editor_on, type_into
from tests.ui.console.tests_console_helpers import answer_next_message_box
from ui.console.problem_text import problem_line

RESULT_BUTTONS = ("Add", "Remove", "Move up", "Move down", "Import Excel or JSON…")


def close_contest(window) -> None:
    window.live.perform("start")
    window.live.close_contest(confirm=False)
    assert window.controller.state().phase == "closed"


def press_f2_on(qtbot, table, row, col):
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key_F2)
    return QApplication.focusWidget()


def test_a_closed_contest_shows_a_read_only_setup_with_a_note(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    close_contest(window)
    window.pages.setCurrentWidget(window.setup)
    editor = window.setup
    assert editor.closed_note.isVisible() and "results are final" in editor.closed_note.text()
    for name, table in editor.tables.items():
        editor.tabs.setCurrentIndex(list(editor.tables).index(name))
        focused = press_f2_on(qtbot, table, 0, 0)
        assert focused is table, f"a cell of {name} could still be edited"
    assert not any(b.isEnabled() for b in editor.findChildren(QPushButton) if b.text() in RESULT_BUTTONS)
    assert not (editor.method.isEnabled() or editor.trim.isEnabled() or editor.mode.isEnabled())
    grid = editor.recusals
    assert grid.model().rowCount() and grid.model().columnCount()
    assert not any(
        grid.model().flags(grid.model().index(i, j)) & Qt.ItemIsUserCheckable
        for i in range(grid.model().rowCount())
        for j in range(grid.model().columnCount())
    )

    # The details can still be corrected, and the correction is logged.
    assert editor.info["venue"].isEnabled()
    editor.info["venue"].setText("第二会议室")
    editor.info["venue"].editingFinished.emit()
    asked = answer_next_message_box(QMessageBox.Yes)
    assert editor.save()
    assert asked and asked[0].startswith("The contest is closed. Save the corrected contest details?")
    assert window.controller.contest().venue == "第二会议室"
    assert window.controller.store.session_log()[-1]["action"] == "details_corrected"
    assert editor.closed_note.isVisible()  # still read-only after the save reloads the editor


def test_closing_the_contest_freezes_an_open_editor_and_drops_unsaved_result_edits(
    open_console, qtbot, demo_scored_path
):
    window, editor = editor_on(open_console, demo_scored_path)
    assert not editor.closed_note.isVisible()
    criteria = editor.tables["criteria"]
    weight_before = criteria.item(0, 3).text()
    type_into(qtbot, criteria, 0, 3, "9")
    window.pages.setCurrentWidget(window.live)
    close_contest(window)
    window.pages.setCurrentWidget(window.setup)
    assert editor.closed_note.isVisible()
    assert criteria.item(0, 3).text() == weight_before
    assert editor.undo_stack.count() == 0
    # Even a direct call (bypassing the read-only widgets) is refused by the core.
    snap = editor.read()
    snap["criteria"][0]["weight"] = "9"
    editor.load(snap)
    assert not editor.save(confirm=False)
    assert "the contest is closed" in editor.status.text()
    assert window.controller.contest().criteria[0].effective_weight != 9


def test_the_closed_editor_speaks_chinese(open_console, qtbot, demo_scored_path, settings):
    window = open_console(demo_scored_path)
    close_contest(window)
    window.set_language("zh_CN")
    assert "结果已经确定" in window.setup.closed_note.text()
    contest = window.controller.contest()
    with pytest.raises(InputError) as refused:
        window.controller.update_setup(replace(contest, groups=contest.groups[::-1]))
    problem = refused.value.problems[0]
    assert problem.code == "closed_details_only" and problem.params == {"refused": ["groups"]}
    assert (
        problem_line(problem)
        == "比赛已结束：只能更正比赛信息（标题、日期、地点、主办单位）；以下修改被拒绝：评委组"
    )


def test_the_reviewers_group_is_picked_from_a_drop_down(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    assert not (editor.undo_button.isEnabled() or editor.redo_button.isEnabled())  # nothing done yet
    editor.tabs.setCurrentIndex(2)
    reviewers = editor.tables["reviewers"]
    groups = [g.name for g in window.controller.contest().groups]
    before = reviewers.item(0, 1).text()
    combo = press_f2_on(qtbot, reviewers, 0, 1)
    assert isinstance(combo, QComboBox) and not combo.isEditable()
    assert [combo.itemText(i) for i in range(combo.count())] == groups
    assert combo.currentText() == before
    qtbot.keyClick(combo, Qt.Key_Down if groups.index(before) == 0 else Qt.Key_Up)
    chosen = combo.currentText()
    assert chosen != before and chosen in groups
    qtbot.waitUntil(lambda: reviewers.item(0, 1).text() == chosen)
    assert editor.undo_stack.count() == 1 and editor.undo_button.isEnabled()
    assert editor.save(confirm=False)
    assert window.controller.contest().reviewers[0].group == chosen


def test_a_renamed_group_is_offered_at_once(open_console, qtbot, demo_path):
    _, editor = editor_on(open_console, demo_path)
    editor.tabs.setCurrentIndex(1)
    type_into(qtbot, editor.tables["groups"], 0, 0, "Guests")
    editor.tabs.setCurrentIndex(2)
    combo = press_f2_on(qtbot, editor.tables["reviewers"], 0, 1)
    assert "Guests" in [combo.itemText(i) for i in range(combo.count())]
