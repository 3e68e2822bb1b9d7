"""While ballots arrive and the clock runs, the live page repaints what changed and never lays itself
out again (issue 16). Each relayout made the board measure its row names and repaint the whole grid: at
500 reviewers that was tens of milliseconds, five times a second for the clock alone, and on every burst
for the counts above the board, the queue's counts and the reveal panel's provisional result."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from arena.demo import demo_contest
from arena.model import Phase, Timing
from arena.setup import contest_to_dict, parse_setup
from arena.store import BallotIn, Store
from ui.console.board import SUBMITTED
from ui.console.steady_text import SteadyText


@pytest.fixture
def phased_path(tmp_path):
    timing = Timing((Phase("陈述", 300), Phase("答询", 300)), auto_open=False, auto_close_s=0)
    contest = dataclasses.replace(demo_contest(), timing=timing)
    path = tmp_path / "phases.arena"
    Store.create(path, parse_setup(contest_to_dict(contest))).close()
    return path


class LayoutRequests(QObject):
    """Counts the requests to lay out the live page or the window again (a child's relayout that moves
    anything reaches one of them)."""

    def __init__(self, watched):
        super().__init__()
        self.watched = watched
        self.seen: list[str] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LayoutRequest and obj in self.watched:
            self.seen.append(type(obj).__name__)
        return False


def quiet(live) -> bool:
    """Nothing the page deferred is still to come: the counts, the queue, the next step, a tally."""
    timers = (live._catch_up, live._suggest_soon, live.results._timer)
    worker = live.controller.tallies
    return not live.board.labels_pending and not any(t.isActive() for t in timers) and not worker.busy


def settle(requests: LayoutRequests, rounds: int = 50) -> None:
    """Deliver the relayouts still queued until three rounds of events bring none; then count from zero."""
    calm = 0
    for _ in range(rounds):
        requests.seen.clear()
        QApplication.processEvents()
        calm = 0 if requests.seen else calm + 1
        if calm == 3:
            requests.seen.clear()
            return
    raise AssertionError(f"the page kept laying itself out: {requests.seen}")


def send_ballots(controller, reviewers, presenter_id) -> None:
    """Phones' ballots, committed to the file and each told as the server tells it."""
    contest = controller.contest()
    for reviewer in reviewers:
        ballot = BallotIn(reviewer.id, presenter_id, {c.id: 1 for c in contest.criteria}, f"t-{uuid.uuid4()}")
        receipt = controller.store.record_ballot(ballot, "phone")
        controller.bridge.notify(
            {
                "type": "ballot",
                "reviewer_id": reviewer.id,
                "presenter_id": presenter_id,
                "submission_id": receipt.submission_id,
                "source": "phone",
            }
        )


def test_ballots_and_the_clock_repaint_without_laying_the_page_out(open_console, qtbot, phased_path):
    window = open_console(phased_path)
    window.resize(1366, 768)
    now = [1_800_000_000.0]
    window.controller.session.clock = window.live._clock = lambda: now[0]
    live, controller = window.live, window.controller
    live.perform("start")
    live.perform("toggle_timer")
    live.perform("toggle_scoring")
    current = controller.state().current_presenter_id
    contest = controller.contest()
    name = next(p.name for p in contest.presenters if p.id == current)
    voters = [
        r
        for r in contest.reviewers
        if not any(p.id == current and p.name in r.recuse for p in contest.presenters)
    ]
    send_ballots(controller, voters[:3], current)  # the first result: the reveal panel takes its lines
    qtbot.waitUntil(lambda: live.timer.text() == "05:00", timeout=10_000)
    qtbot.waitUntil(
        lambda: "1 总部经济" in live.reveal.upcoming.text() or "No. 1" in live.reveal.upcoming.text(),
        timeout=60_000,
    )
    qtbot.waitUntil(lambda: quiet(live), timeout=60_000)

    requests = LayoutRequests({live})
    QApplication.instance().installEventFilter(requests)
    try:
        settle(requests)  # what the set-up above changed is laid out first
        for second in range(1, 6):  # the clock runs: 04:59 ... 04:55
            now[0] += 1
            qtbot.waitUntil(lambda s=second: live.timer.text() == f"04:{60 - s:02d}", timeout=10_000)
        tallied = controller.latest_tally()
        send_ballots(controller, voters[3:13], current)  # ten more phones
        qtbot.waitUntil(
            lambda: all(live.board.cell(r.name, name) == SUBMITTED for r in voters[:13]), timeout=10_000
        )
        # The counts above the board, the queue's count and a provisional tally with the ballots follow.
        qtbot.waitUntil(lambda: not live.board.labels_pending, timeout=10_000)
        qtbot.waitUntil(lambda: controller.latest_tally() is not tallied, timeout=60_000)
        qtbot.waitUntil(lambda: f"13/{len(voters)}" in live.queue.item(0).text(), timeout=10_000)
        qtbot.waitUntil(lambda: quiet(live), timeout=60_000)
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(requests)
    assert live.board.summary.text().startswith(f"{name}: 13 of {len(voters)}")
    assert requests.seen == []


def test_a_steady_text_elides_what_does_not_fit_and_tells_it_whole_in_its_tooltip(qtbot):
    names = "、".join(f"评委{i}" for i in range(100))
    line = SteadyText(objectName="oneLine")
    qtbot.addWidget(line)
    line.resize(200, line.height())
    line.setText(names)
    assert line.text() == names
    shown, whole = line._laid_out(196, 1)
    assert not whole and shown.endswith("…") and names.startswith(shown[:-1])
    line.setText("评委1")
    assert line._laid_out(196, 1) == ("评委1", True)


def test_a_two_line_steady_text_takes_its_second_line_only_when_the_text_needs_it(qtbot):
    text = SteadyText(lines=2, objectName="twoLines")
    qtbot.addWidget(text)
    text.resize(300, text.height())
    one_line = text.height()
    text.setText("短句")
    assert text.height() == one_line
    text.setText("一段较长的提示" * 10)  # wraps: the second line is taken (one relayout), never a third
    assert text.height() > one_line
    shown, whole = text._laid_out(296, 2)
    assert not whole and shown.count("\n") == 1 and shown.endswith("…")
    text.setText("短句")
    assert text.height() == one_line
