"""The ballots' side of the contest file: the submission log, the current scores, receipts.

`BallotRecords` is mixed into arena.store.Store (it uses the Store's connection, clock and
transaction). Every ballot is one `submissions` row (the log) plus its current `scores`; a group
commit (`ballot_batch`) reads the windows and recusals once inside its transaction.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .model import new_token


class BallotRefused(Exception):
    """A ballot the contest cannot take; `code` is stable for clients, `params` fill in each
    interface's own wording (criterion, value, max, step, key, criteria), the text is for logs."""

    def __init__(self, code: str, message: str, **params: str):
        self.code = code
        self.params = params
        super().__init__(message)


class StorageFull(sqlite3.OperationalError):
    """The disk holding the contest file is full: nothing of the transaction was kept."""


def _is_full(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)


@dataclass(frozen=True)
class Receipt:
    submission_id: int
    code: str  # short, shown to the reviewer as proof that the ballot is in
    received_at: str
    duplicate: bool  # True when this client id was already recorded (a retry)


@dataclass(frozen=True)
class BallotIn:
    """A validated ballot: every criterion of one presenter, as units of its step."""

    reviewer_id: int
    presenter_id: int
    units: dict[int, int]  # criterion id -> units
    client_id: str
    raw: str = ""
    comment: str = ""  # issue 17: the reviewer's 评语, checked by the intake
    outlier: str = ""  # issue 17: the outlier flag and reason as JSON (arena.outliers); '' when none
    audience: bool = False  # issue 13: from a phone of the audience group (its marks go to audience_scores)


def receipt_code(submission_id: int, client_id: str) -> str:
    """A short proof that a ballot is in; it says nothing of how many ballots the room has sent."""
    digest = hashlib.sha256(f"{submission_id}:{client_id}".encode()).hexdigest().upper()
    return f"{digest[:4]}-{digest[4:8]}"


class BallotRecords:
    @contextmanager
    def ballot_batch(self) -> Iterator[sqlite3.Connection]:
        """One write transaction for a group of phone ballots; the window and recusals are read once.

        BEGIN IMMEDIATE holds the file's write lock until the commit, so no other connection can
        open or close a window or add a recusal meanwhile: what is read at the first ballot holds
        for every ballot of the group, each still checked inside the transaction that writes it.
        Only ballots go in here (record_ballot); inside someone else's transaction nothing is cached.
        """
        if self.conn.in_transaction:
            with self.transaction() as conn:
                yield conn
            return
        with self.transaction() as conn:
            self._batch = _BatchView(conn)
            try:
                yield conn
            finally:
                self._batch = None

    # -- ballots -------------------------------------------------------------

    def record_ballot(
        self, ballot: BallotIn, source: str, *, note: str = "", require_open: bool = True
    ) -> Receipt:
        """Commit one ballot (log entry + current scores) in one transaction; idempotent by client id."""
        with self.transaction():
            previous = self.conn.execute(
                "SELECT id, received_at, presenter_id, ballot FROM submissions"
                " WHERE reviewer_id = ? AND client_id = ?",
                (ballot.reviewer_id, ballot.client_id),
            ).fetchone()
            if previous:
                if (previous[2], json.loads(previous[3])) != (ballot.presenter_id, _ballot_json(ballot)):
                    raise BallotRefused("replayed", "this submission id was already used for another ballot")
                return Receipt(previous[0], receipt_code(previous[0], ballot.client_id), previous[1], True)
            if require_open:
                self._check_window(ballot.presenter_id)
            if self._is_recused(ballot.reviewer_id, ballot.presenter_id):
                raise BallotRefused("recused", "you are recused from scoring this presenter")
            if ballot.audience:
                self._check_audience_ballot(ballot)
            return self._insert_ballot(ballot, source, note)

    def record_ballot_alone(self, ballot: BallotIn, source: str) -> Receipt | BallotRefused:
        """Inside a group commit: one ballot in its own savepoint, so a refusal leaves the others untouched.

        Returns the receipt, or the refusal (rolled back to the savepoint).
        """
        self.conn.execute("SAVEPOINT ballot")
        try:
            return self.record_ballot(ballot, source)
        except BallotRefused as exc:
            self.conn.execute("ROLLBACK TO ballot")
            return exc
        except sqlite3.IntegrityError:  # a rule of the file the checks before did not foresee
            self.conn.execute("ROLLBACK TO ballot")
            return BallotRefused("invalid", "the ballot breaks a rule of the contest file")
        finally:
            self.conn.execute("RELEASE ballot")

    def _is_recused(self, reviewer_id: int, presenter_id: int) -> bool:
        if self._batch is not None:
            return (reviewer_id, presenter_id) in self._batch.recusals()
        return (
            self.conn.execute(
                "SELECT 1 FROM recusals WHERE reviewer_id = ? AND presenter_id = ?",
                (reviewer_id, presenter_id),
            ).fetchone()
            is not None
        )

    def record_ballots(self, ballots: list[BallotIn], source: str, *, note: str = "") -> list[Receipt]:
        """Commit many ballots all-or-nothing (paper ballots, imports, the demo)."""
        with self.transaction():
            return [self._insert_ballot(b, source, note) for b in ballots]

    def _check_window(self, presenter_id: int) -> None:
        if self._batch is not None:
            phase, state = self._batch.window(presenter_id)
        else:
            phase = self.conn.execute("SELECT phase FROM session_state WHERE id = 1").fetchone()[0]
            row = self.conn.execute("SELECT scoring FROM presenters WHERE id = ?", (presenter_id,)).fetchone()
            state = None if row is None else row[0]
        if state is None:
            raise BallotRefused("unknown_presenter", "no such presenter")
        if phase == "closed" or state != "open":
            raise BallotRefused("closed", "scoring is not open for this presenter")

    def _insert_ballot(self, ballot: BallotIn, source: str, note: str) -> Receipt:
        at = self.clock()
        # Plain SQL on this hot path: sqlite-utils' insert inspects the table on every call.
        sid = self.conn.execute(
            "INSERT INTO submissions (client_id, reviewer_id, presenter_id, received_at, source, ballot, raw, note,"
            " comment, outlier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ballot.client_id,
                ballot.reviewer_id,
                ballot.presenter_id,
                at,
                source,
                _ballot_text(ballot),
                ballot.raw,
                note,
                ballot.comment,
                ballot.outlier,
            ),
        ).lastrowid
        table = "audience_scores" if ballot.audience else "scores"
        self.conn.executemany(
            f"INSERT INTO {table} (reviewer_id, presenter_id, criterion_id, value, submission_id)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reviewer_id, presenter_id, criterion_id)"
            " DO UPDATE SET value = excluded.value, submission_id = excluded.submission_id",
            [(ballot.reviewer_id, ballot.presenter_id, c, u, sid) for c, u in ballot.units.items()],
        )
        return Receipt(sid, receipt_code(sid, ballot.client_id), at, False)

    def load_generated_scores(self, rows: list[tuple[int, int, int, int]], note: str) -> None:
        """Bulk-load generated (reviewer, presenter, criterion, units) rows in one transaction.

        For benchmarks and generated test data only: one log entry stands for all of them,
        and no ballot checks run (the schema's triggers still guard max and recusal).
        """
        if not rows:
            return
        with self.transaction():
            sid = (
                self.db["submissions"]
                .insert(
                    {
                        "client_id": f"generated-{new_token()}",
                        "reviewer_id": rows[0][0],
                        "presenter_id": rows[0][1],
                        "received_at": self.clock(),
                        "source": "import",
                        "ballot": "{}",
                        "note": note,
                    }
                )
                .last_pk
            )
            self.conn.executemany(
                "INSERT INTO scores (reviewer_id, presenter_id, criterion_id, value, submission_id)"
                " VALUES (?, ?, ?, ?, ?)",
                [(r, p, c, v, sid) for r, p, c, v in rows],
            )

    def load_generated_ballots(self, ballots: list[BallotIn], note: str) -> None:
        """Bulk-load generated whole ballots, each with its own log entry, with executemany.

        For benchmarks of the archive (report, verify): unlike load_generated_scores the
        log and the scores agree, so the file verifies. No ballot checks run.
        """
        with self.transaction():
            first = (self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM submissions").fetchone()[0]) + 1
            at = self.clock()
            self.conn.executemany(
                "INSERT INTO submissions (id, client_id, reviewer_id, presenter_id, received_at, source, ballot,"
                " note) VALUES (?, ?, ?, ?, ?, 'import', ?, ?)",
                [
                    (
                        first + i,
                        b.client_id,
                        b.reviewer_id,
                        b.presenter_id,
                        at,
                        json.dumps(_ballot_json(b), sort_keys=True),
                        note,
                    )
                    for i, b in enumerate(ballots)
                ],
            )
            self.conn.executemany(
                "INSERT INTO scores (reviewer_id, presenter_id, criterion_id, value, submission_id)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reviewer_id, presenter_id, criterion_id)"
                " DO UPDATE SET value = excluded.value, submission_id = excluded.submission_id",
                [
                    (b.reviewer_id, b.presenter_id, c, u, first + i)
                    for i, b in enumerate(ballots)
                    for c, u in b.units.items()
                ],
            )

    def marks_of(self, presenter_id: int) -> dict[tuple[int, int], int]:
        """Every current mark for one presenter: (reviewer id, criterion id) -> units."""
        rows = self.conn.execute(
            "SELECT reviewer_id, criterion_id, value FROM scores WHERE presenter_id = ?", (presenter_id,)
        )
        return {(r, c): v for r, c, v in rows}

    def counted_ballot_origin(self, reviewer_id: int, presenter_id: int) -> tuple[str, str] | None:
        """(source, received_at) of the ballot counted for this pair, or None (issue 14: the paper
        ballot dialog says "already submitted by phone at HH:MM" without showing any mark)."""
        return self.conn.execute(
            "SELECT s.source, s.received_at FROM scores sc JOIN submissions s ON s.id = sc.submission_id"
            " WHERE sc.reviewer_id = ? AND sc.presenter_id = ? LIMIT 1",
            (reviewer_id, presenter_id),
        ).fetchone()

    def ballot_of(self, reviewer_id: int, presenter_id: int) -> dict[int, int]:
        """A reviewer's current scores for one presenter: criterion id -> units."""
        return dict(
            self.conn.execute(
                "SELECT criterion_id, value FROM scores WHERE reviewer_id = ? AND presenter_id = ?",
                (reviewer_id, presenter_id),
            )
        )

    def rebuild_scores_from_log(self) -> None:
        """Replace the scores table by the latest logged ballot of each (reviewer, presenter).

        For `arena verify`, on an in-memory copy of a file: the log is the record,
        the scores table a cache of it that a direct edit could have changed.
        """
        with self.transaction():
            # The audience's marks (issue 13) have their own table: each goes back where it came from.
            for table, kind in (("scores", "panel"), ("audience_scores", "audience")):
                self.conn.execute(f"DELETE FROM {table}")
                self.conn.execute(
                    f"INSERT INTO {table} (reviewer_id, presenter_id, criterion_id, value, submission_id)"
                    " SELECT s.reviewer_id, s.presenter_id, CAST(j.key AS INTEGER), j.value, s.id"
                    " FROM (SELECT MAX(id) AS id FROM submissions GROUP BY reviewer_id, presenter_id) latest"
                    " JOIN submissions s ON s.id = latest.id JOIN json_each(s.ballot) j"
                    " JOIN reviewers rv ON rv.id = s.reviewer_id JOIN groups g ON g.id = rv.group_id"
                    " WHERE g.kind = ?",
                    (kind,),
                )

    def current_ballots_of(self, reviewer_id: int) -> list[tuple]:
        """(presenter id, criterion id, units, submission id, client id, received at) of a reviewer's
        counted marks."""
        return self.conn.execute(
            "SELECT sc.presenter_id, sc.criterion_id, sc.value, su.id, su.client_id, su.received_at"
            " FROM scores sc JOIN submissions su ON su.id = sc.submission_id"
            " WHERE sc.reviewer_id = ? ORDER BY sc.presenter_id",
            (reviewer_id,),
        ).fetchall()

    def submissions_of(self, reviewer_id: int) -> list[tuple[int, int, str]]:
        """(presenter id, submission id, client id) of every ballot a reviewer sent, oldest first."""
        return self.conn.execute(
            "SELECT presenter_id, id, client_id FROM submissions WHERE reviewer_id = ? ORDER BY id",
            (reviewer_id,),
        ).fetchall()

    def submissions_since(self, submission_id: int) -> list[tuple[int, int]]:
        """(submission id, presenter id) of the ballots logged after `submission_id`, in order."""
        return self.conn.execute(
            "SELECT id, presenter_id FROM submissions WHERE id > ? ORDER BY id", (submission_id,)
        ).fetchall()

    def last_submission_id(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM submissions").fetchone()[0]

    def submitted_pairs(self) -> set[tuple[int, int]]:
        """(reviewer id, presenter id) of every ballot currently counted."""
        return set(self.conn.execute("SELECT DISTINCT reviewer_id, presenter_id FROM scores"))

    def submitted_for(self, presenter_id: int) -> set[int]:
        """Reviewer ids with a counted ballot for one presenter (one index range: fast at 500k scores)."""
        sql = "SELECT DISTINCT reviewer_id FROM scores WHERE presenter_id = ?"
        return {row[0] for row in self.conn.execute(sql, (presenter_id,))}

    def ballot_count(self, presenter_id: int) -> int:
        """How many reviewers currently have a ballot counted for this presenter (the projector's progress)."""
        return self.conn.execute(
            "SELECT COUNT(DISTINCT reviewer_id) FROM scores WHERE presenter_id = ?", (presenter_id,)
        ).fetchone()[0]

    def counts(self) -> dict[str, int]:
        tables = ("presenters", "criteria", "groups", "reviewers", "recusals", "scores", "submissions")
        return {t: self.db[t].count for t in tables}


def _ballot_json(ballot: BallotIn) -> dict[str, int]:
    return {str(c): u for c, u in sorted(ballot.units.items())}


def _ballot_text(ballot: BallotIn) -> str:
    """json.dumps(_ballot_json(ballot), sort_keys=True), character for character, at a third of the cost.

    Keys are criterion ids and values units, both ints, so nothing needs escaping; sort_keys
    orders the keys as text ("10" before "2"), and so does this.
    """
    items = sorted((str(int(c)), int(u)) for c, u in ballot.units.items())
    return "{" + ", ".join(f'"{c}": {u}' for c, u in items) + "}"


class _BatchView:
    """The scoring windows and recusals, read at most once per ballot_batch() transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._window: tuple[str, dict[int, str]] | None = None
        self._recusals: set[tuple[int, int]] | None = None

    def window(self, presenter_id: int) -> tuple[str, str | None]:
        """(session phase, the presenter's scoring state or None when there is no such presenter)."""
        if self._window is None:
            phase = self._conn.execute("SELECT phase FROM session_state WHERE id = 1").fetchone()[0]
            self._window = (phase, dict(self._conn.execute("SELECT id, scoring FROM presenters")))
        phase, states = self._window
        return phase, states.get(presenter_id)

    def recusals(self) -> set[tuple[int, int]]:
        if self._recusals is None:
            self._recusals = set(self._conn.execute("SELECT reviewer_id, presenter_id FROM recusals"))
        return self._recusals
