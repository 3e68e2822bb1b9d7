"""Explaining a tally: the JSON interchange form, and the result of one presenter in words.

Reviewers appear by group and number ("区级领导 #3") when the contest is
anonymous, by name otherwise. Every number shown is rounded for display; every
`exact` value is the reduced fraction "p/q" of the unrounded number.
"""

from __future__ import annotations

from ..notices import notice_json
from ..rounding import describe_en, stages_json
from .results import (
    GroupResult,
    ObjectiveResult,
    PresenterResult,
    ReviewerTotal,
    Tally,
    fmt_exact,
    fmt_score,
)

METHOD_WORDS = {"mean": "mean", "trimmed": "trimmed mean", "median": "median"}


def who(total: ReviewerTotal, anonymous: bool) -> str:
    return total.label if anonymous else total.name


def method_text(result: Tally) -> str:
    text = METHOD_WORDS.get(result.method, result.method)
    if result.method == "trimmed":
        text += f" (drop the {result.trim} highest and {result.trim} lowest "
        per_criterion = result.trim_level == "criterion" and not result.leniency
        text += "marks of each criterion" if per_criterion else "totals"
        if result.trim_min > 2 * result.trim + 1:
            text += f"; only groups of {result.trim_min} or more are trimmed"
        text += ")"
    if result.leniency:
        text += ", with leniency correction"
    return text


def _dropped_json(group: GroupResult, anonymous: bool) -> list[dict]:
    if group.dropped_marks:
        return [
            {
                "reviewer": who(m.reviewer, anonymous),
                "criterion": m.criterion,
                "mark": str(m.mark),
                "reason": m.reason,
            }
            for m in group.dropped_marks
        ]
    return [
        {"reviewer": who(t, anonymous), "total": fmt_score(t.total), "reason": t.drop_reason}
        for t in group.dropped
    ]


def _group_json(group: GroupResult, anonymous: bool) -> dict:
    out = {
        "group": group.group,
        "score": fmt_score(group.score),
        "exact": fmt_exact(group.score),
        "n": group.n,
        "dropped": _dropped_json(group, anonymous),
        "weight": str(group.weight),
        "eligible": group.eligible,
        "kept": group.kept,
        "trimmed": group.trimmed,
        "criteria": [
            {"criterion": name, "score": fmt_score(value), "exact": fmt_exact(value)}
            for name, value in group.criterion_scores
        ],
    }
    if group.audience is not None:
        out["audience"] = audience_json(group.audience)
    return out


AGGREGATE_WORDS = {
    "mean": "the mean of the phones' totals",
    "mean_top": "the mean of the phones' totals, rescaled so the top presenter has {full}",
    "votes_top": "the share of votes, rescaled so the top presenter has {full}",
}


def audience_json(a) -> dict:
    """The audience group's aggregate: counts and exact values only, never a phone (issue 13)."""
    return {
        "aggregate": a.aggregate,
        "ballot": a.ballot,
        "ballots": a.ballots,
        "devices": a.devices,
        "raw": fmt_score(a.raw),
        "raw_exact": fmt_exact(a.raw),
        "top": fmt_score(a.top),
        "top_exact": fmt_exact(a.top),
        "full": fmt_exact(a.full),
        "explained": audience_text(a),
    }


def audience_text(a) -> str:
    """How the audience's score was reached, in English (the PDF and the console word the code)."""
    how = AGGREGATE_WORDS[a.aggregate].format(full=fmt_score(a.full).removesuffix(".00"))
    what = "votes" if a.aggregate == "votes_top" else "mean"
    if a.raw is None:
        return f"{how}: no ballots"
    text = f"{how}: {a.ballots} ballots of {a.devices} phones; {what} {fmt_score(a.raw)}"
    if a.top:
        text += f"; top {fmt_score(a.top)}; {fmt_score(a.full)} × {fmt_score(a.raw)} / {fmt_score(a.top)}"
        text += f" = {fmt_score(a.score)}"
    return text


def _total_json(total: ReviewerTotal, anonymous: bool) -> dict:
    out = {
        "reviewer": who(total, anonymous),
        "group": total.group,
        "total": fmt_score(total.total),
        "exact": fmt_exact(total.total),
        "dropped": total.dropped,
    }
    if total.uncorrected is not None:
        out["uncorrected"] = fmt_score(total.uncorrected)
    return out


def presenter_json(p: PresenterResult, anonymous: bool = True) -> dict:
    return {
        "rank": p.rank,
        "presenter": p.presenter.name,
        "score": fmt_score(p.score),
        "exact": fmt_exact(p.score),
        "ballots": p.ballots,
        "eligible": p.eligible,
        "groups": [_group_json(g, anonymous) for g in p.groups],
        "tie_break": p.tie_break,
        "shared_rank": p.shared_rank,
        "warnings": list(p.warnings),
        "notices": [notice_json(w) for w in p.warnings],
        "totals": [_total_json(t, anonymous) for t in p.totals],
        "objective": [_objective_json(o) for o in p.objective],
    }


def _objective_json(o: ObjectiveResult) -> dict:
    """One objective item (实绩) of a presenter (issue 13)."""
    return {
        "item": o.item,
        "weight": f"{o.weight.normalize():f}",
        "source": o.source,
        "rule": o.rule,
        "value": None if o.value is None else f"{o.value.normalize():f}",
        "score": fmt_score(o.score),
        "exact": fmt_exact(o.score),
    }


def to_json(result: Tally) -> dict:
    return {
        "method": result.method,
        "provisional": result.provisional,
        "presenters": [presenter_json(p, result.anonymous) for p in result.presenters],
        "trim": result.trim,
        "trim_level": result.trim_level,
        "leniency": result.leniency,
        "tie_break_rules": list(result.tie_break_rules),
        "ballots": result.ballots,
        "eligible": result.eligible,
        "warnings": list(result.warnings),
        "notices": [notice_json(w) for w in result.warnings],
        "rounding": stages_json(result.rounding),
        "trim_min": result.trim_min,
        "full_score": f"{result.full_score.normalize():f}",
        "formula": formula_text(result),
    }


def formula_text(result: Tally) -> str:
    full = f"{result.full_score.normalize():f}"
    text = (
        f"T = {full} × Σ(w_c × s_c / M_c) / Σ w_c for each reviewer; group score A_g = "
        f"{method_text(result)} of the group's totals; F = Σ(W_g × A_g) / Σ W_g over the groups that scored"
    )
    if any(p.objective for p in result.presenters):
        text = text.replace(
            "F = Σ(W_g × A_g) / Σ W_g over the groups that scored",
            "F = (Σ W_g × A_g + Σ W_o × O_o) / (Σ W_g + Σ W_o) over the groups that scored and the"
            " objective items (实绩) O_o with a value",
        )
    if result.rounding:
        text += f"; rounding: {describe_en(result.rounding)}"
    return text


def _group_line(group: GroupResult, anonymous: bool) -> str:
    if group.audience is not None:
        return f"  {group.group} (weight {group.weight}, audience): {fmt_score(group.score) or '-'}; " + (
            audience_text(group.audience)
        )
    if group.score is None:
        return (
            f"  {group.group} (weight {group.weight}): no ballots of {group.eligible} eligible; not counted"
        )
    line = (
        f"  {group.group} (weight {group.weight}): {fmt_score(group.score)} from {group.n} of "
        f"{group.eligible} eligible"
    )
    if group.dropped:
        line += "; dropped " + ", ".join(
            f"{who(t, anonymous)} {fmt_score(t.total)} ({t.drop_reason})" for t in group.dropped
        )
    if group.criterion_scores:
        line += "; criteria kept means " + ", ".join(f"{n} {fmt_score(v)}" for n, v in group.criterion_scores)
    if group.dropped_marks:
        line += "; dropped marks " + ", ".join(
            f"{who(m.reviewer, anonymous)} {m.criterion} {m.mark} ({m.reason})" for m in group.dropped_marks
        )
    return line


def explain(p: PresenterResult, result: Tally) -> list[str]:
    """The presenter's result in plain lines: totals, drops, group scores, weights, the formula."""
    anonymous = result.anonymous
    rank = "-" if p.rank is None else f"{p.rank}{'=' if p.shared_rank else ''}"
    lines = [
        f"{p.presenter.name}: rank {rank}, score {fmt_score(p.score) or '-'} "
        f"(exact {fmt_exact(p.score) or '-'}), {p.ballots} ballots of {p.eligible} eligible"
    ]
    lines.append(f"  method: {method_text(result)}")
    lines += [_group_line(g, anonymous) for g in p.groups]
    scored = [g for g in p.groups if g.score is not None]
    counted = [o for o in p.objective if o.score is not None]
    for o in p.objective:
        value = "no value" if o.value is None else f"value {o.value.normalize():f} ({o.rule})"
        lines.append(
            f"  {o.item} (weight {o.weight}, source {o.source or '-'}): {value} -> {fmt_score(o.score)}"
        )
    if scored:
        parts = " + ".join(
            [f"{g.weight} × {fmt_score(g.score)}" for g in scored]
            + [f"{o.weight} × {fmt_score(o.score)}" for o in counted]
        )
        weight = sum(g.weight for g in scored) + sum(o.weight for o in counted)
        lines.append(f"  F = ({parts}) / {weight} = {fmt_score(p.score)}")
    for t in p.totals:
        mark = f" dropped ({t.drop_reason})" if t.dropped else ""
        before = f" (before correction {fmt_score(t.uncorrected)})" if t.uncorrected is not None else ""
        lines.append(f"    {who(t, anonymous)}: {fmt_score(t.total)}{before}{mark}")
    if p.tie_break:
        lines.append(f"  tie: {p.tie_break}")
    lines += [f"  warning: {w}" for w in p.warnings]
    return lines
