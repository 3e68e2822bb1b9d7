"""The tally's results: exact fractions per reviewer, group and presenter, and how a score is printed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..model import Presenter

QUORUM = Fraction(1, 2)  # a group where fewer than half the eligible reviewers scored is flagged


def fmt_score(value: Fraction | None) -> str:
    """Display rounding: two decimals, half up (away from zero), from the exact value ('' when none).

    Done in integers: a decimal division would round at its own precision first.
    """
    if value is None:
        return ""
    hundredths = abs(Fraction(value)) * 100
    whole, rest = divmod(hundredths.numerator, hundredths.denominator)
    if 2 * rest >= hundredths.denominator:
        whole += 1
    sign = "-" if value < 0 and whole else ""
    return f"{sign}{whole // 100}.{whole % 100:02d}"


def fmt_exact(value: Fraction | None) -> str | None:
    """The reduced fraction as "p/q" (always with a denominator, "87/1" for a whole number)."""
    return None if value is None else f"{value.numerator}/{value.denominator}"


@dataclass(frozen=True, slots=True)  # slots: a big tally makes one per ballot, and they build twice as fast
class ReviewerTotal:
    reviewer_id: int
    name: str
    label: str  # the archive's anonymous form, e.g. "区级领导 评委3" (arena/anonymity.py)
    group: str
    total: Fraction  # T(r, p) on the 0-100 scale (after leniency correction when that is on)
    dropped: bool = False
    drop_reason: str = ""  # "highest" | "lowest" | ""
    uncorrected: Fraction | None = None  # the total before leniency correction (only when on)


@dataclass(frozen=True)
class DroppedMark:
    """One criterion mark left out by per-criterion trimming."""

    reviewer: ReviewerTotal
    criterion: str
    mark: Decimal  # in points, as the reviewer gave it
    reason: str  # "highest" | "lowest"


@dataclass(frozen=True)
class GroupResult:
    group: str
    weight: Decimal
    score: Fraction | None  # A_g(p); None when no reviewer of the group scored p
    n: int  # totals counted in (before trimming)
    eligible: int
    dropped: tuple[ReviewerTotal, ...] = ()
    trimmed: bool = False
    dropped_marks: tuple[DroppedMark, ...] = ()  # per-criterion trimming only
    kept: int = 0  # totals (or marks per criterion) that went into the score
    criterion_scores: tuple[tuple[str, Fraction], ...] = ()  # per-criterion trimming: kept mean, in points
    audience: object | None = None  # issue 13: the audience group's arena.tally.audience.AudienceScore


@dataclass(frozen=True)
class ObjectiveResult:
    """One objective item (实绩) of a presenter: the value given and its score (issue 13)."""

    item: str
    weight: Decimal  # percent of the final score
    source: str
    rule: str
    value: Decimal | None  # None: no value given for this presenter (the item is then not counted)
    score: Fraction | None  # on the contest's scale (0..full score)


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
    median: Fraction | None = None  # of every counted total (a tie-break; also shown in explanations)
    tie_rule: str = ""  # the first tie-break rule that set this presenter apart from an equal score
    objective: tuple[ObjectiveResult, ...] = ()  # issue 13: the objective items, weighted in with the groups


@dataclass(frozen=True)
class Tally:
    method: str
    provisional: bool
    presenters: tuple[PresenterResult, ...]  # in rank order; unscored presenters last
    warnings: tuple[str, ...] = ()
    leniency: bool = False
    trim: int = 0
    trim_level: str = "total"
    ballots: int = 0  # counted ballots in the whole contest
    eligible: int = 0  # (reviewer, presenter) pairs that may score
    tie_break_rules: tuple[str, ...] = ()
    anonymous: bool = True
    rounding: tuple = ()  # the rule book's stages (arena.rounding.Stage), pipeline order
    trim_min: int = 0  # the fewest values a group needs to be trimmed (method "trimmed")
    full_score: Decimal = Decimal(100)

    def result_of(self, presenter_id: int) -> PresenterResult | None:
        return next((r for r in self.presenters if r.presenter.id == presenter_id), None)
