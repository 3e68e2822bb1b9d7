"""`verify`: the file against its own submission log, and a printed report against the file."""

from __future__ import annotations

import sqlite3

import pytest

from arena.model import InputError
from arena.report import write_report
from arena.store import BallotIn, Store
from arena.verify import integrity_hash, verify


def _first_score(path):
    """(reviewer name, presenter name, criterion name, reviewer id, presenter id, criterion id, value)."""
    with Store.open(path) as store:
        rid, pid, cid, value = store.conn.execute(
            "SELECT reviewer_id, presenter_id, criterion_id, value FROM scores"
            " ORDER BY presenter_id, reviewer_id, criterion_id LIMIT 1"
        ).fetchone()
        contest = store.contest()
    name = {r.id: r.name for r in contest.reviewers}[rid]
    presenter = {p.id: p.name for p in contest.presenters}[pid]
    criterion = {c.id: c.name for c in contest.criteria}[cid]
    return name, presenter, criterion, rid, pid, cid, value


def _tamper(path, sql, params=()):
    """Edit the file behind Arena's back, as someone with a SQLite tool could."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, params)
    conn.close()


def test_an_untouched_file_verifies(demo_scored_path):
    result = verify(demo_scored_path)
    assert result.ok and result.problems == []
    assert len(result.integrity_hash) == 64
    with Store.open(demo_scored_path) as store:
        assert result.integrity_hash == integrity_hash(store)


def test_an_edited_score_fails_naming_reviewer_presenter_and_criterion(demo_scored_path):
    reviewer, presenter, criterion, rid, pid, cid, value = _first_score(demo_scored_path)
    before = verify(demo_scored_path).integrity_hash
    _tamper(
        demo_scored_path,
        "UPDATE scores SET value = ? WHERE reviewer_id = ? AND presenter_id = ? AND criterion_id = ?",
        (value - 4, rid, pid, cid),
    )
    result = verify(demo_scored_path)
    assert not result.ok
    score_problem = next(p for p in result.problems if p.startswith("score of"))
    assert f"score of {reviewer} for {presenter}, {criterion}" in score_problem
    assert "the submission log says" in score_problem
    assert any(p.startswith(f"result of {presenter}") for p in result.problems)
    assert result.integrity_hash != before  # the results changed, so the hash does


def test_a_deleted_score_row_is_found(demo_scored_path):
    reviewer, presenter, criterion, rid, pid, cid, _ = _first_score(demo_scored_path)
    _tamper(
        demo_scored_path,
        "DELETE FROM scores WHERE reviewer_id = ? AND presenter_id = ? AND criterion_id = ?",
        (rid, pid, cid),
    )
    problems = verify(demo_scored_path).problems
    assert any(f"{reviewer} for {presenter}, {criterion}" in p and "lack it" in p for p in problems)


def test_a_score_no_ballot_gave_is_found(demo_path):
    with Store.open(demo_path) as store:
        contest = store.contest()
        first, second = contest.reviewers[10], contest.reviewers[11]
        presenter = contest.presenters[0]
        units = {c.id: 10 for c in contest.criteria}
        ballot = BallotIn(first.id, presenter.id, units, "only")
        receipt = store.record_ballot(ballot, "host", require_open=False)
    _tamper(
        demo_path,
        "INSERT INTO scores VALUES (?, ?, ?, 30, ?)",
        (second.id, presenter.id, contest.criteria[0].id, receipt.submission_id),
    )
    problems = verify(demo_path).problems
    assert any(
        f"{second.name} for {presenter.name}" in p and "no ballot in the log gave it" in p for p in problems
    )


def test_the_log_refuses_edits_and_a_removed_guard_is_reported(demo_scored_path):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        _tamper(demo_scored_path, "UPDATE submissions SET ballot = '{}' WHERE id = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        _tamper(demo_scored_path, "DELETE FROM submissions WHERE id = 1")
    _tamper(demo_scored_path, "DROP TRIGGER submissions_no_update")
    result = verify(demo_scored_path)
    assert not result.ok
    assert any("submissions_no_update" in p for p in result.problems)


def test_a_correction_counts_the_latest_ballot_and_still_verifies(demo_scored_path):
    with Store.open(demo_scored_path) as store:
        r = store.contest().reviewers[10]
        p = next(p for p in store.contest().presenters if p.name not in r.recuse)
        units = {c.id: 2 for c in store.contest().criteria}
        store.record_ballot(BallotIn(r.id, p.id, units, "correction-1"), "host", require_open=False)
    assert verify(demo_scored_path).ok


def test_the_report_hash_must_match_the_file(demo_scored_path, tmp_path):
    pdf = write_report(demo_scored_path, tmp_path / "r.pdf")
    assert verify(demo_scored_path, pdf).ok
    with Store.open(demo_scored_path) as store:  # a late ballot: the file moves on, the report does not
        r = store.contest().reviewers[12]
        p = next(p for p in store.contest().presenters if p.name not in r.recuse)
        store.record_ballot(
            BallotIn(r.id, p.id, {c.id: 1 for c in store.contest().criteria}, "late"),
            "host",
            require_open=False,
        )
    result = verify(demo_scored_path, pdf)
    assert not result.ok
    assert result.report_hash and result.report_hash != result.integrity_hash
    assert result.problems == [
        f"r.pdf was made from different data: it prints {result.report_hash},"
        f" this file gives {result.integrity_hash}"
    ]


def test_a_pdf_without_a_hash_and_a_non_pdf_are_told_apart(demo_scored_path, tmp_path):
    from arena.cards import write_cards

    cards = write_cards(demo_scored_path, tmp_path / "cards.pdf", "http://10.0.0.2:8700")
    expected = ["cards.pdf: no integrity hash (SHA-256) found in the report"]
    assert verify(demo_scored_path, cards).problems == expected
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not a PDF"):
        verify(demo_scored_path, not_pdf)


def test_closing_the_contest_keeps_the_hash_so_a_draft_of_the_same_data_verifies(demo_scored_path, tmp_path):
    from archive_helpers import close_contest

    draft = write_report(demo_scored_path, tmp_path / "draft.pdf")
    before = verify(demo_scored_path).integrity_hash
    close_contest(demo_scored_path)
    after = verify(demo_scored_path, draft)
    assert after.ok and after.integrity_hash == before


def test_a_phone_ballot_after_closing_is_reported(demo_scored_path):
    from archive_helpers import close_contest

    close_contest(demo_scored_path)
    assert verify(demo_scored_path).ok
    with Store.open(demo_scored_path, clock=lambda: "2999-01-01T00:00:00.000Z") as store:
        r = store.contest().reviewers[15]
        p = next(p for p in store.contest().presenters if p.name not in r.recuse)
        # behind the window check's back, as a forged insert would be
        units = {c.id: 3 for c in store.contest().criteria}
        store.record_ballots([BallotIn(r.id, p.id, units, "late")], "phone")
    problems = verify(demo_scored_path).problems
    assert any("came from a phone at 2999-01-01T00:00:00.000Z, after scoring closed" in p for p in problems)
