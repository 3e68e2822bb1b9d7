"""The tally: exact weighted results, computed in SQLite, explained line by line.

INTERFACE ONLY (being implemented for issue 3): other modules build against these
types; `tally()` is filled in by the scoring work.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .model import Presenter
from .store import Store


def fmt_score(value: Fraction | None) -> str:
    """Display rounding: two decimals, half up, from the exact value ('' when there is none)."""
    if value is None:
        return ""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class ReviewerTotal:
    reviewer_id: int
    name: str
    label: str  # anonymous form, e.g. "区级领导 #3"
    group: str
    total: Fraction  # T(r, p) on the 0-100 scale
    dropped: bool = False
    drop_reason: str = ""  # "highest" | "lowest" | ""


@dataclass(frozen=True)
class GroupResult:
    group: str
    weight: Decimal
    score: Fraction | None  # A_g(p); None when no reviewer of the group scored p
    n: int  # totals counted in (before trimming)
    eligible: int
    dropped: tuple[ReviewerTotal, ...] = ()
    trimmed: bool = False


@dataclass(frozen=True)
class PresenterResult:
    presenter: Presenter
    rank: int | None  # None when there are no scores
    score: Fraction | None  # F(p)
    ballots: int
    eligible: int
    groups: tuple[GroupResult, ...]
    totals: tuple[ReviewerTotal, ...]
    tie_break: str | None = None  # what decided this presenter's place against an equal score
    shared_rank: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tally:
    method: str
    provisional: bool
    presenters: tuple[PresenterResult, ...]  # in rank order; unscored presenters last
    warnings: tuple[str, ...] = ()
    leniency: bool = False


def tally(store: Store) -> Tally:
    raise NotImplementedError("issue 3")


def tally_json(result: Tally) -> dict:
    raise NotImplementedError("issue 3")
