"""The tally: exact weighted results, computed in SQLite, explained line by line.

    T(r,p) = 100 * sum_c(w_c * s_c / M_c) / sum_c(w_c)       a reviewer's total
    A_g(p) = mean | trimmed mean | median of T over group g's reviewers
    F(p)   = sum_g(W_g * A_g(p)) / sum of W_g over the groups that scored p

The integer work (totals, ordering, trimming, sums) is SQL in arena/tally/sql.py;
here the few group sums become exact Fractions, are combined, ranked
(arena/tally/tiebreak.py) and labelled with warnings. `tally_json` gives the
interchange form read by the projector, console, PDF and `arena tally --json`.
Nothing here rounds unless the contest names rounding stages (arena/rounding.py):
then each named value is rounded where the rule book rounds it, to an exact decimal.
fmt_score rounds half up to two decimals for display only.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..anonymity import archive_labels, archive_numbers
from ..model import Contest, InputError, Presenter
from ..notices import FEW_KEPT, Notice
from ..problems import problem
from ..rounding import Rounding
from ..store import Store
from . import sql as tally_sql
from .explain import to_json
from .leniency import common_keys, correct, reviewers_without_spread
from .objective import converted, objective_results, weight_notes, weight_with_objective
from .results import QUORUM, DroppedMark, GroupResult, PresenterResult, ReviewerTotal, Tally
from .tiebreak import rank_results


@dataclass
class _Context:
    contest: Contest
    scale: tally_sql.Scale
    labels: dict[int, tuple[str, str, str]]  # reviewer id -> (name, label, group)
    group_of: dict[int, int]  # reviewer id -> group id
    eligible: dict[tuple[int, int], int]  # (presenter id, group id) -> eligible reviewers
    position: dict[int, int]  # reviewer id -> place in the setup's order (breaks ties, as the SQL does)
    listing: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (group, archive number)
    notes: list[str] = field(default_factory=list)  # contest-level warnings found on the way
    rounding: Rounding = Rounding()
    criterion_shares: dict | None = None  # rounding stages per criterion: each criterion's share
    objective: tuple = ()  # issue 13: (item, {presenter name: score}) per objective item
    audience: dict = field(default_factory=dict)  # issue 13: presenter id -> AudienceScore

    @property
    def rules(self):
        return self.contest.scoring


def _context(store: Store) -> _Context:
    contest = store.contest()
    group_ids = {g.name: g.id for g in contest.groups}
    labels, group_of, listing = {}, {}, {}
    secret = store.anonymity_secret()
    archive, numbers = archive_labels(contest, secret), archive_numbers(contest, secret)
    group_place = {g.name: i for i, g in enumerate(contest.groups)}
    for r in contest.reviewers:  # the anonymous labels never follow the setup's order (issue 11)
        labels[r.id] = (r.name, archive[r.id], r.group)
        group_of[r.id] = group_ids[r.group]
        listing[r.id] = (group_place[r.group], numbers[r.id])
    eligible: dict[tuple[int, int], int] = defaultdict(int)
    for r in contest.reviewers:
        for p in contest.presenters:
            if p.name not in r.recuse:
                eligible[(p.id, group_of[r.id])] += 1
    scale = tally_sql.Scale.of(contest.criteria, Fraction(contest.scoring.full_score))
    if not tally_sql.check_int_range(scale, contest.criteria, len(contest.reviewers)):
        raise InputError(problem("too_fine"))
    position = {r.id: i for i, r in enumerate(contest.reviewers)}
    return _Context(
        contest,
        scale,
        labels,
        group_of,
        eligible,
        position,
        listing,
        rounding=Rounding(contest.scoring.rounding),
        objective=converted(contest),
    )


def _reviewer_total(ctx: _Context, reviewer_id: int, total: Fraction, **extra) -> ReviewerTotal:
    name, label, group = ctx.labels[reviewer_id]
    return ReviewerTotal(reviewer_id, name, label, group, total, **extra)


@dataclass
class _GroupDraft:
    score: Fraction | None = None
    n: int = 0
    kept: int = 0
    k: int = 0
    dropped: list = field(default_factory=list)
    dropped_marks: list = field(default_factory=list)
    criterion_scores: list = field(default_factory=list)


def _by_totals(ctx: _Context, conn) -> tuple[dict, dict]:
    """Trimming on reviewer totals, all in one SQL query; Python only labels the rows it returns."""
    rules, factor = ctx.rules, ctx.scale.factor
    n_crit, minimum = len(ctx.contest.criteria), rules.min_to_trim
    rows = tally_sql.totals(conn, ctx.scale, n_crit, rules.method, rules.trim, minimum)
    totals: dict[int, list[ReviewerTotal]] = defaultdict(list)
    drafts: dict[tuple[int, int], _GroupDraft] = {}
    show_drops = rules.method == "trimmed"
    exact: dict[int, Fraction] = {}  # raw total -> T; few distinct values, so each Fraction is made once
    rounded_total = ctx.rounding.at("total")  # rounding is monotone: the SQL's trimming order holds
    # Rounded totals are whole numbers of 10^-d: summed as integers (Fraction sums are slow in bulk).
    unit = 10**rounded_total.decimals if rounded_total else 1
    units: dict[int, int] = {}
    kept_units: dict[tuple[int, int], int] = defaultdict(int)
    for p, r, g, raw, pos, cnt, keep, kept_sum, kept_n, k in rows:
        total = exact.get(raw)
        if total is None:
            total = exact[raw] = factor * raw if rounded_total is None else rounded_total.apply(factor * raw)
            units[raw] = int(total * unit)
        if rounded_total is not None and keep:
            kept_units[(p, g)] += units[raw]
        name, label, group = ctx.labels[r]
        if show_drops and not keep:
            reason = "lowest" if pos <= k else "highest"
            rt = ReviewerTotal(r, name, label, group, total, True, reason)
        else:
            rt = ReviewerTotal(r, name, label, group, total)
        totals[p].append(rt)
        draft = drafts.get((p, g))
        if draft is None:
            draft = drafts[(p, g)] = _GroupDraft(factor * kept_sum / kept_n, cnt, kept_n, k)
        if rt.dropped:
            draft.dropped.append(rt)
    for key, kept in kept_units.items():
        drafts[key].score = Fraction(kept, unit * drafts[key].kept)  # the mean of the rounded totals kept
    return totals, drafts


def _by_criterion(ctx: _Context, conn) -> tuple[dict, dict]:
    """Trimming each criterion's marks separately, then weighting them (the sports-panel way)."""
    rules, factor, n_crit = ctx.rules, ctx.scale.factor, len(ctx.contest.criteria)
    totals: dict[int, list[ReviewerTotal]] = defaultdict(list)
    by_pair, exact, labels = {}, {}, ctx.labels
    for p, r, raw in tally_sql.plain_totals(conn, ctx.scale, n_crit):
        total = exact.get(raw)
        if total is None:  # few distinct raw totals: one Fraction each
            total = exact[raw] = factor * raw
        name, label, group = labels[r]
        by_pair[(r, p)] = rt = ReviewerTotal(r, name, label, group, total)
        totals[p].append(rt)
    criteria = {c.id: c for c in ctx.contest.criteria}
    drafts: dict[tuple[int, int], _GroupDraft] = {}
    raw_sums: dict[tuple[int, int], int] = defaultdict(int)
    all_complete = tally_sql.mark_count(conn) == len(by_pair) * n_crit
    sums, dropped = tally_sql.criterion_marks(
        conn,
        ctx.scale,
        n_crit,
        rules.method,
        rules.trim,
        with_dropped=rules.method == "trimmed",
        all_complete=all_complete,
        minimum=rules.min_to_trim,
    )
    for s in sums:
        key = (s.presenter_id, s.group_id)
        draft = drafts.setdefault(key, _GroupDraft(None, s.count, s.kept_n, s.k))
        raw_sums[key] += ctx.scale.coef[s.criterion_id] * s.kept_sum
        c = criteria[s.criterion_id]
        draft.criterion_scores.append((c.name, Fraction(s.kept_sum, s.kept_n) * Fraction(c.step)))
    order = {c.name: i for i, c in enumerate(ctx.contest.criteria)}
    staged = ctx.rounding.at("criterion") or ctx.rounding.at("weighted")
    for key, draft in drafts.items():
        draft.score = factor * raw_sums[key] / draft.kept
        draft.criterion_scores.sort(key=lambda item: order[item[0]])
        if staged:
            _staged_criteria(ctx, draft)
    place = {c.id: i for i, c in enumerate(ctx.contest.criteria)}
    for m in sorted(dropped, key=lambda m: (place[m.criterion_id], m.reason != "lowest", m.value)):
        c = criteria[m.criterion_id]
        points = Decimal(format(c.from_units(m.value), "f"))  # 20, not 2E+1
        mark = DroppedMark(by_pair[(m.reviewer_id, m.presenter_id)], c.name, points, m.reason)
        drafts[(m.presenter_id, m.group_id)].dropped_marks.append(mark)
    return totals, drafts


def _staged_criteria(ctx: _Context, draft: _GroupDraft) -> None:
    """The rule book's way: each criterion's aggregate rounded, then its weighted value, then summed.

    A criterion's weighted value is its share of the group score: full × w_c × a_c / (M_c × Σw).
    """
    share = ctx.criterion_shares
    if share is None:  # once per tally: full × w_c / (M_c × Σw) for each criterion
        weights = sum((Fraction(c.effective_weight) for c in ctx.contest.criteria), Fraction(0))
        full = Fraction(ctx.rules.full_score)
        share = ctx.criterion_shares = {
            c.name: full * Fraction(c.effective_weight) / (Fraction(c.max) * weights)
            for c in ctx.contest.criteria
        }
    aggregate, weighted = ctx.rounding.at("criterion"), ctx.rounding.at("weighted")
    rounded, score = [], Fraction(0)
    for name, value in draft.criterion_scores:
        value = aggregate.apply(value) if aggregate else value
        rounded.append((name, value))
        score += weighted.apply(share[name] * value) if weighted else share[name] * value
    draft.criterion_scores, draft.score = rounded, score


def _with_leniency(ctx: _Context, conn) -> tuple[dict, dict]:
    """Leniency correction works on reviewer totals, so trimming is on totals here, in exact Python."""

    rules, factor, place = ctx.rules, ctx.scale.factor, ctx.position
    raw = {(r, p): t for p, r, t in tally_sql.plain_totals(conn, ctx.scale, len(ctx.contest.criteria))}
    corrected = correct(raw, factor)
    flat = reviewers_without_spread(raw)
    if flat:
        ctx.notes.append(Notice("leniency_flat", count=len(flat)))
    per_group: dict[tuple[int, int], list[int]] = defaultdict(list)
    for r, p in corrected:
        per_group[(p, ctx.group_of[r])].append(r)
    totals: dict[int, list[ReviewerTotal]] = defaultdict(list)
    drafts = {}
    before = {t: factor * t for t in set(raw.values())}  # few distinct raw totals: one Fraction each
    for (p, g), reviewers in per_group.items():
        keys, common = common_keys([corrected[(r, p)] for r in reviewers])
        order = sorted(range(len(reviewers)), key=lambda i: (keys[i], place[reviewers[i]]))
        n = len(order)
        k = tally_sql.keep_count(n, rules.method, rules.trim, rules.min_to_trim)
        kept = order[k : n - k]
        score = Fraction(sum(keys[i] for i in kept), common * len(kept))
        draft = drafts[(p, g)] = _GroupDraft(score, n, len(kept), k)
        reasons = {}
        if rules.method == "trimmed":
            reasons = {**{i: "lowest" for i in order[:k]}, **{i: "highest" for i in order[n - k :]}}
        for i in order:
            r = reviewers[i]
            rt = _reviewer_total(
                ctx,
                r,
                corrected[(r, p)].value,
                dropped=i in reasons,
                drop_reason=reasons.get(i, ""),
                uncorrected=before[raw[(r, p)]],
            )
            totals[p].append(rt)
            if i in reasons:
                draft.dropped.append(rt)
    return totals, drafts


def _group_warnings(ctx: _Context, group: GroupResult) -> list[str]:
    rules, out = ctx.rules, []
    if group.audience is not None:  # the audience is never trimmed and has no quorum (issue 13)
        return out
    if group.eligible and group.n < group.eligible * QUORUM:
        out.append(Notice("below_quorum", group=group.group, n=group.n, eligible=group.eligible))
    unit = "marks" if rules.trim_level == "criterion" and not rules.leniency else "totals"
    if rules.method == "trimmed" and 0 < group.n and not group.trimmed:
        out.append(Notice("not_trimmed", group=group.group, n=group.n, minimum=rules.min_to_trim, unit=unit))
    elif rules.method == "trimmed" and group.trimmed and group.kept < FEW_KEPT:
        out.append(Notice("few_kept", group=group.group, n=group.n, kept=group.kept, unit=unit))
    return out


def _presenter(ctx: _Context, presenter: Presenter, totals: list, drafts: dict) -> PresenterResult:
    groups, warnings = [], []
    for g in ctx.contest.groups:
        d = drafts.get((presenter.id, g.id)) or _GroupDraft(None, 0, 0, 0)
        audience = ctx.audience.get(presenter.id) if g.kind == "audience" else None
        if audience is not None:  # the audience's own aggregate (arena/tally/audience.py)
            d = _GroupDraft(audience.score, audience.ballots, audience.ballots, 0)
        trimmed = ctx.rules.method == "trimmed" and d.k > 0
        group = GroupResult(
            g.name,
            g.weight,
            ctx.rounding.apply("group", d.score),
            d.n,
            ctx.eligible.get((presenter.id, g.id), 0),
            tuple(d.dropped),
            trimmed,
            tuple(d.dropped_marks),
            d.kept,
            tuple(d.criterion_scores or ()),
            audience,
        )
        groups.append(group)
        warnings += _group_warnings(ctx, group)
    scored = [g for g in groups if g.score is not None]
    weight = sum((Fraction(g.weight) for g in scored), Fraction(0))
    points = sum((Fraction(g.weight) * g.score for g in scored), Fraction(0))
    objective = objective_results(ctx.objective, presenter.name)
    if scored:  # the objective items count with the live groups, never alone (issue 13)
        weight, points = weight_with_objective(weight, points, objective)
    score = points / weight if scored else None
    score = ctx.rounding.apply("final", score)
    warnings += [Notice("objective_missing", item=o.item) for o in objective if o.score is None]
    if not totals:
        warnings = [Notice("no_scores")]  # the per-group quorum notes would only repeat it
    # Group by group, then by archive number: a list in setup order would name the anonymous labels.
    order = ctx.listing
    totals = sorted(totals, key=lambda t: order[t.reviewer_id])
    return PresenterResult(
        presenter,
        None,
        score,
        len(totals),
        sum(g.eligible for g in groups),
        tuple(groups),
        tuple(totals),
        warnings=tuple(warnings),
        median=_median(totals),
        objective=objective,
    )


def _median(totals: list[ReviewerTotal]) -> Fraction | None:
    if not totals:
        return None
    values = [t.total for t in totals]
    # Sort on exact integers over a common denominator: Fraction comparisons are slow in bulk.
    common = math.lcm(*{v.denominator for v in values})
    values.sort(key=lambda v: v.numerator * (common // v.denominator))
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def _contest_warnings(ctx: _Context, conn) -> list[str]:
    rules, out = ctx.rules, []
    if rules.leniency:
        out.append(Notice("leniency_on"))
        if rules.trim_level == "criterion":
            out.append(Notice("leniency_totals"))
    out += ctx.notes + weight_notes(ctx.contest)
    return out


def _uncounted_warning(ctx: _Context, conn, ballots: int) -> list[str]:
    """Marks that belong to no counted ballot (incomplete or recused); the store never writes any."""
    extra = tally_sql.mark_count(conn) - ballots * len(ctx.contest.criteria)
    if extra:
        return [Notice("uncounted_marks", count=extra)]
    return []


def tally(store: Store) -> Tally:
    """The whole contest's results from its file, exactly, as they stand now."""
    conn = store.conn
    own_snapshot = not conn.in_transaction
    if own_snapshot:
        conn.execute("BEGIN")  # one consistent snapshot even while the server thread writes
    try:
        return _tally(store)
    finally:
        if own_snapshot:
            conn.execute("COMMIT")


def _tally(store: Store) -> Tally:

    ctx = _context(store)
    conn, rules = store.conn, ctx.rules
    if ctx.contest.audience is not None:
        from .audience import audience_scores

        devices = len(store.audience_devices())
        ctx.audience = audience_scores(ctx.contest, store.audience_marks(), devices)
    if rules.leniency:
        totals, drafts = _with_leniency(ctx, conn)
    elif rules.trim_level == "criterion":
        totals, drafts = _by_criterion(ctx, conn)
    else:
        totals, drafts = _by_totals(ctx, conn)
    results = [_presenter(ctx, p, totals.get(p.id, []), drafts) for p in ctx.contest.presenters]
    ballots = sum(r.ballots for r in results)
    warnings = _contest_warnings(ctx, conn) + _uncounted_warning(ctx, conn, ballots)
    ranked = rank_results(results, ctx.contest, conn, ctx.scale)
    return Tally(
        rules.method,
        store.session_row()["phase"] != "closed",
        tuple(ranked),
        tuple(warnings),
        rules.leniency,
        rules.trim,
        rules.trim_level,
        ballots,
        sum(r.eligible for r in results),
        tuple(rules.tie_break),
        rules.anonymous,
        rules.rounding,
        rules.min_to_trim if rules.method == "trimmed" else 0,
        rules.full_score,
    )


def tally_json(result: Tally) -> dict:
    """The interchange form (`arena tally --json`); see docs/scoring.md for every key."""

    return to_json(result)
