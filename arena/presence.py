"""Check-in (签到) and signing (签字确认): the rules, Qt-free, over the store's PresenceRecords.

A reviewer checks in once, before or during the contest; checking in is never required to score.
A reviewer signs the summary of their own ballots once per scope: the whole contest (scope 0) once it
is closed (sign mode "at_end"), or each presenter (scope = its id) once its window is closed ("after_each").

The summary is a canonical JSON text built from the submission log alone: the reviewer's ballots in
force up to `through` (their own latest submission in the scope when they signed), so `arena verify`
can rebuild it from the log and compare. The signature itself is vector strokes (points in a
1000 x 400 box); its seal is the SHA-256 of who, what scope, when, the summary's SHA-256 and the strokes,
so changing any of them shows. A ballot logged for the scope after `through` (a host's paper ballot
replacing the signed one) marks the signature as preceding a correction.

Refusals are `PresenceRefused(code, **params)`: not_signable, already_signed, summary_changed,
bad_strokes, empty_signature; each interface words them itself.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from fractions import Fraction

from .model import Contest
from .tally.results import fmt_score

CONTEST_SCOPE = 0
BOX_W, BOX_H = 1000, 400  # the signature's coordinate box (the phone's canvas is scaled to it)
MAX_STROKES = 60
MAX_POINTS = 4000


class PresenceRefused(Exception):
    """A check-in or a signature turned down: a stable code and its parameters."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(code)


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- the summary a reviewer confirms ---------------------------------------------------------------


def _total(contest: Contest, units: dict[int, int]) -> Fraction:
    weights = sum((Fraction(c.effective_weight) for c in contest.criteria), Fraction(0))
    if not weights:
        return Fraction(0)
    points = sum(
        (
            Fraction(c.effective_weight) * Fraction(c.step) * units.get(c.id, 0) / Fraction(c.max)
            for c in contest.criteria
        ),
        Fraction(0),
    )
    return Fraction(contest.scoring.full_score) * points / weights


def _in_scope(presenter_id: int, scope: int) -> bool:
    return scope == CONTEST_SCOPE or presenter_id == scope


def latest_through(store, reviewer_id: int, scope: int) -> int:
    """The reviewer's own latest submission in the scope (0 when none): the summary reaches up to it."""
    rows = store.reviewer_submissions_after(reviewer_id, 0)
    return max((sid for sid, pid, _ in rows if _in_scope(pid, scope)), default=0)


def summary(store, contest: Contest, reviewer_id: int, scope: int, through: int) -> dict:
    """The reviewer's ballots in force for the scope, as the log holds them up to submission `through`."""
    from .store_ballots import receipt_code

    latest: dict[int, tuple[int, str, dict]] = {}
    for sid, pid, client_id, ballot in store.ballots_for_summary(reviewer_id, through):
        if _in_scope(pid, scope):
            latest[pid] = (sid, client_id, {int(c): int(u) for c, u in json.loads(ballot).items()})
    reviewer = next((r for r in contest.reviewers if r.id == reviewer_id), None)
    ballots = []
    for presenter in contest.presenters:
        if presenter.id not in latest:
            continue
        sid, client_id, units = latest[presenter.id]
        ballots.append(
            {
                "presenter_id": presenter.id,
                "presenter": presenter.name,
                "receipt": receipt_code(sid, client_id),
                "marks": [[c.name, f"{c.from_units(units.get(c.id, 0)):f}"] for c in contest.criteria],
                "total": fmt_score(_total(contest, units)),
            }
        )
    return {
        "arena_signature": 1,
        "contest": contest.title,
        "reviewer": {
            "id": reviewer_id,
            "name": reviewer.name if reviewer else "",
            "group": reviewer.group if reviewer else "",
        },
        "scope": scope,
        "through": through,
        "ballots": ballots,
    }


def current_summary(store, contest: Contest, reviewer_id: int, scope: int) -> tuple[str, str]:
    """(canonical text, its SHA-256) of what the reviewer would sign now."""
    text = canonical(summary(store, contest, reviewer_id, scope, latest_through(store, reviewer_id, scope)))
    return text, sha256_hex(text)


def seal(reviewer_id: int, scope: int, at: str, summary_sha256: str, strokes: str) -> str:
    return sha256_hex(canonical(["arena signature v1", reviewer_id, scope, at, summary_sha256, strokes]))


# -- what a reviewer may sign ------------------------------------------------------------------------


def signable_scopes(store, contest: Contest, reviewer_id: int) -> list[int]:
    """The scopes the reviewer may sign now (signed or not)."""
    mode, _ = store.presence_options()
    if mode == "off":
        return []
    if mode == "at_end":
        return [CONTEST_SCOPE] if store.session_row()["phase"] == "closed" else []
    scoring = store.scoring_states()
    mine = {pid for _, pid, _ in store.reviewer_submissions_after(reviewer_id, 0)}
    return [p.id for p in contest.presenters if scoring.get(p.id) == "closed" and p.id in mine]


def check_strokes(strokes: object) -> str:
    """The strokes as canonical JSON: a list of strokes, each a list of [x, y] integers in the box."""
    if not isinstance(strokes, list) or len(strokes) > MAX_STROKES:
        raise PresenceRefused("bad_strokes", limit=MAX_STROKES)
    points = 0
    for stroke in strokes:
        if not isinstance(stroke, list) or not stroke:
            raise PresenceRefused("bad_strokes")
        for point in stroke:
            if (
                not isinstance(point, list)
                or len(point) != 2
                or not all(type(v) is int for v in point)
                or not (0 <= point[0] <= BOX_W and 0 <= point[1] <= BOX_H)
            ):
                raise PresenceRefused("bad_strokes")
        points += len(stroke)
    if points > MAX_POINTS:
        raise PresenceRefused("bad_strokes", limit=MAX_POINTS)
    if points < 2:
        raise PresenceRefused("empty_signature")
    return canonical(strokes)


def sign(store, contest: Contest, reviewer_id: int, scope: int, summary_sha256: str, strokes: object) -> dict:
    """Record the reviewer's signature of the scope's summary they were shown (one transaction).

    Refused when the scope is not open for signing, already signed, or the ballots changed since the
    phone showed them (summary_changed: the phone shows the new summary and the reviewer signs again).
    """
    strokes_json = check_strokes(strokes)
    with store.transaction():
        if store.has_signed(reviewer_id, scope):
            raise PresenceRefused("already_signed", scope=scope)
        if scope not in signable_scopes(store, contest, reviewer_id):
            raise PresenceRefused("not_signable", scope=scope)
        text, digest = current_summary(store, contest, reviewer_id, scope)
        if digest != summary_sha256:
            raise PresenceRefused("summary_changed", scope=scope)
        at = store.clock()
        row = {
            "reviewer_id": reviewer_id,
            "scope": scope,
            "at": at,
            "summary": text,
            "summary_sha256": digest,
            "strokes": strokes_json,
            "seal": seal(reviewer_id, scope, at, digest, strokes_json),
        }
        try:
            store.insert_signature(row)
        except sqlite3.IntegrityError:  # another device of the same reviewer got there first
            raise PresenceRefused("already_signed", scope=scope) from None
    return {"scope": scope, "at": at, "summary_sha256": digest, "seal": row["seal"]}


# -- what the console, the projector, the PDF and verify read ----------------------------------------


@dataclass(frozen=True)
class Signed:
    reviewer_id: int
    scope: int
    at: str
    strokes: list
    corrected: tuple[int, ...]  # submission ids logged for the scope after the signature's summary

    @property
    def precedes_correction(self) -> bool:
        return bool(self.corrected)


def signatures(store, reviewer_id: int | None = None) -> list[Signed]:
    """Every signature (or one reviewer's) with the corrections logged after it (read from the log)."""
    found = []
    for row in store.signature_rows(reviewer_id):
        try:
            through = int(json.loads(row["summary"]).get("through", 0))
            strokes = json.loads(row["strokes"])
        except (ValueError, TypeError, AttributeError):
            through, strokes = 0, []
        later = store.reviewer_submissions_after(row["reviewer_id"], through)
        corrected = tuple(sid for sid, pid, _ in later if _in_scope(pid, row["scope"]))
        found.append(Signed(row["reviewer_id"], row["scope"], row["at"], strokes, corrected))
    return found


@dataclass(frozen=True)
class GroupCount:
    group: str
    checked_in: int
    reviewers: int
    names: tuple[str, ...]  # of those checked in, in setup order


def checkin_counts(contest: Contest, checkins: dict[int, str]) -> list[GroupCount]:
    """Per group, in setup order: how many of its reviewers have checked in, and who."""
    counts = []
    for group in contest.groups:
        members = [r for r in contest.reviewers if r.group == group.name]
        names = tuple(r.name for r in members if r.id in checkins)
        counts.append(GroupCount(group.name, len(names), len(members), names))
    return counts


def verify_signatures(store) -> tuple[list[str], list[str]]:
    """(problems, notes): each signature checked against the submission log and its own seal."""
    contest = store.contest()
    names = {r.id: r.name for r in contest.reviewers}
    problems: list[str] = []
    for row in store.signature_rows():
        who = f"signature #{row['id']} of {names.get(row['reviewer_id'], row['reviewer_id'])}"
        if sha256_hex(row["summary"]) != row["summary_sha256"]:
            problems.append(f"{who}: its summary does not match the SHA-256 it was signed with")
        try:
            through = int(json.loads(row["summary"])["through"])
            rebuilt = canonical(summary(store, contest, row["reviewer_id"], row["scope"], through))
        except (ValueError, TypeError, KeyError):
            problems.append(f"{who}: its summary is not readable")
        else:
            if sha256_hex(rebuilt) != row["summary_sha256"]:
                problems.append(f"{who}: the ballots it confirms are not those in the submission log")
        expected = seal(row["reviewer_id"], row["scope"], row["at"], row["summary_sha256"], row["strokes"])
        if expected != row["seal"]:
            problems.append(f"{who}: its stroke data, time or summary hash was altered after signing")
    notes = [
        f"the signature of {names.get(s.reviewer_id, s.reviewer_id)} precedes a correction"
        f" (submission{'s' if len(s.corrected) > 1 else ''} {', '.join(f'#{i}' for i in s.corrected)})"
        for s in signatures(store)
        if s.precedes_correction
    ]
    return problems, notes


def signature_hash_lines(store) -> list[str]:
    """The signatures in the integrity hash's canonical form (strokes by their SHA-256)."""
    return [
        canonical(
            [
                row["id"],
                row["reviewer_id"],
                row["scope"],
                row["at"],
                row["summary_sha256"],
                sha256_hex(row["strokes"]),
                row["seal"],
            ]
        )
        for row in store.signature_rows()
    ]


@dataclass(frozen=True)
class BoardRow:
    reviewer_id: int
    name: str
    group: str
    checked_in_at: str | None
    signed: tuple[Signed, ...]  # in the order given
    to_sign: int  # scopes the reviewer may sign now (signed or not)


def board(store) -> tuple[str, list[BoardRow]]:
    """(sign mode, one row per reviewer by group as set up): what the console's board shows."""
    contest = store.contest()
    mode, _ = store.presence_options()
    checkins = store.checkins()
    by_reviewer: dict[int, list[Signed]] = {}
    for signed in signatures(store):
        by_reviewer.setdefault(signed.reviewer_id, []).append(signed)
    order = {g.name: i for i, g in enumerate(contest.groups)}
    rows = [
        BoardRow(
            r.id,
            r.name,
            r.group,
            checkins.get(r.id),
            tuple(by_reviewer.get(r.id, ())),
            len(signable_scopes(store, contest, r.id)) if mode != "off" else 0,
        )
        for r in sorted(contest.reviewers, key=lambda r: order.get(r.group, len(order)))
    ]
    return mode, rows
