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

Totals arrive as integers R with T = K * R (see arena/tally/sql.py); K cancels
out of (T - m_r) / d_r, so each corrected total is built from integers with a
single Fraction at the end, and each reviewer's results share one denominator.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Corrected:
    """A corrected total as numerator / denominator (not reduced: one denominator per reviewer)."""

    numerator: int
    denominator: int

    @property
    def value(self) -> Fraction:
        return Fraction(self.numerator, self.denominator)


def _reviewer_stats(raw: dict[tuple[int, int], int]) -> dict[int, tuple[int, int, int]]:
    """Reviewer id -> (n totals, sum S of R, D = sum |n R - S|); d_r = K * D / n^2."""
    mine: dict[int, list[int]] = defaultdict(list)
    for (reviewer_id, _presenter_id), value in raw.items():
        mine[reviewer_id].append(value)
    stats = {}
    for reviewer_id, values in mine.items():
        n, total = len(values), sum(values)
        stats[reviewer_id] = (n, total, sum(abs(n * v - total) for v in values))
    return stats


def correct(raw: dict[tuple[int, int], int], factor: Fraction) -> dict[tuple[int, int], Corrected]:
    """(reviewer id, presenter id) -> corrected total, for every raw total R given (T = factor * R)."""
    if not raw:
        return {}
    stats = _reviewer_stats(raw)
    grand_mean = factor * Fraction(sum(raw.values()), len(raw))  # M
    spreads = [Fraction(d, n * n) for n, _s, d in stats.values() if d > 0]
    grand_spread = factor * sum(spreads, Fraction(0)) / len(spreads) if spreads else Fraction(0)  # S
    a, b = grand_mean.numerator, grand_mean.denominator
    c, e = grand_spread.numerator, grand_spread.denominator
    out = {}
    for (reviewer_id, presenter_id), value in raw.items():
        n, total, dev = stats[reviewer_id]
        if dev == 0:
            num, den = a, b
        else:
            # M + S * n (nR - S_r) / D  over the denominator b * e * D
            num, den = a * e * dev + b * c * n * (n * value - total), b * e * dev
        out[(reviewer_id, presenter_id)] = Corrected(min(max(num, 0), 100 * den), den)
    return out


def reviewers_without_spread(raw: dict[tuple[int, int], int]) -> list[int]:
    return sorted(r for r, (_n, _s, d) in _reviewer_stats(raw).items() if d == 0)


def common_keys(values: list[Corrected]) -> tuple[list[int], int]:
    """Exact integer keys over one common denominator: sorting and summing without Fractions."""
    common = math.lcm(*{v.denominator for v in values})
    return [v.numerator * (common // v.denominator) for v in values], common
