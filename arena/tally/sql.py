"""The integer half of the tally: read-only SQL over the contest file.

Every mark is an integer count of its criterion's step, so a reviewer's total
T = 100 * sum_c(w_c * v_c / u_c) / sum_c(w_c) (u_c = the criterion's max in
steps) can be written as T = K * R with R = sum_c(a_c * v_c) an integer and K one
exact fraction for the whole contest. SQLite computes every R, orders them, trims
them with window functions and sums what is kept; Python only multiplies the few
group sums by K (see arena/tally/compute.py). Since K > 0, ordering and trimming R is
the same as ordering and trimming T.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import groupby
from operator import itemgetter

from ..model import Criterion, InputError
from ..problems import problem

# SQLite integers are signed 64-bit; the biggest sum we ask for must stay below this.
_INT64_SAFE = 2**62


@dataclass(frozen=True)
class Scale:
    """T = K * sum_c(coef[c] * value): integer coefficients per criterion id, one exact factor."""

    coef: dict[int, int]
    factor: Fraction  # K

    @classmethod
    def of(cls, criteria: Sequence[Criterion], full: Fraction | int = 100) -> Scale:
        shares = {c.id: Fraction(c.effective_weight) / c.max_units for c in criteria}
        denominator = math.lcm(*(s.denominator for s in shares.values())) if shares else 1
        ints = {cid: int(s * denominator) for cid, s in shares.items()}
        common = math.gcd(*ints.values()) if ints else 1
        common = common or 1
        coef = {cid: a // common for cid, a in ints.items()}
        weight_sum = sum((Fraction(c.effective_weight) for c in criteria), Fraction(0))
        factor = Fraction(full) * Fraction(common, denominator) / weight_sum if weight_sum else Fraction(0)
        return cls(coef, factor)

    def case_sql(self, column: str = "s.criterion_id") -> str:
        """A CASE expression giving each criterion's coefficient (our own integers, never user text)."""
        same = set(self.coef.values())
        if len(same) == 1:
            # Equal steps with weights equal to maxima (the usual form) give every criterion the
            # same coefficient: one constant instead of a CASE for each of the marks. A mark's
            # criterion is always one of the contest's (a foreign key).
            return f"({int(same.pop())})"
        whens = " ".join(f"WHEN {int(cid)} THEN {int(a)}" for cid, a in self.coef.items())
        return f"(CASE {column} {whens} ELSE 0 END)"

    def max_raw_total(self, criteria: Sequence[Criterion]) -> int:
        return sum(self.coef[c.id] * c.max_units for c in criteria)


def check_int_range(scale: Scale, criteria: Sequence[Criterion], reviewers: int) -> bool:
    """True when every integer sum the SQL forms fits in SQLite's 64-bit integers."""
    return scale.max_raw_total(criteria) * max(reviewers, 1) < _INT64_SAFE


def keep_k_sql(method: str, trim: int, minimum: int = 0) -> str:
    """How many totals (or marks) to drop at each end of a partition of `cnt` rows.

    A partition is trimmed only from `minimum` rows on (never below 2k + 1)."""
    if method == "median":
        # The median is a trimmed mean that keeps the middle one (odd) or two (even).
        return "((cnt - 1) / 2)"
    if method == "trimmed" and trim > 0:
        k = int(trim)
        return f"(CASE WHEN cnt >= {max(2 * k + 1, int(minimum))} THEN {k} ELSE 0 END)"
    return "0"


def _complete_ballots_sql(scale: Scale, n_criteria: int) -> str:
    # A ballot counts only when it is complete and its reviewer is not recused.
    return f"""
        SELECT s.reviewer_id AS r, s.presenter_id AS p,
               SUM(s.value * {scale.case_sql()}) AS t
        FROM scores s
        GROUP BY s.reviewer_id, s.presenter_id
        HAVING COUNT(*) = {int(n_criteria)}
           AND NOT EXISTS (SELECT 1 FROM recusals x
                           WHERE x.reviewer_id = s.reviewer_id AND x.presenter_id = s.presenter_id)
    """


def totals(conn, scale: Scale, n_criteria: int, method: str, trim: int, minimum: int = 0) -> list[tuple]:
    """Every counted reviewer total, ranked and trimmed inside its (presenter, group), in one query.

    Rows: (presenter id, reviewer id, group id, R, place in its group lowest first, totals in the
    group, kept?, sum of the kept R of the group, kept totals in the group, k dropped at each end).
    One ordered window gives place and count; the kept sums need one more pass.
    """
    sql = f"""
        WITH totals AS ({_complete_ballots_sql(scale, n_criteria)}),
        ranked AS (
            SELECT t.p, t.r, rv.group_id AS g, t.t, ROW_NUMBER() OVER w AS pos,
                   COUNT(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS cnt
            FROM totals t JOIN reviewers rv ON rv.id = t.r
            WINDOW w AS (PARTITION BY t.p, rv.group_id ORDER BY t.t, rv.position, rv.id)
        ),
        trimmed AS (
            SELECT p, r, g, t, pos, cnt, k, (pos > k AND pos <= cnt - k) AS keep
            FROM (SELECT *, {keep_k_sql(method, trim, minimum)} AS k FROM ranked)
        )
        SELECT p, r, g, t, pos, cnt, keep,
               SUM(t) FILTER (WHERE keep) OVER (PARTITION BY p, g),
               SUM(keep) OVER (PARTITION BY p, g), k
        FROM trimmed
    """
    return conn.execute(sql).fetchall()


@dataclass(frozen=True, slots=True)
class CriterionSum:
    presenter_id: int
    group_id: int
    criterion_id: int
    kept_sum: int  # sum of the kept marks, in units of the criterion's step
    kept_n: int  # marks kept (the same for every criterion of a group)
    count: int  # complete ballots in the (presenter, group)
    k: int


@dataclass(frozen=True, slots=True)
class DroppedMark:
    presenter_id: int
    group_id: int
    reviewer_id: int
    criterion_id: int
    value: int  # units of the criterion's step
    reason: str  # "highest" | "lowest"


@dataclass(frozen=True)
class BinLayout:
    """How a mark's (presenter, group, criterion) cell and value pack into one integer sort key.

    cell = (presenter * groups + group) * criteria + criterion, key = cell * values + value: one
    integer per mark sorts far faster in SQLite than four columns, and the histogram's GROUP BY is
    the one sort of every mark the per-criterion tally needs. A reviewer's place in the setup and
    id pack the same way (place * reviewers + id), so that MIN and MAX over a bin name its first
    and last reviewer in the tally's order. Ids are the file's own row ids.
    """

    groups: int  # largest group id + 1
    criteria: int  # largest criterion id + 1
    values: int  # largest max in units + 1 (the schema's triggers keep every mark at or below max)
    reviewers: int  # largest reviewer id + 1
    packed: bool  # False when cell * values could leave 64-bit integers: group by (cell, value)

    @classmethod
    def of(cls, conn, pack_limit: int = _INT64_SAFE) -> BinLayout:
        presenters, groups, criteria, values, reviewers, places = conn.execute(
            "SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM presenters), (SELECT COALESCE(MAX(id), 0) + 1 FROM groups),"
            " (SELECT COALESCE(MAX(id), 0) + 1 FROM criteria), (SELECT COALESCE(MAX(max_units), 0) + 1 FROM criteria),"
            " (SELECT COALESCE(MAX(id), 0) + 1 FROM reviewers), (SELECT COALESCE(MAX(position), 0) + 1 FROM reviewers)"
        ).fetchone()
        if presenters * groups * criteria >= _INT64_SAFE or places * reviewers >= _INT64_SAFE:
            raise InputError(problem("ids_too_large"))
        return cls(groups, criteria, values, reviewers, presenters * groups * criteria * values < pack_limit)

    def cell_sql(self, presenter: str, group: str, criterion: str) -> str:
        return f"(({presenter} * {int(self.groups)} + {group}) * {int(self.criteria)} + {criterion})"

    def unpack(self, cell: int) -> tuple[int, int, int]:
        """(presenter id, group id, criterion id) of a cell."""
        rest, criterion = divmod(cell, self.criteria)
        presenter, group = divmod(rest, self.groups)
        return presenter, group, criterion


def keep_count(cnt: int, method: str, trim: int, minimum: int = 0) -> int:
    """k, the marks each end loses: the same rule as keep_k_sql."""
    if method == "median":
        return (cnt - 1) // 2
    return trim if method == "trimmed" and trim > 0 and cnt >= max(2 * trim + 1, minimum) else 0


def criterion_marks(
    conn,
    scale: Scale,
    n_criteria: int,
    method: str,
    trim: int,
    with_dropped: bool,
    all_complete: bool,
    pack_limit: int = _INT64_SAFE,
    minimum: int = 0,
) -> tuple[list[CriterionSum], list[DroppedMark]]:
    """Each criterion's marks trimmed separately inside each (presenter, group).

    SQL counts the marks per value (a histogram: a handful of values per cell), reading them
    in the table's own order (reviewer first, so each reviewer's group is looked up once) and
    grouping on one packed integer (BinLayout); it is the only pass over every mark. The
    trimming is then done on each cell's histogram, in integers (_trim_cell): the whole sum
    less the k lowest and k highest places, with no sort of the individual marks. Each bin also
    carries its first and last reviewer (by place in the setup, then id, as everywhere in the
    tally), which names a bin's dropped mark whenever a bin loses at most one at each end:
    always with k = 1. Only cells where a bin loses more are looked up mark by mark.
    `all_complete` (every mark belongs to a counted ballot, which the caller has checked by
    counting) skips the join that would leave the others out, and allows packing.
    """
    layout = BinLayout.of(conn, pack_limit)
    if not all_complete:
        layout = replace(layout, packed=False)  # a damaged file: take the plain, slower way
    rows = conn.execute(_histogram_sql(scale, n_criteria, all_complete, layout)).fetchall()
    if layout.packed and sum(row[2] for row in rows) != mark_count(conn):
        # Packing leaves out a mark above its criterion's max (which would land in another
        # value's bin); the schema's triggers forbid them, but a hand-edited file could hold one.
        layout = replace(layout, packed=False)
        rows = conn.execute(_histogram_sql(scale, n_criteria, all_complete, layout)).fetchall()
    sums, dropped, cuts = [], [], []
    for cell, bins in groupby(rows, key=itemgetter(0)):
        found = _trim_cell(layout, cell, list(bins), method, trim, with_dropped, minimum)
        sums.append(found.sum)
        dropped += found.dropped
        if found.cut is not None:
            cuts.append(found.cut)
    if cuts:
        dropped += _dropped_marks(conn, scale, n_criteria, cuts, all_complete, layout)
    return sums, dropped


@dataclass
class _Cell:
    sum: CriterionSum
    dropped: list[DroppedMark]
    cut: tuple | None  # (cell, lo, hi, k) when the dropped marks must be looked up one by one


def _trim_cell(
    layout: BinLayout,
    cell: int,
    bins: list[tuple],
    method: str,
    trim: int,
    with_dropped: bool,
    minimum: int = 0,
):
    """One cell's kept sum from its histogram, and its dropped marks when the bins name them.

    The kept sum is the whole sum less the k lowest and k highest places, taken bin by bin from
    each end (one bin each with k = 1). With at least 2k + 1 marks the two ends never take the
    same place, though they can share a bin: its first reviewer's mark is then the lowest, its
    last reviewer's the highest.
    """
    p, g, c = layout.unpack(cell)
    cnt = sum(b[2] for b in bins)
    k = keep_count(cnt, method, trim, minimum)
    kept_sum = sum(b[1] * b[2] for b in bins)
    dropped, lookup, cuts = [], False, []
    for end, reason, pick in ((bins, "lowest", 3), (reversed(bins), "highest", 4)):
        need, cut = k, None
        for row in end:
            if not need:
                break
            v, taken = row[1], min(need, row[2])
            need -= taken
            kept_sum -= v * taken
            cut = v
            if taken > 1:
                lookup = True  # more than one of a bin's marks dropped at one end: look them up
            elif with_dropped:
                dropped.append(DroppedMark(p, g, row[pick] % layout.reviewers, c, v, reason))
        cuts.append(cut)
    total = CriterionSum(p, g, c, kept_sum, cnt - 2 * k, cnt, k)
    if lookup and with_dropped:
        return _Cell(total, [], (cell, cuts[0], cuts[1], k))
    return _Cell(total, dropped, None)


def _histogram_sql(scale: Scale, n_criteria: int, all_complete: bool, layout: BinLayout) -> str:
    """Rows (cell, value, marks, first reviewer's pick, last reviewer's pick), in cell and value order."""
    counted = "" if all_complete else "JOIN complete b ON b.r = s.reviewer_id AND b.p = s.presenter_id"
    groups_x_criteria, criteria = int(layout.groups * layout.criteria), int(layout.criteria)
    cell = f"(s.presenter_id * {groups_x_criteria} + rv.gc + s.criterion_id)"  # BinLayout.cell_sql, sped up
    if layout.packed:
        values = int(layout.values)
        marks = f"SELECT {cell} * {values} + s.value AS key, rv.pick AS pick"
        where = f"WHERE s.value < {values}"  # always true unless a file was hand-edited (counted after)
        binned = f"SELECT key / {values}, key % {values}, COUNT(*), MIN(pick), MAX(pick)"
        group_by = "GROUP BY key ORDER BY key"
    else:
        marks = f"SELECT {cell} AS cell, s.value AS v, rv.pick AS pick"
        where = ""
        binned = "SELECT cell, v, COUNT(*), MIN(pick), MAX(pick)"
        group_by = "GROUP BY cell, v ORDER BY cell, v"
    # Each reviewer's part of the key and pick is worked out once, not once a mark; CROSS JOIN
    # fixes the loop order: each reviewer once, then that reviewer's marks by primary key.
    return f"""
        WITH complete AS ({_complete_ballots_sql(scale, n_criteria)}),
        rv AS MATERIALIZED (
            SELECT id, group_id * {criteria} AS gc, position * {int(layout.reviewers)} + id AS pick
            FROM reviewers
        ),
        marks AS ({marks} FROM rv CROSS JOIN scores s ON s.reviewer_id = rv.id {counted} {where})
        {binned} FROM marks {group_by}
    """


def _dropped_marks(conn, scale: Scale, n_criteria: int, cuts: list[tuple], all_complete: bool, layout):
    """The k lowest and k highest marks of each trimmed (presenter, group, criterion), by reviewer.

    Only marks at or below the low cut (the value holding place k) or at or above the high cut
    can be dropped; among those, (value, reviewer's place in the setup) decides, as everywhere in
    the tally. The cuts go to a temporary table keyed by cell (in the connection's temp database,
    never the contest file). Before any mark looks its cell up, a test on its criterion alone
    (at or below the highest low cut, or at or above the lowest high cut of that criterion)
    passes over most kept marks; the exact test follows.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS tally_cells (cell INTEGER PRIMARY KEY, lo INTEGER, hi INTEGER, k INTEGER)"
    )
    conn.execute("DELETE FROM temp.tally_cells")
    conn.executemany("INSERT INTO temp.tally_cells VALUES (?, ?, ?, ?)", cuts)
    only_counted = (
        ""
        if all_complete
        else "AND EXISTS (SELECT 1 FROM complete b WHERE b.r = s.reviewer_id AND b.p = s.presenter_id)"
    )
    cell = layout.cell_sql("s.presenter_id", "rv.group_id", "s.criterion_id")
    # Ordered by (value, place, reviewer id), the cell's candidates start with its k lowest marks
    # and end with its k highest: the marks at or below lo come first, those at or above hi last,
    # and when lo = hi (every candidate then) the cell holds at least 2k + 1 marks, so the two
    # ends never overlap. One ordered window names both ends.
    sql = f"""
        WITH complete AS ({_complete_ballots_sql(scale, n_criteria)})
        SELECT p, g, r, c, v, CASE WHEN pos <= k THEN 'lowest' ELSE 'highest' END FROM (
            SELECT s.presenter_id AS p, rv.group_id AS g, s.reviewer_id AS r, s.criterion_id AS c,
                   s.value AS v, cu.k AS k, ROW_NUMBER() OVER w AS pos,
                   COUNT(*) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
            FROM reviewers rv CROSS JOIN scores s ON s.reviewer_id = rv.id
            JOIN temp.tally_cells cu ON cu.cell = {cell}
            WHERE {_rough_cut_sql(cuts, layout)} AND (s.value <= cu.lo OR s.value >= cu.hi) {only_counted}
            WINDOW w AS (PARTITION BY cu.cell ORDER BY s.value, rv.position, rv.id)
        ) WHERE pos <= k OR pos > n - k
    """
    try:
        return [DroppedMark(*row) for row in conn.execute(sql)]
    finally:
        conn.execute("DELETE FROM temp.tally_cells")


def _rough_cut_sql(cuts: list[tuple], layout: BinLayout) -> str:
    """Per criterion: value <= the highest low cut OR value >= the lowest high cut (our own integers)."""
    low: dict[int, int] = {}
    high: dict[int, int] = {}
    for cell, lo, hi, _k in cuts:
        c = cell % layout.criteria
        low[c] = max(low.get(c, lo), lo)
        high[c] = min(high.get(c, hi), hi)
    whens = " ".join(
        f"WHEN {int(c)} THEN s.value <= {int(low[c])} OR s.value >= {int(high[c])}" for c in sorted(low)
    )
    return f"(CASE s.criterion_id {whens} ELSE 0 END)"


def mark_count(conn) -> int:
    return conn.execute("SELECT COUNT(*) FROM scores").fetchone()[0]


def plain_totals(conn, scale: Scale, n_criteria: int) -> list[tuple[int, int, int]]:
    """(presenter id, reviewer id, R) of every counted ballot, untrimmed (for leniency)."""
    sql = f"SELECT p, r, t FROM ({_complete_ballots_sql(scale, n_criteria)})"
    return list(conn.execute(sql))


def criterion_means(conn, criterion_id: int, n_criteria: int, scale: Scale) -> dict[int, tuple[int, int]]:
    """Presenter id -> (sum of units, number of counted ballots) for one criterion (a tie-break)."""
    sql = f"""
        WITH complete AS ({_complete_ballots_sql(scale, n_criteria)})
        SELECT s.presenter_id, SUM(s.value), COUNT(*) FROM scores s
        JOIN complete b ON b.r = s.reviewer_id AND b.p = s.presenter_id
        WHERE s.criterion_id = ? GROUP BY s.presenter_id
    """
    return {p: (total, n) for p, total, n in conn.execute(sql, (criterion_id,))}
