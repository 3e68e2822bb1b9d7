"""Check-in and signing in the core: once each, sealed, checked against the log by `arena verify`."""

from __future__ import annotations

import json

import pytest

from arena.intake import enter_paper_ballot
from arena.presence import (
    CONTEST_SCOPE,
    PresenceRefused,
    checkin_counts,
    current_summary,
    sign,
    signatures,
)
from arena.session import Session
from arena.store import Store
from arena.verify import integrity_hash, verify

STROKES = [[[10, 10], [200, 120], [400, 60]], [[500, 300], [900, 20]]]


@pytest.fixture
def scored(demo_scored_path):
    store = Store.open(demo_scored_path)
    yield store
    store.close()


def _tamper(store: Store, sql: str, *params) -> None:
    """Edit a signature behind the append-only guard's back, putting the guard back afterwards."""
    store.conn.execute("DROP TRIGGER signatures_no_update")
    store.conn.execute(sql, params)
    store.conn.execute(
        "CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures"
        " BEGIN SELECT RAISE(ABORT, 'signatures is append-only'); END"
    )


def test_checkin_is_once_and_counted_by_group(store):
    contest = store.contest()
    first, second = contest.reviewers[0], contest.reviewers[1]
    at, again = store.record_checkin(first.id)
    assert not again
    assert store.record_checkin(first.id) == (at, True)
    store.record_checkin(second.id)
    counts = {c.group: c for c in checkin_counts(contest, store.checkins())}
    group = counts[first.group]
    assert group.checked_in == sum(1 for r in (first, second) if r.group == first.group)
    assert group.reviewers == sum(1 for r in contest.reviewers if r.group == first.group)
    assert first.name in group.names


def test_sign_at_end_once_and_verify_checks_the_strokes(scored, demo_scored_path):
    contest = scored.contest()
    reviewer = contest.reviewers[0]
    scored.set_presence_options("at_end", False)
    _, digest = current_summary(scored, contest, reviewer.id, CONTEST_SCOPE)
    with pytest.raises(PresenceRefused) as refused:
        sign(scored, contest, reviewer.id, CONTEST_SCOPE, digest, STROKES)
    assert refused.value.code == "not_signable"  # the contest is still open
    session = Session(scored)
    session.start()
    session.close_contest()
    before = integrity_hash(scored)
    with pytest.raises(PresenceRefused) as refused:
        sign(scored, contest, reviewer.id, CONTEST_SCOPE, "0" * 64, STROKES)
    assert refused.value.code == "summary_changed"
    signed = sign(scored, contest, reviewer.id, CONTEST_SCOPE, digest, STROKES)
    assert signed["summary_sha256"] == digest
    with pytest.raises(PresenceRefused) as refused:
        sign(scored, contest, reviewer.id, CONTEST_SCOPE, digest, STROKES)
    assert refused.value.code == "already_signed"
    assert integrity_hash(scored) != before  # the hash covers the signatures
    summary = json.loads(scored.signature_rows()[0]["summary"])
    assert len(summary["ballots"]) == sum(1 for p in contest.presenters if p.name not in reviewer.recuse)

    assert verify(demo_scored_path).ok
    _tamper(scored, "UPDATE signatures SET strokes = ? WHERE reviewer_id = ?", "[[[0,0],[1,1]]]", reviewer.id)
    result = verify(demo_scored_path)
    assert not result.ok
    assert any("stroke data" in problem for problem in result.problems)


def test_verify_fails_on_an_altered_summary(scored, demo_scored_path):
    contest = scored.contest()
    reviewer = contest.reviewers[2]
    scored.set_presence_options("at_end", False)
    session = Session(scored)
    session.start()
    session.close_contest()
    _, digest = current_summary(scored, contest, reviewer.id, CONTEST_SCOPE)
    sign(scored, contest, reviewer.id, CONTEST_SCOPE, digest, STROKES)
    row = scored.signature_rows()[0]
    altered = row["summary"].replace('"total":"', '"total":"1')
    _tamper(scored, "UPDATE signatures SET summary = ? WHERE id = ?", altered, row["id"])
    problems = verify(demo_scored_path).problems
    assert any("does not match the SHA-256" in p for p in problems)


def test_a_host_correction_after_signing_is_marked(demo_path):
    store = Store.open(demo_path)
    try:
        contest = store.contest()
        store.set_presence_options("after_each", False)
        session = Session(store)
        session.start()
        presenter = contest.presenters[0]
        reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
        session.goto(presenter.id)
        session.open_scoring([presenter.id])
        marks = {str(c.id): str(c.max) for c in contest.criteria}
        enter_paper_ballot(store, reviewer.id, presenter.id, marks)
        session.close_scoring([presenter.id])
        _, digest = current_summary(store, contest, reviewer.id, presenter.id)
        sign(store, contest, reviewer.id, presenter.id, digest, STROKES)
        assert not signatures(store)[0].precedes_correction
        lower = {str(c.id): "0" for c in contest.criteria}
        receipt = enter_paper_ballot(store, reviewer.id, presenter.id, lower)
        assert signatures(store)[0].corrected == (receipt.submission_id,)
        result = verify(demo_path)
        assert result.ok  # a correction is a fact, not a fault: the signature still matches the log
        assert any("precedes a correction" in note for note in result.notes)
    finally:
        store.close()
