"""Objective pre-scores (实绩): items scored before the meeting, combined with the live groups.

An item has a name, a weight (percent of the final score), a source (who scored it, e.g. 商务局),
a rule that turns each presenter's value into a score on the contest's scale (0..full score), and
one value per presenter:

    score    the value is the score itself (0..full)
    linear   low -> 0, high -> full (low/high default to the smallest and largest value given);
             better "lower" turns it round (low -> full, high -> 0)
    rank     ranked by value (ties share the better place, 1, 2, 2, 4): full × (n - rank + 1) / n

With objective items in the setup, the weights of the groups and of the items are percents and
must add up to 100. Every problem is an arena.problems.Problem (a place, a code and its parameters) that
also carries a stable `code` and its `params` for the other interfaces.

Codes and parameters:
    objective_list        -                     the objective list is not a list of objects
    objective_required    -                     a required field is empty
    objective_number      value                 not a number
    objective_weight      value                 not a positive number of percent
    objective_rule        value                 not one of score, linear, rank
    objective_better      value                 not one of higher, lower
    objective_duplicate   name                  an item named twice
    objective_presenter   name                  a value for a presenter the contest does not have
    objective_range       presenter, value, full   rule score: outside 0..full
    objective_bounds      presenter, value, low, high   rule linear: outside low..high
    objective_flat        value                 rule linear: low and high are equal
    weights_total         groups, items, total  group and item weights do not add up to 100
    objective_locked      -                     the contest has started: values are locked
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from .problems import Problem

RULES = ("score", "linear", "rank")
BETTER = ("higher", "lower")
# What a spreadsheet may write for a rule or a direction.
RULE_WORDS = {"分数": "score", "得分": "score", "线性": "linear", "名次": "rank", "排名": "rank"}
BETTER_WORDS = {"越高越好": "higher", "高": "higher", "越低越好": "lower", "低": "lower"}

_EN = {"objective_locked": "the contest has started: the objective values are locked"}  # ObjectiveRefused


class ObjectiveRefused(ValueError):
    """A change of the objective values the contest no longer allows (code "objective_locked")."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(_EN[code].format(**params))


@dataclass(frozen=True)
class ObjectiveItem:
    name: str
    weight: Decimal  # percent of the final score
    source: str = ""
    rule: str = "score"
    low: Decimal | None = None  # rule linear: the value that scores 0 (None: the smallest given)
    high: Decimal | None = None  # rule linear: the value that scores full (None: the largest given)
    better: str = "higher"
    values: tuple[tuple[str, Decimal], ...] = ()  # (presenter name, value) in the setup's order
    id: int | None = None

    def value_of(self, presenter: str) -> Decimal | None:
        return dict(self.values).get(presenter)


def plain(value: Decimal | None) -> str | None:
    """A Decimal as typed, without an exponent ("20", not "2E+1")."""
    return None if value is None else f"{value.normalize():f}"


# -- reading -------------------------------------------------------------------------------------------

Locate = Callable[[str, int, str], str]


def _decimal(raw) -> Decimal | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = str(raw).strip().rstrip("%").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(raw) from None
    if not value.is_finite():
        raise ValueError(raw)
    return value


def parse_objective(
    raw, presenters: list[str], locate: Locate, full: Decimal = Decimal(100)
) -> tuple[list[ObjectiveItem], list[Problem]]:
    """The setup's "objective" list -> items, and every problem found (named by `locate`)."""
    problems: list[Problem] = []

    def add(i: int, field_: str, code: str, **params) -> None:
        problems.append(Problem(locate("objective", i, field_), code, params))

    if raw is None or raw == []:
        return [], []
    if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
        add(-1, "", "objective_list")
        return [], problems
    items, seen = [], set()
    order = {name: i for i, name in enumerate(presenters)}
    for i, row in enumerate(raw):
        name = str(row.get("name") or "").strip()
        if not name:
            add(i, "name", "objective_required")
        elif name in seen:
            add(i, "name", "objective_duplicate", name=name)
        seen.add(name)
        weight = _number(row, "weight", i, add)
        if weight is None and _blank(row.get("weight")):
            add(i, "weight", "objective_required")
        elif weight is not None and weight <= 0:
            add(i, "weight", "objective_weight", value=plain(weight))
        raw_rule = str(row.get("rule") or "score").strip()
        rule = RULE_WORDS.get(raw_rule, raw_rule.lower())
        if rule not in RULES:
            add(i, "rule", "objective_rule", value=rule)
        raw_better = str(row.get("better") or "higher").strip()
        better = BETTER_WORDS.get(raw_better, raw_better.lower())
        if better not in BETTER:
            add(i, "better", "objective_better", value=raw_better)
        low, high = _number(row, "low", i, add), _number(row, "high", i, add)
        values = _values(row.get("values"), i, add, order)
        item = ObjectiveItem(
            name,
            weight or Decimal(0),
            str(row.get("source") or "").strip(),
            rule,
            low,
            high,
            better,
            tuple(sorted(values.items(), key=lambda kv: order[kv[0]])),
        )
        if rule in RULES and better in BETTER:
            _check_values(item, full, lambda code, **params: add(i, "values", code, **params))
        items.append(item)
    return items, problems


def _blank(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _number(row: dict, field_: str, i: int, add) -> Decimal | None:
    try:
        return _decimal(row.get(field_))
    except ValueError:
        add(i, field_, "objective_number", value=str(row.get(field_)))
        return None


def _values(raw, i: int, add, order: dict[str, int]) -> dict[str, Decimal]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        add(i, "values", "objective_list")
        return {}
    out = {}
    for name, value in raw.items():
        name = str(name).strip()
        if name not in order:
            add(i, "values", "objective_presenter", name=name)
            continue
        try:
            number = _decimal(value)
        except ValueError:
            add(i, "values", "objective_number", value=str(value))
            continue
        if number is not None:
            out[name] = number
    return out


def _check_values(item: ObjectiveItem, full: Decimal, add) -> None:
    if item.rule == "score":
        for name, value in item.values:
            if not 0 <= value <= full:
                add("objective_range", presenter=name, value=plain(value), full=plain(full))
    elif item.rule == "linear" and item.values:
        low, high = linear_range(item)
        if low == high:
            add("objective_flat", value=plain(low))
        for name, value in item.values:
            if not low <= value <= high:
                add("objective_bounds", presenter=name, value=plain(value), low=plain(low), high=plain(high))


def check_weights(group_weights: list[Decimal], items: list[ObjectiveItem], where) -> list[Problem]:
    """With objective items, group and item weights are percents that add up to 100."""
    if not items:
        return []
    groups = sum(group_weights, Decimal(0))
    weights = sum((x.weight for x in items), Decimal(0))
    if groups + weights == 100:
        return []
    return [
        Problem(
            where,
            "weights_total",
            {"groups": plain(groups), "items": plain(weights), "total": plain(groups + weights)},
        )
    ]


def objective_json(items) -> list[dict]:
    """The setup's JSON form of the items (the inverse of parse_objective)."""
    return [
        {
            "name": x.name,
            "weight": plain(x.weight),
            "source": x.source,
            "rule": x.rule,
            **({"low": plain(x.low)} if x.low is not None else {}),
            **({"high": plain(x.high)} if x.high is not None else {}),
            "better": x.better,
            "values": {name: plain(value) for name, value in x.values},
        }
        for x in items
    ]


# -- converting ------------------------------------------------------------------------------------------


def linear_range(item: ObjectiveItem) -> tuple[Decimal, Decimal]:
    given = [v for _, v in item.values]
    low = item.low if item.low is not None else min(given)
    high = item.high if item.high is not None else max(given)
    return low, high


def convert(item: ObjectiveItem, full: Fraction = Fraction(100)) -> dict[str, Fraction]:
    """Presenter name -> the item's score on 0..full, exactly (presenters without a value are absent)."""
    values = {name: Fraction(v) for name, v in item.values}
    if not values:
        return {}
    if item.rule == "score":
        return values
    if item.rule == "linear":
        low, high = (Fraction(x) for x in linear_range(item))
        if low == high:
            return {}
        if item.better == "lower":
            return {n: full * (high - v) / (high - low) for n, v in values.items()}
        return {n: full * (v - low) / (high - low) for n, v in values.items()}
    sign = -1 if item.better == "higher" else 1
    n = len(values)
    return {name: full * (n - rank_of(values, name, sign) + 1) / n for name in values}


def rank_of(values: dict[str, Fraction], name: str, sign: int = -1) -> int:
    """1 + how many values are better (competition ranking: ties share the better place)."""
    mine = sign * values[name]
    return 1 + sum(1 for v in values.values() if sign * v < mine)


# -- the lock ---------------------------------------------------------------------------------------------


def canonical(items) -> bytes:
    """The bytes the objective hash covers (docs/objective.md): one compact JSON array, UTF-8."""
    body = [
        [x.name, plain(x.weight), x.source, x.rule, plain(x.low), plain(x.high), x.better]
        + [[[name, plain(value)] for name, value in x.values]]
        for x in items
    ]
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def objective_hash(items) -> str:
    """SHA-256 (hex) of the items and their values: logged at the contest's start, printed in the PDF."""
    return hashlib.sha256(canonical(items)).hexdigest()
