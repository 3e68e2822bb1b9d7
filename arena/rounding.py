"""Rounding stages: where a rule book rounds on the way to the final score, and how.

Many rule books do not compute exactly and round the published figure: they round
at intermediate stages ("每位评委总分保留一位小数；最后得分保留两位小数"). A contest may
name an ordered list of such stages; with none, the tally stays exact to the end.

    total      a reviewer's total T(r,p)
    criterion  a criterion's aggregate within a group (per-criterion trimming), in points
    weighted   a criterion's weighted value within a group (its share of the group score)
    group      a group's score A_g(p)
    final      the final score F(p)

A rounded value is still an exact Fraction (an integer number of 10^-d), so sums
of rounded values stay exact and ranks follow the rounded final value, as the
rule book computes it. Rules: half_up (四舍五入, the default), half_even, down
(toward zero). Scores are never negative, so half_up is also "half away from zero".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

STAGES = ("total", "criterion", "weighted", "group", "final")
RULES = ("half_up", "half_even", "down")
MAX_DECIMALS = 6

STAGE_ZH = {
    "total": "每位评委总分",
    "criterion": "每项指标去分后平均分",
    "weighted": "每项指标加权分",
    "group": "各组得分",
    "final": "最后得分",
}
STAGE_EN = {
    "total": "each reviewer's total",
    "criterion": "each criterion's aggregate within a group",
    "weighted": "each criterion's weighted value",
    "group": "each group's score",
    "final": "the final score",
}
RULE_ZH = {"half_up": "四舍五入", "half_even": "四舍六入五成双", "down": "舍去多余位数（不进位）"}
RULE_EN = {"half_up": "half up", "half_even": "half to even", "down": "toward zero"}
DIGITS_ZH = "零一两三四五六"


@dataclass(frozen=True)
class Stage:
    stage: str
    decimals: int
    rule: str = "half_up"

    def apply(self, value: Fraction) -> Fraction:
        return round_to(value, self.decimals, self.rule)

    def text(self) -> str:
        """The compact form used in a workbook cell: "total:1", "final:2:half_even"."""
        base = f"{self.stage}:{self.decimals}"
        return base if self.rule == "half_up" else f"{base}:{self.rule}"


def round_to(value: Fraction, decimals: int, rule: str = "half_up") -> Fraction:
    """`value` rounded to `decimals` places by `rule`, exactly (integers only, no binary floats)."""
    scale = 10**decimals
    value = value if isinstance(value, Fraction) else Fraction(value)
    numerator, denominator = value.numerator * scale, value.denominator  # integers only: fast in bulk
    sign = -1 if numerator < 0 else 1
    whole, rest = divmod(abs(numerator), denominator)
    twice = 2 * rest
    if rule == "half_up":
        whole += twice >= denominator
    elif rule == "half_even":
        whole += twice > denominator or (twice == denominator and whole % 2 == 1)
    elif rule != "down":
        raise ValueError(f"unknown rounding rule {rule!r}")
    return Fraction(sign * whole, scale)


@dataclass(frozen=True)
class Rounding:
    """The contest's stages, at most one per stage name, in pipeline order."""

    stages: tuple[Stage, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.stages)

    def at(self, stage: str) -> Stage | None:
        return next((s for s in self.stages if s.stage == stage), None)

    def apply(self, stage: str, value: Fraction | None) -> Fraction | None:
        found = self.at(stage)
        return value if found is None or value is None else found.apply(value)

    def text(self) -> str:
        return "; ".join(s.text() for s in self.stages)


_SEPARATORS = re.compile(r"[;；,，、\n]")


def parse_stages(raw) -> tuple[tuple[Stage, ...], list[str]]:
    """Stages from the JSON list form ([{"stage", "decimals", "rule"}]) or the text form
    ("total:1; final:2:half_even"); returns (stages in pipeline order, problems as (code, params)
    with the codes of arena/problems.py)."""
    if raw is None or raw == "" or raw == []:
        return (), []
    if isinstance(raw, str):
        items = []
        for part in (p.strip() for p in _SEPARATORS.split(raw)):
            if part:
                bits = [b.strip() for b in part.replace("：", ":").split(":")]
                items.append(dict(zip(("stage", "decimals", "rule"), bits)))
    elif isinstance(raw, list):
        items = raw
    else:
        return (), [("rounding_not_a_list", {})]
    stages, problems = [], []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(("stage_not_an_object", {"stage": i}))
            continue
        name = str(item.get("stage", "")).strip()
        rule = str(item.get("rule") or "half_up").strip()
        decimals = item.get("decimals")
        if name not in STAGES:
            problems.append(("stage_unknown", {"stage": i, "name": name, "choices": list(STAGES)}))
            continue
        if rule not in RULES:
            problems.append(("stage_rule_unknown", {"stage": i, "rule": rule, "choices": list(RULES)}))
            continue
        try:
            decimals = int(str(decimals).strip())
            if not 0 <= decimals <= MAX_DECIMALS:
                raise ValueError
        except ValueError:
            problems.append(("stage_decimals", {"stage": i, "max": MAX_DECIMALS}))
            continue
        if any(s.stage == name for s in stages):
            problems.append(("stage_twice", {"stage": i, "name": name}))
            continue
        stages.append(Stage(name, decimals, rule))
    stages.sort(key=lambda s: STAGES.index(s.stage))
    return tuple(stages), problems


def stages_json(stages: tuple[Stage, ...]) -> list[dict]:
    return [{"stage": s.stage, "decimals": s.decimals, "rule": s.rule} for s in stages]


def describe_zh(stages: tuple[Stage, ...]) -> str:
    """As a host reads it: "每位评委总分保留一位小数，四舍五入；最后得分保留两位小数，四舍五入"."""
    if not stages:
        return "计算全程精确，不做中间取舍；公布的得分保留两位小数，四舍五入"
    parts = []
    for s in stages:
        places = "取整数" if s.decimals == 0 else f"保留{DIGITS_ZH[s.decimals]}位小数"
        parts.append(f"{STAGE_ZH[s.stage]}{places}，{RULE_ZH[s.rule]}")
    return "；".join(parts)


def describe_en(stages: tuple[Stage, ...]) -> str:
    if not stages:
        return "exact throughout; the published score is rounded half up to two decimals"
    return "; ".join(
        f"{STAGE_EN[s.stage]} rounded to {s.decimals} decimal{'s' if s.decimals != 1 else ''}, {RULE_EN[s.rule]}"
        for s in stages
    )
