"""The contest file: one SQLite database per contest, opened like a document.

A Store is one connection and belongs to the thread that opened it (the GUI
thread and the server thread each open their own). WAL lets them read while the
other writes; every write is one short `BEGIN IMMEDIATE` transaction, and
`synchronous=FULL` means a ballot acknowledged to a phone is on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from .lean_imports import sqlite_utils  # without numpy: see lean_imports

from .model import (
    Contest,
    Criterion,
    Group,
    InputError,
    Presenter,
    Reviewer,
    ScoringRules,
    new_token,
)
from .open_errors import ContestFileError
from .schema import MIGRATIONS, SCHEMA_VERSION
from .setup_edits import SetupEdits, contest_row

BUSY_TIMEOUT_MS = 5000


# (ms since the epoch, its text) of the last stamp: a burst of ballots shares a millisecond
_last_stamp: tuple[int, str] = (-1, "")


def utc_now() -> str:
    """ISO 8601 UTC with milliseconds: sortable as text, readable in the archive.

    Formatted once per millisecond: a group commit writes many ballots within one.
    """
    global _last_stamp
    ms = time.time_ns() // 1_000_000
    last = _last_stamp  # one read: another thread may replace it meanwhile, never half of it
    if last[0] == ms:
        return last[1]
    seconds, millis = divmod(ms, 1000)
    moment = datetime.fromtimestamp(seconds, timezone.utc).replace(microsecond=millis * 1000)
    text = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    _last_stamp = (ms, text)
    return text


class BallotRefused(Exception):
    """A ballot the contest cannot take; `code` is stable for clients, the text is for people."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


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


def receipt_code(submission_id: int, client_id: str) -> str:
    digest = hashlib.sha256(f"{submission_id}:{client_id}".encode()).hexdigest()
    return f"{submission_id:04d}-{digest[:4].upper()}"


class Store(SetupEdits):
    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Callable[[], str] = utc_now):
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.path = path
        self.clock = clock
        self._batch: _BatchView | None = None  # set inside ballot_batch() only

    # -- opening -----------------------------------------------------------

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @classmethod
    def open(cls, path: str | os.PathLike, clock: Callable[[], str] = utc_now) -> Store:
        """Open an existing contest file, migrating an older layout in one transaction."""
        path = Path(path)
        if not path.is_file():
            raise ContestFileError("missing", path)
        conn = None
        try:
            conn = cls._connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_contest = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='contest'"
            ).fetchone()
            # Damaged pages deep in the file would otherwise surface later, mid-command (issue 14).
            damaged = has_contest and conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            code = (
                "damaged" if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_CORRUPT else "not_arena"
            )
            raise ContestFileError(code, path) from None
        if version > SCHEMA_VERSION:
            conn.close()
            raise ContestFileError("newer", path, version=version, supported=SCHEMA_VERSION)
        if version < 1 or not has_contest:
            conn.close()
            raise ContestFileError("not_arena", path)
        if damaged:
            conn.close()
            raise ContestFileError("damaged", path)
        store = cls(conn, path, clock)
        store._migrate(version)
        return store

    @classmethod
    def create(
        cls,
        path: str | os.PathLike,
        contest: Contest,
        *,
        overwrite: bool = False,
        clock: Callable[[], str] = utc_now,
    ) -> Store:
        """Write a new contest file atomically: built beside the target, then renamed over it.

        A crash at any moment leaves either the old file or the complete new one.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise InputError(f"{path} already exists; choose another name or pass --force")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            tmp.unlink()
            conn = cls._connect(tmp)
            store = cls(conn, tmp, clock)
            store._migrate(0)
            with store.transaction():
                store._write_setup(contest)
                store.log_action("created", {"title": contest.title})
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(tmp, path)
        finally:
            for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
                leftover.unlink(missing_ok=True)
        return cls.open(path, clock)

    def _migrate(self, version: int) -> None:
        for step in range(version + 1, SCHEMA_VERSION + 1):
            script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[step]};\nPRAGMA user_version = {step};\nCOMMIT;"
            try:
                self.conn.executescript(script)
            except sqlite3.Error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once so that two writers queue instead of deadlocking."""
        if self.conn.in_transaction:  # nested: join the outer transaction
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

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

    # -- setup ---------------------------------------------------------------

    def _write_setup(self, contest: Contest) -> None:
        self.db["contest"].insert({"id": 1, **contest_row(contest)})
        self.db["criteria"].insert_all(
            {
                "name": c.name,
                "max": str(c.max),
                "step": str(c.step),
                "weight": str(c.effective_weight),
                "max_units": c.max_units,
                "position": i,
            }
            for i, c in enumerate(contest.criteria)
        )
        self.db["groups"].insert_all(
            {"name": g.name, "weight": str(g.weight), "position": i} for i, g in enumerate(contest.groups)
        )
        group_ids = {r["name"]: r["id"] for r in self.db["groups"].rows}
        self.db["presenters"].insert_all(
            {
                "name": p.name,
                "speaker": p.speaker,
                "unit": p.unit,
                "time_limit_s": p.time_limit_seconds,
                "position": i,
            }
            for i, p in enumerate(contest.presenters)
        )
        presenter_ids = {r["name"]: r["id"] for r in self.db["presenters"].rows}
        for i, r in enumerate(contest.reviewers):
            rid = (
                self.db["reviewers"]
                .insert(
                    {
                        "name": r.name,
                        "group_id": group_ids[r.group],
                        "title": r.title,
                        "token": r.token or new_token(),
                        "position": i,
                    }
                )
                .last_pk
            )
            self.db["recusals"].insert_all(
                {"reviewer_id": rid, "presenter_id": presenter_ids[p]} for p in r.recuse
            )

    def contest(self) -> Contest:
        """The whole setup, with database ids and tokens, in display order."""
        row = self.conn.execute(
            "SELECT title, date, venue, organizer, method, trim, trim_level, leniency, tie_break,"
            " anonymous, ballot_mode, rounding, trim_min, full_score FROM contest WHERE id = 1"
        ).fetchone()
        from .rounding import parse_stages

        stages, _ = parse_stages(json.loads(row[11]))  # written by us, checked when it was set up
        rules = ScoringRules(
            method=row[4],
            trim=row[5],
            trim_level=row[6],
            leniency=bool(row[7]),
            tie_break=tuple(json.loads(row[8])),
            anonymous=bool(row[9]),
            ballot_mode=row[10],
            rounding=stages,
            trim_min=row[12],
            full_score=Decimal(row[13]),
        )
        return Contest(
            title=row[0],
            date=row[1],
            venue=row[2],
            organizer=row[3],
            scoring=rules,
            criteria=self.criteria(),
            groups=self.groups(),
            reviewers=self.reviewers(),
            presenters=self.presenters(),
        )

    def criteria(self) -> tuple[Criterion, ...]:
        rows = self.conn.execute("SELECT id, name, max, step, weight FROM criteria ORDER BY position")
        return tuple(
            Criterion(name, Decimal(mx), Decimal(step), Decimal(w), id=i) for i, name, mx, step, w in rows
        )

    def groups(self) -> tuple[Group, ...]:
        rows = self.conn.execute("SELECT id, name, weight FROM groups ORDER BY position")
        return tuple(Group(name, Decimal(w), id=i) for i, name, w in rows)

    def presenters(self) -> tuple[Presenter, ...]:
        rows = self.conn.execute(
            "SELECT id, name, speaker, unit, time_limit_s FROM presenters ORDER BY position"
        )
        return tuple(
            Presenter(name, speaker, unit, Decimal(secs) / 60, id=i) for i, name, speaker, unit, secs in rows
        )

    def reviewers(self) -> tuple[Reviewer, ...]:
        recused: dict[int, list[str]] = {}
        for rid, pname in self.conn.execute(
            "SELECT r.reviewer_id, p.name FROM recusals r JOIN presenters p ON p.id = r.presenter_id"
            " ORDER BY p.position"
        ):
            recused.setdefault(rid, []).append(pname)
        rows = self.conn.execute(
            "SELECT r.id, r.name, g.name, r.title, r.token FROM reviewers r"
            " JOIN groups g ON g.id = r.group_id ORDER BY r.position"
        )
        return tuple(
            Reviewer(name, group, title, tuple(recused.get(i, ())), token, id=i)
            for i, name, group, title, token in rows
        )

    def reviewer_by_token(self, token: str) -> Reviewer | None:
        """Look a reviewer up by personal token, comparing in constant time."""
        found = None
        for reviewer in self.reviewers():
            if secrets.compare_digest(reviewer.token.encode(), token.encode()):
                found = reviewer
        return found

    def screen_token(self) -> str:
        """The secret of the read-only projector view served on the room's network."""
        return self.conn.execute("SELECT screen_token FROM contest WHERE id = 1").fetchone()[0]

    def recusals(self) -> set[tuple[int, int]]:
        return set(self.conn.execute("SELECT reviewer_id, presenter_id FROM recusals"))

    def scoring_states(self) -> dict[int, str]:
        """Presenter id -> 'pending' | 'open' | 'closed' (is the scoring window open?)."""
        return dict(self.conn.execute("SELECT id, scoring FROM presenters"))

    def has_scores(self) -> bool:
        return self.conn.execute("SELECT 1 FROM submissions LIMIT 1").fetchone() is not None

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
            return self._insert_ballot(ballot, source, note)

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
            "INSERT INTO submissions (client_id, reviewer_id, presenter_id, received_at, source, ballot, raw, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ballot.client_id,
                ballot.reviewer_id,
                ballot.presenter_id,
                at,
                source,
                _ballot_text(ballot),
                ballot.raw,
                note,
            ),
        ).lastrowid
        self.conn.executemany(
            "INSERT INTO scores (reviewer_id, presenter_id, criterion_id, value, submission_id)"
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
            self.conn.execute("DELETE FROM scores")
            self.conn.execute(
                "INSERT INTO scores (reviewer_id, presenter_id, criterion_id, value, submission_id)"
                " SELECT s.reviewer_id, s.presenter_id, CAST(j.key AS INTEGER), j.value, s.id"
                " FROM (SELECT MAX(id) AS id FROM submissions GROUP BY reviewer_id, presenter_id) latest"
                " JOIN submissions s ON s.id = latest.id JOIN json_each(s.ballot) j"
            )

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

    # -- the live session ------------------------------------------------------

    def session_row(self) -> dict:
        return dict(self.db["session_state"].get(1))

    def update_session(self, changes: dict) -> None:
        """Change the persisted session (bumping its version); call inside a transaction."""
        self.db["session_state"].update(1, changes)
        self.conn.execute("UPDATE session_state SET version = version + 1 WHERE id = 1")

    def set_scoring(self, presenter_ids: list[int], state: str) -> None:
        self.conn.executemany(
            "UPDATE presenters SET scoring = ? WHERE id = ?", [(state, i) for i in presenter_ids]
        )

    def session_log(self) -> list[dict]:
        return [
            {**row, "detail": json.loads(row["detail"])}
            for row in self.db.query("SELECT id, at, action, detail FROM session_log ORDER BY id")
        ]

    # -- the session log -------------------------------------------------------

    def log_action(self, action: str, detail: dict | None = None) -> None:
        """Append one host action to the session log (inside the caller's transaction, if any)."""
        self.db["session_log"].insert(
            {"at": self.clock(), "action": action, "detail": json.dumps(detail or {}, ensure_ascii=False)}
        )


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
