"""Property tests: the SQL tally equals the pure-Python reference exactly on random contests, and behaves."""

from __future__ import annotations

import copy
import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from score_builders import ballots_by_id, contests, create_contest
from score_reference import reference_tally

from arena.tally import tally

_counter = itertools.count()
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _tally(setup, ballots):
    with tempfile.TemporaryDirectory() as tmp:
        store = create_contest(Path(tmp) / f"c{next(_counter)}.arena", setup, ballots)
        try:
            return tally(store), store.contest(), ballots_by_id(store, ballots)
        finally:
            store.close()


def _assert_equals_reference(case):
    setup, ballots = case
    result, contest, by_id = _tally(setup, ballots)
    expected = {r.name: r for r in reference_tally(contest, by_id)}
    assert len(result.presenters) == len(expected)
    for got in result.presenters:
        want = expected[got.presenter.name]
        assert got.score == want.score
        assert {g.group: g.score for g in got.groups} == want.groups
        assert (got.ballots, got.eligible) == (want.ballots, want.eligible)
        assert {t.reviewer_id: t.total for t in got.totals} == want.totals
        assert (got.rank, got.shared_rank) == (want.rank, want.shared)
    return result


@SETTINGS
@given(contests())
def test_sql_tally_equals_the_reference_exactly(case):
    _assert_equals_reference(case)


@SETTINGS
@given(contests(tie_heavy=True))
def test_sql_tally_equals_the_reference_on_contests_full_of_ties(case):
    result = _assert_equals_reference(case)
    ranks = [p.rank for p in result.presenters if p.rank is not None]
    assert ranks == sorted(ranks) and (not ranks or ranks[0] == 1)


@SETTINGS
@given(contests(), st.randoms(use_true_random=False))
def test_reordering_reviewers_changes_nothing(case, rng):
    setup, ballots = case
    shuffled = copy.deepcopy(setup)
    rng.shuffle(shuffled["reviewers"])
    before, _, _ = _tally(setup, ballots)
    after, _, _ = _tally(shuffled, dict(reversed(list(ballots.items()))))
    assert [(p.presenter.name, p.score, p.rank) for p in before.presenters] == [
        (p.presenter.name, p.score, p.rank) for p in after.presenters
    ]


@SETTINGS
@given(contests(leniency=False), st.data())
def test_raising_one_score_never_lowers_that_presenters_result(case, data):
    setup, ballots = case
    if not ballots:
        return
    key = data.draw(st.sampled_from(sorted(ballots)))
    criterion = data.draw(st.sampled_from(sorted(ballots[key])))
    limit = {c["name"]: round(float(c["max"]) / float(c["step"])) for c in setup["criteria"]}[criterion]
    if ballots[key][criterion] == limit:
        return
    raised = copy.deepcopy(ballots)
    raised[key][criterion] = data.draw(st.integers(ballots[key][criterion] + 1, limit))
    before, _, _ = _tally(setup, ballots)
    after, _, _ = _tally(setup, raised)
    name = key[1]
    score_before = next(p.score for p in before.presenters if p.presenter.name == name)
    score_after = next(p.score for p in after.presenters if p.presenter.name == name)
    assert score_after >= score_before


@SETTINGS
@given(contests())
def test_every_result_lies_between_the_lowest_and_highest_possible(case):
    setup, ballots = case
    result, _, _ = _tally(setup, ballots)
    for p in result.presenters:
        if p.score is None:
            assert p.ballots == 0 and p.rank is None
            continue
        assert 0 <= p.score <= 100
        totals = [t.total for t in p.totals]
        if not result.leniency and result.trim_level == "total":
            # a weighted mean of group scores, each inside its group's totals
            assert min(totals) <= p.score <= max(totals)
        for g in p.groups:
            assert g.score is None or 0 <= g.score <= 100


@SETTINGS
@given(contests(leniency=False))
def test_what_is_dropped_is_exactly_the_k_lowest_and_k_highest(case):
    setup, ballots = case
    result, contest, by_id = _tally(setup, ballots)
    k = result.trim
    steps = {c.name: c.step for c in contest.criteria}
    for p in result.presenters:
        for g in p.groups:
            if not g.trimmed:
                assert not g.dropped and not g.dropped_marks
                continue
            if result.trim_level == "total":
                kept = [t.total for t in p.totals if t.group == g.group and not t.dropped]
                low = [t.total for t in g.dropped if t.drop_reason == "lowest"]
                high = [t.total for t in g.dropped if t.drop_reason == "highest"]
                assert len(low) == len(high) == k and len(kept) == g.n - 2 * k
                assert max(low) <= min(kept) and max(kept) <= min(high)
                continue
            for name, mean in g.criterion_scores:
                low = [m.mark for m in g.dropped_marks if m.criterion == name and m.reason == "lowest"]
                high = [m.mark for m in g.dropped_marks if m.criterion == name and m.reason == "highest"]
                assert len(low) == len(high) == k
                assert max(low) <= mean <= min(high)
                assert all(m % steps[name] == 0 for m in low + high)
