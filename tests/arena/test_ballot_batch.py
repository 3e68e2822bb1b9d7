"""The ballot write path's shortcuts keep every guarantee: windows and recusals read once per batch,
inside its transaction only; the log's JSON text and the time stamp as before."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from arena.session import Session
from arena.store import BallotIn, BallotRefused, Store, _ballot_json, _ballot_text, utc_now


def _ballot(store: Store, reviewer, presenter, client_id: str, units: int = 4) -> BallotIn:
    return BallotIn(reviewer.id, presenter.id, {c.id: units for c in store.criteria()}, client_id)


def _live(path):
    """The host's connection with the first presenter open, and a second connection (the server's writer)."""
    host = Store.open(path)
    session = Session(host)
    session.start()
    contest = host.contest()
    presenter = contest.presenters[0]
    session.open_scoring([presenter.id])
    reviewers = [r for r in contest.reviewers if presenter.name not in r.recuse]
    return host, session, presenter, reviewers, Store.open(path)


def test_a_window_closed_between_two_batches_refuses_the_next_batch(demo_path):
    host, session, presenter, reviewers, writer = _live(demo_path)
    with host, writer:
        with writer.ballot_batch():
            first = writer.record_ballot(_ballot(writer, reviewers[0], presenter, "b-0001"), "phone")
        session.close_scoring([presenter.id])
        with writer.ballot_batch():
            try:
                writer.record_ballot(_ballot(writer, reviewers[1], presenter, "b-0002"), "phone")
                refused = None
            except BallotRefused as exc:
                refused = exc
        assert not first.duplicate
        assert refused is not None and refused.code == "closed"
        assert writer.ballot_of(reviewers[1].id, presenter.id) == {}


def test_a_recusal_added_between_two_batches_refuses_the_next_batch(demo_path):
    host, _session, presenter, reviewers, writer = _live(demo_path)
    with host, writer:
        with writer.ballot_batch():
            writer.record_ballot(_ballot(writer, reviewers[0], presenter, "r-0001"), "phone")
        contest = host.contest()
        late = reviewers[1]
        changed = tuple(
            dataclasses.replace(r, recuse=r.recuse + (presenter.name,)) if r.id == late.id else r
            for r in contest.reviewers
        )
        host.update_setup(dataclasses.replace(contest, reviewers=changed))
        with writer.ballot_batch():
            try:
                writer.record_ballot(_ballot(writer, late, presenter, "r-0002"), "phone")
                code = None
            except BallotRefused as exc:
                code = exc.code
        assert code == "recused"
        assert writer.ballot_of(late.id, presenter.id) == {}


def test_inside_a_callers_transaction_the_window_is_read_for_every_ballot(demo_path):
    # The batch's memory holds only while nobody but ballots writes; in the caller's own
    # transaction the caller may close a window between two ballots, and that must count.
    host, _session, presenter, reviewers, writer = _live(demo_path)
    with host, writer:
        with host.transaction():
            with host.ballot_batch():
                host.record_ballot(_ballot(host, reviewers[0], presenter, "t-0001"), "phone")
                host.set_scoring([presenter.id], "closed")
                try:
                    host.record_ballot(_ballot(host, reviewers[1], presenter, "t-0002"), "phone")
                    code = None
                except BallotRefused as exc:
                    code = exc.code
        assert code == "closed"
        assert writer.ballot_of(reviewers[0].id, presenter.id) != {}
        assert writer.ballot_of(reviewers[1].id, presenter.id) == {}


def test_one_batch_takes_many_ballots_and_refuses_only_the_bad_one(demo_path):
    host, _session, presenter, reviewers, writer = _live(demo_path)
    closed = host.contest().presenters[1]
    recused_reviewer = next((r for r in host.contest().reviewers if presenter.name in r.recuse), None)
    with host, writer:
        outcomes = []
        with writer.ballot_batch():
            for i, (reviewer, target) in enumerate(
                [(reviewers[0], presenter), (reviewers[1], closed), (reviewers[2], presenter)]
                + ([(recused_reviewer, presenter)] if recused_reviewer else [])
            ):
                try:
                    writer.record_ballot(_ballot(writer, reviewer, target, f"m-{i:04d}"), "phone")
                    outcomes.append("ok")
                except BallotRefused as exc:
                    outcomes.append(exc.code)
        assert outcomes[:3] == ["ok", "closed", "ok"]
        assert outcomes[3:] == (["recused"] if recused_reviewer else [])
        assert recused_reviewer is not None  # the demo has recusals: the last case did run


@settings(max_examples=150)
@given(st.dictionaries(st.integers(1, 10**6), st.integers(0, 10**9), min_size=1, max_size=12))
def test_the_logged_ballot_text_is_what_json_dumps_writes(units):
    ballot = BallotIn(1, 1, units, "x")
    text = _ballot_text(ballot)
    assert text == json.dumps(_ballot_json(ballot), sort_keys=True)
    assert {int(k): v for k, v in json.loads(text).items()} == units


def test_the_time_stamp_is_utc_to_the_millisecond_and_never_runs_back():
    before = datetime.now(timezone.utc).replace(tzinfo=None)
    stamps = [utc_now() for _ in range(2000)]
    after = datetime.now(timezone.utc).replace(tzinfo=None)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s) for s in stamps)
    assert stamps == sorted(stamps)
    first = datetime.fromisoformat(stamps[0][:-1])
    last = datetime.fromisoformat(stamps[-1][:-1])
    assert before.replace(microsecond=before.microsecond // 1000 * 1000) <= first <= last <= after
