"""The audience group (大众评审) in the recount workbook: its own sheet of live formulas.

The sheet holds the audience's form (criteria, max, weight), every counted audience ballot without
its phone (a running label, the presenter's number and name, the marks, the ballot's total as a
formula), then one row per presenter with the aggregate the tally uses (arena/tally/audience.py):

    ballot total  T = full × Σ(mark × weight ÷ max) ÷ Σ weight
    mean          A(p) = mean of T over p's ballots
    mean_top      A(p) = full × mean(p) ÷ max over presenters of mean      (the top presenter = full)
    votes_top     A(p) = full × votes(p) ÷ max over presenters of votes    (no vote: 0)

then rounded as the rule book's group stage says. A presenter's sheet reads the row's "counted" flag
(1 when the audience gives the presenter a score) and the score, and weighs them in with the groups.
Ballots are listed by presenter and then by their marks, so no order ties two ballots to one phone.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .model import Contest
from .rounding import Stage

SHEET = "大众评审"
AGGREGATE_ZH = {
    "mean": "各票总分的平均",
    "mean_top": "平均后折算：最高的汇报对象为满分",
    "votes_top": "得票数折算：得票最多的汇报对象为满分",
}
NOTES_ZH = [
    "「大众评审」表：观众的每张票（不列手机，按汇报对象和分数排列）及其各项分数；",
    "  票总分 = 满分 × Σ(该项得分 × 该项权重 ÷ 该项满分) ÷ 各项权重之和（1–10 分的评分即 满分 × 分数 ÷ 10）。",
    "  每个汇报对象一行：票数（COUNTIF）、平均票总分（SUMIF ÷ 票数）、折算前的值（平均分或得票数）、",
    "  最高值（MAX）、组得分（平均：平均票总分；平均折算：满分 × 平均 ÷ 最高平均；得票折算：满分 × 票数 ÷ 最高票数）。",
    "  「计入」为 1 时，组得分与其他评委组一样按组权重计入最终得分。",
]


def audience_ballots(contest: Contest, marks: list[tuple[int, int, int, int]]) -> list[tuple[int, list[int]]]:
    """(presenter id, units per form criterion) of every complete audience ballot, phones left out."""
    form = contest.audience.form(contest.criteria)
    ids = [c.id for c in form]
    ballots: dict[tuple[int, int], dict[int, int]] = defaultdict(dict)
    for r, p, c, v in marks:
        if c in ids:
            ballots[(r, p)][c] = v
    order = {p.id: i for i, p in enumerate(contest.presenters)}
    out = [(p, [units[c] for c in ids]) for (_r, p), units in ballots.items() if len(units) == len(ids)]
    return sorted((b for b in out if b[0] in order), key=lambda b: (order[b[0]], b[1]))


def audience_sheet(
    ws, contest: Contest, ballots: list, full: str, stage: Stage | None, stage_formula
) -> dict:
    """Write the audience's sheet; returns presenter id -> (count, counted flag, score) cells, absolute."""
    from openpyxl.utils import get_column_letter as col

    setup = contest.audience
    form = setup.form(contest.criteria)
    put = _Writer(ws)
    put([f"{setup.name}：每张票（不列手机）与各汇报对象的汇总"])
    put(["汇总方式", AGGREGATE_ZH[setup.aggregate]])
    put.skip()
    put(["评分项", "满分", "权重"])
    first = put.row
    for c in form:
        put([c.name, _num(c.max), _num(c.effective_weight)])
    put(["各项权重之和", f"=SUM(C{first}:C{put.row - 1})"])
    weight_sum = f"$B${put.row - 1}"
    put.skip()
    total_col = col(4 + len(form))
    put(["票（匿名）", "对象编号", "汇报对象", *[c.name for c in form], "票总分"])
    start = put.row
    number = {p.id: i for i, p in enumerate(contest.presenters, start=1)}
    names = {p.id: p.name for p in contest.presenters}
    for i, (pid, units) in enumerate(ballots, start=1):
        row = put.row
        terms = "+".join(f"{col(4 + j)}{row}*$C${first + j}/$B${first + j}" for j in range(len(form)))
        values = [_num(c.from_units(u)) for c, u in zip(form, units)]
        put([f"票{i}", number[pid], names[pid], *values, f"={full}*({terms})/{weight_sum}"])
    end = max(put.row - 1, start)  # one blank row keeps the ranges valid when nobody voted
    put.row = end + 2
    put(["对象编号", "汇报对象", "票数", "平均票总分", "折算前的值", "最高值", "计入（1/0）", "组得分"])
    top_first, top_last = put.row, put.row + len(contest.presenters) - 1
    keys, totals = f"$B${start}:$B${end}", f"${total_col}${start}:${total_col}${end}"
    cells = {}
    for p in contest.presenters:
        r = put.row
        scaled = stage_formula(f"{full}*E{r}/F{r}", stage)
        score = {
            "mean": f'IF(C{r}>0,{stage_formula(f"D{r}", stage)},"")',
            "mean_top": f'IF(AND(C{r}>0,F{r}>0),{scaled},"")',
            "votes_top": f'IF(F{r}>0,{scaled},"")',
        }[setup.aggregate]
        put(
            [
                number[p.id],
                p.name,
                f"=COUNTIF({keys},A{r})",
                f'=IF(C{r}>0,SUMIF({keys},A{r},{totals})/C{r},"")',
                f"=C{r}" if setup.aggregate == "votes_top" else f"=D{r}",
                f"=MAX($E${top_first}:$E${top_last})",
                f"=IF(ISNUMBER(H{r}),1,0)",
                f"={score}",
            ]
        )
        cells[p.id] = (f"'{SHEET}'!$C${r}", f"'{SHEET}'!$G${r}", f"'{SHEET}'!$H${r}")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["C"].width = 16
    return cells


class _Writer:
    """Writes rows at an explicit row number (openpyxl's append skips nothing for an empty row)."""

    def __init__(self, ws):
        self.ws, self.row = ws, 1

    def __call__(self, values: list) -> None:
        for j, value in enumerate(values, start=1):
            self.ws.cell(self.row, j, value)
        self.row += 1

    def skip(self) -> None:
        self.row += 1


def _num(value) -> float | int:
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)
