"""The server's view of the room: the setup and public state it serves, cached per change of the file.

A Room is used from the server's event-loop thread, which reads through its own Store
connection (sqlite3 connections cannot cross threads). It re-reads the setup and the public
session state only when the host changed something (`Store.host_marker()`, checked after a
cheap `PRAGMA data_version`), so a request costs one pragma instead of a reload. It never
writes: ballots go through the intake (arena.intake: `BallotRules` checks them against the
setup cached here, `GroupWriter` commits them).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..intake import BallotRules
from ..mark_parser import shown
from ..model import Contest, Reviewer
from ..review_options import COMMENT_MAX
from ..store import Store, receipt_code

REFRESH_EVERY_S = 0.02


def _token_key(token: str) -> bytes:
    # Hashing first makes the dict lookup independent of how much of a guess matches.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class Room:
    def __init__(self, store_path: str | Path):
        self.path = Path(store_path)
        self.on_change: Callable[[dict], None] | None = None  # told the new public state
        self._local = threading.local()  # one connection per thread; the server uses only its loop's
        self.contest: Contest | None = None
        self.rules: BallotRules | None = None
        self._by_token: dict[bytes, Reviewer] = {}
        self._host_marker: tuple | None = None  # (last session log id, session version) last loaded
        self.public: dict = {}
        self.public_version = 0  # bumped whenever the public state differs from the last one

    # -- the connection ------------------------------------------------------------

    @property
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open(self.path, check="none")  # checked by its opener
            self._local.data_version = None
        return store

    def close(self) -> None:
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

        Ballots also change the file; they are told apart from host actions by the store's host
        marker, which every setup change and every session action moves. `full` re-reads on any
        change at all.
        """
        store = self.store
        version = store.data_version()
        if version == self._local.data_version and self.contest is not None:
            return False
        self._local.data_version = version
        marker = store.host_marker()
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
        self.rules = BallotRules(self.contest, store.recusals())
        self._by_token = {_token_key(r.token): r for r in self.contest.reviewers}
        row = store.session_row()
        scoring = store.scoring_states()
        public = {
            "version": row["version"],
            "phase": row["phase"],
            "current_presenter_id": row["current_presenter_id"],
            "ballot_mode": self.contest.scoring.ballot_mode,
            "scoring": {str(p.id): scoring.get(p.id, "pending") for p in self.contest.presenters},
            "setup": self._setup_key(),
            # issue 17: windows that close by themselves within a minute (the phones warn)
            "closing": [str(pid) for pid, _, warned in store.open_windows() if warned],
        }
        if public == self.public:
            return False
        self.public = public
        self.public_version += 1
        return True

    def _setup_key(self) -> str:
        """A short fingerprint of what every page shows from the setup: phones re-read it when it changes."""
        c = self.contest
        listed = [
            c.title,
            c.scoring.ballot_mode,
            [(x.id, x.name, str(x.max), str(x.step), str(x.effective_weight)) for x in c.criteria],
            [(p.id, p.name, p.speaker, p.unit) for p in c.presenters],
            sorted(self.rules.recusals),
            c.presenter_noun,
            [c.scoring.review.comments, c.scoring.review.outlier_check],  # issue 17
        ]
        return hashlib.sha256(json.dumps(listed, ensure_ascii=False).encode()).hexdigest()[:12]

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

    def personal_state(self, reviewer: Reviewer) -> dict:
        """Everything one reviewer's page needs: the setup they see, their own ballots, the public state."""
        contest = self.contest
        recusals = self.rules.recusals
        return {
            "contest": {
                "title": contest.title,
                "ballot_mode": contest.scoring.ballot_mode,
                "presenter_noun": contest.presenter_noun,  # "" = the page's default noun
                "comments": contest.scoring.review.comments,  # issue 17
                "comment_max": COMMENT_MAX,
                "outlier_check": contest.scoring.review.outlier_check,
            },
            "reviewer": {"name": reviewer.name, "group": reviewer.group, "title": reviewer.title},
            "criteria": [
                {
                    "id": c.id,
                    "name": c.name,
                    "max": shown(c.max),
                    "step": shown(c.step),
                    "weight": shown(c.effective_weight),
                }
                for c in contest.criteria
            ],
            "presenters": [
                {
                    "id": p.id,
                    "name": p.name,
                    "speaker": p.speaker,
                    "unit": p.unit,
                    "recused": (reviewer.id, p.id) in recusals,
                }
                for p in contest.presenters
            ],
            "ballots": self.ballots_of(reviewer.id),
            "state": self.public,
        }

    def ballots_of(self, reviewer_id: int) -> dict[str, dict]:
        """The reviewer's current marks per presenter, the receipt of the ballot that set them, and the
        receipts of their earlier ballots it replaced (so a second device's ballot is told apart)."""
        rules = self.rules
        ballots: dict[str, dict] = {}
        for pid, cid, units, sid, client_id, received_at in self.store.current_ballots_of(reviewer_id):
            entry = ballots.setdefault(str(pid), {"marks": {}, "sid": 0})
            if cid in rules.criterion_ids:
                entry["marks"][str(cid)] = rules.text(cid, units)
            if sid >= entry["sid"]:  # the latest ballot's receipt stands for the set
                entry.update(sid=sid, receipt=receipt_code(sid, client_id), received_at=received_at)
        for pid, sid, client_id in self.store.submissions_of(reviewer_id):
            entry = ballots.get(str(pid))
            if entry is not None and sid < entry["sid"]:
                entry.setdefault("superseded", []).append(receipt_code(sid, client_id))
        for entry in ballots.values():
            del entry["sid"]
            entry.setdefault("superseded", [])
        if self.contest.scoring.review.comments != "off":  # issue 17: the reviewer's own comments
            for pid, comment in self.store.own_comments(reviewer_id).items():
                if str(pid) in ballots:
                    ballots[str(pid)]["comment"] = comment
        return ballots
