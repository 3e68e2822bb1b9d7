"""The server's remembered marks (marks.py) answer exactly as the full check does, first time and every time."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arena.ballots import ballot_units
from arena.server.desk import Desk
from arena.server.marks import MarkBook
from arena.store import BallotRefused


@pytest.fixture
def contest(store):
    return store.contest()


def _outcome(check, marks):
    try:
        return "ok", check(marks)
    except BallotRefused as exc:
        return exc.code, str(exc)
    except ArithmeticError:  # the full check leaves huge numbers to its caller; the book refuses them
        return "out_of_range", "a mark is out of range"


def _marks(contest):
    keys = st.sampled_from([str(c.id) for c in contest.criteria] + [c.name for c in contest.criteria] + ["x"])
    values = (
        st.sampled_from(["10", "10.0", " 7.5 ", "0", "-1", "1e1", "100000", "abc", "", "1.25"])
        | st.integers(-5, 60)
        | st.floats(-5, 60, allow_nan=False)
        | st.booleans()
        | st.none()
    )
    usual = st.sampled_from(["10", "7.5", "0", " 8 ", "3.0", 2.5, 10.0]) | st.integers(0, 12)
    complete = st.fixed_dictionaries({str(c.id): usual | usual | usual | values for c in contest.criteria})
    return complete | st.dictionaries(keys, values, max_size=6)


def test_every_ballot_gets_the_full_checks_answer_also_when_remembered(contest):
    book = MarkBook(contest)

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(batch=st.lists(_marks(contest), min_size=1, max_size=4))
    def check(batch):
        for marks in batch + batch:  # the second time round, accepted marks come from memory
            expected = _outcome(lambda m: ballot_units(contest, m), marks)
            assert _outcome(book.units, marks) == expected, marks

    check()


def test_remembered_marks_never_mix_true_with_one(contest):
    book = MarkBook(contest)
    one_each = {str(c.id): 1 for c in contest.criteria}
    assert book.units(one_each) == {c.id: int(1 / c.step) for c in contest.criteria}
    with pytest.raises(BallotRefused) as refused:
        book.units({**one_each, str(contest.criteria[0].id): True})
    assert refused.value.code == "not_a_number"


def test_a_setup_edit_is_never_answered_from_memory(live):
    desk = Desk(live.path)
    desk.refresh()
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    halves = {str(c.id): "1.5" for c in live.criteria}
    whole = dataclasses.replace(live.criteria[0], step=Decimal(1))
    assert live.criteria[0].step == Decimal("0.5")  # the demo's steps, which the marks above rely on
    desk.prepare(reviewer, p.id, halves, "client-0001")  # accepted, and now remembered
    live.store.update_setup(dataclasses.replace(live.contest, criteria=(whole, *live.criteria[1:])))
    desk.refresh()
    with pytest.raises(BallotRefused) as refused:
        desk.prepare(reviewer, p.id, halves, "client-0002")
    assert refused.value.code == "off_step"
    desk.close()


def test_receipt_text_of_units(contest):
    book = MarkBook(contest)
    c = contest.criteria[0]
    assert book.text(c.id, 2 * int(1 / c.step)) == "2"
    assert book.text(c.id, int(c.max / c.step)) == format(c.max.normalize(), "f")
