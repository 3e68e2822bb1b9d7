"""The suggested next step follows the meeting: the host always sees which button comes next."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt

from arena.demo import demo_contest
from arena.session import Session
from arena.store import BallotIn, Store
from ui.console.next_step import next_step


def suggested(live) -> str:
    return next(name for name, b in live.buttons.items() if b.property("suggested"))


def fill_ballots(store, presenter_id, contest):
    for r in contest.reviewers:
        if presenter_id not in {p.id for p in contest.presenters if p.name in r.recuse}:
            store.record_ballot(
                BallotIn(r.id, presenter_id, {c.id: 1 for c in contest.criteria}, f"t-{uuid.uuid4()}"),
                "phone",
                require_open=False,
            )


def test_the_console_suggests_each_step_of_a_presenter(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    live = window.live
    assert suggested(live) == "start" and live.hint.text() == "Next: start the contest."
    qtbot.mouseClick(live.buttons["start"], Qt.LeftButton)
    assert suggested(live) == "toggle_timer"
    qtbot.keyClick(window, Qt.Key_F5)
    assert suggested(live) == "toggle_scoring" and "open scoring" in live.hint.text()
    qtbot.keyClick(window, Qt.Key_F6)
    assert live.hint.text() == "Waiting for ballots: 29 still missing."
    assert not any(b.property("suggested") for b in live.buttons.values())
    contest = window.controller.contest()
    first = contest.presenters[0]
    fill_ballots(window.controller.store, first.id, contest)
    window.controller.bridge.notify(  # as the server tells of a committed ballot
        {"type": "ballot", "reviewer_id": contest.reviewers[1].id, "presenter_id": first.id}
    )
    qtbot.waitUntil(lambda: live.hint.text() == "Every ballot is in: close scoring (F6).")
    assert suggested(live) == "toggle_scoring"
    qtbot.keyClick(window, Qt.Key_F6)
    assert suggested(live) == "next_presenter"


def test_all_at_end_mode_suggests_opening_everyone_after_the_last_presenter(tmp_path):
    contest = demo_contest()
    contest = replace(contest, scoring=replace(contest.scoring, ballot_mode="all_at_end"))
    with Store.create(tmp_path / "end.arena", contest) as store:
        session = Session(store)
        state = session.start()
        assert next_step(state, "all_at_end", 29, 0) == "toggle_timer"
        state = session.start_timer()
        assert next_step(state, "all_at_end", 29, 0) == "next_presenter"
        for _ in contest.presenters[1:]:
            state = session.next_presenter()
        state = session.start_timer()
        assert next_step(state, "all_at_end", 29, 0) == "open_all"
        state = session.open_scoring(None)
        assert next_step(state, "all_at_end", 29, 200) == ""
        assert next_step(state, "all_at_end", 0, 0) == "close_all"
        state = session.close_scoring(None)
        assert next_step(state, "all_at_end", 0, 0) == "close_contest"
        state = session.close_contest()
        assert next_step(state, "all_at_end", 0, 0) == "reveal_next"
