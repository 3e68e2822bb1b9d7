"""The integer half of the tally: read-only SQL over the contest file.

Every mark is an integer count of its criterion's step, so a reviewer's total
T = 100 * sum_c(w_c * v_c / u_c) / sum_c(w_c) (u_c = the criterion's max in
steps) can be written as T = K * R with R = sum_c(a_c * v_c) an integer and K one
exact fraction for the whole contest. SQLite computes every R, orders them, trims
them with window functions and sums what is kept; Python only multiplies the few
group sums by K (see arena/scoring.py). Since K > 0, ordering and trimming R is
the same as ordering and trimming T.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from .model import Criterion

# SQLite integers are signed 64-bit; the biggest sum we ask for must stay below this.
_INT64_SAFE = 2**62


@dataclass(frozen=True)
class Scale:
    """T = K * sum_c(coef[c] * value): integer coefficients per criterion id, one exact factor."""

    coef: dict[int, int]
    factor: Fraction  # K

    @classmethod
    def of(cls, criteria: Sequence[Criterion]) -> Scale:
        shares = {c.id: Fraction(c.effective_weight) / c.max_units for c in criteria}
        denominator = math.lcm(*(s.denominator for s in shares.values())) if shares else 1
        ints = {cid: int(s * denominator) for cid, s in shares.items()}
        common = math.gcd(*ints.values()) if ints else 1
        common = common or 1
        coef = {cid: a // common for cid, a in ints.items()}
        weight_sum = sum((Fraction(c.effective_weight) for c in criteria), Fraction(0))
        factor = Fraction(100 * common, denominator) / weight_sum if weight_sum else Fraction(0)
        return cls(coef, factor)

    def case_sql(self, column: str = "s.criterion_id") -> str:
        """A CASE expression giving each criterion's coefficient (our own integers, never user text)."""
        whens = " ".join(f"WHEN {int(cid)} THEN {int(a)}" for cid, a in self.coef.items())
        return f"(CASE {column} {whens} ELSE 0 END)"

    def max_raw_total(self, criteria: Sequence[Criterion]) -> int:
        return sum(self.coef[c.id] * c.max_units for c in criteria)


def check_int_range(scale: Scale, criteria: Sequence[Criterion], reviewers: int) -> bool:
    """True when every integer sum the SQL forms fits in SQLite's 64-bit integers."""
    return scale.max_raw_total(criteria) * max(reviewers, 1) < _INT64_SAFE


def keep_k_sql(method: str, trim: int) -> str:
    """How many totals (or marks) to drop at each end of a partition of `cnt` rows."""
    if method == "median":
        # The median is a trimmed mean that keeps the middle one (odd) or two (even).
        return "((cnt - 1) / 2)"
    if method == "trimmed" and trim > 0:
        k = int(trim)
        return f"(CASE WHEN cnt >= {2 * k + 1} THEN {k} ELSE 0 END)"
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


def totals(conn, scale: Scale, n_criteria: int, method: str, trim: int) -> list[tuple]:
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
            FROM (SELECT *, {keep_k_sql(method, trim)} AS k FROM ranked)
        )
        SELECT p, r, g, t, pos, cnt, keep,
               SUM(t) FILTER (WHERE keep) OVER (PARTITION BY p, g),
               SUM(keep) OVER (PARTITION BY p, g), k
        FROM trimmed
    """
    return conn.execute(sql).fetchall()


@dataclass(frozen=True)
class CriterionSum:
    presenter_id: int
    group_id: int
    criterion_id: int
    kept_sum: int  # sum of the kept marks, in units of the criterion's step
    kept_n: int  # marks kept (the same for every criterion of a group)
    count: int  # complete ballots in the (presenter, group)
    k: int


@dataclass(frozen=True)
class DroppedMark:
    presenter_id: int
    group_id: int
    reviewer_id: int
    criterion_id: int
    value: int  # units of the criterion's step
    reason: str  # "highest" | "lowest"


def criterion_marks(
    conn, scale: Scale, n_criteria: int, method: str, trim: int, with_dropped: bool, all_complete: bool
) -> tuple[list[CriterionSum], list[DroppedMark]]:
    """Each criterion's marks trimmed separately inside each (presenter, group).

    Marks are first counted per value (a histogram: a handful of values per criterion), and
    the trimming is done on the histogram: the marks of value v fill places (upto - n, upto] of
    the sorted order, the kept places are (k, cnt - k], so the kept sum is sum(v x overlap), all
    in integers, with no sort of the individual marks. Only the dropped marks themselves (when
    shown) are then looked up one by one. `all_complete` (every mark belongs to a counted ballot,
    which the caller has checked by counting) skips the join that would leave the others out.
    """
    counted = "" if all_complete else "JOIN complete b ON b.r = s.reviewer_id AND b.p = s.presenter_id"
    sql = f"""
        WITH complete AS ({_complete_ballots_sql(scale, n_criteria)}),
        hist AS (
            SELECT s.presenter_id AS p, rv.group_id AS g, s.criterion_id AS c, s.value AS v, COUNT(*) AS n
            FROM scores s {counted} JOIN reviewers rv ON rv.id = s.reviewer_id
            GROUP BY s.presenter_id, rv.group_id, s.criterion_id, s.value
        ),
        bins AS (
            SELECT p, g, c, v, n,
                   SUM(n) OVER (PARTITION BY p, g, c ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto,
                   SUM(n) OVER (PARTITION BY p, g, c) AS cnt
            FROM hist
        ),
        trimmed AS (SELECT *, {keep_k_sql(method, trim)} AS k FROM bins)
        SELECT p, g, c, SUM(v * MAX(0, MIN(upto, cnt - k) - MAX(upto - n, k))), MAX(cnt) - 2 * MAX(k),
               MAX(cnt), MAX(k),
               MAX(CASE WHEN upto - n < k THEN v END), MIN(CASE WHEN upto > cnt - k THEN v END)
        FROM trimmed GROUP BY p, g, c
    """
    rows = conn.execute(sql).fetchall()
    sums = [CriterionSum(*row[:7]) for row in rows]
    cuts = [(p, g, c, low, high, k) for p, g, c, _s, _n, _cnt, k, low, high in rows if k > 0]
    dropped = []
    if with_dropped and cuts:
        only_counted = (
            ""
            if all_complete
            else ("AND EXISTS (SELECT 1 FROM complete b WHERE b.r = s.reviewer_id AND b.p = s.presenter_id)")
        )
        dropped = _dropped_marks(conn, scale, n_criteria, cuts, only_counted)
    return sums, dropped


def _dropped_marks(conn, scale: Scale, n_criteria: int, cuts: list[tuple], only_counted: str):
    """The k lowest and k highest marks of each trimmed (presenter, group, criterion), by reviewer.

    Only marks at or below the low cut (the value holding place k) or at or above the high cut
    can be dropped; among those, (value, reviewer's place in the setup) decides, as everywhere in
    the tally. The cuts go to a temporary table (in the connection's temp database, never the
    contest file) so that each mark finds its cut by primary key in one pass over the marks.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS tally_cuts (p INTEGER, g INTEGER, c INTEGER, lo INTEGER,"
        " hi INTEGER, k INTEGER, PRIMARY KEY (p, g, c)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.tally_cuts")
    conn.executemany("INSERT INTO temp.tally_cuts VALUES (?, ?, ?, ?, ?, ?)", cuts)
    sql = f"""
        WITH complete AS ({_complete_ballots_sql(scale, n_criteria)}),
        candidates AS MATERIALIZED (
            SELECT s.presenter_id AS p, rv.group_id AS g, s.criterion_id AS c, s.reviewer_id AS r,
                   s.value AS v, rv.position AS place, rv.id AS rid, cu.lo, cu.hi, cu.k
            FROM scores s JOIN reviewers rv ON rv.id = s.reviewer_id
            JOIN temp.tally_cuts cu ON cu.p = s.presenter_id AND cu.g = rv.group_id AND cu.c = s.criterion_id
            WHERE (s.value <= cu.lo OR s.value >= cu.hi) {only_counted}
        )
        SELECT p, g, r, c, v, 'lowest' FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY p, g, c ORDER BY v, place, rid) AS rn
            FROM candidates WHERE v <= lo) WHERE rn <= k
        UNION ALL
        SELECT p, g, r, c, v, 'highest' FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY p, g, c ORDER BY v DESC, place DESC, rid DESC) AS rn
            FROM candidates WHERE v >= hi) WHERE rn <= k
    """
    try:
        return [DroppedMark(*row) for row in conn.execute(sql)]
    finally:
        conn.execute("DELETE FROM temp.tally_cuts")


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
