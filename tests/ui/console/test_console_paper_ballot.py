"""The paper ballot dialog on a laptop that may be mirrored to the projector (issue 14, item 4): the
missing reviewers first, never anyone's marks on screen, empty fields that refuse a blank, and an
off-step value refused with the step named instead of rounded."""

from __future__ import annotations

import uuid

from arena.store import BallotIn
from tests.ui.console.tests_console_helpers import answer_guard


def phone_ballot(store, reviewer, presenter, contest, units_each=37):
    """A ballot as the server commits it (source "phone"), on the same file."""
    units = {c.id: min(units_each, c.max_units) for c in contest.criteria}
    with store.transaction():
        store.record_ballot(BallotIn(reviewer.id, presenter.id, units, f"phone-{uuid.uuid4()}"), "phone")


def test_the_dialog_lists_the_missing_first_and_never_shows_phone_marks(open_console, demo_path):
    window = open_console(demo_path)
    live = window.live
    contest = window.controller.contest()
    first = contest.presenters[0]
    live.perform("start")
    live.perform("toggle_scoring")
    eligible = [r for r in contest.reviewers if first.name not in r.recuse]
    phoned = eligible[:3]
    for r in phoned:
        phone_ballot(window.controller.store, r, first, contest)

    dialog = live.enter_proxy_ballot()
    offered = [dialog.reviewer.itemData(i) for i in range(dialog.reviewer.count())]
    offered = [rid for rid in offered if rid is not None]  # the separator
    missing = [r.id for r in eligible[3:]]
    assert offered[: len(missing)] == missing  # the missing reviewers come first
    assert dialog.reviewer.currentData() == eligible[3].id
    assert f"Still missing for {first.name} ({len(missing)}):" in dialog.missing.text()
    assert eligible[3].name in dialog.missing.text() and phoned[0].name not in dialog.missing.text()
    assert all(box.text() == "" for box in dialog.marks.values())  # fields start empty, not at 0.0

    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(phoned[0].id))
    assert all(box.text() == "" for box in dialog.marks.values())  # the phone's marks are never shown
    assert "Already submitted by phone at " in dialog.message.text()
    assert "entering replaces it" in dialog.message.text()
    dialog.reject()


def test_a_blank_field_refuses_and_an_off_step_value_names_the_step(open_console, demo_path):
    window = open_console(demo_path)
    live = window.live
    contest = window.controller.contest()
    live.perform("start")
    dialog = live.enter_proxy_ballot()
    dialog.submit()  # one Enter on fresh fields
    assert dialog.receipt is None and dialog.isVisible()
    assert "a blank field is not a zero" in dialog.message.text()
    assert window.controller.store.counts()["submissions"] == 0

    first = contest.criteria[0]
    dialog.set_marks({c.name: "5" for c in contest.criteria} | {first.name: "30.25"})
    dialog.submit()
    assert dialog.receipt is None
    assert dialog.message.text() == f"{first.name}: 30.25 is not a multiple of its step 0.5"
    assert window.controller.store.counts()["submissions"] == 0

    dialog.set_marks({first.name: "30.5"})
    dialog.submit()
    assert dialog.receipt is not None
    reviewer = dialog.reviewer.currentData()
    presenter = dialog.presenter.currentData()
    assert window.controller.store.ballot_of(reviewer, presenter)[first.id] == 61  # 30.5 in 0.5 steps


def test_replacing_a_phone_ballot_asks_first(open_console, demo_path):
    window = open_console(demo_path)
    live = window.live
    contest = window.controller.contest()
    first = contest.presenters[0]
    live.perform("start")
    live.perform("toggle_scoring")
    reviewer = next(r for r in contest.reviewers if first.name not in r.recuse)
    phone_ballot(window.controller.store, reviewer, first, contest)
    before = window.controller.store.ballot_of(reviewer.id, first.id)
    dialog = live.enter_proxy_ballot()
    dialog.reviewer.setCurrentIndex(dialog.reviewer.findData(reviewer.id))
    dialog.set_marks({c.name: "5" for c in contest.criteria})
    seen = answer_guard(yes=False)
    dialog.submit()
    assert seen and "Already submitted by phone" in seen[0]["text"] and seen[0]["default_is_no"]
    assert dialog.receipt is None
    assert window.controller.store.ballot_of(reviewer.id, first.id) == before
    seen = answer_guard(yes=True)
    dialog.submit()
    assert seen and dialog.receipt is not None
    assert window.controller.store.ballot_of(reviewer.id, first.id) != before
