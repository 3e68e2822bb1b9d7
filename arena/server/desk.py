"""The server's side of the contest file: the cached setup, the public state, ballots in.

A Desk is used from the server's event-loop thread, which reads through its own
Store connection (sqlite3 connections cannot cross threads, so each thread opens
its own, lazily). It re-reads the setup and the public session state only when
another connection has committed something (`PRAGMA data_version`), so a request
costs one cheap pragma instead of a reload. Ballots are committed by a single
writer thread with its own connection (group commit, see `submit_async`). It never
changes the setup or the session: the only write is a reviewer's ballot, through
Store.record_ballot.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..model import Contest, Reviewer
from ..store import BallotIn, BallotRefused, Receipt, Store, receipt_code
from .marks import MarkBook
from .marks import shown as _num

log = logging.getLogger(__name__)

Notify = Callable[[dict], None]
REFRESH_EVERY_S = 0.02


@dataclass(frozen=True)
class Accepted:
    """A committed ballot, as the phone is told about it."""

    receipt: Receipt
    presenter_id: int
    marks: dict[str, str]  # criterion id (text) -> mark as a decimal string


def _token_key(token: str) -> bytes:
    # Hashing first makes the dict lookup independent of how much of a guess matches.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class Desk:
    def __init__(self, store_path: str | Path, notify: Notify | None = None):
        self.path = Path(store_path)
        self.notify = notify
        self.on_change: Callable[[dict], None] | None = None  # told the new public state
        # One connection per thread (sqlite3 objects cannot cross threads); the server uses only its loop's.
        self._local = threading.local()
        self.contest: Contest | None = None
        self._by_token: dict[bytes, Reviewer] = {}
        self._recusals: set[tuple[int, int]] = set()
        self._presenter_ids: set[int] = set()
        self._marks: MarkBook | None = None  # the marks seen under the current setup (see marks.py)
        self._pending: list[tuple[BallotIn, asyncio.Future]] = []  # ballots waiting for the next commit
        self._writer: ThreadPoolExecutor | None = None  # one thread, its own connection: commits only
        self._writing = False
        self._host_marker: tuple | None = None  # (last session log id, session version) last loaded
        self.public: dict = {}
        self.public_version = 0  # bumped whenever the public state differs from the last one

    # -- the connection ------------------------------------------------------------

    @property
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open(self.path)
            self._local.data_version = None
        return store

    def close(self) -> None:
        """Close this thread's connection and the writer's (the server calls it on its loop thread)."""
        self._close_here()
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.submit(self._close_here).result()
            writer.shutdown()

    def _close_here(self) -> None:
        store = getattr(self._local, "store", None)
        if store is not None:
            store.close()
            self._local.store = None

    # -- keeping up with the host ------------------------------------------------------

    def refresh_soon(self) -> None:
        """Refresh unless this thread just did: a burst of ballots needs one look at the file, not one each.

        Safe because the store re-checks the window and the recusal inside each ballot's transaction.
        """
        now = time.monotonic()
        if now - getattr(self._local, "checked_at", 0.0) >= REFRESH_EVERY_S:
            self.refresh()
            self._local.checked_at = now

    def refresh(self, full: bool = False) -> bool:
        """Re-read the file if the host changed something since last time; True when the public state changed.

        Ballots (ours from the writer thread, or the host's) also change the file; they are told apart
        from host actions by the session log and the session version, which every setup change and
        every session action moves. `full` re-reads on any change at all (the poll does, now and then).
        """
        conn = self.store.conn
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self._local.data_version and self.contest is not None:
            return False
        self._local.data_version = version
        marker = conn.execute(
            "SELECT (SELECT max(id) FROM session_log), (SELECT version FROM session_state WHERE id = 1)"
        ).fetchone()
        if marker == self._host_marker and self.contest is not None and not full:
            return False
        self._host_marker = marker
        changed = self._load()
        if changed and self.on_change is not None:
            self.on_change(self.public)
        return changed

    def _load(self) -> bool:
        store = self.store
        self.contest = store.contest()
        self._by_token = {_token_key(r.token): r for r in self.contest.reviewers}
        self._recusals = store.recusals()
        self._presenter_ids = {p.id for p in self.contest.presenters}
        self._marks = MarkBook(self.contest)
        row = store.session_row()
        scoring = store.scoring_states()
        public = {
            "version": row["version"],
            "phase": row["phase"],
            "current_presenter_id": row["current_presenter_id"],
            "ballot_mode": self.contest.scoring.ballot_mode,
            "scoring": {str(p.id): scoring.get(p.id, "pending") for p in self.contest.presenters},
            "setup": self._setup_key(),
        }
        if public == self.public:
            return False
        self.public = public
        self.public_version += 1
        return True

    def _setup_key(self) -> str:
        """A short fingerprint of what every page shows from the setup: phones re-read it when it changes."""
        c = self.contest
        shown = [
            c.title,
            c.scoring.ballot_mode,
            [(x.id, x.name, str(x.max), str(x.step), str(x.effective_weight)) for x in c.criteria],
            [(p.id, p.name, p.speaker, p.unit) for p in c.presenters],
            sorted(self._recusals),
        ]
        return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode()).hexdigest()[:12]

    # -- reviewers ---------------------------------------------------------------------

    def reviewer(self, token: str) -> Reviewer | None:
        """The reviewer holding `token`, compared in constant time; None for any wrong token."""
        self.refresh_soon()
        found = self._by_token.get(_token_key(token))
        if found is None or not secrets.compare_digest(
            found.token.encode(), token.encode("utf-8", "replace")
        ):
            return None
        return found

    def is_recused(self, reviewer_id: int, presenter_id: int) -> bool:
        return (reviewer_id, presenter_id) in self._recusals

    def personal_state(self, reviewer: Reviewer) -> dict:
        """Everything one reviewer's page needs: the setup they see, their own ballots, the public state."""
        contest = self.contest
        return {
            "contest": {"title": contest.title, "ballot_mode": contest.scoring.ballot_mode},
            "reviewer": {"name": reviewer.name, "group": reviewer.group, "title": reviewer.title},
            "criteria": [
                {
                    "id": c.id,
                    "name": c.name,
                    "max": _num(c.max),
                    "step": _num(c.step),
                    "weight": _num(c.effective_weight),
                }
                for c in contest.criteria
            ],
            "presenters": [
                {
                    "id": p.id,
                    "name": p.name,
                    "speaker": p.speaker,
                    "unit": p.unit,
                    "recused": self.is_recused(reviewer.id, p.id),
                }
                for p in contest.presenters
            ],
            "ballots": self.ballots_of(reviewer.id),
            "state": self.public,
        }

    def ballots_of(self, reviewer_id: int) -> dict[str, dict]:
        """The reviewer's current scores per presenter, with the receipt of the ballot that set them."""
        steps = {c.id: c for c in self.contest.criteria}
        rows = self.store.conn.execute(
            "SELECT sc.presenter_id, sc.criterion_id, sc.value, su.id, su.client_id, su.received_at"
            " FROM scores sc JOIN submissions su ON su.id = sc.submission_id"
            " WHERE sc.reviewer_id = ? ORDER BY sc.presenter_id",
            (reviewer_id,),
        )
        ballots: dict[str, dict] = {}
        for pid, cid, units, sid, client_id, received_at in rows:
            entry = ballots.setdefault(str(pid), {"marks": {}, "submission_id": 0})
            if cid in steps:
                entry["marks"][str(cid)] = _num(steps[cid].from_units(units))
            if sid >= entry["submission_id"]:  # the latest ballot's receipt stands for the set
                entry.update(submission_id=sid, receipt=receipt_code(sid, client_id), received_at=received_at)
        return ballots

    # -- ballots in ----------------------------------------------------------------------

    def prepare(
        self,
        reviewer: Reviewer,
        presenter_id: int,
        marks: Mapping[str, object],
        client_id: str,
        raw: str = "",
    ) -> BallotIn:
        """Check a ballot against the cached setup; raises BallotRefused with a stable code."""
        self.refresh_soon()
        if presenter_id not in self._presenter_ids:
            raise BallotRefused("unknown_presenter", "no such presenter")
        if self.is_recused(reviewer.id, presenter_id):
            raise BallotRefused("recused", "you are recused from scoring this presenter")
        units = self._marks.units(marks)
        return BallotIn(reviewer.id, presenter_id, units, client_id, raw)

    def submit(
        self,
        reviewer: Reviewer,
        presenter_id: int,
        marks: Mapping[str, object],
        client_id: str,
        raw: str = "",
    ) -> Accepted:
        """Validate and commit one ballot now (no batching); raises BallotRefused on any refusal."""
        ballot = self.prepare(reviewer, presenter_id, marks, client_id, raw)
        result = self.commit_batch([ballot])[0]
        if isinstance(result, Exception):
            raise result
        return self.accepted(ballot, result)

    async def submit_async(
        self,
        reviewer: Reviewer,
        presenter_id: int,
        marks: Mapping[str, object],
        client_id: str,
        raw: str = "",
    ) -> Accepted:
        """Validate now; commit together with the other ballots that arrived meanwhile (group commit).

        Commits run in one writer thread with its own connection, so the event loop keeps
        reading requests while the disk syncs; whatever piled up meanwhile is written next,
        in one transaction, each ballot inside its own savepoint. Every phone is answered
        only after the commit that holds its ballot.
        """
        ballot = self.prepare(reviewer, presenter_id, marks, client_id, raw)
        loop = asyncio.get_running_loop()
        answer = loop.create_future()
        self._pending.append((ballot, answer))
        if not self._writing:
            self._write_pending(loop)
        result = await answer
        return self.accepted(ballot, result)

    def _write_pending(self, loop: asyncio.AbstractEventLoop) -> None:
        batch, self._pending = self._pending, []
        self._writing = True
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="arena-ballot-writer")
        done = loop.run_in_executor(self._writer, self._commit_safely, [ballot for ballot, _ in batch])
        done.add_done_callback(lambda future: self._answer(loop, batch, future.result()))

    def _commit_safely(self, ballots: list[BallotIn]) -> list[Receipt | Exception]:
        try:
            return self.commit_batch(ballots)
        except Exception as exc:  # never leave a phone waiting for an answer that will not come
            log.exception("committing a batch of ballots failed")
            return [exc] * len(ballots)

    def _answer(self, loop, batch, results) -> None:
        for (_, answer), result in zip(batch, results):
            if answer.done():  # the phone hung up meanwhile; its ballot is committed all the same
                continue
            if isinstance(result, Exception):
                answer.set_exception(result)
            else:
                answer.set_result(result)
        self._writing = False
        if self._pending:
            self._write_pending(loop)

    def commit_batch(self, ballots: list[BallotIn]) -> list[Receipt | Exception]:
        """Commit ballots in one transaction, each atomic on its own; the host is told after the commit."""
        store = self.store
        results: list[Receipt | Exception] = []
        try:
            with store.ballot_batch():  # the windows and recusals are read once, inside the transaction
                for ballot in ballots:
                    results.append(self._record_one(ballot))
        except sqlite3.Error as exc:  # nothing was committed; every phone is told to retry
            log.warning("could not commit %d ballot(s): %s", len(ballots), exc)
            refusal = BallotRefused("busy", "the contest file is busy; try again in a moment")
            return [refusal] * len(ballots)
        now = time.monotonic()
        for ballot, result in zip(ballots, results):
            if isinstance(result, Receipt):
                self.tell(
                    {
                        "type": "ballot",
                        "reviewer_id": ballot.reviewer_id,
                        "presenter_id": ballot.presenter_id,
                        "submission_id": result.submission_id,
                        "source": "phone",
                        "received_at": result.received_at,
                        "duplicate": result.duplicate,
                        "committed_at": now,
                    }
                )
        return results

    def _record_one(self, ballot: BallotIn) -> Receipt | Exception:
        # A savepoint per ballot: one refused ballot leaves the others in the batch untouched.
        conn = self.store.conn
        conn.execute("SAVEPOINT ballot")
        try:
            receipt = self.store.record_ballot(ballot, "phone")
        except BallotRefused as exc:
            conn.execute("ROLLBACK TO ballot")
            return exc
        except sqlite3.IntegrityError as exc:  # a database rule the checks above did not foresee
            conn.execute("ROLLBACK TO ballot")
            return BallotRefused("invalid", f"the ballot breaks a rule of the contest file ({exc})")
        finally:
            conn.execute("RELEASE ballot")
        return receipt

    def accepted(self, ballot: BallotIn, receipt: Receipt) -> Accepted:
        marks = {str(c): self._marks.text(c, u) for c, u in sorted(ballot.units.items())}
        return Accepted(receipt, ballot.presenter_id, marks)

    def tell(self, event: dict) -> None:
        """Hand an event to the host; a failing listener must never cost a phone its acknowledgement."""
        if self.notify is None:
            return
        try:
            self.notify(event)
        except Exception:  # the host's problem, not the reviewer's
            log.exception("the host's notify callback failed for %s", event.get("type"))
