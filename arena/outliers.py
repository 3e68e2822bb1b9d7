"""The outlier confirmation (畸高畸低, issue 17): is a reviewer's total far from the others' median?

The others are the reviewers whose complete ballots for that presenter are already in, the reviewer
themself left out: those of the reviewer's own group while at least MIN_PEERS of them are in, else
the whole panel; with fewer than MIN_PEERS in the panel there is nothing to compare with and no
total is far. Totals are on the 0-100 scale the phone shows (100 × Σ w·s/M / Σ w), exact fractions.

What a phone may learn (`OutlierCheck.answer`): whether its own draft total is far and, only then,
the direction and how far in whole points; the median only when the host allows it. The flag stored
with a ballot (`OutlierCheck.flag_json`) keeps everything, for the archive.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from .model import Contest
from .store import Store
from .tally.results import fmt_score
from .tally.sql import Scale

MIN_PEERS = 3
SCALE = 100  # the phone's total runs from 0 to 100


@dataclass(frozen=True)
class OutlierCheck:
    far: bool
    direction: str = ""  # "high" or "low" (only when far)
    distance: Fraction = Fraction(0)  # |total - median|
    median: Fraction | None = None
    basis: str = ""  # "group", "panel", or "" when too few totals are in
    peers: int = 0
    threshold: Fraction = Fraction(0)

    def answer(self, show_median: bool) -> dict:
        """The phone's answer: nothing beyond `far` unless the total is far."""
        if not self.far:
            return {"far": False}
        out = {"far": True, "direction": self.direction, "distance": str(math.floor(self.distance))}
        if show_median:
            out["median"] = fmt_score(self.median)
        return out

    def flag_json(self, reason: str) -> str:
        """The flag logged with the ballot ('' when the total is not far)."""
        if not self.far:
            return ""
        flag = {
            "direction": self.direction,
            "distance": fmt_score(self.distance),
            "median": fmt_score(self.median),
            "basis": self.basis,
            "peers": self.peers,
            "threshold": fmt_score(self.threshold),
            "reason": reason,
        }
        return json.dumps(flag, ensure_ascii=False, sort_keys=True)


def raw_totals(contest: Contest, marks: Mapping[tuple[int, int], int]) -> tuple[dict[int, int], Fraction]:
    """({reviewer id: integer raw total of each complete ballot}, the factor to the 0-100 scale).

    Integers (arena.tally.sql.Scale), so the median of hundreds of totals is a sort of ints: the
    check runs for every phone ballot when the setup has a threshold.
    """
    scale = Scale.of(contest.criteria, SCALE)
    coef = scale.coef
    sums: dict[int, int] = {}
    counts: dict[int, int] = {}
    for (rid, cid), units in marks.items():
        a = coef.get(cid)
        if a is not None:
            sums[rid] = sums.get(rid, 0) + a * units
            counts[rid] = counts.get(rid, 0) + 1
    n = len(contest.criteria)
    return {rid: s for rid, s in sums.items() if counts[rid] == n}, scale.factor


def reviewer_totals(contest: Contest, marks: Mapping[tuple[int, int], int]) -> dict[int, Fraction]:
    """Reviewer id -> total (0-100) of each complete ballot among `marks` ((reviewer, criterion) -> units)."""
    raw, factor = raw_totals(contest, marks)
    return {rid: factor * s for rid, s in raw.items()}


def ballot_total(contest: Contest, units: Mapping[int, int]) -> Fraction:
    """The 0-100 total of one ballot's units (criterion id -> units)."""
    return reviewer_totals(contest, {(0, cid): u for cid, u in units.items()}).get(0, Fraction(0))


def median(values: list) -> Fraction:
    values = sorted(values)
    mid = len(values) // 2
    return Fraction(values[mid]) if len(values) % 2 else Fraction(values[mid - 1] + values[mid], 2)


def check_total(
    contest: Contest, totals: Mapping[int, Fraction], reviewer_id: int, total: Fraction
) -> OutlierCheck:
    """How `total` from `reviewer_id` stands against the others' totals (0-100) for the same presenter."""
    return _check(contest, totals, Fraction(1), reviewer_id, total)


def check_marks(
    contest: Contest, marks: Mapping[tuple[int, int], int], reviewer_id: int, total: Fraction
) -> OutlierCheck:
    """As check_total, from the presenter's marks so far ((reviewer, criterion) -> units)."""
    raw, factor = raw_totals(contest, marks)
    return _check(contest, raw, factor, reviewer_id, total)


def check_stored(
    store: Store, contest: Contest, presenter_id: int, reviewer_id: int, total: Fraction
) -> OutlierCheck:
    """As check_total, against the totals already in the contest file for that presenter (one SQL sum)."""
    if contest.scoring.review.outlier_points is None:
        return OutlierCheck(False)
    scale = Scale.of(contest.criteria, SCALE)
    raw = store.raw_totals(presenter_id, scale.case_sql(), len(contest.criteria))
    return _check(contest, raw, scale.factor, reviewer_id, total)


def _check(
    contest: Contest, values: Mapping, factor: Fraction, reviewer_id: int, total: Fraction
) -> OutlierCheck:
    points = contest.scoring.review.outlier_points
    if points is None:
        return OutlierCheck(False)
    threshold = Fraction(points)
    group_of = {r.id: r.group for r in contest.reviewers}
    mine = group_of.get(reviewer_id)
    others = [v for rid, v in values.items() if rid != reviewer_id]
    own_group = [v for rid, v in values.items() if rid != reviewer_id and group_of.get(rid) == mine]
    if len(own_group) >= MIN_PEERS:
        basis, peers = "group", own_group
    elif len(others) >= MIN_PEERS:
        basis, peers = "panel", others
    else:
        return OutlierCheck(False, peers=len(others), threshold=threshold)
    middle = factor * median(peers)
    distance = abs(total - middle)
    far = distance > threshold
    direction = ("high" if total > middle else "low") if far else ""
    return OutlierCheck(far, direction, distance, middle, basis, len(peers), threshold)
