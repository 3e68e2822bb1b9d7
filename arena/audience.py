"""The audience group (大众评审): its setup, its ballot form, and how its setup problems are worded.

The setup names one audience group next to the panel groups, with its weight, its ballot form and
its aggregation (docs/audience.md):

    "audience": {"name": "大众评审", "weight": 30, "ballot": "rating", "aggregate": "mean_top",
                 "votes": 1, "cap": 500, "join": "open"}

ballot      "same" (the panel's form), a list of criterion names (a shorter form), "rating" (one
            whole mark 1-10), or "vote" (a single button: this device votes for this presenter)
aggregate   "mean" (mean of the devices' totals), "mean_top" (that mean rescaled so the top
            presenter has the full score, 100), "votes_top" (votes rescaled so the top has 100)
votes       with "vote": how many presenters one device may vote for (default 1)
cap         the most devices that may join (default 500)
join        "open" (anyone with the room link) or "seats" (one-time seat codes, `arena cards --audience N`)

Each joined phone becomes a reviewer row of the audience group with its own token, so its ballots
go through the one intake (arena.intake) like a reviewer's. Problems carry a stable code and its
parameters (`AudienceProblem`, the pattern of arena.notices.Notice); the text is English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .problems import ENGLISH
from .model import Criterion, Group

BALLOTS = ("same", "subset", "rating", "vote")
AGGREGATES = ("mean", "mean_top", "votes_top")
JOIN_MODES = ("open", "seats")
DEFAULT_CAP = 500
MAX_CAP = 5000
DEFAULT_NAME = "大众评审"
FORM_CRITERION_ID = 0  # the criterion id of the rating's or the vote's one mark (no row in `criteria`)

_EN = ENGLISH  # the audience codes are setup problem codes (arena/problems.py)


class AudienceProblem(str):
    """A problem with the audience's setup: its English text, plus `code` and `params`."""

    code: str
    params: dict

    def __new__(cls, code: str, **params) -> AudienceProblem:
        problem = super().__new__(cls, _EN[code].format(**params))
        problem.code = code
        problem.params = params
        return problem

    def as_json(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}


@dataclass(frozen=True)
class AudienceSetup:
    name: str = DEFAULT_NAME
    weight: Decimal = Decimal(30)
    ballot: str = "rating"
    criteria: tuple[str, ...] = ()  # the shorter form's criteria (ballot "subset")
    aggregate: str = "mean_top"
    votes: int = 1
    cap: int = DEFAULT_CAP
    join: str = "open"

    @property
    def group(self) -> Group:
        return Group(self.name, self.weight, kind="audience")

    def form(self, panel_criteria: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
        """The criteria an audience ballot carries (ids of the panel's criteria, or FORM_CRITERION_ID)."""
        if self.ballot == "same":
            return tuple(panel_criteria)
        if self.ballot == "subset":
            return tuple(c for c in panel_criteria if c.name in self.criteria)
        if self.ballot == "rating":
            return (Criterion("评分", Decimal(10), Decimal(1), id=FORM_CRITERION_ID),)
        return (Criterion("投票", Decimal(1), Decimal(1), id=FORM_CRITERION_ID),)

    @property
    def least_units(self) -> int:
        """The smallest mark of the one-mark forms: a rating runs 1-10, a vote is 1."""
        return 1 if self.ballot in ("rating", "vote") else 0


Report = Callable[[str, str], None]  # (field, problem)

# The words a spreadsheet's contest sheet may use (arena.io.AUDIENCE_KEYS) for the same choices.
BALLOT_WORDS = {"同表": "same", "相同": "same", "打分": "rating", "评分": "rating", "投票": "vote"}
AGGREGATE_WORDS = {"平均": "mean", "平均折算": "mean_top", "票数折算": "votes_top", "得票折算": "votes_top"}
JOIN_WORDS = {"扫码": "open", "开放": "open", "座位码": "seats"}


def parse_audience(raw, panel_groups: set[str], criteria: set[str], report: Report) -> AudienceSetup | None:
    """The audience of a setup document (None without one); problems go to `report(field, problem)`."""
    if raw is None or raw is False:
        return None
    if not isinstance(raw, dict):
        report("", AudienceProblem("audience_not_object"))
        return None
    name = str(raw.get("name") or DEFAULT_NAME).strip() or DEFAULT_NAME
    if name in panel_groups:
        report("name", AudienceProblem("audience_name_taken", name=name))
    weight = _weight(raw.get("weight", 30), report)
    ballot, subset = _ballot(raw.get("ballot", "rating"), criteria, report)
    aggregate = str(raw.get("aggregate", "votes_top" if ballot == "vote" else "mean_top")).strip()
    aggregate = AGGREGATE_WORDS.get(aggregate, aggregate)
    if aggregate not in AGGREGATES:
        report("aggregate", AudienceProblem("audience_aggregate", value=aggregate))
        aggregate = "mean_top"
    elif (ballot == "vote") != (aggregate == "votes_top"):
        report("aggregate", AudienceProblem("audience_vote_pairing"))
    votes = _whole(raw.get("votes", 1), 1, None, "votes", report)
    cap = _whole(raw.get("cap", DEFAULT_CAP), 1, MAX_CAP, "cap", report)
    join = str(raw.get("join", "open")).strip()
    join = JOIN_WORDS.get(join, join)
    if join not in JOIN_MODES:
        report("join", AudienceProblem("audience_join", value=join))
        join = "open"
    return AudienceSetup(name, weight, ballot, subset, aggregate, votes, cap, join)


def _weight(raw, report: Report) -> Decimal:
    try:
        value = Decimal(str(raw).strip())
        if value.is_finite() and value > 0:
            return value
    except InvalidOperation:
        pass
    report("weight", AudienceProblem("audience_weight", value=str(raw)[:40]))
    return Decimal(1)


def _ballot(raw, criteria: set[str], report: Report) -> tuple[str, tuple[str, ...]]:
    if isinstance(raw, str):
        raw = BALLOT_WORDS.get(raw.strip(), raw.strip())
        if raw not in ("same", "rating", "vote"):  # a spreadsheet's list of criteria: "创新、实效"
            raw = [x for x in raw.replace("，", ",").replace("、", ",").split(",") if x.strip()]
    if isinstance(raw, list | tuple):
        names = tuple(str(x).strip() for x in raw if str(x).strip())
        for name in names:
            if name not in criteria:
                report("ballot", AudienceProblem("audience_criterion", name=name))
        if not names:
            report("ballot", AudienceProblem("audience_ballot", value="[]"))
        return "subset", names
    text = str(raw).strip()
    if text in ("same", "rating", "vote"):
        return text, ()
    report("ballot", AudienceProblem("audience_ballot", value=text[:40]))
    return "rating", ()


def _whole(raw, least: int, most: int | None, field: str, report: Report) -> int:
    try:
        value = int(str(raw).strip())
        if value >= least and (most is None or value <= most):
            return value
    except ValueError:
        pass
    if field == "cap":
        report(field, AudienceProblem("audience_cap", most=most, value=str(raw)[:40]))
        return DEFAULT_CAP
    report(field, AudienceProblem("audience_votes", value=str(raw)[:40]))
    return 1


def audience_json(setup: AudienceSetup) -> dict:
    """The setup document's form of the audience (the inverse of parse_audience)."""
    return {
        "name": setup.name,
        "weight": str(setup.weight),
        "ballot": list(setup.criteria) if setup.ballot == "subset" else setup.ballot,
        "aggregate": setup.aggregate,
        "votes": setup.votes,
        "cap": setup.cap,
        "join": setup.join,
    }
