"""The report's body: a section per presenter, submission statistics, integrity and signatures,
and the appendix with the full score matrix.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from ..nouns import presenter_noun
from ..tally import GroupResult, PresenterResult, fmt_score
from .data import SOURCE_NAMES, ReportData
from .grid import Cell, Grid, two_lines
from .notes import outlier_flags, presenter_comments
from .pages import CONTENT_W, Styles
from .sections import HEAD_BG, clock_time, local_time, p, rank_text, table, tie_note, warning_text

# The totals and the matrix print 100,000 scores of a few thousand distinct values: format each once.
fmt_cell = lru_cache(maxsize=8192)(fmt_score)

PAIRS_PER_ROW = 4  # reviewer totals in a presenter's section: (reviewer, total) pairs side by side
MATRIX_LABEL_W = 30 * mm
MATRIX_MAX_COLUMNS = 12
REASONS = {"highest": "最高", "lowest": "最低"}


# -- one section per presenter ------------------------------------------------------------------


def presenters(data: ReportData, styles: Styles) -> list:
    story = [PageBreak(), p(f"三、各{presenter_noun(data.contest)}得分明细", styles.h1)]
    note = "每位评委的总分按组列出；灰色带删除线的分数为按规则去掉、未计入组得分的分数。"
    if data.result.leniency:
        note += "总分为宽严校正后的数值。"
    story.append(p(note, styles.small))
    for pr in data.result.presenters:
        story.extend(presenter_section(pr, data, styles))
    return story


def presenter_section(pr: PresenterResult, data: ReportData, styles: Styles) -> list:
    who = "，".join(x for x in (pr.presenter.speaker, pr.presenter.unit) if x)
    heading = f"{pr.presenter.name}　名次 {rank_text(pr)}　最终得分 {fmt_score(pr.score) or '—'}"
    summary = f"{'汇报人：' + who + '。' if who else ''}有效票 {pr.ballots}/{pr.eligible}。{tie_note(pr)}"
    head = [CondPageBreak(50 * mm), p(heading, styles.h2), p(summary, styles.body), Spacer(1, 1.5 * mm)]
    rows = [["评委组", "权重", "应评", "已评", "去掉", "组得分"]]
    rows += [
        [g.group, str(g.weight), str(g.eligible), str(g.n), dropped_text(g), fmt_score(g.score) or "—"]
        for g in pr.groups
    ]
    rows += [  # issue 13: the objective items (实绩), weighted in with the groups
        [f"实绩：{o.item}", str(o.weight), "—", "—", objective_text(o), fmt_score(o.score) or "—"]
        for o in pr.objective
    ]
    widths = [34 * mm, 16 * mm, 16 * mm, 16 * mm, CONTENT_W - 100 * mm, 18 * mm]
    story = [KeepTogether(head + [table(rows, widths, styles)])]
    marks = [m for g in pr.groups for m in g.dropped_marks]
    if marks:
        listed = "；".join(
            f"{who_of(m.reviewer, data)} {m.criterion} {format(m.mark, 'f')}"
            f"（{REASONS.get(m.reason, m.reason)}）"
            for m in marks
        )
        story.append(p(f"按单项去掉的分数：{listed}", styles.small))
    if pr.totals:
        story.append(Spacer(1, 1.5 * mm))
        story.append(_totals_grid(pr, data, styles))
    for warning in pr.warnings:
        story.append(p(f"提示：{warning_text(warning)}", styles.warning))
    story += presenter_comments(pr.presenter.id, data, styles)  # issue 17
    return story


def objective_text(o) -> str:
    """An objective item's value and source, in the column the groups use for what was dropped."""
    value = "未提供" if o.value is None else f"数值 {o.value.normalize():f}"
    return f"{value}（{o.source}）" if o.source else value


def who_of(total, data: ReportData) -> str:
    return total.label if data.anonymous else total.name


def dropped_text(group: GroupResult) -> str:
    if group.dropped_marks:
        return f"{len(group.dropped_marks)} 个单项分"
    if not group.dropped:
        return "—" if group.trimmed or not group.n else "不去分"
    reasons = [REASONS.get(t.drop_reason, t.drop_reason) for t in group.dropped]
    return f"{len(group.dropped)}（最高 {reasons.count('最高')}，最低 {reasons.count('最低')}）"


def _totals_grid(pr: PresenterResult, data: ReportData, styles: Styles) -> Grid:
    pair_w = CONTENT_W / PAIRS_PER_ROW
    widths = [pair_w - 16 * mm, 16 * mm] * PAIRS_PER_ROW
    header = [
        [
            Cell(text, align=align)
            for _ in range(PAIRS_PER_ROW)
            for text, align in (("评委", "left"), ("总分", "right"))
        ]
    ]
    cells = [
        (Cell(who_of(t, data), align="left"), Cell(fmt_cell(t.total), muted=t.dropped))
        for t in sorted(pr.totals, key=_reading_order(data))
    ]
    rows = []
    for start in range(0, len(cells), PAIRS_PER_ROW):
        chunk = cells[start : start + PAIRS_PER_ROW]
        chunk += [(Cell(""), Cell(""))] * (PAIRS_PER_ROW - len(chunk))
        rows.append([cell for pair in chunk for cell in pair])
    return Grid(
        header,
        rows,
        widths,
        font=styles.regular,
        bold=styles.bold,
        size=7.5,
        dividers=tuple(range(2, 2 * PAIRS_PER_ROW, 2)),
    )


# -- statistics, integrity, signatures ---------------------------------------------------------------


def statistics(data: ReportData, styles: Styles) -> list:
    s = data.stats
    sources = "，".join(f"{SOURCE_NAMES.get(k, k)} {v}" for k, v in s.by_source.items()) or "—"
    facts = [
        ("收到的评分票（含修改）", str(s.submissions)),
        ("计入的评分票 / 应评票数", f"{s.counted} / {s.eligible}（缺 {s.eligible - s.counted}）"),
        ("修改（同一评委对同一对象重新提交）", str(s.corrections)),
        ("来源", sources),
        ("主持人代录的评分票", str(s.by_source.get("host", 0))),
        ("提交过评分的评委", f"{s.reviewers_active} / {len(data.contest.reviewers)}"),
        ("第一张评分票", local_time(s.first_at) or "—"),
        ("最后一张评分票", local_time(s.last_at) or "—"),
    ]
    story = [PageBreak(), p("四、提交统计", styles.h1)]
    story.append(
        table(
            [[k, v] for k, v in facts],
            [70 * mm, CONTENT_W - 70 * mm],
            styles,
            header_rows=0,
            extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_BG)],
        )
    )
    rows = [[presenter_noun(data.contest), "收到", "修改", "计入 / 应评", "第一张", "最后一张"]]
    for pr in data.result.presenters:
        received, corrections, first, last = s.per_presenter.get(pr.presenter.id, (0, 0, None, None))
        rows.append(
            [
                pr.presenter.name,
                str(received),
                str(corrections),
                f"{pr.ballots} / {pr.eligible}",
                clock_time(first),
                clock_time(last),
            ]
        )
    widths = [50 * mm, 18 * mm, 18 * mm, 26 * mm, 28 * mm, 28 * mm]
    story += [p(f"各{presenter_noun(data.contest)}", styles.h2), table(rows, widths, styles)]
    story += outlier_flags(data, styles)  # issue 17
    return story


def integrity_and_signatures(data: ReportData, styles: Styles) -> list:
    story = [CondPageBreak(110 * mm), Spacer(1, 6 * mm), p("五、核验与签字", styles.h1)]
    story.append(
        p(
            "完整性校验码由全部评分提交记录（按接收顺序）和计算结果（精确值）生成。"
            "任何一张评分票、一个分数或一个结果被改动，校验码都会不同。"
            "核对方法：arena verify 比赛文件.arena 本报告.pdf",
            styles.body,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(p(f"完整性校验码（SHA-256）：{data.integrity_hash}", styles.hash))
    if data.provisional:
        story.append(p("本报告为临时结果（评分尚未结束），不作为正式结果签字。", styles.warning))
    story.append(Spacer(1, 10 * mm))
    line = "________________________"
    rows = [[role, f"签字：{line}", "日期：______________"] for role in ("计分人", "监督人", "主持人")]
    signatures = table(
        rows,
        [25 * mm, 85 * mm, CONTENT_W - 110 * mm],
        styles,
        header_rows=0,
        ruled=False,
        extra=[("TOPPADDING", (0, 0), (-1, -1), 14)],
    )
    story.append(signatures)
    return story


# -- the appendix: the full score matrix --------------------------------------------------------------


def matrix(data: ReportData, styles: Styles) -> list:
    story = [PageBreak(), p("附录　评分矩阵（评委总分）", styles.h1)]
    story.append(
        p(
            f"每格为该评委给该对象的总分（0–{data.contest.scoring.full_score.normalize():f}）；"
            "灰色带删除线为去掉的分数，“回避”为按规定不评，"
            "“—”为未评。末行为最终得分。",
            styles.small,
        )
    )
    story.append(Spacer(1, 2 * mm))
    presenters = data.contest.presenters
    per_block = max(1, min(MATRIX_MAX_COLUMNS, len(presenters)))
    for first in range(0, len(presenters), per_block):
        block = presenters[first : first + per_block]
        if first:
            story.append(Spacer(1, 4 * mm))
        story.append(_matrix_block(block, data, styles))
    return story


def _matrix_block(block, data: ReportData, styles: Styles) -> Grid:
    column_w = (CONTENT_W - MATRIX_LABEL_W) / MATRIX_MAX_COLUMNS
    widths = [MATRIX_LABEL_W] + [column_w] * len(block)
    names = [two_lines(pr.name, styles.bold, 7, column_w - 6) for pr in block]
    header = [[Cell("评委", align="left")] + [Cell(first, align="center") for first, _ in names]]
    if any(second for _, second in names):
        header.append([Cell("")] + [Cell(second, align="center") for _, second in names])
    rows = []
    for reviewer in _reviewers_by_group(data):
        row = [Cell(data.labels[reviewer.id], align="left")]
        for presenter in block:
            row.append(_matrix_cell(data, reviewer.id, presenter.id))
        rows.append(row)
    finals = {pr.presenter.id: pr.score for pr in data.result.presenters}
    rows.append(
        [Cell("最终得分", align="left")] + [Cell(fmt_score(finals.get(pr.id)) or "—") for pr in block]
    )
    return Grid(header, rows, widths, font=styles.regular, bold=styles.bold, size=7, dividers=(1,))


def _matrix_cell(data: ReportData, reviewer_id: int, presenter_id: int) -> Cell:
    found = data.matrix.get((reviewer_id, presenter_id))
    if found is not None:
        return Cell(fmt_cell(found[0]), muted=found[1])
    if (reviewer_id, presenter_id) in data.recusals:
        return Cell("回避", align="center")
    return Cell("—", align="center")


def _reading_order(data: ReportData):
    """Sort key for reviewer totals: by group as set up, then by archive number when anonymous (a list
    in setup order would tell who is who), by the place in the setup when names are shown."""
    groups = {g.name: i for i, g in enumerate(data.contest.groups)}
    return lambda total: (groups.get(total.group, len(groups)), data.places.get(total.reviewer_id, 0))


def _reviewers_by_group(data: ReportData) -> list:
    order = {g.name: i for i, g in enumerate(data.contest.groups)}
    return sorted(
        data.contest.reviewers, key=lambda r: (order.get(r.group, len(order)), data.places.get(r.id, 0))
    )
