"""The audience's side of the contest file (issue 13): its settings, joined phones, seat codes, marks.

`AudienceRecords` is mixed into arena.store.Store. A joined phone is a reviewer row of the audience
group (its token is the phone's credential) plus one line of the append-only `audience_joins` log;
its ballots are ordinary `submissions` rows written by the intake, and their marks go to
`audience_scores` (never `scores`, so the panel's tally reads only the panel). The host's actions
on the audience (close or reopen joining, issue seat codes) are logged in the session log.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from decimal import Decimal

from .audience import AudienceSetup
from .model import Contest, new_token
from .store_ballots import BallotIn, BallotRefused

SEAT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read off a card and typed
SEAT_CHARS = 8  # about 39 bits: one-time and rate-limited, so far more than a room can guess


class JoinRefused(Exception):
    """A phone that may not join: `code` is stable (joining_closed, audience_full, seat_unknown,
    seat_used, seat_required, no_audience); the text is for logs."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class Joined:
    reviewer_id: int
    token: str
    number: int  # the phone's place in the order of joining (shown to nobody but the phone)


def new_seat_code() -> str:
    return "".join(secrets.choice(SEAT_ALPHABET) for _ in range(SEAT_CHARS))


def normal_seat_code(text: str) -> str:
    """A seat code as typed: spaces, dashes and case ignored."""
    return "".join(ch for ch in str(text).upper() if ch.isalnum())[:40]


class AudienceRecords:
    # -- setup ---------------------------------------------------------------

    def _write_audience(self, contest: Contest) -> None:
        setup: AudienceSetup | None = contest.audience
        if setup is None:
            return
        group_id = self.conn.execute("SELECT id FROM groups WHERE name = ?", (setup.name,)).fetchone()[0]
        self.conn.execute("UPDATE groups SET kind = 'audience' WHERE id = ?", (group_id,))
        self.conn.execute(
            "INSERT INTO audience (id, group_id, ballot, criteria, aggregate, votes, cap, join_mode, room_token)"
            " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET group_id = excluded.group_id,"
            " ballot = excluded.ballot, criteria = excluded.criteria, aggregate = excluded.aggregate,"
            " votes = excluded.votes, cap = excluded.cap, join_mode = excluded.join_mode",
            (
                group_id,
                setup.ballot,
                json.dumps(list(setup.criteria), ensure_ascii=False),
                setup.aggregate,
                setup.votes,
                setup.cap,
                setup.join,
                new_token(),
            ),
        )

    def audience_setup(self) -> AudienceSetup | None:
        row = self.conn.execute(
            "SELECT g.name, g.weight, a.ballot, a.criteria, a.aggregate, a.votes, a.cap, a.join_mode"
            " FROM audience a JOIN groups g ON g.id = a.group_id WHERE a.id = 1"
        ).fetchone()
        if row is None:
            return None
        name, weight, ballot, criteria, aggregate, votes, cap, join = row
        return AudienceSetup(
            name, Decimal(weight), ballot, tuple(json.loads(criteria)), aggregate, votes, cap, join
        )

    def audience_state(self) -> dict | None:
        """What the host and the server show: joining open?, phones joined, cap, mode, the room token."""
        row = self.conn.execute(
            "SELECT a.joining, a.cap, a.join_mode, a.room_token, a.group_id,"
            " (SELECT COUNT(*) FROM reviewers r WHERE r.group_id = a.group_id),"
            " (SELECT COUNT(*) FROM audience_seats)"
            " FROM audience a WHERE a.id = 1"
        ).fetchone()
        if row is None:
            return None
        joining, cap, mode, room, group_id, joined, seats = row
        return {
            "joining": bool(joining),
            "cap": cap,
            "join_mode": mode,
            "room_token": room,
            "group_id": group_id,
            "joined": joined,
            "seats": seats,
        }

    # -- the host's actions ----------------------------------------------------

    def set_audience_joining(self, open_: bool) -> None:
        """Close (or reopen) joining for new phones; phones that joined keep voting. Logged."""
        with self.transaction():
            self.conn.execute("UPDATE audience SET joining = ? WHERE id = 1", (int(open_),))
            self.log_action("audience_joining", {"open": bool(open_)})

    def issue_seat_codes(self, count: int) -> list[str]:
        """`count` new one-time seat codes (logged by number only: a code in the log would be usable)."""
        codes: list[str] = []
        with self.transaction():
            known = {r[0] for r in self.conn.execute("SELECT code FROM audience_seats")}
            while len(codes) < count:
                code = new_seat_code()
                if code not in known:
                    known.add(code)
                    codes.append(code)
            at = self.clock()
            self.conn.executemany(
                "INSERT INTO audience_seats (code, issued_at) VALUES (?, ?)", [(c, at) for c in codes]
            )
            self.log_action("audience_seats_issued", {"count": count, "total": len(known)})
        return codes

    # -- joining (the server's join writer) ------------------------------------

    def join_audience_batch(self, joins: list[tuple[str, str | None]]) -> list:
        """Several phones' joins in one transaction, each on its own: a Joined, or the JoinRefused."""
        results: list = []
        with self.transaction():
            for address, seat in joins:
                self.conn.execute("SAVEPOINT join_one")
                try:
                    results.append(self.join_audience(address, seat))
                except JoinRefused as exc:
                    self.conn.execute("ROLLBACK TO join_one")
                    results.append(exc)
                finally:
                    self.conn.execute("RELEASE join_one")
        return results

    def join_audience(self, address: str, seat: str | None = None) -> Joined:
        """Add one phone to the audience (call inside a transaction); JoinRefused when it may not join."""
        state = self.audience_state()
        if state is None:
            raise JoinRefused("no_audience", "this contest has no audience group")
        if not state["joining"]:
            raise JoinRefused("joining_closed", "the host has closed joining")
        if state["joined"] >= state["cap"]:
            raise JoinRefused("audience_full", "the audience is full")
        code = None
        if state["join_mode"] == "seats":
            code = normal_seat_code(seat or "")
            if not code:
                raise JoinRefused("seat_required", "this room is joined with a seat code")
            found = self.conn.execute(
                "SELECT reviewer_id FROM audience_seats WHERE code = ?", (code,)
            ).fetchone()
            if found is None:
                raise JoinRefused("seat_unknown", "no such seat code")
            if found[0] is not None:
                raise JoinRefused("seat_used", "this seat code is already in use on another phone")
        number = self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM reviewers").fetchone()[0]
        token = new_token()
        reviewer_id = self.conn.execute(
            "INSERT INTO reviewers (name, group_id, token, position) VALUES (?, ?, ?, ?)",
            (f"audience:{number}", state["group_id"], token, 1_000_000 + number),
        ).lastrowid
        if code is not None:
            self.conn.execute("UPDATE audience_seats SET reviewer_id = ? WHERE code = ?", (reviewer_id, code))
        self.conn.execute(
            "INSERT INTO audience_joins (at, reviewer_id, via, address) VALUES (?, ?, ?, ?)",
            (self.clock(), reviewer_id, "seat" if code else "open", address),
        )
        return Joined(reviewer_id, token, state["joined"] + 1)

    def audience_devices(self) -> list[tuple[int, str]]:
        """(reviewer id, token) of every joined phone."""
        return self.conn.execute(
            "SELECT r.id, r.token FROM reviewers r JOIN groups g ON g.id = r.group_id"
            " WHERE g.kind = 'audience'"
        ).fetchall()

    def audience_ids(self) -> set[int]:
        return {rid for rid, _token in self.audience_devices()}

    # -- marks -------------------------------------------------------------------

    def _check_audience_ballot(self, ballot: BallotIn) -> None:
        """An audience phone gives one ballot per presenter, and with the vote form at most `votes` votes."""
        if self.conn.execute(
            "SELECT 1 FROM audience_scores WHERE reviewer_id = ? AND presenter_id = ? LIMIT 1",
            (ballot.reviewer_id, ballot.presenter_id),
        ).fetchone():
            raise BallotRefused("already_voted", "this phone has already voted for this presenter")
        form, votes = self.conn.execute("SELECT ballot, votes FROM audience WHERE id = 1").fetchone()
        if form == "vote":
            used = self.conn.execute(
                "SELECT COUNT(DISTINCT presenter_id) FROM audience_scores WHERE reviewer_id = ?",
                (ballot.reviewer_id,),
            ).fetchone()[0]
            if used >= votes:
                raise BallotRefused("votes_used", "this phone has used its votes", votes=str(votes))

    def audience_marks(self) -> list[tuple[int, int, int, int]]:
        """(reviewer id, presenter id, criterion id, units) of every audience mark."""
        return self.conn.execute(
            "SELECT reviewer_id, presenter_id, criterion_id, value FROM audience_scores"
        ).fetchall()

    def current_audience_ballots_of(self, reviewer_id: int) -> list[tuple]:
        """(presenter id, criterion id, units, submission id, client id, received at) of a phone's marks."""
        return self.conn.execute(
            "SELECT sc.presenter_id, sc.criterion_id, sc.value, su.id, su.client_id, su.received_at"
            " FROM audience_scores sc JOIN submissions su ON su.id = sc.submission_id"
            " WHERE sc.reviewer_id = ? ORDER BY sc.presenter_id",
            (reviewer_id,),
        ).fetchall()

    def audience_score_rows(self) -> list[tuple]:
        return self.conn.execute(
            "SELECT reviewer_id, presenter_id, criterion_id, value, submission_id FROM audience_scores"
        ).fetchall()

    def audience_ballot_counts(self) -> dict[int, int]:
        """Presenter id -> audience ballots counted."""
        return dict(
            self.conn.execute(
                "SELECT presenter_id, COUNT(DISTINCT reviewer_id) FROM audience_scores GROUP BY presenter_id"
            )
        )

    def audience_join_log(self) -> list[tuple]:
        """(at, via) of every join, oldest first (the addresses stay in the file)."""
        return self.conn.execute("SELECT at, via FROM audience_joins ORDER BY id").fetchall()
