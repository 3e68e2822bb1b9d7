"""The live page on a small laptop screen (issue 14, item 8): at 1280x800 and 1366x768 the board shows
at least 15 reviewers and the provisional results at least 8 presenters. Screenshots are written to
ARENA_SHOTS when it is set (looked at by hand), else to the test's temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from arena.session import Session
from arena.store import Store


def visible_rows(table) -> float:
    """How many rows the table shows without scrolling."""
    height = table.viewport().height()
    row = table.verticalHeader().defaultSectionSize() if table.rowCount() == 0 else table.rowHeight(0)
    return min(table.rowCount(), height / row)


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768)])
def test_board_and_results_fit_a_small_laptop(open_console, qtbot, demo_scored_path, tmp_path, size):
    with Store.open(demo_scored_path) as store:
        session = Session(store)
        session.start()
        session.open_scoring([session.state().current_presenter_id])
    window = open_console(demo_scored_path)
    window.settings.set("results/show_provisional", True)
    window.live.results.show_box.setChecked(True)
    window.showNormal()
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    qtbot.wait(50)
    board, results = window.live.board.grid, window.live.results.table
    # The provisional results come from the tally process (issue 16): wait for its first answer.
    qtbot.waitUntil(lambda: results.rowCount() == 8, timeout=60_000)
    assert board.rowCount() == 30
    shown_reviewers, shown_presenters = visible_rows(board), visible_rows(results)
    folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / f"console-{size[0]}x{size[1]}.png"))
    assert shown_reviewers >= 15, shown_reviewers
    assert shown_presenters >= 8, shown_presenters
    assert board.horizontalScrollBar().maximum() == 0  # every presenter's column in view
