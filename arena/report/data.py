"""Everything the report prints, read from the contest file in one go (read-only).

The layout code never touches the database: it gets a ReportData, so a report
is one consistent snapshot even while the server thread keeps writing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..anonymity import archive_labels, archive_numbers
from ..model import Contest
from ..presence import BoardRow, board
from ..store import Store, utc_now
from ..tally import Tally, tally
from ..verify import integrity_hash

SOURCE_NAMES = {"phone": "手机提交", "host": "主持人代录", "import": "纸质导入", "demo": "演示数据"}


@dataclass(frozen=True)
class SubmissionStats:
    submissions: int  # every ballot received, corrections included
    counted: int  # ballots that count now: the latest per (reviewer, presenter)
    corrections: int  # ballots that replaced an earlier one of the same reviewer and presenter
    by_source: dict[str, int]
    first_at: str | None
    last_at: str | None
    reviewers_active: int  # reviewers with at least one ballot
    eligible: int  # (reviewer, presenter) pairs that may score
    # presenter id -> (received, corrections, first received_at, last received_at)
    per_presenter: dict[int, tuple[int, int, str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportData:
    contest: Contest
    result: Tally
    anonymous: bool
    phase: str
    closed_at: str | None
    generated_at: str
    integrity_hash: str
    stats: SubmissionStats
    recusals: set[tuple[int, int]]
    labels: dict[int, str]  # reviewer id -> how the report names them (anonymous label or name)
    matrix: dict[tuple[int, int], tuple[Fraction, bool]]  # (reviewer, presenter) -> (total, dropped)
    places: dict[int, int] = field(default_factory=dict)  # reviewer id -> place within the group as listed
    # issue 17: (reviewer, presenter, comment, outlier JSON) of each counted ballot with either
    notes: tuple[tuple[int, int, str, str], ...] = ()
    sign_mode: str = "off"  # issue 17: signing on the phone (off | at_end | after_each)
    presence: tuple[BoardRow, ...] = ()  # one row per reviewer: check-in and signatures
    log: list[dict] = field(default_factory=list)  # the session log (issue 13: the draw, the 实绩 lock)

    @property
    def provisional(self) -> bool:
        return self.phase != "closed"


def gather(store: Store, anonymous: bool | None = None) -> ReportData:
    """Read the file once, inside one read transaction, and compute the results and their hash."""
    with store.snapshot():
        contest = store.contest()
        session = store.session_row()
        result = tally(store)
        digest = integrity_hash(store, result)
        stats = _stats(store, result)
        recusals = store.recusals()
        secret = store.anonymity_secret()
        notes = tuple(store.counted_notes())
        sign_mode, presence = board(store)
        log = store.session_log()
    anonymous = contest.scoring.anonymous if anonymous is None else anonymous
    return ReportData(
        contest=contest,
        result=result,
        anonymous=anonymous,
        phase=session["phase"],
        closed_at=session["closed_at"],
        generated_at=utc_now(),
        integrity_hash=digest,
        stats=stats,
        recusals=recusals,
        labels=reviewer_labels(contest, anonymous, secret),
        places=archive_numbers(contest, secret)
        if anonymous
        else {r.id: i for i, r in enumerate(contest.reviewers)},
        matrix=_matrix(result),
        notes=notes,
        sign_mode=sign_mode,
        presence=tuple(presence),
        log=log,
    )


def reviewer_labels(contest: Contest, anonymous: bool, secret: str) -> dict[int, str]:
    """Names, or the archive labels ("区级领导 评委3", drawn from the file's secret: the tally's own)."""
    if not anonymous:
        return {reviewer.id: reviewer.name for reviewer in contest.reviewers}
    return archive_labels(contest, secret)


def _matrix(result: Tally) -> dict[tuple[int, int], tuple[Fraction, bool]]:
    return {
        (total.reviewer_id, pr.presenter.id): (total.total, total.dropped)
        for pr in result.presenters
        for total in pr.totals
    }


def _stats(store: Store, result: Tally) -> SubmissionStats:
    submissions, first_at, last_at, active = store.submission_totals()
    by_source = store.submissions_by_source()
    per_presenter = {
        pid: (received, received - pairs, first, last)
        for pid, received, pairs, first, last in store.submissions_by_presenter()
    }
    pairs = sum(received - corrections for received, corrections, _, _ in per_presenter.values())
    return SubmissionStats(
        submissions=submissions,
        counted=result.ballots,
        corrections=submissions - pairs,
        by_source=by_source,
        first_at=first_at,
        last_at=last_at,
        reviewers_active=active,
        eligible=result.eligible,
        per_presenter=per_presenter,
    )
