"""Leniency correction: put every reviewer on the same yardstick before aggregating.

Off by default and always labelled when on. Some reviewers mark everyone high,
others everyone low; this standardises each reviewer's totals across the
presenters they scored and maps them back to the contest's 0-100 scale:

    T'(r,p) = M + S * (T(r,p) - m_r) / d_r,   clamped to 0..100

m_r is reviewer r's mean total and d_r their mean absolute deviation from it
(the spread); M is the mean of every counted total and S the mean spread d_r
over the reviewers who have one. The mean absolute deviation is used instead
of the standard deviation so that the result stays an exact fraction (a square
root would not). A reviewer with no spread (one presenter scored, or the same
total for everyone) carries no ranking information: their totals become M.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

ZERO, HUNDRED = Fraction(0), Fraction(100)


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, ZERO) / len(values)


def spreads(totals: dict[tuple[int, int], Fraction]) -> dict[int, tuple[Fraction, Fraction]]:
    """Reviewer id -> (mean total m_r, mean absolute deviation d_r)."""
    by_reviewer: dict[int, list[Fraction]] = defaultdict(list)
    for (reviewer_id, _presenter_id), total in totals.items():
        by_reviewer[reviewer_id].append(total)
    out = {}
    for reviewer_id, values in by_reviewer.items():
        centre = _mean(values)
        out[reviewer_id] = (centre, _mean([abs(v - centre) for v in values]))
    return out


def correct(totals: dict[tuple[int, int], Fraction]) -> dict[tuple[int, int], Fraction]:
    """(reviewer id, presenter id) -> corrected total, for every total given."""
    if not totals:
        return {}
    stats = spreads(totals)
    grand_mean = _mean(list(totals.values()))
    spread_values = [d for _m, d in stats.values() if d > 0]
    grand_spread = _mean(spread_values) if spread_values else ZERO
    corrected = {}
    for (reviewer_id, presenter_id), total in totals.items():
        centre, spread = stats[reviewer_id]
        value = grand_mean if spread == 0 else grand_mean + grand_spread * (total - centre) / spread
        corrected[(reviewer_id, presenter_id)] = min(HUNDRED, max(ZERO, value))
    return corrected


def reviewers_without_spread(totals: dict[tuple[int, int], Fraction]) -> list[int]:
    return sorted(r for r, (_m, d) in spreads(totals).items() if d == 0)
