"""The report's record of what was settled before the meeting (issue 13): 实绩 and the draw (抽签).

Both print inside part one (评分办法), so the numbering of the other parts stays: the objective
items with each presenter's value, converted score, source and the hash locked at the start; every
draw with its commitment, the witnesses' inputs, the seed, the order, and any cancellation.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..draw import draws_in_log
from ..objective import objective_hash
from ..tally.objective import converted
from ..tally.results import fmt_score
from .data import ReportData
from .pages import CONTENT_W, Styles
from .sections import local_time, p, table

RULE_WORDS = {"score": "直接计分", "linear": "线性换算（最低→0，最高→满分）", "rank": "按名次赋分"}
BETTER_WORDS = {"higher": "数值越高越好", "lower": "数值越低越好"}


def objective(data: ReportData, styles: Styles) -> list:
    items = data.contest.objective
    if not items:
        return []
    full = f"{data.contest.scoring.full_score.normalize():f}"
    story = [p("实绩（客观指标）", styles.h2)]
    for item, scores in converted(data.contest):
        rule = RULE_WORDS.get(item.rule, item.rule)
        if item.rule != "score":
            rule += "，" + BETTER_WORDS.get(item.better, item.better)
        if item.rule == "score":
            rule += f"（0–{full}）"
        head = f"{item.name}：权重 {item.weight.normalize():f}%，来源 {item.source or '—'}，{rule}"
        story.append(p(head, styles.body))
        rows = [["汇报对象", "数值", "实绩得分"]]
        for presenter in data.contest.presenters:
            value = item.value_of(presenter.name)
            shown = "—（未提供，不计入）" if value is None else f"{value.normalize():f}"
            rows.append([presenter.name, shown, fmt_score(scores.get(presenter.name)) or "—"])
        story.append(table(rows, [60 * mm, 40 * mm, 40 * mm], styles))
    story.append(Spacer(1, 2 * mm))
    story.append(p(f"实绩校验码（SHA-256）：{objective_hash(items)}", styles.hash))
    start = next((e for e in data.log if e["action"] == "start"), None)
    if start is None:
        story.append(p("比赛尚未开始：实绩数值在开始时锁定。", styles.small))
    elif start["detail"].get("objective_sha256") == objective_hash(items):
        story.append(p(f"已于比赛开始时（{local_time(start['at'])}）锁定，此后不可更改。", styles.small))
    else:
        story.append(p("注意：实绩数值与比赛开始时锁定的校验码不一致。", styles.warning))
    return story


def draw(data: ReportData, styles: Styles) -> list:
    records = draws_in_log(data.log)
    if not records:
        return []
    names = {pr.id: pr.name for pr in data.contest.presenters}
    story = [p("发言顺序抽签", styles.h2)]
    story.append(
        p(
            "抽签分三步，全部记入日志：先公布随机种子的 SHA-256（承诺值），再由见证人输入数字或骰子点数，"
            "最后公布种子；顺序为按 HMAC-SHA256(种子, 见证输入 || 汇报对象编号) 从小到大排列"
            "（计算方法见 docs/draw.md）。核对方法：arena verify 比赛文件.arena",
            styles.body,
        )
    )
    for d in records:
        status = (
            "已取消"
            if d.cancelled_at
            else ("有效" if d.order is not None else "未完成（未公布种子，不生效）")
        )
        rows = [
            ["抽签", f"第 {d.number} 次抽签（{status}）"],
            ["承诺值（SHA-256）", d.commitment],
            ["承诺时间", local_time(d.committed_at)],
            ["见证人输入", "；".join(f"{n}：{v}" for n, v in d.logged_witnesses) or "—"],
            ["种子", d.seed or "—"],
            ["公布时间", local_time(d.revealed_at) or "—"],
        ]
        if d.order is not None:
            rows.append(
                [
                    "抽签顺序",
                    "　".join(
                        f"{i}. {names.get(pid, '?')}（编号 {pid}）" for i, pid in enumerate(d.order, 1)
                    ),
                ]
            )
        if d.cancelled_at:
            rows.append(["取消", f"{local_time(d.cancelled_at)}，原因：{d.cancel_reason or '—'}"])
        story += [table(rows, [34 * mm, CONTENT_W - 34 * mm], styles, header_rows=0), Spacer(1, 2 * mm)]
    return story
