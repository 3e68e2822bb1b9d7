"""The one way ballots enter a contest file: phones, the host's paper ballots, `arena import-scores`, the demo.

Every source goes through the same pieces, so a mark one source refuses no other accepts:

- `arena.mark_parser` reads each mark exactly (one parser, no rounding) and refuses it by code.
- `BallotRules` (built from the setup) checks a ballot: presenter, recusal, every criterion once,
  each mark in range and on its step. Each refusal is a `BallotRefused` with a stable code and
  its parameters; the text is English for logs and the CLI, and interfaces word the code themselves.
- One log shape: every ballot is one row of `submissions` (source, client id, units, raw, note,
  and from phones the comment and the outlier flag, issue 17)
  written by `Store.record_ballot`; a host-side batch (paper ballot, import, demo) also appends
  one session-log line naming its source and count.
- One event shape (`ballot_event`), published in one change notice (arena.changes) after the
  commit that holds the ballots.
- `GroupWriter`: the server's group-commit writer (a burst in one transaction, each ballot in
  its own savepoint, each caller answered only after the commit holding its ballot).

Paper ballots (`enter_paper_ballot`), imports (`import_ballots`) and the demo (`seed_demo`)
commit synchronously on the caller's Store, all-or-nothing.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .batch_commit import BatchCommitter
from .changes import Change, Changes
from .comments import checked_comment
from .mark_parser import clip, mark_units, shown
from .model import Contest, Criterion
from .store import BallotIn, BallotRefused, Receipt, StorageFull, Store

log = logging.getLogger(__name__)

MAX_MARKS = 100

Listener = Callable[[dict], None]


# -- the checks ----------------------------------------------------------------------------------


class BallotRules:
    """The ballot checks under one setup: who may score whom, and every criterion once, on its step."""

    def __init__(self, contest: Contest, recusals: Iterable[tuple[int, int]]):
        self.contest = contest
        self.presenter_ids = frozenset(p.id for p in contest.presenters)
        self.recusals = frozenset(recusals)
        self.criterion_ids = frozenset(c.id for c in contest.criteria)
        self._by_key: dict[str, Criterion] = {}
        for c in contest.criteria:
            self._by_key[c.name] = c
            self._by_key[str(c.id)] = c
        self._text: dict[tuple[int, int], str] = {}
        # Issue 13: the audience's form (the panel's criteria, a subset, or one rating / vote mark).
        audience = contest.audience
        self.audience_form = audience.form(contest.criteria) if audience is not None else ()
        self._audience_least = audience.least_units if audience is not None else 0

    @classmethod
    def of(cls, store: Store) -> BallotRules:
        return cls(store.contest(), store.recusals())

    def check(
        self,
        reviewer_id: int,
        presenter_id: int,
        marks: Mapping[str, object],
        client_id: str,
        raw: str = "",
        comment: object = None,
        audience: bool = False,
    ) -> BallotIn:
        """A checked ballot ready to record; BallotRefused with a stable code otherwise.

        `comment` is the reviewer's 评语 (issue 17), checked under the setup's comment mode; None
        means the source carries no comments (paper ballots, imports, the demo), so none is required.
        `audience`: the ballot of an audience phone, checked against the audience's form (issue 13).
        """
        if presenter_id not in self.presenter_ids:
            raise BallotRefused("unknown_presenter", "no such presenter")
        if (reviewer_id, presenter_id) in self.recusals:
            raise BallotRefused("recused", "you are recused from scoring this presenter")
        if audience:
            units = self.audience_units(marks)
            return BallotIn(reviewer_id, presenter_id, units, client_id, raw, audience=True)
        units = self.units(marks)
        text = "" if comment is None else checked_comment(comment, self.contest.scoring.review.comments)
        return BallotIn(reviewer_id, presenter_id, units, client_id, raw, comment=text)

    def audience_units(self, marks: Mapping[str, object]) -> dict[int, int]:
        """An audience ballot's marks under the audience's form; a rating runs 1-10, a vote is 1."""
        if not self.audience_form:
            raise BallotRefused("no_audience", "this contest has no audience group")
        by_key = {}
        for c in self.audience_form:
            by_key[c.name] = by_key[str(c.id)] = c
        units = self.units(marks, self.audience_form, by_key)
        for c in self.audience_form:
            if units[c.id] < self._audience_least:
                raise BallotRefused(
                    "out_of_range",
                    f"{c.name}: {units[c.id]} is below {self._audience_least}",
                    criterion=c.name,
                    value=str(units[c.id]),
                    max=shown(c.max),
                )
        return units

    def units(
        self, marks: Mapping[str, object], criteria: tuple[Criterion, ...] | None = None, by_key=None
    ) -> dict[int, int]:
        """Marks keyed by criterion name (or id as text) -> {criterion id: units}; every criterion required."""
        if not isinstance(marks, Mapping) or len(marks) > MAX_MARKS:
            raise BallotRefused("invalid", "marks must be an object of criterion -> mark")
        criteria = self.contest.criteria if criteria is None else criteria
        by_key = self._by_key if by_key is None else by_key
        units: dict[int, int] = {}
        for key, raw in marks.items():
            criterion = by_key.get(str(key))
            if criterion is None:
                raise BallotRefused("unknown_criterion", f"unknown criterion {clip(key)!r}", key=clip(key))
            if criterion.id in units:
                raise BallotRefused(
                    "duplicate_criterion", f"{criterion.name} is given twice", criterion=criterion.name
                )
            units[criterion.id] = mark_units(criterion.name, criterion.max, criterion.step, raw)
        missing = [c.name for c in criteria if c.id not in units]
        if missing:
            raise BallotRefused(
                "missing_criterion", f"no mark for {', '.join(missing)}", criteria=", ".join(missing)
            )
        return units

    def text(self, criterion_id: int, units: int) -> str:
        """Units of a criterion as the phone shows the mark."""
        key = (criterion_id, units)
        found = self._text.get(key)
        if found is None:
            criterion = self._by_key.get(str(criterion_id))
            if criterion is None:  # the audience's one rating or vote mark
                criterion = next(c for c in self.audience_form if c.id == criterion_id)
            found = self._text[key] = shown(criterion.from_units(units))
        return found

    def marks_text(self, ballot: BallotIn) -> dict[str, str]:
        """The ballot's marks as the phone shows them, keyed by criterion id."""
        return {str(c): self.text(c, u) for c, u in sorted(ballot.units.items())}


def ballot_units(contest: Contest, marks: Mapping[str, object]) -> dict[int, int]:
    """Marks -> {criterion id: units} under `contest` (the check every source uses)."""
    return BallotRules(contest, ()).units(marks)


# -- the event -------------------------------------------------------------------------------------


def ballot_event(ballot: BallotIn, receipt: Receipt, source: str, committed_at: float) -> dict:
    """The one shape of "a ballot was committed", whatever its source ("audience": True for an audience
    phone's, issue 13: screens that count the panel's ballots pass it by)."""
    event = {
        "type": "ballot",
        "reviewer_id": ballot.reviewer_id,
        "presenter_id": ballot.presenter_id,
        "submission_id": receipt.submission_id,
        "source": source,
        "received_at": receipt.received_at,
        "duplicate": receipt.duplicate,
        "committed_at": committed_at,
    }
    if ballot.audience:
        event["audience"] = True
    return event


def _tell(listener: Listener | None, event: dict) -> None:
    """Hand an event to the host; a failing listener must never cost a ballot its acknowledgement."""
    if listener is None:
        return
    try:
        listener(event)
    except Exception:
        log.exception("the host's listener failed for %s", event.get("type"))


# -- host-side sources: one call each, all-or-nothing ------------------------------------------------


def _require_not_closed(store: Store) -> None:
    if store.session_row()["phase"] == "closed":
        raise BallotRefused("closed", "the contest is closed: the scores are frozen")


def _record_host_batch(
    store: Store,
    ballots: list[BallotIn],
    source: str,
    action: str,
    detail: dict,
    note: str,
    changes: Changes | None,
) -> list[Receipt]:
    """Record ballots from the host's side in one transaction with one session-log line; then publish."""
    with store.transaction():
        _require_not_closed(store)
        # The host vouches for ballots that arrive after their window closed (paper, import, demo).
        receipts = [store.record_ballot(b, source, note=note, require_open=False) for b in ballots]
        store.log_action(
            action,
            {"source": source, "ballots": len(ballots), **detail, "submission_ids": _ids(receipts)},
        )
    if changes is not None:
        now = time.monotonic()
        changes.publish(Change.ballots(ballot_event(b, r, source, now) for b, r in zip(ballots, receipts)))
    return receipts


def _ids(receipts: list[Receipt]) -> list[int] | str:
    ids = [r.submission_id for r in receipts]
    return ids if len(ids) <= 20 else f"{ids[0]}..{ids[-1]}"


def enter_paper_ballot(
    store: Store,
    reviewer_id: int,
    presenter_id: int,
    marks: Mapping[str, object],
    note: str = "",
    changes: Changes | None = None,
) -> Receipt:
    """A paper ballot typed in by the host: the phone's checks, any window, logged as entered by the host."""
    _require_not_closed(store)  # said first: after the close no mark matters (checked again when written)
    contest = store.contest()
    ballot = BallotRules(contest, store.recusals()).check(
        reviewer_id, presenter_id, marks, f"host-{uuid.uuid4()}"
    )
    reviewer = next(r.name for r in contest.reviewers if r.id == reviewer_id)
    presenter = next(p.name for p in contest.presenters if p.id == presenter_id)
    detail = {"reviewer": reviewer, "presenter": presenter, "note": note}
    return _record_host_batch(store, [ballot], "host", "proxy_ballot", detail, note, changes)[0]


@dataclass(frozen=True)
class PaperRow:
    """One ballot read from a file: names as written, marks by criterion name, where it was read."""

    reviewer: str
    presenter: str
    marks: dict[str, str]
    where: str


def check_paper_rows(store: Store, rows: list[PaperRow], digest: str) -> tuple[list[BallotIn], list]:
    """Checked ballots for rows read from a file, and the problems found as (where, BallotRefused).

    The client id comes from the file's digest and the names, so importing the same file twice
    counts each ballot once.
    """
    contest = store.contest()
    rules = BallotRules(contest, store.recusals())
    reviewers = {r.name: r for r in contest.reviewers}
    presenters = {p.name: p for p in contest.presenters}
    ballots, problems = [], []
    for row in rows:
        reviewer, presenter = reviewers.get(row.reviewer), presenters.get(row.presenter)
        if reviewer is None:
            problems.append(
                (row.where, BallotRefused("unknown_reviewer", f"unknown reviewer {clip(row.reviewer)!r}"))
            )
            continue
        if presenter is None:
            problems.append(
                (row.where, BallotRefused("unknown_presenter", f"unknown presenter {clip(row.presenter)!r}"))
            )
            continue
        key = hashlib.sha256(f"{digest}:{reviewer.id}:{presenter.id}".encode()).hexdigest()[:24]
        try:
            ballots.append(rules.check(reviewer.id, presenter.id, row.marks, f"import-{key}"))
        except BallotRefused as exc:
            problems.append((row.where, exc))
    return ballots, problems


def import_ballots(
    store: Store, ballots: list[BallotIn], file_name: str, digest: str, changes: Changes | None = None
) -> list[Receipt]:
    """Checked ballots from a file, all or nothing; a second import of the same file adds nothing."""
    note = f"{file_name} sha256={digest}"
    detail = {"file": file_name, "sha256": digest}
    return _record_host_batch(store, ballots, "import", "import_scores", detail, note, changes)


def seed_demo(store: Store, ballots: list[BallotIn], note: str) -> list[Receipt]:
    """The demo's generated ballots (built on the step, within range), through the same checks."""
    rules = BallotRules.of(store)
    checked = [
        rules.check(
            b.reviewer_id, b.presenter_id, {str(c): rules.text(c, u) for c, u in b.units.items()}, b.client_id
        )
        for b in ballots
    ]
    return _record_host_batch(store, checked, "demo", "demo_ballots", {}, note, None)


# -- the server's group-commit writer ---------------------------------------------------------------


class GroupWriter(BatchCommitter):
    """Commits ballots from the server's event loop in one writer thread with its own connection.

    Whatever piled up while the disk synced is written next, in one transaction, each ballot in
    its own savepoint; each caller of `write` is answered only after the commit holding its
    ballot (arena.batch_commit). After each commit one change notice carries the commit's
    `ballot_event`s (`changes`); a full disk is told to `alarm` as {"type": "storage_full", "path"}.
    """

    thread_name = "arena-ballot-writer"

    def __init__(
        self,
        path: str | Path,
        changes: Changes | None = None,
        alarm: Listener | None = None,
        source: str = "phone",
    ):
        super().__init__(path)
        self.changes = changes
        self.alarm = alarm
        self.source = source

    async def write(self, ballot: BallotIn) -> Receipt:
        """The receipt once committed; raises BallotRefused (a refusal, busy, storage_full)."""
        return await self.submit(ballot)

    def commit(self, items: list[BallotIn]) -> list[Receipt | Exception]:
        return self.commit_batch(items)

    def commit_batch(self, ballots: list[BallotIn]) -> list[Receipt | Exception]:
        """Commit ballots in one transaction, each atomic on its own; the host is told after the commit."""
        store = self.store()
        results: list[Receipt | Exception] = []
        try:
            with store.ballot_batch():  # the windows and recusals are read once, inside the transaction
                for ballot in ballots:
                    results.append(store.record_ballot_alone(ballot, self.source))
        except StorageFull:
            log.error("the disk holding the contest file is full: %d ballot(s) not saved", len(ballots))
            _tell(self.alarm, {"type": "storage_full", "path": str(self.path)})
            refusal = BallotRefused("storage_full", "the contest file's disk is full; the host has been told")
            return [refusal] * len(ballots)
        except sqlite3.Error as exc:  # nothing was committed; every phone is told to retry
            log.warning("could not commit %d ballot(s): %s", len(ballots), exc)
            return [BallotRefused("busy", "the contest file is busy; try again in a moment")] * len(ballots)
        now = time.monotonic()
        events = [
            ballot_event(ballot, result, self.source, now)
            for ballot, result in zip(ballots, results)
            if isinstance(result, Receipt)
        ]
        if events and self.changes is not None:
            self.changes.publish(Change.ballots(events))  # one notice per commit, however many ballots
        return results
