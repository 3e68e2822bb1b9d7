"""The objective items (实绩) in the recount workbook (issue 13): one row per item on a presenter's sheet.

Each row shows the item, its source, its weight, the presenter's value and its score as a formula of
numbers anyone can read (linear: full × (v − low) / (high − low); rank: full × (n − rank + 1) / n;
score: the value). The final score's formula then adds weight × score over the rows with a value.
"""

from __future__ import annotations

from fractions import Fraction

from .model import Contest
from .objective import linear_range, plain, rank_of
from .tally import PresenterResult


def score_formula(contest: Contest, item, presenter: str) -> str | None:
    value = item.value_of(presenter)
    if value is None:
        return None
    full = plain(contest.scoring.full_score)
    if item.rule == "score":
        return plain(value)
    if item.rule == "linear":
        low, high = (plain(x) for x in linear_range(item))
        if item.better == "lower":
            return f"{full}*({high}-{plain(value)})/({high}-{low})"
        return f"{full}*({plain(value)}-{low})/({high}-{low})"
    values = {name: Fraction(v) for name, v in item.values}
    rank = rank_of(values, presenter, -1 if item.better == "higher" else 1)
    return f"{full}*({len(values)}-{rank}+1)/{len(values)}"


def objective_rows(ws, row: int, contest: Contest, pr: PresenterResult) -> tuple[int, list[str], list[str]]:
    """Write the items from `row`; returns the next free row and the terms the final score adds
    (weight × score cell, and weight) for the items that give this presenter a value."""
    if not contest.objective:
        return row, [], []
    for i, text in enumerate(["实绩", "来源", "权重（%）", "数值", "", "", "", "实绩得分"], start=1):
        ws.cell(row, i, text)
    row += 1
    top, bottom = [], []
    for item in contest.objective:
        formula = score_formula(contest, item, pr.presenter.name)
        value = item.value_of(pr.presenter.name)
        ws.cell(row, 1, item.name)
        ws.cell(row, 2, item.source)
        ws.cell(row, 3, float(item.weight))
        ws.cell(row, 4, "" if value is None else float(value))
        ws.cell(row, 8, "" if formula is None else f"={formula}")
        if formula is not None:
            top.append(f"C{row}*H{row}")
            bottom.append(f"C{row}")
        row += 1
    return row + 1, top, bottom
