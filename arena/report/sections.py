"""The report's front matter: cover, method, ranking table and bar chart.

Every score is printed with scoring.fmt_score, so the PDF shows exactly the
numbers the tally, the console and the projector show.
"""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..nouns import presenter_noun
from ..rounding import describe_zh
from ..tally import PresenterResult, fmt_score
from ..tie_words import tie_note, tie_rule_text  # noqa: F401 (tie_note: details.py reads it here)
from .data import ReportData
from .pages import CONTENT_W, RULE, Styles

METHODS = {"mean": "算术平均", "trimmed": "去掉最高分和最低分后平均", "median": "中位数"}
HEAD_BG = HexColor("#e8eef5")
SHARED_BG = HexColor("#fbeee6")


def local_time(iso: str | None) -> str:
    """A stored UTC time as the laptop's local time with its offset: unambiguous in the archive."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} (UTC{offset[:3]}:{offset[3:]})"


def clock_time(iso: str | None) -> str:
    """Just the local time of day (the date and offset are on the cover): "14:03:27"."""
    if not iso:
        return "—"
    return f"{datetime.fromisoformat(iso.replace('Z', '+00:00')).astimezone():%H:%M:%S}"


def p(text: str, style) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def rank_text(pr: PresenterResult) -> str:
    if pr.rank is None:
        return "—"
    return f"{pr.rank}（并列）" if pr.shared_rank else str(pr.rank)


def table(rows, widths, styles: Styles, *, header_rows: int = 1, extra=(), ruled: bool = True) -> Table:
    """A ruled table whose header repeats on every page it spans."""
    cells = [[c if isinstance(c, Paragraph) else p(c, styles.cell) for c in row] for row in rows]
    t = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.regular),  # else reportlab sets Helvetica, unembedded
                *([("GRID", (0, 0), (-1, -1), 0.4, RULE)] if ruled else []),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                *([("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG)] if header_rows else []),
                *extra,
            ]
        )
    )
    return t


# -- cover ------------------------------------------------------------------------------------


def cover(data: ReportData, styles: Styles) -> list:
    c = data.contest
    closing = local_time(data.closed_at) if not data.provisional else "评分尚未结束（本报告为临时结果）"
    facts = [
        ("日期", c.date or "—"),
        ("地点", c.venue or "—"),
        ("主办单位", c.organizer or "—"),
        ("评分结束时间", closing),
        ("报告生成时间", local_time(data.generated_at)),
        (presenter_noun(c), f"{len(c.presenters)} 个"),
        ("评委", f"{len(c.reviewers)} 人，分 {len(c.groups)} 组"),
    ]
    story = [
        Spacer(1, 45 * mm),
        p(c.title, styles.cover_title),
        Spacer(1, 6 * mm),
        p("评分结果报告", styles.cover_sub),
        Spacer(1, 18 * mm),
    ]
    story.append(
        table(
            [[p(k, styles.body), p(v, styles.body)] for k, v in facts],
            [38 * mm, 100 * mm],
            styles,
            header_rows=0,
            extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_BG)],
        )
    )
    story.append(Spacer(1, 12 * mm))
    if data.provisional:
        story.append(
            p("PROVISIONAL 临时结果：评分尚未结束，以下结果可能变化，不作为正式结果。", styles.warning)
        )
        story.append(Spacer(1, 4 * mm))
    story.append(p(f"完整性校验码（SHA-256）：{data.integrity_hash}", styles.hash))
    story.append(p("核对方法：arena verify 比赛文件.arena 本报告.pdf", styles.small))
    story.append(PageBreak())
    return story


# -- method ------------------------------------------------------------------------------------


def method(data: ReportData, styles: Styles) -> list:
    c = data.contest
    story = [p("一、评分办法", styles.h1), p("评分标准", styles.h2)]
    rows = [["评分项", "满分", "步长", "权重"]]
    rows += [[x.name, str(x.max), str(x.step), str(x.effective_weight)] for x in c.criteria]
    story.append(table(rows, [70 * mm, 30 * mm, 30 * mm, 30 * mm], styles))
    story.append(p("评委组", styles.h2))
    members = {g.name: sum(1 for r in c.reviewers if r.group == g.name) for g in c.groups}
    from .audience import COLUMN_WIDTHS, audience_lines, audience_rows, joined  # issue 13: one group

    members.update({g.name: joined(data) for g in c.groups if g.kind == "audience"})
    rows = [["评委组", "权重", "人数"]] + [[g.name, str(g.weight), str(members[g.name])] for g in c.groups]
    story.append(table(rows, [70 * mm, 30 * mm, 30 * mm], styles))
    story.append(p("计算规则", styles.h2))
    for line in method_lines(data):
        story.append(p(line, styles.body))
    if c.audience is not None:  # issue 13: phones, form, the rescaling, per presenter
        story.append(p("大众评审", styles.h2))
        story += [p(line, styles.body) for line in audience_lines(data)]
        story.append(table(audience_rows(data), COLUMN_WIDTHS, styles))
    return story


def method_lines(data: ReportData) -> list[str]:
    rules = data.contest.scoring
    full = f"{rules.full_score.normalize():f}"
    lines = [
        f"评委总分：T = {full} × Σ(各项权重 × 得分 ÷ 满分) ÷ Σ各项权重"
        + ("（权重等于满分且合计 100 时，即各项得分之和）。" if full == "100" else f"（满分 {full} 分）。")
    ]
    aggregate = METHODS.get(rules.method, rules.method)
    if rules.method == "trimmed":
        level = "各评分项分别" if rules.trim_level == "criterion" and not rules.leniency else "按评委总分"
        aggregate = (
            f"{level}去掉 {rules.trim} 个最高分和 {rules.trim} 个最低分后取平均；"
            f"某组有效分少于 {rules.min_to_trim} 个时不去分，去分后保留不足 3 个时亦在该对象处注明"
        )
    lines.append(f"组内汇总：{aggregate}。")
    if data.contest.objective:  # issue 13: the objective items (实绩) count with the groups
        lines.append(
            "最终得分：F = (Σ 组权重 × 组得分 + Σ 实绩权重 × 实绩得分) ÷ (对该对象有评分的各组权重"
            " + 有数值的实绩权重)；权重为百分比，合计 100（实绩见下）。"
        )
    else:
        lines.append("最终得分：F = Σ(组权重 × 组得分) ÷ 对该对象有评分的各组权重之和。")
    if rules.leniency:
        lines.append("评委宽严校正：已启用，每位评委的总分先按其个人打分尺度标准化后再汇总。")
    if rules.rounding:
        lines.append(f"取舍规则：{describe_zh(rules.rounding)}；取舍后的数值参与后续计算并据以排名。")
    else:
        lines.append("取舍规则：全程以精确分数计算并据以排名，仅在显示时保留两位小数（四舍五入）。")
    if rules.tie_break:
        chain = "；其次".join(tie_rule_text(rule) for rule in rules.tie_break)
        lines.append(f"同分处理：精确得分相同者，依次比较：{chain}；仍相同则名次并列。")
    else:
        lines.append("同分处理：精确得分相同者名次并列。")
    recused = len(data.recusals)
    if recused:
        lines.append(f"回避：共 {recused} 项回避（评委不对本人负责的对象评分），回避项不计入应评票数。")
    lines.append(
        "评委在报告中以"
        + (
            "“组名 评委序号”匿名显示（序号由本比赛文件的密钥随机生成，与名单、评分卡的顺序无关）。"
            if data.anonymous
            else "姓名显示。"
        )
    )
    return lines


# The tally's warnings carry a code and parameters (arena.notices): the archive copy words them in
# Chinese from those, never from the English text. A warning without a code is printed as it is.
UNIT_ZH = {"totals": "个评委总分", "marks": "个分数（每项）"}
NOTICES_ZH = {
    "below_quorum": "{group}：应评 {eligible} 人，仅 {n} 人评分（不足半数）",
    "not_trimmed": "{group}：仅 {n} {unit_zh}，少于 {minimum} 个，未去掉最高最低分，全部计入",
    "few_kept": "{group}：{n} {unit_zh}去掉最高最低分后仅保留 {kept} 个",
    "no_scores": "尚无评分",
    "leniency_on": "已启用评委宽严校正：每位评委的总分先标准化再汇总",
    "leniency_totals": "宽严校正作用于评委总分，因此按总分而非单项去分",
    "leniency_flat": "宽严校正：有 {count} 位评委只评了一个对象或给所有对象同分，其总分按全体平均计",
    "uncounted_marks": "有 {count} 个单项分属于不完整或回避的评分票，未计入",
    "objective_missing": "实绩“{item}”未提供数值，不计入该对象的最终得分",
    "weights_total": "各评委组权重（{groups}）与实绩权重（{items}）合计 {total}，不是 100",
}


def warning_text(warning: str) -> str:
    code = getattr(warning, "code", None)
    if code in NOTICES_ZH:
        params = dict(warning.params)
        params["unit_zh"] = UNIT_ZH.get(params.get("unit"), "")
        return NOTICES_ZH[code].format(**params)
    return str(warning)


# -- ranking and chart ----------------------------------------------------------------------


def ranking(data: ReportData, styles: Styles) -> list:
    groups = data.contest.groups
    show_groups = len(groups) <= 4
    header = ["名次", presenter_noun(data.contest), "汇报人", "最终得分"]
    header += [f"{g.name}组" for g in groups] if show_groups else []
    header += ["有效票", "说明"]
    rows, extra = [header], []
    for i, pr in enumerate(data.result.presenters, start=1):
        row = [rank_text(pr), pr.presenter.name, pr.presenter.speaker, fmt_score(pr.score) or "—"]
        if show_groups:
            row += [fmt_score(g.score) or "—" for g in pr.groups]
        row += [f"{pr.ballots}/{pr.eligible}", tie_note(pr)]
        rows.append(row)
        if pr.shared_rank:
            extra.append(("BACKGROUND", (0, i), (-1, i), SHARED_BG))
    group_columns = [17 * mm] * len(groups) if show_groups else []
    fixed = [19 * mm, 30 * mm, 20 * mm, 17 * mm, *group_columns, 19 * mm]
    widths = fixed + [max(20 * mm, CONTENT_W - sum(fixed))]
    story = [PageBreak(), p("二、排名", styles.h1), table(rows, widths, styles, extra=extra)]
    story.append(Spacer(1, 2 * mm))
    story.append(
        p(
            "“（并列）”表示精确得分相同且决胜规则未能区分，名次并列（底色标出）；"
            "有效票 = 已计入的评分票 / 应评票数（已扣除回避）。",
            styles.small,
        )
    )
    for warning in data.result.warnings:
        story.append(p(f"提示：{warning_text(warning)}", styles.warning))
    return story


def chart(data: ReportData, styles: Styles) -> list:
    from .bars import MAX_BARS, RankingBars, axis_start

    scored = [pr for pr in data.result.presenters if pr.score is not None]
    if not scored:
        return [p("尚无评分，无法绘制得分图。", styles.body)]
    values = [float(pr.score) for pr in scored]
    full = float(data.contest.scoring.full_score)
    start = axis_start(values, full)
    story = []
    for first in range(0, len(scored), MAX_BARS):
        chunk = scored[first : first + MAX_BARS]
        bars = RankingBars(
            [f"{rank_text(pr)}  {pr.presenter.name}" for pr in chunk],
            values[first : first + MAX_BARS],
            [fmt_score(pr.score) for pr in chunk],
            start=start,
            width=CONTENT_W,
            font=styles.regular,
            highlight=[pr.shared_rank for pr in chunk],
            full=full,
        )
        story.append(KeepTogether([p("得分图", styles.h2), bars] if first == 0 else [bars]))
    return story
