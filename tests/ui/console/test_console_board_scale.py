"""The live board at scale (issue 16): changed cells only, per-group counts, "only who is missing", search.

Real console offscreen on a real contest file; ballots entered through the controller, as the host's
paper ballots are, so they arrive on the board as the same events the phones' do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from arena.demo import write_demo
from ui.console.board import SUBMITTED


def _live_console(open_console, tmp_path):
    path = tmp_path / "board.arena"
    write_demo(path).close()
    window = open_console(path)
    window.controller.act("start")
    return window


def _ballot(window, reviewer, presenter) -> None:
    contest = window.controller.contest()
    window.controller.record_proxy_ballot(reviewer.id, presenter.id, {c.name: "8" for c in contest.criteria})


def _current(window):
    contest = window.controller.contest()
    current = window.controller.state().current_presenter_id
    return contest, next(p for p in contest.presenters if p.id == current)


def test_a_ballot_repaints_its_one_cell_and_nothing_else(open_console, qtbot, tmp_path):
    window = _live_console(open_console, tmp_path)
    board = window.live.board
    contest, presenter = _current(window)
    reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
    changed = []
    board.source_model.dataChanged.connect(
        lambda first, last, roles: changed.append(
            ((first.row(), first.column()), (last.row(), last.column()))
        )
    )
    _ballot(window, reviewer, presenter)
    row = [r.id for r in contest.reviewers].index(reviewer.id)
    col = [p.id for p in contest.presenters].index(presenter.id)
    assert changed == [((row, col), (row, col))]  # one cell, not the grid
    assert board.cell(reviewer.name, presenter.name) == SUBMITTED
    # Re-reading the store (the board's reload path) repaints nothing when nothing changed ...
    changed.clear()
    board.refresh()
    assert changed == []
    # ... and exactly the cell of a ballot it had not been told about.
    other = next(r for r in contest.reviewers if r.id != reviewer.id and presenter.name not in r.recuse)
    with window.controller.store.transaction():
        window.controller.store.record_ballot(
            _ballot_in(window, other, presenter), "host", require_open=False
        )
    board.refresh()
    other_row = [r.id for r in contest.reviewers].index(other.id)
    assert changed == [((other_row, col), (other_row, col))]


def _ballot_in(window, reviewer, presenter):
    from arena.intake import ballot_units
    from arena.store import BallotIn

    contest = window.controller.contest()
    units = ballot_units(contest, {c.name: "7" for c in contest.criteria})
    return BallotIn(reviewer.id, presenter.id, units, "board-test")


def test_only_who_is_missing_shows_exactly_the_missing_reviewers(open_console, qtbot, tmp_path):
    window = _live_console(open_console, tmp_path)
    board = window.live.board
    contest, presenter = _current(window)
    eligible = [r for r in contest.reviewers if presenter.name not in r.recuse]
    recused = [r.name for r in contest.reviewers if presenter.name in r.recuse]
    for reviewer in eligible[::2]:
        _ballot(window, reviewer, presenter)
    qtbot.mouseClick(board.only_missing, Qt.LeftButton)
    assert board.only_missing.isChecked()
    missing = [r.name for r in eligible[1::2]]
    assert board.shown_reviewers() == missing
    assert not set(recused) & set(board.shown_reviewers())  # a recused reviewer is not missing
    # One more ballot: that reviewer leaves the list at once.
    _ballot(window, eligible[1], presenter)
    assert board.shown_reviewers() == missing[1:]
    # The next presenter: the filter follows the current presenter (nobody has scored them yet).
    window.controller.act("next_presenter")
    contest, nxt = _current(window)
    assert board.shown_reviewers() == [r.name for r in contest.reviewers if nxt.name not in r.recuse]
    qtbot.mouseClick(board.only_missing, Qt.LeftButton)
    assert len(board.shown_reviewers()) == len(contest.reviewers)


def test_per_group_counts_and_the_search(open_console, qtbot, tmp_path):
    window = _live_console(open_console, tmp_path)
    board = window.live.board
    contest, presenter = _current(window)
    first_group = contest.groups[0].name
    in_group = [r for r in contest.reviewers if r.group == first_group and presenter.name not in r.recuse]
    _ballot(window, in_group[0], presenter)
    expected = []
    for group in contest.groups:
        members = [r for r in contest.reviewers if r.group == group.name and presenter.name not in r.recuse]
        done = 1 if group.name == first_group else 0
        expected.append(f"{group.name} {done}/{len(members)}")
    qtbot.waitUntil(lambda: board.group_counts() == ", ".join(expected), timeout=10_000)
    board.search.setText(in_group[0].name)  # as typed (keyClicks cannot type Chinese)
    assert board.shown_reviewers() == [in_group[0].name]
    board.search.setText(first_group)
    assert board.shown_reviewers() == [r.name for r in contest.reviewers if r.group == first_group]


def test_a_column_sorts_ticks_first_then_missing_then_recused(open_console, qtbot, tmp_path):
    window = _live_console(open_console, tmp_path)
    board = window.live.board
    contest, presenter = _current(window)
    eligible = [r for r in contest.reviewers if presenter.name not in r.recuse]
    _ballot(window, eligible[-1], presenter)
    col = [p.id for p in contest.presenters].index(presenter.id)
    board.grid.sortByColumn(col, Qt.AscendingOrder)
    shown = board.shown_reviewers()
    assert shown[0] == eligible[-1].name
    marks = [board.cell(name, presenter.name) for name in shown]
    assert marks == sorted(marks, key=lambda m: {"✓": 0, "": 1, "—": 2}[m])


def test_the_grid_scrolls_to_the_current_presenter(open_console, qtbot, tmp_path):
    window = _live_console(open_console, tmp_path)
    window.resize(1024, 700)  # narrower than the eight columns and the reviewers' names
    window.show()
    board = window.live.board
    contest = window.controller.contest()
    board.grid.verticalScrollBar().setValue(3)  # the host scrolled down the reviewers
    window.controller.act("goto", contest.presenters[-1].id)
    qtbot.waitUntil(board.current_column_visible, timeout=10_000)
    assert board.grid.verticalScrollBar().value() == 3  # sideways only: the rows stay
    window.controller.act("goto", contest.presenters[0].id)
    qtbot.waitUntil(board.current_column_visible, timeout=10_000)
