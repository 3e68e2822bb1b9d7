"""`arena verify` reads a phone's ballot again as it was sent: a mark an older Arena rounded is found.

The probe got "10.0000000000000000000000000000001" logged as 10 and "1e-999999999" as 0, and verify
said OK. Such a file (written the way the old server wrote it) must not verify any more.
"""

from __future__ import annotations

import json

from arena.session import Session
from arena.store import BallotIn, Store
from arena.verify import verify


def _phone_ballot(store: Store, raw_mark: str, logged_units: int, client_id: str) -> None:
    contest = store.contest()
    presenter = contest.presenters[1]
    reviewer = next(
        r for r in contest.reviewers if presenter.name not in r.recuse and r.id > int(client_id[-1])
    )
    units = {c.id: 20 for c in contest.criteria}
    first = contest.criteria[0].id
    units[first] = logged_units
    marks = {str(c.id): "10" for c in contest.criteria}
    marks[str(first)] = raw_mark
    raw = json.dumps({"client_id": client_id, "presenter_id": presenter.id, "marks": marks})
    store.record_ballot(BallotIn(reviewer.id, presenter.id, units, client_id, raw), "phone")


def test_marks_rounded_on_the_way_in_are_found(demo_path):
    with Store.open(demo_path) as store:
        session = Session(store)
        session.start()
        session.goto(store.contest().presenters[1].id)
        session.open_scoring([store.contest().presenters[1].id])
        _phone_ballot(store, "10", 20, "clean-0001")  # what a phone sent, logged right
    assert verify(demo_path).ok

    with Store.open(demo_path) as store:
        _phone_ballot(store, "10.0000000000000000000000000000001", 20, "round-0002")
        _phone_ballot(store, "1e-999999999", 0, "round-0003")
    result = verify(demo_path)
    assert not result.ok
    found = [p for p in result.problems if "the rules refuse" in p]
    assert len(found) == 2 and any("off_step" in p or "multiple" in p for p in found)
