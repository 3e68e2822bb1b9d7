"""The setup's rule-book fields (issue 15): rounding stages, the smallest panel trimmed, the full score.

Read from the `scoring` object of a setup document (JSON, or the workbook's
contest sheet) on top of the other scoring rules, checked against them, and
written back by `rule_book_json` so a setup survives a round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from .model import ScoringRules
from .rounding import parse_stages, stages_json

DEFAULT_FULL_SCORE = Decimal(100)


def rule_book_fields(raw: dict, rules: ScoringRules, problem: Callable[..., None]) -> ScoringRules:
    """`rules` with rounding, trim_min and full_score from `raw`; each problem goes to
    `problem(field, code, **params)` (codes of arena/problems.py)."""
    stages, problems = parse_stages(raw.get("rounding"))
    for code, params in problems:
        problem("rounding", code, **params)
    names = {s.stage for s in stages}
    if stages and rules.leniency:
        problem("rounding", "rounding_with_leniency")
    per_criterion = rules.trim_level == "criterion"
    if names & {"criterion", "weighted"} and not per_criterion:
        problem("rounding", "rounding_needs_criterion_level")
    if "total" in names and per_criterion:
        problem("rounding", "rounding_total_with_criterion_level")
    trim_min = _whole(raw.get("trim_min"), "trim_min", problem)
    if rules.method == "trimmed" and trim_min and trim_min < 2 * rules.trim + 1:
        problem("trim_min", "trim_min_too_small", minimum=2 * rules.trim + 1, trim=rules.trim)
    full = raw.get("full_score")
    full_score = DEFAULT_FULL_SCORE
    if full is not None and str(full).strip():
        try:
            full_score = Decimal(str(full).strip())
            if not full_score.is_finite() or full_score <= 0:
                raise InvalidOperation
        except InvalidOperation:
            problem("full_score", "not_positive", value=full)
            full_score = DEFAULT_FULL_SCORE
    if full_score != DEFAULT_FULL_SCORE and rules.leniency:
        problem("full_score", "full_score_with_leniency")
    return replace(rules, rounding=stages, trim_min=trim_min, full_score=full_score)


def _whole(value, field: str, problem) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    try:
        number = int(str(value).strip())
        if number < 0:
            raise ValueError
        return number
    except ValueError:
        problem(field, "not_whole", value=value)
        return 0


def rule_book_json(rules: ScoringRules) -> dict:
    """The keys of the setup's `scoring` object for these fields (only the ones that differ from default)."""
    out: dict = {}
    if rules.rounding:
        out["rounding"] = stages_json(rules.rounding)
    if rules.trim_min:
        out["trim_min"] = rules.trim_min
    if rules.full_score != DEFAULT_FULL_SCORE:
        out["full_score"] = f"{rules.full_score.normalize():f}"
    return out
