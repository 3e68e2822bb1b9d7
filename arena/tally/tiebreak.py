"""Ranks from exact scores, and the contest's tie-break chain for equal ones.

Equal exact scores share a rank (1, 2, 2, 4). When the contest names a chain of
rules, presenters with equal scores are compared rule by rule, higher first:
  group:<name>      that group's score A_g (the audience group's aggregate too, issue 13)
  criterion:<name>  the mean mark of that criterion over every counted ballot
  dropped           the number of totals dropped by trimming (fewer ranks higher)
  median            the median of every counted reviewer total
Presenters still equal after the last rule share a rank. Each tied presenter's
`tie_break` says what decided (or did not decide) its place.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ..model import Contest
from . import sql as tally_sql
from .results import fmt_score


def _fmt(value) -> str:

    if value is None:
        return "no score"
    return str(value) if isinstance(value, int) else fmt_score(value)


class _Rules:
    """Computes each rule's value for a presenter; criterion means are read lazily, once per criterion."""

    def __init__(self, contest: Contest, conn, scale: tally_sql.Scale):
        self.contest, self.conn, self.scale = contest, conn, scale
        self._criterion_cache: dict[str, dict] = {}

    def value(self, rule: str, result) -> Fraction | int | None:
        kind, _, arg = rule.partition(":")
        if kind == "group":
            return next((g.score for g in result.groups if g.group == arg), None)
        if kind == "criterion":
            return self._criterion_mean(arg, result.presenter.id)
        if kind == "dropped":
            return sum(len(g.dropped) + len(g.dropped_marks) for g in result.groups)
        if kind == "median":
            return result.median
        return None

    def sort_key(self, rule: str, value) -> tuple:
        """Bigger sorts first; a missing value sorts after every present one."""
        if value is None:
            return (0, 0)
        return (1, -value) if rule == "dropped" else (1, value)

    def _criterion_mean(self, name: str, presenter_id: int) -> Fraction | None:
        criterion = next((c for c in self.contest.criteria if c.name == name), None)
        if criterion is None:
            return None
        if name not in self._criterion_cache:
            self._criterion_cache[name] = tally_sql.criterion_means(
                self.conn, criterion.id, len(self.contest.criteria), self.scale
            )
        total, n = self._criterion_cache[name].get(presenter_id, (0, 0))
        return Fraction(total * Fraction(criterion.step), n) if n else None


def _rank_tied(tied: list, chain: tuple[str, ...], rules: _Rules, first_rank: int) -> list:
    """Order presenters that share one exact score; returns them with ranks and explanations."""
    values = {id(r): [rules.value(rule, r) for rule in chain] for r in tied}
    keys = {id(r): tuple(rules.sort_key(rule, v) for rule, v in zip(chain, values[id(r)])) for r in tied}
    ordered = sorted(tied, key=lambda r: keys[id(r)], reverse=True)
    out = []
    for r in ordered:  # equal keys keep setup order (a stable sort)
        equal = [o for o in ordered if keys[id(o)] == keys[id(r)]]
        rank = first_rank + ordered.index(equal[0])
        others = ", ".join(o.presenter.name for o in tied if o is not r)
        text = _explain(r, others, chain, values, keys, tied)
        mine, rivals = keys[id(r)], [keys[id(o)] for o in tied if o is not r]
        rule = next(
            (rule for i, rule in enumerate(chain) if any(k[: i + 1] != mine[: i + 1] for k in rivals)), ""
        )
        out.append(replace(r, rank=rank, shared_rank=len(equal) > 1, tie_break=text, tie_rule=rule))
    return out


def _explain(r, others: str, chain, values, keys, tied) -> str:
    """E.g. "tied on 50.00 with 乙, 丙; decided by dropped: 2 against 乙 0; still equal with 丙 after ..."."""

    parts = [f"tied on {fmt_score(r.score)} with {others}"]
    if not chain:
        return parts[0] + "; no tie-break rule, rank shared"
    mine = keys[id(r)]
    rivals = [o for o in tied if o is not r]
    for i, rule in enumerate(chain):
        split = [o for o in rivals if keys[id(o)][:i] == mine[:i] and keys[id(o)][i] != mine[i]]
        if split:
            shown = ", ".join(f"{o.presenter.name} {_fmt(values[id(o)][i])}" for o in split)
            parts.append(f"decided by {rule}: {_fmt(values[id(r)][i])} against {shown}")
    still = [o.presenter.name for o in rivals if keys[id(o)] == mine]
    if still:
        parts.append(f"still equal with {', '.join(still)} after {', '.join(chain)}, rank shared")
    return "; ".join(parts)


def rank_results(results: list, contest: Contest, conn, scale: tally_sql.Scale) -> list:
    """Results in rank order with rank, shared_rank and tie_break filled in; unscored last, unranked."""
    scored = sorted((r for r in results if r.score is not None), key=lambda r: r.score, reverse=True)
    unscored = [r for r in results if r.score is None]
    chain = tuple(contest.scoring.tie_break)
    rules = _Rules(contest, conn, scale)
    ranked, i = [], 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j].score == scored[i].score:
            j += 1
        if j - i == 1:
            ranked.append(replace(scored[i], rank=i + 1))
        else:
            ranked.extend(_rank_tied(scored[i:j], chain, rules, i + 1))
        i = j
    return ranked + unscored
