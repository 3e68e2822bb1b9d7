"""The setup editor: inline validation by the import's rules, undo, drag-and-drop queue, recusals, files."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from arena.io import read_setup_json
from arena.store import Store
from ui.console.setup_editor import BAD_CELL


def editor_on(open_console, path):
    window = open_console(path)
    window.pages.setCurrentWidget(window.setup)
    return window, window.setup


def type_into(qtbot, table, row, col, text):
    """Edit a cell the way the host does: select it, F2, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).text() == text)  # the delegate commits on a queued call


def test_a_bad_cell_turns_red_with_the_reason_and_blocks_saving(open_console, qtbot, demo_path):
    _, editor = editor_on(open_console, demo_path)
    criteria = editor.tables["criteria"]
    editor.tabs.setCurrentIndex(0)
    type_into(qtbot, criteria, 1, 1, "abc")
    assert criteria.item(1, 1).text() == "abc"
    assert criteria.item(1, 1).background().color() == BAD_CELL
    assert "not a number" in criteria.item(1, 1).toolTip()
    assert not editor.save_button.isEnabled()
    assert editor.problems.isVisible() and editor.problems.count() == 1
    type_into(qtbot, criteria, 1, 2, "0.7")  # 0.7 divides neither 25 nor 24: still blocked
    type_into(qtbot, criteria, 1, 1, "24")
    assert "does not divide" in criteria.item(1, 2).toolTip()
    type_into(qtbot, criteria, 1, 2, "0.5")
    assert editor.save_button.isEnabled() and editor.problems.count() == 0
    reviewers = editor.tables["reviewers"]
    reviewers.item(3, 1).setText("无此组")
    assert reviewers.item(3, 1).toolTip() == "no group is called “无此组”"


def test_undo_and_redo_walk_through_the_edits(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    presenters = editor.tables["presenters"]
    original = presenters.item(0, 0).text()
    presenters.item(0, 0).setText("总部经济（新）")
    editor.info["title"].setText("新标题")
    editor.info["title"].editingFinished.emit()
    assert editor.undo_stack.count() == 2
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert editor.info["title"].text() != "新标题"
    editor.undo_stack.undo()
    assert presenters.item(0, 0).text() == original
    editor.undo_stack.redo()
    assert presenters.item(0, 0).text() == "总部经济（新）"
    assert editor.save(confirm=False)
    assert window.controller.contest().presenters[0].name == "总部经济（新）"
    assert window.live.board.grid.model().headerData(0, Qt.Horizontal) == "总部经济（新）"


def drop_rows(table, rows, target_row):
    table.select_rows(rows)
    mime = table.model().mimeData(table.selectedIndexes())
    point = table.visualRect(table.model().index(target_row, 0)).center()
    event = QDropEvent(point, Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier)
    # A drop from the table itself: Qt reports the drag's source only during a real drag.
    event.source = lambda: table
    table.dropEvent(event)


def test_dragging_a_presenter_reorders_the_queue(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    editor.tabs.setCurrentIndex(3)
    before = [p.name for p in window.controller.contest().presenters]
    drop_rows(editor.tables["presenters"], [0], 3)
    shown = [editor.tables["presenters"].item(r, 0).text() for r in range(len(before))]
    assert shown == before[1:3] + [before[0]] + before[3:]
    editor.tables["presenters"].select_rows([7])
    editor.shift("presenters", -1)
    assert editor.tables["presenters"].item(6, 0).text() == before[7]
    assert editor.save(confirm=False)
    queue = window.controller.state().queue
    names = {p.id: p.name for p in window.controller.contest().presenters}
    assert [names[i] for i in queue] == before[1:3] + [before[0]] + before[3:6] + [before[7], before[6]]
    assert window.live.queue.item(0).text().strip().startswith(before[1])


def test_recusal_grid_and_new_rows_are_saved(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    tokens = {r.name: r.token for r in window.controller.contest().reviewers}
    editor.add_row("reviewers")
    row = editor.tables["reviewers"].rowCount() - 1
    for col, text in enumerate(("新评委", "代表委员", "代表")):
        editor.tables["reviewers"].item(row, col).setText(text)
    grid = editor.recusals
    assert grid.model().headerData(row, Qt.Vertical) == "新评委"
    assert grid.tick(row, 4)  # as the host's click on the check box
    assert editor.save(confirm=False)
    contest = window.controller.contest()
    added = contest.reviewers[-1]
    assert (added.name, added.recuse) == ("新评委", (contest.presenters[4].name,))
    assert len(added.token) >= 22
    assert {r.name: r.token for r in contest.reviewers if r.name in tokens} == tokens  # links still work
    editor.tables["reviewers"].select_rows([0])
    editor.remove_rows("reviewers")
    assert editor.save(confirm=False)
    assert len(window.controller.contest().reviewers) == len(tokens)


def test_with_scores_a_meaning_change_is_refused_and_a_safe_one_is_logged(
    open_console, qtbot, demo_scored_path
):
    window, editor = editor_on(open_console, demo_scored_path)
    counts = window.controller.store.counts()
    editor.tables["criteria"].item(0, 1).setText("50")
    assert not editor.save(confirm=False)
    assert "already has scores" in editor.status.text()
    assert window.controller.contest().criteria[0].max == 40
    editor.revert()
    editor.tables["presenters"].item(1, 1).setText("新汇报人")
    assert editor.save(confirm=False)
    assert window.controller.contest().presenters[1].speaker == "新汇报人"
    assert window.controller.store.counts() == counts
    last = window.controller.store.session_log()[-1]
    assert last["action"] == "setup_changed" and last["detail"]["had_scores"]
    assert any("presenters: changed" in line for line in last["detail"]["changes"])


def test_import_keeps_existing_reviewers_and_export_round_trips(open_console, qtbot, demo_path, tmp_path):
    window, editor = editor_on(open_console, demo_path)
    tokens = {r.name: r.token for r in window.controller.contest().reviewers}
    exported = tmp_path / "setup.json"
    editor.export_json(str(exported))
    data = json.loads(exported.read_text("utf-8"))
    data["presenters"].append({"name": "临港新片区", "speaker": "张三", "minutes": "6"})
    exported.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    editor.import_file(str(exported))
    assert editor.tables["presenters"].rowCount() == 9
    assert editor.save(confirm=False)
    contest = window.controller.contest()
    assert contest.presenters[-1].name == "临港新片区" and contest.presenters[-1].time_limit_seconds == 360
    assert {r.name: r.token for r in contest.reviewers} == tokens
    xlsx = tmp_path / "setup.xlsx"
    editor.export_excel(str(xlsx))
    assert xlsx.stat().st_size > 0
    with Store.open(demo_path) as store:
        assert [p.name for p in read_setup_json(exported).presenters] == [p.name for p in store.presenters()]


def test_swapping_names_and_replacing_a_group_save_in_one_go(open_console, qtbot, demo_path):
    window, editor = editor_on(open_console, demo_path)
    presenters, groups, reviewers = (editor.tables[n] for n in ("presenters", "groups", "reviewers"))
    first, second = presenters.item(0, 0).text(), presenters.item(1, 0).text()
    presenters.item(0, 0).setText(second)
    presenters.item(1, 0).setText(first)
    old_group = groups.item(2, 0).text()
    editor.add_row("groups")
    groups.item(3, 0).setText("列席代表")
    groups.item(3, 1).setText("10")
    for row in range(reviewers.rowCount()):
        if reviewers.item(row, 1).text() == old_group:
            reviewers.item(row, 1).setText("列席代表")
    groups.select_rows([2])
    editor.remove_rows("groups")
    assert editor.save(confirm=False), editor.status.text()
    contest = window.controller.contest()
    assert [p.name for p in contest.presenters[:2]] == [second, first]
    assert [g.name for g in contest.groups] == ["区级领导", "部门负责人", "列席代表"]
    assert {r.group for r in contest.reviewers} == {"区级领导", "部门负责人", "列席代表"}


def test_problems_are_told_in_the_hosts_language(open_console, qtbot, demo_scored_path, settings):
    window, editor = editor_on(open_console, demo_scored_path)
    window.set_language("zh_CN")
    editor = window.setup
    reviewers = editor.tables["reviewers"]
    reviewers.item(3, 1).setText("无此组")
    reviewers.item(5, 0).setText(reviewers.item(0, 0).text())
    assert reviewers.item(3, 1).toolTip() == "没有名为“无此组”的评委组"
    assert reviewers.item(5, 0).toolTip() == f"名称“{reviewers.item(0, 0).text()}”重复（另见第 1 行）"
    editor.revert()
    editor.tables["criteria"].item(0, 1).setText("50")
    assert not editor.save(confirm=False)
    assert editor.status.text() == "未保存：评分项 工作成效 已有评分：满分和步长不能修改"
    window.set_language("en")
