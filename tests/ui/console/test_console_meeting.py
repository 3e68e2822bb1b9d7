"""A whole meeting on the demo contest, through the real console widgets and the real reviewers' server.

Phones are httpx clients posting to the server on 127.0.0.1 from another
thread; the host moves the queue with the keyboard shortcuts and the buttons.
Mid-session the window is destroyed and the file reopened in a fresh one.
"""

from __future__ import annotations

import threading
import uuid

import httpx
import pytest
from PySide6.QtCore import Qt

from arena.session import Session
from arena.store import Store
from ui.console.board import RECUSED, SUBMITTED
from ui.console.proxy import ProxyBallotDialog

pytestmark = pytest.mark.slow


def phone_ballots(base_url: str, contest, presenter, reviewers, share: float = 0.8) -> list[int]:
    """Every listed reviewer submits a full ballot for `presenter` over HTTP; returns the status codes."""
    statuses = []
    with httpx.Client(base_url=base_url, timeout=10) as client:
        for r in reviewers:
            marks = {str(c.id): str(round(float(c.max) * share)) for c in contest.criteria}
            reply = client.post(
                f"/api/r/{r.token}/ballots",
                json={"client_id": f"phone-{uuid.uuid4().hex}", "presenter_id": presenter.id, "marks": marks},
            )
            statuses.append(reply.status_code)
    return statuses


def in_background(fn, *args):
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("value", fn(*args)), daemon=True)
    thread.start()
    return thread, result


def start_server(window, qtbot, port):
    access = window.access
    access.address.setCurrentIndex(access.address.findData("127.0.0.1"))
    access.port.setValue(port)
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert window.controller.server is not None, access.status.text()
    return window.controller.base_url


def eligible(contest, presenter):
    return [r for r in contest.reviewers if presenter.name not in r.recuse]


def test_a_whole_meeting_survives_the_window_being_destroyed(open_console, qtbot, demo_path, free_port):
    window = open_console(demo_path)
    live = window.live
    base = start_server(window, qtbot, free_port)
    assert base == f"http://127.0.0.1:{window.controller.server.port}"
    assert window.access.table.item(0, 2).text().startswith(f"{base}/r/")
    contest = window.controller.contest()
    first, second, third = contest.presenters[:3]

    qtbot.mouseClick(live.buttons["start"], Qt.LeftButton)
    assert live.current.text() == first.name
    assert live.next.text().endswith(second.name)

    for presenter in (first, second):
        if presenter is second:
            qtbot.keyClick(window, Qt.Key_F7)  # next presenter
            qtbot.waitUntil(lambda: live.current.text() == presenter.name)
        qtbot.keyClick(window, Qt.Key_F5)  # start the timer
        assert live.state.timer_running
        qtbot.keyClick(window, Qt.Key_F6)  # open scoring for this presenter
        assert live.state.scoring[presenter.id] == "open"
        assert live.buttons["toggle_scoring"].text() == "Close scoring"
        voters = eligible(contest, presenter)
        late = voters[-1]
        thread, result = in_background(phone_ballots, base, contest, presenter, voters[:-1])
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20000)
        assert result["value"] == [200] * (len(voters) - 1)
        qtbot.waitUntil(lambda: live.board.cell(voters[-2].name, presenter.name) == SUBMITTED)
        assert live.board.cell(late.name, presenter.name) == ""
        # The texts above the grid follow the cells within a tenth of a second (drawn once per burst).
        qtbot.waitUntil(
            lambda: live.board.missing.text() == f"Still missing (1): {late.name}", timeout=10_000
        )
        assert f"{len(voters) - 1} of {len(voters)}" in live.board.summary.text()
        qtbot.waitUntil(
            lambda: any(
                row[1] == presenter.name and row[3] == f"{len(voters) - 1}/{len(voters)}"
                for row in live.results.rows()
            ),
            timeout=60_000,  # the tally process's answer
        )
        # The late reviewer's phone gets its ballot in; the board names nobody as missing any more.
        phone_ballots(base, contest, presenter, [late])
        qtbot.waitUntil(lambda: live.board.cell(late.name, presenter.name) == SUBMITTED)
        qtbot.waitUntil(lambda: "Every ballot is in" in live.board.missing.text(), timeout=10_000)
        qtbot.mouseClick(live.buttons["toggle_scoring"], Qt.LeftButton)  # close scoring by the button
        assert live.state.scoring[presenter.id] == "closed"
        assert phone_ballots(base, contest, presenter, [late]) == [409]  # a window closed is closed

    recused = next(r for r in contest.reviewers if first.name in r.recuse)
    assert live.board.cell(recused.name, first.name) == RECUSED
    assert all(row[2] for row in live.results.rows()[:2])  # the two scored presenters have a score

    # A reviewer without a phone: the host enters the paper ballot for the second presenter.
    paperless = eligible(contest, third)[0]
    qtbot.mouseClick(live.buttons["next_presenter"], Qt.LeftButton)
    assert live.current.text() == third.name
    qtbot.keyClick(window, Qt.Key_F6)
    dialog = live.enter_proxy_ballot()
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(paperless.id))
    dialog.set_marks({c.name: float(c.max) - 5 for c in contest.criteria})
    dialog.note.setText("paper form 7")
    dialog.submit()
    assert dialog.receipt is not None
    qtbot.waitUntil(lambda: live.board.cell(paperless.name, third.name) == SUBMITTED)
    qtbot.keyClick(window, Qt.Key_F5)  # the timer runs while the window dies
    qtbot.wait(300)

    # -- the window is destroyed mid-session; a fresh one opens the same file ---------------------
    before = Session(window.controller.store).state()
    scores_before = window.controller.store.submitted_pairs()
    window.close_contest_file()  # as a crash would: no question asked
    window.close()
    window.deleteLater()
    qtbot.wait(50)

    again = open_console(demo_path)
    live = again.live
    assert live.current.text() == third.name
    assert live.state.scoring[third.id] == "open"
    assert live.state.scoring[first.id] == live.state.scoring[second.id] == "closed"
    assert live.state.timer_running
    assert live.remaining_seconds() < before.remaining_s  # recomputed from the stored start time
    assert again.controller.store.submitted_pairs() == scores_before
    for presenter in (first, second):
        for r in eligible(contest, presenter):
            assert live.board.cell(r.name, presenter.name) == SUBMITTED
    assert live.board.cell(paperless.name, third.name) == SUBMITTED
    log = again.controller.store.session_log()
    proxy = [e for e in log if e["action"] == "proxy_ballot"]
    assert proxy and proxy[0]["detail"]["reviewer"] == paperless.name
    source = again.controller.store.conn.execute(
        "SELECT source, note FROM submissions WHERE reviewer_id = ? AND presenter_id = ?",
        (paperless.id, third.id),
    ).fetchone()
    assert source == ("host", "paper form 7")

    # The contest was live: the server is back on the address and port the phones know.
    assert again.controller.base_url == base
    assert phone_ballots(base, contest, third, [eligible(contest, third)[3]]) == [200]

    # -- close the contest, the phones are refused, the reveal steps on ---------------------------
    live.close_contest(confirm=False)
    assert live.state.phase == "closed"
    assert live.phase.text() == "Closed — scores frozen"
    assert not live.buttons["next_presenter"].isEnabled()
    live.queue.itemActivated.emit(live.queue.item(0))  # double-click: bring the first one back up
    assert live.state.current_presenter_id == third.id
    assert again.statusBar().currentMessage().startswith("The contest is closed")
    assert not live.buttons["proxy"].isEnabled()
    late_paper = ProxyBallotDialog(again.controller, third.id)
    late_paper.reviewer.setCurrentIndex(late_paper.reviewer.findData(eligible(contest, third)[2].id))
    late_paper.submit()
    assert late_paper.receipt is None and "closed" in late_paper.message.text()
    refused = phone_ballots(base, contest, third, [eligible(contest, third)[1]])
    assert refused[0] == 409
    qtbot.keyClick(again, Qt.Key_F12)
    qtbot.keyClick(again, Qt.Key_F12)
    assert live.state.reveal_step == 2 and live.state.scene == "results"
    qtbot.keyClick(again, Qt.Key_F12, Qt.ShiftModifier)
    assert live.state.reveal_step == 1
    qtbot.waitUntil(lambda: "Final results" in live.results.note.text(), timeout=60_000)
    with Store.open(demo_path) as store:
        actions = [e["action"] for e in store.session_log()]
    assert "contest_close" in actions and actions.count("reveal") == 3
