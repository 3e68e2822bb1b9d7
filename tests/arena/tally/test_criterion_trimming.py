"""Per-criterion trimming: which marks are dropped (by reviewer), on both of the tally's paths.

The fast path names a bin's dropped mark from the bin's first and last reviewer; a cell where one
bin loses two or more marks at one end is looked up mark by mark; a layout too wide to pack into
one integer groups on two columns. Each must drop exactly the marks a plain sort would.
"""

from __future__ import annotations

import itertools
import tempfile
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from score_builders import ballots_by_id, contests, create_contest

from arena.tally import sql as tally_sql
from arena.tally import tally

_counter = itertools.count()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _per_criterion(case):
    setup, ballots = case
    setup["scoring"].update(method="trimmed", level="criterion", leniency=False)
    setup["scoring"].setdefault("trim", 1)
    return setup, ballots


def _expected_drops(contest, by_id, k):
    """{(presenter id, group name, criterion name): {(reviewer id, reason)}} by a plain sort."""
    place = {r.id: i for i, r in enumerate(contest.reviewers)}
    group = {r.id: r.group for r in contest.reviewers}
    recused = {(r.id, p.id) for r in contest.reviewers for p in contest.presenters if p.name in r.recuse}
    out = {}
    for p in contest.presenters:
        for g in contest.groups:
            voters = [
                r for (r, pid) in by_id if pid == p.id and group[r] == g.name and (r, pid) not in recused
            ]
            if len(voters) < 2 * k + 1:
                continue
            for c in contest.criteria:
                order = sorted(voters, key=lambda r: (by_id[(r, p.id)][c.id], place[r], r))
                drops = {(r, "lowest") for r in order[:k]} | {(r, "highest") for r in order[-k:]}
                out[(p.id, g.name, c.name)] = drops
    return out


def _got_drops(result):
    out = {}
    for p in result.presenters:
        for g in p.groups:
            for m in g.dropped_marks:
                key = (p.presenter.id, g.group, m.criterion)
                out.setdefault(key, set()).add((m.reviewer.reviewer_id, m.reason))
    return out


@SETTINGS
@given(contests(leniency=False, max_reviewers=12, tie_heavy=True).map(_per_criterion))
def test_the_dropped_marks_are_those_a_plain_sort_drops(case):
    setup, ballots = case
    with tempfile.TemporaryDirectory() as tmp:
        store = create_contest(Path(tmp) / f"c{next(_counter)}.arena", setup, ballots)
        with store:
            result, contest = tally(store), store.contest()
            by_id = ballots_by_id(store, ballots)
    assert _got_drops(result) == _expected_drops(contest, by_id, result.trim)


@SETTINGS
@given(
    contests(leniency=False, max_reviewers=12).map(_per_criterion),
    st.sampled_from(("trimmed", "median", "mean")),
)
def test_packed_and_unpacked_histograms_give_the_same_cells(case, method):
    setup, ballots = case
    with tempfile.TemporaryDirectory() as tmp:
        with create_contest(Path(tmp) / f"c{next(_counter)}.arena", setup, ballots) as store:
            contest = store.contest()
            scale = tally_sql.Scale.of(contest.criteria)
            args = (store.conn, scale, len(contest.criteria), method, contest.scoring.trim, True, False)
            packed = tally_sql.criterion_marks(*args)
            unpacked = tally_sql.criterion_marks(*args, pack_limit=0)
    assert sorted(packed[0], key=repr) == sorted(unpacked[0], key=repr)
    assert sorted(packed[1], key=repr) == sorted(unpacked[1], key=repr)


def _setup(trim: int, reviewers: int) -> dict:
    return {
        "title": "panel",
        "criteria": [{"name": "a", "max": "10", "step": "0.5"}, {"name": "b", "max": "10", "step": "0.5"}],
        "groups": [{"name": "judges", "weight": "1"}],
        "reviewers": [{"name": f"j{i}", "group": "judges"} for i in range(reviewers)],
        "presenters": [{"name": "diver"}],
        "scoring": {"method": "trimmed", "trim": trim, "level": "criterion"},
    }


def test_equal_marks_at_an_end_are_dropped_in_setup_order(tmp_path):
    # k = 2 and three judges share the lowest mark of "a": two of one bin are dropped at once,
    # which the bins alone cannot name, so the cell is looked up mark by mark.
    marks = {
        "j0": (10, 4),
        "j1": (6, 5),
        "j2": (6, 6),
        "j3": (6, 7),
        "j4": (12, 8),
        "j5": (14, 9),
        "j6": (14, 10),
    }
    ballots = {(r, "diver"): {"a": a, "b": b} for r, (a, b) in marks.items()}
    with create_contest(tmp_path / "panel.arena", _setup(2, 7), ballots) as store:
        result = tally(store)
    group = result.presenters[0].groups[0]
    drops = {(m.criterion, m.reviewer.name, m.reason) for m in group.dropped_marks}
    assert drops == {
        ("a", "j1", "lowest"),
        ("a", "j2", "lowest"),
        ("a", "j5", "highest"),
        ("a", "j6", "highest"),
        ("b", "j0", "lowest"),
        ("b", "j1", "lowest"),
        ("b", "j5", "highest"),
        ("b", "j6", "highest"),
    }
    # a keeps 6, 10, 12 half points (3 + 5 + 6 = 14 points over 3); b keeps 6, 7, 8 (mean 3.5 points)
    assert dict(group.criterion_scores) == {"a": Fraction(14, 3), "b": Fraction(7, 2)}


def test_one_mark_dropped_per_end_names_the_first_lowest_and_last_highest(tmp_path):
    # k = 1, every judge gives the same mark: the first judge's is the lowest, the last's the highest.
    ballots = {(f"j{i}", "diver"): {"a": 10, "b": 10} for i in range(5)}
    with create_contest(tmp_path / "flat.arena", _setup(1, 5), ballots) as store:
        group = tally(store).presenters[0].groups[0]
    drops = {(m.criterion, m.reviewer.name, m.reason) for m in group.dropped_marks}
    assert drops == {
        ("a", "j0", "lowest"),
        ("a", "j4", "highest"),
        ("b", "j0", "lowest"),
        ("b", "j4", "highest"),
    }


def test_a_mark_above_max_in_a_hand_edited_file_is_counted_where_it_belongs(tmp_path):
    # The schema's triggers forbid a mark above max; a file edited by hand without them can hold one.
    # Packed into one integer it would fall into another cell's bins, so the tally counts again unpacked.
    ballots = {(f"j{i}", "diver"): {"a": 2 * (i + 1), "b": 10} for i in range(5)}
    with create_contest(tmp_path / "edited.arena", _setup(1, 5), ballots) as store:
        contest = store.contest()
        a, j4 = contest.criteria[0], contest.reviewers[4]
        store.conn.execute("DROP TRIGGER scores_update_within_max")
        store.conn.execute(
            "UPDATE scores SET value = ? WHERE reviewer_id = ? AND criterion_id = ?",
            (a.max_units + 4, j4.id, a.id),
        )
        group = tally(store).presenters[0].groups[0]
    # a: 2, 4, 6, 8, 24 half points; the lowest (j0) and the highest (j4, 12 points) are dropped
    assert dict(group.criterion_scores)["a"] == Fraction(4 + 6 + 8, 3) / 2
    drops = {
        (m.criterion, m.reviewer.name, m.reason, m.mark) for m in group.dropped_marks if m.criterion == "a"
    }
    assert drops == {("a", "j0", "lowest", 1), ("a", "j4", "highest", 12)}


def test_ties_at_an_end_with_an_incomplete_ballot_in_the_file(tmp_path):
    # The slow ways together: a damaged file (a half ballot, left out) and two equal lowest marks with k = 2.
    marks = {"j0": 6, "j1": 6, "j2": 6, "j3": 8, "j4": 10, "j5": 12, "j6": 14}
    ballots = {(r, "diver"): {"a": v, "b": v} for r, v in marks.items()}
    setup = _setup(2, 8)
    with create_contest(tmp_path / "damaged.arena", setup, ballots) as store:
        contest = store.contest()
        half = (contest.reviewers[7].id, contest.presenters[0].id, contest.criteria[0].id, 0)
        store.load_generated_scores([half], "test: incomplete ballot")
        result = tally(store)
    group = result.presenters[0].groups[0]
    drops = {(m.criterion, m.reviewer.name, m.reason) for m in group.dropped_marks}
    assert drops == {(c, j, "lowest") for c in "ab" for j in ("j0", "j1")} | {
        (c, j, "highest") for c in "ab" for j in ("j5", "j6")
    }
    assert dict(group.criterion_scores) == {
        "a": Fraction(6 + 8 + 10, 3) / 2,
        "b": Fraction(6 + 8 + 10, 3) / 2,
    }
    assert "1 marks belong to incomplete or recused ballots and are not counted" in result.warnings
