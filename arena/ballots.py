"""Checks a ballot against the contest's rules and turns its marks into exact units.

Shared by every way a score comes in (phone, host proxy entry, paper import),
so a mark that one door refuses, no other door accepts.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from .model import Contest, Criterion, Presenter, Reviewer
from .store import BallotRefused


def parse_mark(raw) -> Decimal:
    """A mark as typed: a number or a decimal string; never a float's binary noise."""
    if isinstance(raw, bool) or raw is None:
        raise ValueError("not a number")
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not value.is_finite():
        raise ValueError("not a number")
    return value


def criterion_units(criterion: Criterion, raw) -> int:
    try:
        value = parse_mark(raw)
    except ValueError:
        raise BallotRefused(
            "not_a_number",
            f"{criterion.name}: {raw!r} is not a number",
            criterion=criterion.name,
            value=str(raw),
        ) from None
    if not 0 <= value <= criterion.max:
        raise BallotRefused(
            "out_of_range",
            f"{criterion.name}: {value} is outside 0 to {criterion.max}",
            criterion=criterion.name,
            value=str(value),
            max=str(criterion.max),
        )
    units = value / criterion.step
    if units != units.to_integral_value():
        raise BallotRefused(
            "off_step",
            f"{criterion.name}: {value} is not a multiple of {criterion.step}",
            criterion=criterion.name,
            value=str(value),
            step=str(criterion.step),
        )
    return int(units)


def ballot_units(contest: Contest, marks: Mapping[str, object]) -> dict[int, int]:
    """Marks keyed by criterion name (or id as text) -> {criterion id: units}; every criterion required."""
    by_key: dict[str, Criterion] = {}
    for c in contest.criteria:
        by_key[c.name] = c
        by_key[str(c.id)] = c
    units: dict[int, int] = {}
    for key, raw in marks.items():
        criterion = by_key.get(str(key))
        if criterion is None:
            raise BallotRefused("unknown_criterion", f"unknown criterion {key!r}", key=str(key))
        if criterion.id in units:
            raise BallotRefused(
                "duplicate_criterion", f"{criterion.name} is given twice", criterion=criterion.name
            )
        units[criterion.id] = criterion_units(criterion, raw)
    missing = [c.name for c in contest.criteria if c.id not in units]
    if missing:
        raise BallotRefused(
            "missing_criterion", f"no mark for {', '.join(missing)}", criteria="、".join(missing)
        )
    return units


def check_not_recused(reviewer: Reviewer, presenter: Presenter) -> None:
    if presenter.name in reviewer.recuse:
        raise BallotRefused("recused", f"{reviewer.name} is recused from scoring {presenter.name}")
