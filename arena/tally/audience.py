"""The audience group's score per presenter (issue 13), exactly, as one group of the tally.

A phone's total on the audience's form is T(d,p) = full * sum_c(w_c * s_c / M_c) / sum_c(w_c), the
panel's formula over the form's criteria (a rating of r out of 10 gives full * r / 10). Then:

    mean       A(p) = mean of T(d,p) over the phones that voted for p
    mean_top   A(p) = full * mean(p) / max_q mean(q)        (the top presenter gets the full score)
    votes_top  A(p) = full * votes(p) / max_q votes(q)      (a presenter with no vote gets 0)

`full` is the contest's full score (100 unless the setup names another). Only counts and sums leave
here: never a phone, its token or its marks one by one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from ..model import Contest


@dataclass(frozen=True)
class AudienceScore:
    """How the audience group's score of one presenter came about."""

    aggregate: str  # mean | mean_top | votes_top
    ballot: str  # same | subset | rating | vote
    ballots: int  # phones that voted for this presenter
    devices: int  # phones that joined
    raw: Fraction | None  # the mean total, or the number of votes (before rescaling)
    top: Fraction | None  # the largest raw value over the presenters (the rescaling's 100)
    score: Fraction | None  # A(p), on the contest's full-score scale
    full: Fraction  # the rescaling's target (the contest's full score)


def audience_scores(
    contest: Contest, marks: list[tuple[int, int, int, int]], devices: int
) -> dict[int, AudienceScore]:
    """Presenter id -> the audience's score, from the audience's marks (reviewer, presenter, criterion, units)."""
    setup = contest.audience
    if setup is None:
        return {}
    full = Fraction(contest.scoring.full_score)
    form = setup.form(contest.criteria)
    weights = {c.id: Fraction(c.effective_weight) for c in form}
    maxes = {c.id: c.max_units for c in form}
    weight_sum = sum(weights.values(), Fraction(0))
    ballots: dict[tuple[int, int], dict[int, int]] = defaultdict(dict)
    for r, p, c, v in marks:
        if c in weights:
            ballots[(r, p)][c] = v
    sums: dict[int, Fraction] = defaultdict(Fraction)
    counts: dict[int, int] = defaultdict(int)
    for (_r, p), units in ballots.items():
        if len(units) != len(form):  # never written so by the intake; left out like the panel's
            continue
        counts[p] += 1
        sums[p] += full * sum(weights[c] * Fraction(u, maxes[c]) for c, u in units.items()) / weight_sum
    if setup.aggregate == "votes_top":
        raw = {p.id: Fraction(counts.get(p.id, 0)) for p in contest.presenters}
    else:
        raw = {p: sums[p] / n for p, n in counts.items()}
    top = max(raw.values(), default=None)
    out = {}
    for presenter in contest.presenters:
        value = raw.get(presenter.id)
        if value is None or not top:
            score = None if setup.aggregate != "votes_top" or not top else Fraction(0)
        elif setup.aggregate == "mean":
            score = value
        else:
            score = full * value / top
        out[presenter.id] = AudienceScore(
            setup.aggregate,
            setup.ballot,
            counts.get(presenter.id, 0),
            devices,
            value,
            top if setup.aggregate != "mean" else None,
            score,
            full,
        )
    return out
