"""The contest file: one SQLite database per contest, opened like a document.

A Store is one connection and belongs to the thread that opened it (the GUI
thread and the server thread each open their own). It owns the SQL; its parts by
concern: the setup (store_setup.SetupReads, setup_edits.SetupEdits), the ballots
(store_ballots.BallotRecords), the session with its log (store_session.SessionRecords),
what the archive reads (store_archive.ArchiveReads) and check-ins and signatures
(store_presence.PresenceRecords). WAL lets them read while the
other writes; every write is one short `BEGIN IMMEDIATE` transaction, and
`synchronous=FULL` means a ballot acknowledged to a phone is on disk.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from .lean_imports import sqlite_utils  # without numpy: see lean_imports
from .model import Contest, InputError, Place, Problem
from .open_errors import ContestFileError
from .schema import MIGRATIONS, SCHEMA_VERSION
from .setup_edits import SetupEdits
from .store_archive import ArchiveReads
from .store_audience import AudienceRecords
from .store_ballots import (  # noqa: F401  (re-exported: the ballot types live with the ballots' records)
    BallotIn,
    BallotRecords,
    BallotRefused,
    Receipt,
    StorageFull,
    _ballot_json,
    _ballot_text,
    _BatchView,
    _is_full,
    receipt_code,
)
from .store_phases import PhaseRecords
from .store_presence import PresenceRecords
from .store_objective import ObjectiveRecords
from .store_session import SessionRecords
from .store_setup import SetupReads

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


class Store(
    SetupReads,
    SetupEdits,
    BallotRecords,
    SessionRecords,
    ArchiveReads,
    PresenceRecords,
    PhaseRecords,
    ObjectiveRecords,
    AudienceRecords,
):
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
    def open(cls, path: str | os.PathLike, clock: Callable[[], str] = utc_now, check: str = "pages") -> Store:
        """Open an existing contest file, migrating an older layout in one transaction.

        `check` looks for damaged pages first, so a damaged file is refused here rather than
        mid-command: "pages" checks every page (the commands), "setup" only the setup and session
        tables (the console, which checks the rest with `pages_damaged` in the background), "none"
        nothing (another connection of a process that has checked the file). On a 14 MB file
        "pages" costs about a second (bench/bench_open_check.py)."""
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
            damaged = bool(has_contest) and _damaged(conn, check)
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
            raise InputError(Problem(Place(), "contest_file_exists", {"path": str(path)}))
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
            self.conn.execute("COMMIT")
        except BaseException as exc:
            # Also when COMMIT itself failed (a full disk, an I/O error): nothing half-kept stays open.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and not isinstance(exc, StorageFull) and _is_full(exc):
                raise StorageFull(str(exc)) from exc
            raise

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads that see one state of the file (a read transaction); joins the caller's transaction."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")


BIG_TABLES = ("scores", "submissions", "session_log")  # what a "setup" check leaves to the background


def _damaged(conn: sqlite3.Connection, check: str) -> bool:
    """Whether SQLite's quick check finds damage: every page, the small tables only, or nothing."""
    if check == "none":
        return False
    if check == "setup" and sqlite3.sqlite_version_info >= (3, 33, 0):  # quick_check(TABLE) from 3.33
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in BIG_TABLES and not name.startswith("sqlite_")
        ]
        return any(conn.execute(f'PRAGMA quick_check("{t}")').fetchone()[0] != "ok" for t in tables)
    return conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"


def pages_damaged(path: str | os.PathLike) -> bool:
    """Every page of the file checked on a connection of its own (safe in a worker thread)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"  # read only: never creates a file that went away
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
    except sqlite3.DatabaseError as exc:  # damage that stops the check itself; a busy file is not damage
        return getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    finally:
        conn.close()
