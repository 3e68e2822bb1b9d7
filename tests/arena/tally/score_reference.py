"""A plain, slow, obviously correct tally in pure Python with Fractions: the yardstick for the SQL one.

It reads nothing from the database: it takes the contest setup and the ballots
as given to the store, and follows docs/scoring.md line by line, rounding stages
included (rounded here with the decimal module, not with arena.rounding).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from arena.model import Contest


@dataclass
class RefResult:
    name: str
    score: Fraction | None
    groups: dict[str, Fraction | None]
    ballots: int
    eligible: int
    totals: dict[int, Fraction] = field(default_factory=dict)  # reviewer id -> total used
    dropped: int = 0
    rank: int | None = None
    shared: bool = False


DECIMAL_RULES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN}


def staged(contest: Contest, stage: str, value: Fraction | None) -> Fraction | None:
    """The value rounded as the contest's stage says (unchanged when there is none)."""
    found = next((s for s in contest.scoring.rounding if s.stage == stage), None)
    if found is None or value is None:
        return value
    with localcontext() as ctx:
        ctx.prec = 100
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return Fraction(
            exact.quantize(Decimal(1).scaleb(-found.decimals), rounding=DECIMAL_RULES[found.rule])
        )


def reviewer_total(contest: Contest, units: dict[int, int]) -> Fraction:
    top = sum(
        Fraction(c.effective_weight) * Fraction(units[c.id]) * Fraction(c.step) / Fraction(c.max)
        for c in contest.criteria
    )
    full = Fraction(contest.scoring.full_score)
    return full * top / sum(Fraction(c.effective_weight) for c in contest.criteria)


def median(values):
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def aggregate(values: list[Fraction], method: str, trim: int, minimum: int = 0) -> tuple[Fraction, int]:
    """(group score, how many values trimming dropped); trimmed from max(2k + 1, minimum) values on."""
    if method == "median":
        return median(values), 0
    if method == "trimmed" and len(values) >= max(2 * trim + 1, minimum):
        kept = sorted(values)[trim : len(values) - trim]
        return sum(kept) / len(kept), 2 * trim
    return sum(values) / len(values), 0


def leniency_correct(totals: dict[tuple[int, int], Fraction]) -> dict[tuple[int, int], Fraction]:
    mine: dict[int, list[Fraction]] = {}
    for (r, _p), t in totals.items():
        mine.setdefault(r, []).append(t)
    centre = {r: sum(v) / len(v) for r, v in mine.items()}
    spread = {r: sum(abs(x - centre[r]) for x in v) / len(v) for r, v in mine.items()}
    grand = sum(totals.values()) / len(totals)
    positive = [d for d in spread.values() if d > 0]
    grand_spread = sum(positive) / len(positive) if positive else Fraction(0)
    out = {}
    for (r, p), t in totals.items():
        value = grand if spread[r] == 0 else grand + grand_spread * (t - centre[r]) / spread[r]
        out[(r, p)] = min(Fraction(100), max(Fraction(0), value))
    return out


def reference_tally(contest: Contest, ballots: dict[tuple[int, int], dict[int, int]]) -> list[RefResult]:
    """Every presenter's result, with ranks.

    ballots: {(reviewer id, presenter id): {criterion id: units}}, as given to the store.
    """
    rules = contest.scoring
    recused = {(r.id, p.id) for r in contest.reviewers for p in contest.presenters if p.name in r.recuse}
    counted = {
        k: v for k, v in ballots.items() if k not in recused and set(v) == {c.id for c in contest.criteria}
    }
    by_criterion = rules.trim_level == "criterion" and not rules.leniency
    totals = {k: reviewer_total(contest, v) for k, v in counted.items()}
    if not by_criterion:
        totals = {k: staged(contest, "total", v) for k, v in totals.items()}
    if rules.leniency:
        totals = leniency_correct(totals) if totals else totals
    weight_sum = sum(Fraction(c.effective_weight) for c in contest.criteria)
    results = []
    for p in contest.presenters:
        res = RefResult(p.name, None, {}, 0, 0)
        for g in contest.groups:
            members = [r for r in contest.reviewers if r.group == g.name]
            res.eligible += sum(1 for r in members if (r.id, p.id) not in recused)
            mine = [r for r in members if (r.id, p.id) in totals]
            res.ballots += len(mine)
            res.totals.update({r.id: totals[(r.id, p.id)] for r in mine})
            if not mine:
                res.groups[g.name] = None
                continue
            if by_criterion:
                score, dropped = 0, 0
                for c in contest.criteria:
                    marks = [Fraction(counted[(r.id, p.id)][c.id]) * Fraction(c.step) for r in mine]
                    mean, d = aggregate(marks, rules.method, rules.trim, rules.trim_min)
                    mean = staged(contest, "criterion", mean)
                    weighted = Fraction(rules.full_score) * Fraction(c.effective_weight) * mean
                    score += staged(contest, "weighted", weighted / (Fraction(c.max) * weight_sum))
                    dropped += d
            else:
                mine_totals = [totals[(r.id, p.id)] for r in mine]
                score, dropped = aggregate(mine_totals, rules.method, rules.trim, rules.trim_min)
            res.groups[g.name] = staged(contest, "group", score)
            res.dropped += dropped
        weights = {g.name: Fraction(g.weight) for g in contest.groups}
        scored = [name for name, s in res.groups.items() if s is not None]
        if scored:
            score = sum(weights[n] * res.groups[n] for n in scored) / sum(weights[n] for n in scored)
            res.score = staged(contest, "final", score)
        results.append(res)
    _rank(results, contest, counted)
    return results


def _rule_value(rule: str, res: RefResult, contest: Contest, counted) -> tuple:
    kind, _, arg = rule.partition(":")
    if kind == "group":
        value = res.groups.get(arg)
    elif kind == "criterion":
        c = next(c for c in contest.criteria if c.name == arg)
        p = next(p for p in contest.presenters if p.name == res.name)
        marks = [Fraction(v[c.id]) * Fraction(c.step) for (r, pid), v in counted.items() if pid == p.id]
        value = sum(marks) / len(marks) if marks else None
    elif kind == "dropped":
        value = -res.dropped
    else:
        value = median(res.totals.values()) if res.totals else None
    return (0, 0) if value is None else (1, value)


def _rank(results: list[RefResult], contest: Contest, counted) -> None:
    """Rank = 1 + how many are strictly better on (score, tie-break values...)."""
    scored = [r for r in results if r.score is not None]
    chain = contest.scoring.tie_break
    keys = {
        id(r): (r.score,) + tuple(_rule_value(rule, r, contest, counted) for rule in chain) for r in scored
    }
    for r in scored:
        r.rank = 1 + sum(1 for o in scored if keys[id(o)] > keys[id(r)])
        r.shared = any(o is not r and keys[id(o)] == keys[id(r)] for o in scored)
