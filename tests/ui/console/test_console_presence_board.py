"""The console's check-in and signature board: phones check in and sign over real HTTP, the board shows
who did, by group; the options it sets reach the store; the projector's welcome counts check-ins."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from arena.store import Store
from ui.console.presence_board import PresenceBoard

STROKES = [[[10, 20], [300, 200], [600, 40]], [[700, 300], [950, 100]]]


def start(window, qtbot, port):
    access = window.access
    window.pages.setCurrentWidget(access)
    access.address.setCurrentIndex(access.address.findData("127.0.0.1"))
    access.port.setValue(port)
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert window.controller.server is not None, access.status.text()
    return f"http://127.0.0.1:{window.controller.server.port}"


def open_board(window) -> PresenceBoard:
    board = window._presence_tab.widget()
    window.pages.setCurrentWidget(board)
    return board


def cell(board: PresenceBoard, name: str, column: int) -> str:
    for row in range(board.table.rowCount()):
        if board.table.item(row, 1).text() == name:
            return board.table.item(row, column).text()
    raise AssertionError(f"{name} is not on the board")


def test_check_ins_from_phones_appear_by_group(open_console, qtbot, demo_path, free_port):
    window = open_console(demo_path)
    base = start(window, qtbot, free_port)
    board = open_board(window)
    contest = window.controller.contest()
    group = contest.groups[0].name
    members = [r for r in contest.reviewers if r.group == group]
    assert cell(board, members[0].name, 2) == ""
    assert f"{group}: 0/{len(members)} checked in" in board.totals.text()
    for reviewer in members[:2]:
        answer = httpx.post(f"{base}/api/r/{reviewer.token}/checkin", timeout=30)
        assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: cell(board, members[1].name, 2) != "", timeout=30_000)
    assert cell(board, members[0].name, 2) != ""
    qtbot.waitUntil(lambda: f"{group}: 2/{len(members)} checked in" in board.totals.text(), timeout=30_000)
    assert cell(board, members[2].name, 2) == ""  # not checked in: still listed, still able to score
    count = window.live.findChild(QLabel, "checkinCount")  # the live page's one line
    qtbot.waitUntil(lambda: count.text() == f"Checked in: 2/{len(contest.reviewers)}", timeout=30_000)


def test_options_and_signatures_on_the_board(open_console, qtbot, demo_scored_path, free_port):
    window = open_console(demo_scored_path)
    base = start(window, qtbot, free_port)
    board = open_board(window)
    controller = window.controller
    board.sign_mode.setCurrentIndex(board.sign_mode.findData("at_end"))
    board.welcome_names.setChecked(True)
    with Store.open(demo_scored_path) as other:  # the options are in the file, for every process
        assert other.presence_options() == ("at_end", True)
    controller.act("start")
    controller.act("close_contest")
    reviewer = controller.contest().reviewers[3]
    qtbot.waitUntil(lambda: cell(board, reviewer.name, 3) == "waiting", timeout=30_000)
    state = httpx.get(f"{base}/api/r/{reviewer.token}/presence", timeout=30).json()
    (item,) = state["to_sign"]
    body = {"scope": item["scope"], "summary_sha256": item["summary_sha256"], "strokes": STROKES}
    answer = httpx.post(f"{base}/api/r/{reviewer.token}/signatures", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: cell(board, reviewer.name, 3).startswith("signed at"), timeout=30_000)
    again = httpx.post(f"{base}/api/r/{reviewer.token}/signatures", json=body, timeout=30)
    assert again.status_code == 409 and again.json()["error"] == "already_signed"
    group = reviewer.group
    size = sum(1 for r in controller.contest().reviewers if r.group == group)
    assert f"{group}: 0/{size} checked in, 1/{size} signed" in board.totals.text()


def test_a_correction_after_a_signature_shows_on_the_board(open_console, qtbot, demo_scored_path, free_port):
    window = open_console(demo_scored_path)
    base = start(window, qtbot, free_port)
    board = open_board(window)
    controller = window.controller
    board.sign_mode.setCurrentIndex(board.sign_mode.findData("after_each"))
    controller.act("start")
    contest = controller.contest()
    presenter = contest.presenters[0]
    reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
    controller.act("close_scoring", [presenter.id])
    state = httpx.get(f"{base}/api/r/{reviewer.token}/presence", timeout=30).json()
    (item,) = state["to_sign"]
    body = {"scope": presenter.id, "summary_sha256": item["summary_sha256"], "strokes": STROKES}
    assert httpx.post(f"{base}/api/r/{reviewer.token}/signatures", json=body, timeout=30).status_code == 200
    qtbot.waitUntil(lambda: cell(board, reviewer.name, 3) == "1 presenter(s) signed", timeout=30_000)
    controller.record_proxy_ballot(reviewer.id, presenter.id, {str(c.id): "1" for c in contest.criteria})
    qtbot.waitUntil(
        lambda: "signed before a correction by the host" in cell(board, reviewer.name, 3), timeout=30_000
    )
