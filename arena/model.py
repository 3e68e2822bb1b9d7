"""The domain of an arena contest as plain, immutable dataclasses.

Numbers that take part in scoring are Decimals (as typed by the host) and are
turned into exact integers (units of a criterion's step) before they reach the
database; nothing here is ever a float.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from .problems import NOWHERE, Place, Problem  # noqa: F401 (Place, Problem: the model's too)
from .review_options import ReviewOptions

METHODS = ("mean", "trimmed", "median")
TRIM_LEVELS = ("total", "criterion")
BALLOT_MODES = ("per_presenter", "all_at_end")
# Tie-break rules: "group:<name>", "criterion:<name>", "dropped", "median".
TIE_BREAK_KINDS = ("group", "criterion", "dropped", "median")
SUBMISSION_SOURCES = ("phone", "host", "import", "demo")
SCORING_STATES = ("pending", "open", "closed")
REVEAL_MODES = ("at_end", "after_each")  # the staged reveal at the end, or 亮分 after each presenter


@dataclass(frozen=True)
class Criterion:
    name: str
    max: Decimal
    step: Decimal = Decimal("0.5")
    weight: Decimal | None = None  # None means "same as max"
    id: int | None = None

    @property
    def effective_weight(self) -> Decimal:
        return self.max if self.weight is None else self.weight

    @property
    def max_units(self) -> int:
        """The maximum expressed in steps (the step divides the max exactly)."""
        return int(self.max / self.step)

    def from_units(self, units: int) -> Decimal:
        return (self.step * units).normalize()


@dataclass(frozen=True)
class Group:
    name: str
    weight: Decimal = Decimal(1)
    id: int | None = None
    kind: str = "panel"  # issue 13: "audience" for the 大众评审 group (arena/audience.py)


TOKEN_BYTES = 24  # 192 bits; DESIGN.md asks for at least 128


def new_token() -> str:
    """A reviewer's personal token: the only credential, so unguessable and URL-safe."""
    return secrets.token_urlsafe(TOKEN_BYTES)


@dataclass(frozen=True)
class Reviewer:
    name: str
    group: str
    title: str = ""
    recuse: tuple[str, ...] = ()  # presenter names this reviewer may not score
    token: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Phase:
    """One timed part of a presentation (issue 17): 陈述 5 min, then 答询 5 min."""

    name: str
    seconds: int


@dataclass(frozen=True)
class Timing:
    """The contest's phase timer (issue 17, arena/phases.py): default phases and the automatic windows."""

    phases: tuple[Phase, ...] = ()  # empty: each presenter's single time limit is its one phase
    auto_open: bool = False  # scoring opens when the last phase ends
    auto_close_s: int = 0  # scoring closes this long after it opened (0: never by itself)


@dataclass(frozen=True)
class Presenter:
    name: str
    speaker: str = ""
    unit: str = ""
    minutes: Decimal = Decimal(5)
    id: int | None = None
    phases: tuple[Phase, ...] = ()  # issue 17: this presenter's own phases (empty: the contest's default)

    @property
    def time_limit_seconds(self) -> int:
        return int(self.minutes * 60)


@dataclass(frozen=True)
class ScoringRules:
    method: str = "mean"
    trim: int = 0  # k: drop the k highest and k lowest (method "trimmed")
    trim_level: str = "total"  # trim reviewer totals, or each criterion's marks
    leniency: bool = False  # per-reviewer standardisation before aggregating
    tie_break: tuple[str, ...] = ()
    anonymous: bool = True  # show reviewers by group and number in explanations
    ballot_mode: str = "per_presenter"
    # Issue 15: rule-book rounding (arena.rounding.Stage, pipeline order), the smallest panel that
    # is trimmed (0: 2k+1), and the final score's full mark (T and F run from 0 to it).
    rounding: tuple = ()
    trim_min: int = 0
    full_score: Decimal = Decimal(100)
    reveal_mode: str = "at_end"  # "after_each": the host announces each presenter once scoring closed
    announce_totals: bool = True  # the 亮分 shows every counted total (else only dropped ones and the final)
    announce_ranking: bool = True  # the 亮分 shows the ranking of the presenters announced so far
    review: ReviewOptions = field(default_factory=ReviewOptions)  # issue 17: comments, outlier confirmation

    @property
    def min_to_trim(self) -> int:
        """The fewest totals (or marks) a group needs before k are dropped at each end."""
        return max(self.trim_min, 2 * self.trim + 1)


@dataclass(frozen=True)
class Contest:
    title: str
    date: str = ""
    venue: str = ""
    organizer: str = ""
    presenter_noun: str = ""  # what is presented (产业链, 项目, 选手); "" = the interface's default noun
    scoring: ScoringRules = field(default_factory=ScoringRules)
    criteria: tuple[Criterion, ...] = ()
    groups: tuple[Group, ...] = ()
    reviewers: tuple[Reviewer, ...] = ()
    presenters: tuple[Presenter, ...] = ()
    timing: Timing = field(default_factory=Timing)
    objective: tuple = ()  # issue 13: objective pre-scores (实绩), arena.objective.ObjectiveItem
    audience: object | None = None  # issue 13: arena.audience.AudienceSetup, or None without an audience
    presence: object | None = None  # issue 17: arena.presence_options.PresenceOptions (sign mode, names)


class InputError(ValueError):
    """Bad input from a user: carries every problem found, none of them a crash."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):  # a message the core has no code for (see arena/problems.py)
            problems = [Problem(NOWHERE, "text", {"text": problems})]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
