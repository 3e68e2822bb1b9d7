"""The setup editor's scoring rules: what is trimmed, leniency correction and the tie-break chain."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from arena.store import Store
from tests.ui.console.test_console_setup_closed import close_contest
from tests.ui.console.test_console_setup_editor import editor_on
from ui.console.setup_rules import BAD_RULE

TIE_TAB = 5


def stored_scoring(path):
    with Store.open(path) as store:
        return store.contest().scoring


def shown_rules(editor) -> list[str]:
    return editor.tie_break.rules()


def pick(qtbot, combo, data) -> None:
    """Choose an entry of a drop-down with the keyboard, as the host does."""
    combo.setFocus()
    while combo.currentData() != data:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key_Down)
        assert combo.currentIndex() != before, f"{data!r} is not offered"


def test_what_is_trimmed_is_saved_and_only_offered_for_the_trimmed_mean(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    assert editor.method.currentData() == "trimmed" and editor.level.isEnabled()
    assert editor.level.currentData() == "total"
    pick(qtbot, editor.level, "criterion")
    assert editor.undo_stack.count() == 1
    assert editor.save(confirm=False)
    assert stored_scoring(demo_path).trim_level == "criterion"
    assert window.controller.store.session_log()[-1]["detail"]["changes"] == ["scoring rules"]
    assert editor.level.currentData() == "criterion"  # the reload after saving shows what was stored

    pick(qtbot, editor.method, "median")
    assert not editor.level.isEnabled()
    editor.undo_stack.undo()
    assert editor.method.currentData() == "trimmed" and editor.level.isEnabled()


def test_leniency_correction_is_a_checkbox_that_saves_and_undoes(open_console, qtbot, demo_path):
    _, editor = editor_on(open_console, demo_path)
    assert not editor.leniency.isChecked()
    assert "reviewer" in editor.leniency.toolTip()
    # On the box itself: the checkbox is as wide as the form, its label only so long.
    qtbot.mouseClick(editor.leniency, Qt.LeftButton, pos=QPoint(8, editor.leniency.height() // 2))
    assert editor.leniency.isChecked() and editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert not editor.leniency.isChecked() and editor.read()["scoring"]["leniency"] is False
    editor.undo_stack.redo()
    assert editor.leniency.isChecked()
    assert editor.save(confirm=False)
    assert stored_scoring(demo_path).leniency is True


def test_the_tie_break_chain_is_built_from_the_groups_and_criteria(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    editor.tabs.setCurrentIndex(TIE_TAB)
    tie = editor.tie_break
    assert shown_rules(editor) == ["group:区级领导", "median"]
    assert tie.list.item(0).text() == "Score of group 区级领导"
    offered = [tie.choice.itemData(i) for i in range(tie.choice.count())]
    assert "group:部门负责人" in offered and "criterion:创新举措" in offered and "dropped" in offered
    assert "median" not in offered  # already in the chain

    pick(qtbot, tie.choice, "criterion:创新举措")
    qtbot.mouseClick(tie.findChild(type(tie.buttons[0]), "tieBreakAdd"), Qt.LeftButton)
    assert shown_rules(editor) == ["group:区级领导", "median", "criterion:创新举措"]
    tie.list.setCurrentRow(2)
    qtbot.mouseClick(tie.buttons[2], Qt.LeftButton)  # move up
    assert shown_rules(editor) == ["group:区级领导", "criterion:创新举措", "median"]
    tie.list.setCurrentRow(0)
    qtbot.mouseClick(tie.buttons[1], Qt.LeftButton)  # remove
    assert shown_rules(editor) == ["criterion:创新举措", "median"]
    assert "group:区级领导" in [tie.choice.itemData(i) for i in range(tie.choice.count())]
    assert editor.undo_stack.count() == 3

    editor.undo_stack.undo()
    assert shown_rules(editor) == ["group:区级领导", "criterion:创新举措", "median"]
    assert editor.save(confirm=False)
    assert stored_scoring(demo_path).tie_break == ("group:区级领导", "criterion:创新举措", "median")
    assert window.controller.store.session_log()[-1]["detail"]["changes"] == ["scoring rules"]


def test_a_rule_naming_a_renamed_group_is_red_and_blocks_saving(open_console, qtbot, demo_path):
    _, editor = editor_on(open_console, demo_path)
    editor.tables["groups"].item(0, 0).setText("领导组")
    tie = editor.tie_break
    assert tie.list.item(0).background().color() == BAD_RULE
    assert not editor.save_button.isEnabled()
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert (
        "Tie-break order: the tie-break rule “group:区级领导” names no current group or criterion" in problems
    )
    assert "group:领导组" in [tie.choice.itemData(i) for i in range(tie.choice.count())]
    tie.list.setCurrentRow(0)
    tie.remove_current()
    reviewers = editor.tables["reviewers"]
    for row in range(reviewers.rowCount()):  # the group's reviewers follow it to its new name
        if reviewers.item(row, 1).text() == "区级领导":
            reviewers.item(row, 1).setText("领导组")
    assert editor.save_button.isEnabled()
    assert editor.save(confirm=False)
    assert stored_scoring(demo_path).tie_break == ("median",)


def test_the_scoring_rules_are_read_only_after_the_close(open_console, qtbot, demo_scored_path):
    window, editor = editor_on(open_console, demo_scored_path)
    window.pages.setCurrentWidget(window.live)
    close_contest(window)
    window.pages.setCurrentWidget(window.setup)
    assert not (editor.level.isEnabled() or editor.leniency.isEnabled())
    tie = editor.tie_break
    assert not (tie.list.isEnabled() or tie.choice.isEnabled() or any(b.isEnabled() for b in tie.buttons))
    # Even a direct edit (bypassing the disabled widgets) is refused by the store.
    snap = editor.read()
    snap["scoring"]["leniency"] = True
    editor.load(snap)
    assert not editor.save(confirm=False)
    assert "the contest is closed" in editor.status.text()
    assert stored_scoring(demo_scored_path).leniency is False
