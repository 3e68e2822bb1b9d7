"""The console and the rule book (issue 15): rounding stages, trim_min and the full score in the setup
editor, with undo and the words a host reads; small-panel warnings under the provisional results."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from arena.rounding import Stage
from arena.store import Store
from arena.tally import tally
from tests.ui.console.test_console_setup_editor import editor_on
from tests.ui.console.test_console_setup_rules import stored_scoring
from ui.i18n import install_translators


def type_line(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def test_rounding_stages_trim_min_and_full_score_are_edited_saved_and_undone(open_console, qtbot, demo_path):
    _, editor = editor_on(open_console, demo_path)
    fields = editor.rule_book
    assert fields.rounding.text() == "" and fields.trim_min.value() == 0
    assert fields.words.text().startswith("Exact to the end")
    type_line(qtbot, fields.rounding, "total:1; final:2")
    assert editor.undo_stack.count() == 1
    assert (
        fields.words.text()
        == "each reviewer's total to 1 decimal(s), half up; the final score to 2 decimal(s), half up"
    )
    fields.trim_min.setFocus()
    fields.trim_min.selectAll()
    qtbot.keyClicks(fields.trim_min, "5")
    qtbot.keyClick(fields.trim_min, Qt.Key_Return)
    assert fields.trim_min.value() == 5
    type_line(qtbot, fields.full_score, "10")
    assert editor.save(confirm=False)
    rules = stored_scoring(demo_path)
    assert rules.rounding == (Stage("total", 1), Stage("final", 2))
    assert rules.trim_min == 5 and str(rules.full_score) == "10"
    assert fields.rounding.text() == "total:1; final:2"  # as reloaded from the file

    before = editor.undo_stack.count()
    type_line(qtbot, fields.rounding, "final:x")
    assert editor.undo_stack.count() == before + 1
    assert not editor.save_button.isEnabled()
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert "Rounding stages: rounding stage 1: the decimals must be a whole number from 0 to 6" in problems
    editor.undo_stack.undo()
    assert fields.rounding.text() == "total:1; final:2" and editor.save_button.isEnabled()


def test_rule_book_fields_in_chinese(open_console, qtbot, demo_path, qapp, settings):
    settings.set("language", "zh_CN")
    install_translators(qapp, "zh_CN")
    _, editor = editor_on(open_console, demo_path)
    type_line(qtbot, editor.rule_book.rounding, "total:1; final:2")
    assert (
        editor.rule_book.words.text()
        == "每位评委总分保留 1 位小数，四舍五入；最后得分保留 2 位小数，四舍五入"
    )


def test_small_panels_are_flagged_under_the_provisional_results(open_console, qtbot, demo_scored_path):
    with Store.open(demo_scored_path) as store:
        contest = store.contest()
        store.update_setup(
            dataclasses.replace(contest, scoring=dataclasses.replace(contest.scoring, trim_min=9))
        )
    window = open_console(demo_scored_path)
    results = window.live.results
    results.show_box.setChecked(True)
    results.recompute()  # the tally runs in the worker: wait for its answer on the table
    qtbot.waitUntil(
        lambda: len(results.rows()) == 8 and all("not trimmed" in row[4] for row in results.rows()),
        timeout=60_000,  # the tally process's first answer
    )
    notes = {row[1]: row[4] for row in results.rows()}
    with Store.open(demo_scored_path) as store:
        expected = {
            pr.presenter.name: [g for g in pr.groups if not g.trimmed] for pr in tally(store).presenters
        }
    for name, groups in expected.items():
        assert groups  # the demo's 7- and 8-reviewer groups are under 9
        for g in groups:
            assert f"{g.group}: only {g.n} totals, fewer than 9; not trimmed, all counted" in notes[name]
