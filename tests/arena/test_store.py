"""The contest file: layout, pragmas, append-only logs, migration, atomic creation."""

from __future__ import annotations

import sqlite3

import pytest

from arena.demo import demo_contest
from arena.model import InputError
from arena.schema import MIGRATIONS, SCHEMA_VERSION
from arena.store import BallotIn, BallotRefused, Store


def test_file_uses_wal_foreign_keys_and_records_its_version(store, demo_path):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_setup_round_trips_with_tokens_of_at_least_128_bits(store):
    contest = store.contest()
    original = demo_contest()
    assert [p.name for p in contest.presenters] == [p.name for p in original.presenters]
    assert [(c.name, c.max, c.step, c.effective_weight) for c in contest.criteria] == [
        (c.name, c.max, c.step, c.effective_weight) for c in original.criteria
    ]
    tokens = [r.token for r in contest.reviewers]
    assert len(set(tokens)) == len(tokens) == 30
    assert all(len(t) >= 22 for t in tokens)  # urlsafe base64: 22 chars = 132 bits
    leader = next(r for r in contest.reviewers if r.recuse)
    assert len(leader.recuse) == 1


def _ballot(store, reviewer_index=8, presenter_index=0, client_id="c1", value=10):
    contest = store.contest()
    reviewer, presenter = contest.reviewers[reviewer_index], contest.presenters[presenter_index]
    units = {c.id: value for c in contest.criteria}
    return BallotIn(reviewer.id, presenter.id, units, client_id)


@pytest.mark.parametrize("table", ["submissions", "session_log"])
def test_logs_are_append_only_in_the_file_itself(store, table):
    store.record_ballots([_ballot(store)], "host")
    store.log_action("test")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute(f"UPDATE {table} SET id = id")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute(f"DELETE FROM {table}")


def test_a_retried_ballot_counts_once_and_a_correction_is_a_new_log_entry(store):
    from arena.session import Session

    Session(store).open_scoring()
    first = store.record_ballot(_ballot(store), "phone")
    retry = store.record_ballot(_ballot(store), "phone")
    assert retry.duplicate and retry.submission_id == first.submission_id and retry.code == first.code
    correction = store.record_ballot(_ballot(store, client_id="c2", value=12), "phone")
    assert correction.submission_id != first.submission_id
    assert store.counts()["submissions"] == 2
    assert set(
        store.ballot_of(store.contest().reviewers[8].id, store.contest().presenters[0].id).values()
    ) == {12}


def test_the_same_client_id_for_a_different_ballot_is_refused(store):
    from arena.session import Session

    Session(store).open_scoring()
    store.record_ballot(_ballot(store), "phone")
    with pytest.raises(BallotRefused) as refused:
        store.record_ballot(_ballot(store, value=11), "phone")
    assert refused.value.code == "replayed"


def test_ballots_need_an_open_window_and_no_recusal(store):
    with pytest.raises(BallotRefused) as closed:
        store.record_ballot(_ballot(store), "phone")
    assert closed.value.code == "closed"
    from arena.session import Session

    Session(store).open_scoring()
    leader = next(i for i, r in enumerate(store.contest().reviewers) if r.recuse)
    own_chain = next(
        i
        for i, p in enumerate(store.contest().presenters)
        if p.name in store.contest().reviewers[leader].recuse
    )
    with pytest.raises(BallotRefused) as recused:
        store.record_ballot(_ballot(store, leader, own_chain), "phone")
    assert recused.value.code == "recused"
    assert store.counts()["submissions"] == 0


def test_the_file_itself_refuses_scores_above_the_maximum_or_from_recused_reviewers(store):
    contest = store.contest()
    crit = contest.criteria[0]
    with pytest.raises(sqlite3.IntegrityError, match="maximum"):
        store.record_ballots(
            [BallotIn(contest.reviewers[9].id, contest.presenters[0].id, {crit.id: crit.max_units + 1}, "x")],
            "host",
        )
    assert store.counts()["submissions"] == 0  # the whole transaction rolled back


def test_a_file_from_a_newer_arena_is_refused_clearly(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(InputError, match="newer Arena"):
        Store.open(demo_path)


def test_something_that_is_not_a_contest_is_refused(tmp_path):
    junk = tmp_path / "junk.arena"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="not an Arena contest file"):
        Store.open(junk)
    with pytest.raises(InputError, match="no such contest file"):
        Store.open(tmp_path / "missing.arena")


def test_an_older_file_is_migrated_in_place_keeping_its_data(tmp_path):
    old = tmp_path / "old.arena"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.executescript(MIGRATIONS[1] + ";PRAGMA user_version = 1;")
    conn.execute("INSERT INTO contest (id, title) VALUES (1, '旧比赛')")
    conn.execute("INSERT INTO groups (name, weight, position) VALUES ('评委', '1', 0)")
    conn.execute("INSERT INTO presenters (name, position) VALUES ('甲', 0)")
    conn.close()
    store = Store.open(old)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    contest = store.contest()
    assert contest.title == "旧比赛" and contest.organizer == "" and contest.presenters[0].unit == ""
    assert store.session_row()["phase"] == "setup"
    assert len(store.screen_token()) == 48  # 192 random bits, made by the migration
    # version 5 (issue 15): no rounding stages, trim from 2k + 1, full score 100 — the old behaviour
    rules = contest.scoring
    assert (rules.rounding, rules.trim_min, rules.full_score) == ((), 0, 100)


def test_each_contest_gets_its_own_screen_secret(tmp_path, demo_path):
    other = Store.create(tmp_path / "other.arena", demo_contest())
    assert len(other.screen_token()) == 48 and other.screen_token() != Store.open(demo_path).screen_token()


def test_create_refuses_to_overwrite_unless_asked(demo_path):
    with pytest.raises(InputError, match="already exists"):
        Store.create(demo_path, demo_contest())
    before = Store.open(demo_path).contest().reviewers[0].token
    Store.create(demo_path, demo_contest(), overwrite=True)
    assert Store.open(demo_path).contest().reviewers[0].token != before
    assert not list(demo_path.parent.glob(".*.tmp*"))
