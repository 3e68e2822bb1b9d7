"""The recount workbook: every published number as a live Excel formula over the anonymous raw marks.

`arena export FILE recount.xlsx --recount` writes it for an auditor (纪检, 监督员), who
can recompute the results in Excel or LibreOffice without trusting Arena:
  说明     how each formula works, in Chinese
  规则     criteria (max, weight), groups (weight), the method, k, the smallest panel
           trimmed, the full score and the rounding stages; the formulas read these cells
  汇总     one row per presenter: final score, published figure, group scores, rank
  P01 ...  one sheet per presenter: the counted ballots' marks by anonymous label, each
           reviewer's total, then per group what trimming drops (LARGE / SMALL of the
           group's values, as the tally drops the k highest and lowest) and the group score,
           then the final score
  大众评审  with an audience (issue 13): its ballots without the phones and its aggregate per
           presenter (arena/recount_audience.py), weighed in on each presenter's sheet
Only counted ballots appear (complete, not recused). Values are rounded to 9 decimals
before a rounding stage or a comparison, so binary floating point never moves a rule
book's rounding: every exact value here has far fewer than 9 significant decimals at
a rounding boundary. Leniency correction is not a spreadsheet formula: refused.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from .tie_words import tie_note
from .model import Contest, Criterion, InputError
from .nouns import presenter_noun
from .problems import problem
from .rounding import Rounding, Stage, describe_zh
from .store import Store
from .tally import PresenterResult, Tally, tally

RULES = "规则"
SUMMARY = "汇总"
NOTES = "说明"
FIRST_ROW = 4  # the first ballot row on a presenter sheet (after the title and the header)


def _num(value: Decimal) -> float | int:
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def stage_formula(expr: str, stage: Stage | None) -> str:
    """`expr` rounded as the stage says (the expression unchanged when there is no stage)."""
    if stage is None:
        return expr
    d = stage.decimals
    snapped = f"ROUND({expr},9)"
    if stage.rule == "down":
        return f"TRUNC({snapped},{d})"
    if stage.rule == "half_even":
        scaled = f"ROUND(({expr})*10^{d},6)"
        return f"IF(MOD({scaled},2)=0.5,({scaled}-0.5)/10^{d},ROUND({snapped},{d}))"
    return f"ROUND({snapped},{d})"


class _Refs:
    """Cell addresses on the rules sheet, filled as the sheet is written."""

    def __init__(self, contest: Contest):
        n = len(contest.criteria)
        self.criterion_row = {c.name: 4 + i for i, c in enumerate(contest.criteria)}
        first_group = 4 + n + 2
        self.group_row = {g.name: first_group + i for i, g in enumerate(contest.groups)}
        after = first_group + len(contest.groups) + 1
        self.k, self.minimum, self.full, self.weight_sum = (f"'{RULES}'!$B${after + i}" for i in range(4))
        self.after = after
        self.audience: dict[int, tuple[str, str, str]] = {}  # presenter id -> (count, counted, score) cells

    def cmax(self, c: Criterion) -> str:
        return f"'{RULES}'!$B${self.criterion_row[c.name]}"

    def cweight(self, c: Criterion) -> str:
        return f"'{RULES}'!$C${self.criterion_row[c.name]}"

    def gweight(self, group: str) -> str:
        return f"'{RULES}'!$B${self.group_row[group]}"


def write_recount(store_path, out_path) -> Path:
    """Write the recount workbook for the contest at `store_path`; returns the path."""
    from .report.output import atomic_output

    out = Path(out_path)
    if out.suffix.lower() != ".xlsx":
        raise InputError(problem("recount_kind", path=str(out)))
    with Store.open(store_path) as store:
        contest = store.contest()
        if contest.scoring.leniency:
            raise InputError(problem("recount_leniency"))
        result = tally(store)
        audience = store.audience_marks() if contest.audience is not None else []
        marks: dict[tuple[int, int], dict[int, int]] = defaultdict(dict)
        for r, p, c, value in store.conn.execute(
            "SELECT reviewer_id, presenter_id, criterion_id, value FROM scores"
        ):
            marks[(r, p)][c] = value
    with atomic_output(out) as tmp_name:
        build_workbook(contest, result, marks, audience).save(tmp_name)
    return out


def build_workbook(contest: Contest, result: Tally, marks: dict, audience_marks: list = ()):
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    notes.title = NOTES
    refs = _Refs(contest)
    _rules_sheet(wb.create_sheet(RULES), contest, refs)
    summary = wb.create_sheet(SUMMARY)
    if contest.audience is not None:  # issue 13: the audience's own sheet, after the presenters'
        from .recount_audience import SHEET, audience_ballots, audience_sheet

        crowd = wb.create_sheet(SHEET)
        ballots = audience_ballots(contest, list(audience_marks))
        stage = Rounding(contest.scoring.rounding).at("group")
        refs.audience = audience_sheet(crowd, contest, ballots, refs.full, stage, stage_formula)
    finals = []
    names = _sheet_names(contest)
    for pr in (r for p in contest.presenters for r in result.presenters if r.presenter.id == p.id):
        ws = wb.create_sheet(names[pr.presenter.id])
        finals.append((pr, ws.title, _presenter_sheet(ws, contest, pr, marks, refs)))
    if contest.audience is not None:
        wb.move_sheet(crowd, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(crowd.title))
    _summary_sheet(summary, contest, result, finals)
    _notes_sheet(notes, contest)
    return wb


def _sheet_names(contest: Contest) -> dict[int, str]:
    out = {}
    for i, p in enumerate(contest.presenters, start=1):
        clean = re.sub(r"[\[\]:*?/\\']", "_", p.name)
        out[p.id] = f"P{i:02d} {clean}"[:31]
    return out


def _rules_sheet(ws, contest: Contest, refs: _Refs) -> None:
    rules = contest.scoring
    ws.append(["计分规则（本工作簿的公式引用这些单元格）"])
    ws.append([])
    ws.append(["评分项", "满分", "权重", "步长"])
    for c in contest.criteria:
        ws.append([c.name, _num(c.max), _num(c.effective_weight), _num(c.step)])
    ws.append([])
    ws.append(["评委组", "组权重"])
    for g in contest.groups:
        ws.append([g.name, _num(g.weight)])
    ws.append([])
    k = rules.trim if rules.method == "trimmed" else 0
    first, last = 4, 3 + len(contest.criteria)
    rows = [
        ["每端去掉几个（k）", k],
        ["最少几个才去分", rules.min_to_trim if k else 0],
        ["满分", _num(rules.full_score)],
        ["各项权重之和", f"=SUM(C{first}:C{last})"],
        ["计分方法", {"mean": "平均", "trimmed": "去掉最高最低后平均", "median": "中位数"}[rules.method]],
        ["去分层级", "每项指标分别去分" if rules.trim_level == "criterion" else "评委总分去分"],
        ["取舍规则", describe_zh(rules.rounding)],
    ]
    for i, row in enumerate(rows):
        ws.cell(refs.after + i, 1, row[0])
        ws.cell(refs.after + i, 2, row[1])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 16


def _group_order(contest: Contest, pr: PresenterResult) -> list[tuple[str, list]]:
    by_group = defaultdict(list)
    for t in pr.totals:
        by_group[t.group].append(t)
    return [(g.name, by_group.get(g.name, [])) for g in contest.groups if g.kind != "audience"]


def _trimmed(values: str, n: str, k: int, method: str, stage: Stage | None) -> tuple[str, str, str]:
    """(dropped highest sum, dropped lowest sum, aggregate) formulas over a range of values."""
    if method == "median":
        return '""', '""', stage_formula(f"MEDIAN({values})", stage)
    if k == 0:
        return "0", "0", stage_formula(f"AVERAGE({values})", stage)
    high = "+".join(f"LARGE({values},{i})" for i in range(1, k + 1))
    low = "+".join(f"SMALL({values},{i})" for i in range(1, k + 1))
    kk = f"IF({n}>={{min}},{k},0)"
    return (
        f"IF({kk}>0,{high},0)",
        f"IF({kk}>0,{low},0)",
        stage_formula(f"(SUM({values})-IF({kk}>0,{high}+{low},0))/({n}-2*{kk})", stage),
    )


def _presenter_sheet(ws, contest: Contest, pr: PresenterResult, marks: dict, refs: _Refs):
    """Write one presenter's sheet; returns the address of its final score and of each group score."""
    from openpyxl.utils import get_column_letter as col

    rules, rounding = contest.scoring, Rounding(contest.scoring.rounding)
    criteria = list(contest.criteria)
    per_criterion = rules.trim_level == "criterion"
    ws.append([pr.presenter.name])
    ws.append([])
    total_col = col(3 + len(criteria))
    ws.append(["评委（匿名）", "评委组", *[c.name for c in criteria], "评委总分"])
    row = FIRST_ROW
    spans: dict[str, tuple[int, int]] = {}
    for group, totals in _group_order(contest, pr):
        start = row
        for t in totals:
            ballot = marks[(t.reviewer_id, pr.presenter.id)]
            values = [_num(c.from_units(ballot[c.id])) for c in criteria]
            terms = "+".join(
                f"{col(3 + i)}{row}*{refs.cweight(c)}/{refs.cmax(c)}" for i, c in enumerate(criteria)
            )
            total = stage_formula(f"{refs.full}*({terms})/{refs.weight_sum}", rounding.at("total"))
            ws.append([t.label, group, *values, f"={total}"])
            row += 1
        spans[group] = (start, row - 1)
    row += 1
    k = rules.trim if rules.method == "trimmed" else 0
    group_cells: dict[str, tuple[str, str]] = {}  # group -> (count cell, score cell)
    if per_criterion:
        header = [
            "评委组",
            "评分项",
            "有效分数个数",
            "去掉的最高分之和",
            "去掉的最低分之和",
            "平均分",
            "加权分",
            "组得分",
        ]
    else:
        header = ["评委组", "", "有效分数个数", "去掉的最高分之和", "去掉的最低分之和", "", "", "组得分"]
    ws.cell(row, 1, "各组得分")
    row += 1
    for i, text in enumerate(header, start=1):
        ws.cell(row, i, text)
    header_row = row
    row += 1
    for group, (start, end) in spans.items():
        empty = end < start
        if per_criterion:
            first = row
            for i, c in enumerate(criteria):
                values = f"{col(3 + i)}{start}:{col(3 + i)}{end}"
                weighted = f"{refs.full}*{refs.cweight(c)}*F{row}/({refs.cmax(c)}*{refs.weight_sum})"
                _group_row(ws, row, group, c.name, values, empty, k, rules, refs, rounding.at("criterion"))
                ws.cell(row, 7, "" if empty else f"={stage_formula(weighted, rounding.at('weighted'))}")
                row += 1
            score = stage_formula(f"SUM(G{first}:G{row - 1})", rounding.at("group"))
            ws.cell(first, 8, "" if empty else f"={score}")
            group_cells[group] = (f"C{first}", f"H{first}")
        else:
            values = f"{total_col}{start}:{total_col}{end}"
            _group_row(ws, row, group, "", values, empty, k, rules, refs, rounding.at("group"), score_col=8)
            group_cells[group] = (f"C{row}", f"H{row}")
            row += 1
    if contest.audience is not None:  # issue 13: the audience's row reads its own sheet
        count, flag, score = refs.audience[pr.presenter.id]
        ws.cell(header_row, 9, "计入（1/0）")
        ws.cell(row, 1, contest.audience.name)
        ws.cell(row, 2, "见「大众评审」表")
        ws.cell(row, 3, f"={count}")  # the audience's ballots for this presenter
        ws.cell(row, 9, f"={flag}")  # 1 when the audience gives a score (votes_top: 0 votes is a 0)
        ws.cell(row, 8, f'=IF(I{row}>0,{score},"")')
        group_cells[contest.audience.name] = (f"I{row}", f"H{row}")
        row += 1
    row += 1
    from .recount_objective import objective_rows  # issue 13: 实绩, weighted in with the groups

    row, objective_top, objective_bottom = objective_rows(ws, row, contest, pr)
    top = "+".join(
        [f"IF({n}>0,{refs.gweight(g)}*{s},0)" for g, (n, s) in group_cells.items()] + objective_top
    )
    bottom = "+".join(
        [f"IF({n}>0,{refs.gweight(g)},0)" for g, (n, _s) in group_cells.items()] + objective_bottom
    )
    anyone = "+".join(n for n, _s in group_cells.values())
    final = stage_formula(f"({top})/({bottom})", rounding.at("final"))
    ws.cell(row, 1, "最终得分")
    ws.cell(row, 8, f'=IF(({anyone})>0,{final},"")')
    ws.column_dimensions["A"].width = 16
    return f"H{row}", {g: score for g, (_n, score) in group_cells.items()}


def _group_row(ws, row, group, label, values, empty, k, rules, refs, stage, score_col=6) -> None:
    n = f"C{row}"
    ws.cell(row, 1, group)
    ws.cell(row, 2, label)
    ws.cell(row, 3, 0 if empty else f"=COUNT({values})")
    if empty:
        return
    high, low, aggregate = _trimmed(values, n, k, rules.method, stage)
    minimum = refs.minimum
    ws.cell(row, 4, f"={high.replace('{min}', minimum)}")
    ws.cell(row, 5, f"={low.replace('{min}', minimum)}")
    ws.cell(row, score_col, f"={aggregate.replace('{min}', minimum)}")


def _summary_sheet(ws, contest: Contest, result: Tally, finals: list) -> None:
    groups = [g.name for g in contest.groups]
    ws.append(
        [
            presenter_noun(contest),
            "最终得分",
            "公布得分（两位小数）",
            "排序值",
            "同分决胜调整",
            "名次",
            "说明",
        ]
    )
    n = len(finals)
    last = 1 + n
    for i, (pr, sheet, (final, _cells)) in enumerate(finals, start=2):
        ref = f"'{sheet}'!{final}"
        greater = sum(1 for other in result.presenters if _beats(other, pr))
        adjust = (pr.rank - 1 - greater) if pr.rank is not None else 0
        ws.append(
            [
                pr.presenter.name,
                f"={ref}",
                f'=IF(ISNUMBER(B{i}),ROUND(ROUND(B{i},9),2),"")',
                f"=IF(ISNUMBER(B{i}),ROUND(B{i},9),-1)",
                adjust,
                f'=IF(ISNUMBER(B{i}),SUMPRODUCT(--(D$2:D${last}>D{i}))+1+E{i},"")',
                tie_note(pr),  # worded from the tally's codes, in the archive's language
            ]
        )
    ws.append([])
    ws.append(["各组得分", *groups])
    for pr, sheet, (_final, cells) in finals:
        row = ws.max_row + 1
        ws.cell(row, 1, pr.presenter.name)
        for j, g in enumerate(groups, start=2):
            ref = f"'{sheet}'!{cells[g]}"
            ws.cell(row, j, f'=IF(ISNUMBER({ref}),ROUND(ROUND({ref},9),2),"")')
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["C"].width = 20


def _beats(other: PresenterResult, pr: PresenterResult) -> bool:
    return other.score is not None and pr.score is not None and other.score > pr.score


NOTES_ZH = [
    "复核工作簿：用 Excel 或 LibreOffice 打开即可自行重算全部公布结果，不依赖本软件。",
    "「规则」表：评分项的满分与权重、各评委组权重、每端去掉几个（k）、最少几个才去分、满分、取舍规则。",
    "每位汇报对象一张表（P01…）：上半部分为计入的评分票（评委以匿名编号列出）和各项原始分；",
    "  评委总分 = 满分 × Σ(该项得分 × 该项权重 ÷ 该项满分) ÷ 各项权重之和。",
    "  下半部分逐组计算：有效分数个数（COUNT）；去掉的最高分之和（LARGE 取第 1…k 大）与最低分之和（SMALL 取第 1…k 小），",
    "  只有个数不少于「最少几个才去分」时才去分；组得分 =（全部之和 − 去掉的分）÷（个数 − 2k）；中位数法用 MEDIAN。",
    "  按每项指标去分时，每组每项各算一行：平均分，加权分 = 满分 × 权重 × 平均分 ÷（该项满分 × 各项权重之和），组得分 = 加权分之和。",
    "  最终得分 = Σ(组权重 × 组得分) ÷ 有评分的各组权重之和。",
    "取舍：ROUND(x, d) 为四舍五入到 d 位小数；TRUNC 为直接舍去；四舍六入五成双用 MOD 判断正好是 5 的情形。",
    "  公式先把数值取到 9 位小数（ROUND(x, 9)）再取舍，以消除计算机二进制小数的微小误差。",
    "「汇总」表：最终得分、公布得分（两位小数，四舍五入，与报告一致）、名次。",
    "  名次 = 得分高于本对象的个数 + 1（同分并列）；若规则规定了同分决胜，「同分决胜调整」列给出按决胜规则排在前面的同分者个数，",
    "  「说明」列写明依据。",
]


def _notes_sheet(ws, contest: Contest) -> None:
    from openpyxl.styles import Alignment

    ws.append([f"{contest.title}：复核工作簿说明"])
    ws.append([])
    for line in NOTES_ZH:
        ws.append([line.replace("汇报对象", presenter_noun(contest))])
    if contest.audience is not None:
        from .recount_audience import NOTES_ZH as AUDIENCE_NOTES

        for line in AUDIENCE_NOTES:
            ws.append([line.replace("汇报对象", presenter_noun(contest))])
    ws.append([])
    ws.append([f"本比赛的取舍规则：{describe_zh(contest.scoring.rounding)}"])
    ws.column_dimensions["A"].width = 100
    for row in ws.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
