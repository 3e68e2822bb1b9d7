"""The report's account of the audience group (大众评审, issue 13): how many phones, how they voted,
and how their score was rescaled, per presenter. Counts and exact values only: never a phone's token
or any one phone's marks (the audience is one group, like an anonymous panel)."""

from __future__ import annotations

from reportlab.lib.units import mm

from ..tally import fmt_score

BALLOT_ZH = {
    "same": "与评委相同的评分表",
    "subset": "评分表中的部分评分项（{criteria}）",
    "rating": "1–10 分打分",
    "vote": "投票（每部手机共 {votes} 票）",
}
AGGREGATE_ZH = {
    "mean": "各手机总分的算术平均：A = 平均分",
    "mean_top": "各手机总分的算术平均，再按最高者为 {full} 分折算：A = {full} × 该对象平均分 ÷ 最高平均分",
    "votes_top": "得票数按最高者为 {full} 分折算：A = {full} × 该对象得票数 ÷ 最高得票数（未得票者为 0）",
}


def joined(data) -> int:
    """Phones that joined the audience (from the tally: the same count every presenter carries)."""
    for pr in data.result.presenters:
        for g in pr.groups:
            if g.audience is not None:
                return g.audience.devices
    return 0


def audience_lines(data) -> list[str]:
    setup = data.contest.audience
    if setup is None:
        return []
    full = f"{data.contest.scoring.full_score.normalize():f}"
    ballot = BALLOT_ZH[setup.ballot].format(criteria="、".join(setup.criteria), votes=setup.votes)
    return [
        f"大众评审（{setup.name}，权重 {setup.weight}）：共 {joined(data)} 部手机加入，方式：{ballot}；"
        "每部手机对每个汇报对象只能提交一次。",
        f"大众评审组得分：{AGGREGATE_ZH[setup.aggregate].format(full=full)}。",
    ]


def audience_rows(data) -> list[list[str]]:
    """The per-presenter table: header, then presenter, phones, mean or votes, top, group score."""
    setup = data.contest.audience
    raw_head = "得票数" if setup.aggregate == "votes_top" else "平均分"
    rows = [["汇报对象", "提交手机数", raw_head, "最高值", "组得分"]]
    for pr in sorted(data.result.presenters, key=lambda r: r.presenter.id):
        group = next((g for g in pr.groups if g.audience is not None), None)
        if group is None:
            continue
        a = group.audience
        raw = str(int(a.raw)) if setup.aggregate == "votes_top" and a.raw is not None else fmt_score(a.raw)
        top = (
            "" if a.top is None else (str(int(a.top)) if setup.aggregate == "votes_top" else fmt_score(a.top))
        )
        rows.append(
            [pr.presenter.name, str(a.ballots), raw or "—", top or "—", fmt_score(group.score) or "—"]
        )
    return rows


COLUMN_WIDTHS = [50 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm]
