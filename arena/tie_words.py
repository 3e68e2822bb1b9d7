"""A tie and the rule that settled it, in the archive's language (Chinese): one wording for the PDF,
the exports and the recount workbook, made from the tally's codes (`PresenterResult.tie_rule`,
`shared_rank`), never from the tally's English `tie_break` text."""

from __future__ import annotations

from .tally import PresenterResult


def tie_rule_text(rule: str) -> str:
    """One tie-break rule of the setup ("group:领导", "criterion:成效", "dropped", "median")."""
    kind, _, arg = rule.partition(":")
    return {
        "group": f"「{arg}」组得分高者居前",
        "criterion": f"「{arg}」项平均得分高者居前",
        "dropped": "被去掉的分数个数少者居前",
        "median": "全部评委总分的中位数高者居前",
    }.get(kind, rule)


def tie_note(pr: PresenterResult) -> str:
    """How a presenter's equal score was handled ("" when nobody had the same score)."""
    if not pr.tie_break:
        return ""
    if pr.shared_rank:
        return "同分，名次并列"
    return f"同分，按{tie_rule_text(pr.tie_rule)}排定" if pr.tie_rule else "同分，按决胜规则排定"
