"""The recount workbook with an audience group (issue 13's leftover), recomputed by LibreOffice headless.

`arena export FILE recount.xlsx --recount` writes the audience's ballots (without phones) and its
aggregate as live formulas on a sheet 大众评审; each presenter's sheet weighs it in like a group.
LibreOffice's values must be the tally's: the hand-computed finals of test_audience_with_objective.py
(1160/17, 88, 6373/102) and of audience_contest.py (5711/68, 83, 2113/34) to the workbook's decimals,
and for the other aggregates (mean, votes_top with a presenter nobody voted for, a shorter form, a
rounded group stage) every final, rank and group score as `arena tally` publishes them.
"""

from __future__ import annotations

import copy
import re
import sys
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from audience_contest import EXPECTED, PANEL, SETUP, build
from test_audience_with_objective import EXPECTED as EXPECTED_WITH_OBJECTIVE
from test_audience_with_objective import WEIGHTED

from arena.cli import main
from arena.intake import BallotRules
from arena.session import Session
from arena.setup import parse_setup
from arena.store import Store

sys.path.insert(0, str(Path(__file__).parents[1] / "tally"))
from test_recount_workbook import assert_same_as_tally, recalculated  # noqa: E402


def _finals(book) -> dict[str, float]:
    """Presenter -> the final score as the workbook computes it (every decimal it keeps)."""
    rows = list(book["汇总"].iter_rows(values_only=True))[1:]
    return {r[0]: r[1] for r in rows[: next(i for i, r in enumerate(rows) if not any(r))]}


def _exported(path: Path, out: Path) -> Path:
    assert main(["export", str(path), str(out), "--recount"]) == 0
    return out


def _exact_finals(path: Path) -> dict[str, Fraction]:
    from arena.tally import tally

    with Store.open(path) as store:
        return {p.presenter.name: p.score for p in tally(store).presenters}


def _contest(path: Path, audience: dict, votes: dict, scoring: dict | None = None) -> Path:
    """SETUP's panel with another audience; `votes`: presenter -> one marks dict per phone."""
    setup = copy.deepcopy(SETUP)
    setup["audience"] = {"name": "大众评审", "weight": 30, **audience}
    if scoring:
        setup["scoring"] = scoring
    store = Store.create(path, parse_setup(setup))
    session = Session(store)
    session.start()
    contest = store.contest()
    presenters = {p.name: p for p in contest.presenters}
    reviewers = {r.name: r for r in contest.reviewers}
    session.open_scoring([p.id for p in contest.presenters])
    with store.transaction():
        phones = [store.join_audience("10.0.0.7") for _ in range(max(map(len, votes.values())))]
    rules = BallotRules.of(store)
    n = 0
    for pname, marks in PANEL.items():
        for rname, (a, b) in marks.items():
            n += 1
            ballot = rules.check(reviewers[rname].id, presenters[pname].id, {"A": a, "B": b}, f"p-{n:04d}")
            store.record_ballot(ballot, "phone")
    for pname, ballots in votes.items():
        for phone, marks in zip(phones, ballots):
            n += 1
            pid = presenters[pname].id
            store.record_ballot(
                rules.check(phone.reviewer_id, pid, marks, f"a-{n:04d}", audience=True), "phone"
            )
    store.close()
    return path


def test_the_hand_computed_finals_come_out_of_the_recomputed_workbook(tmp_path):
    both = tmp_path / "all.arena"
    build(both, WEIGHTED).close()
    plain = tmp_path / "plain.arena"
    build(plain).close()
    workbooks = [_exported(both, tmp_path / "all.xlsx"), _exported(plain, tmp_path / "plain.xlsx")]
    raw = openpyxl.load_workbook(workbooks[0])
    assert raw.sheetnames[-1] == "大众评审"
    cells = [str(c.value) for row in raw["大众评审"].iter_rows() for c in row]
    assert any(c.startswith("=COUNTIF(") for c in cells) and not any("audience:" in c for c in cells)
    books = recalculated(tmp_path, workbooks)
    for path, expected in ((both, EXPECTED_WITH_OBJECTIVE), (plain, EXPECTED)):
        book = books[tmp_path / f"{path.stem}.xlsx"]
        finals = _finals(book)
        assert set(finals) == set(expected)
        for name, exact in expected.items():
            assert finals[name] == pytest.approx(float(exact), abs=1e-9), name
        assert assert_same_as_tally(path, book) == 3


def test_every_aggregate_recomputed_equals_the_tally(tmp_path):
    vote, none = {"投票": 1}, []
    contests = [
        # votes_top, two votes a phone; nobody votes for P3 (its audience score is 0, and counts)
        _contest(
            tmp_path / "votes.arena",
            {"ballot": "vote", "aggregate": "votes_top", "votes": 2},
            {"P1": [vote] * 3, "P2": [vote] * 4, "P3": none},
            {"method": "mean", "rounding": [{"stage": "group", "decimals": 1, "rule": "half_even"}]},
        ),
        # the panel's form, plain mean; P3 gets no audience ballot (the audience leaves it out)
        _contest(
            tmp_path / "mean.arena",
            {"ballot": "same", "aggregate": "mean"},
            {"P1": [{"A": 50, "B": 33}, {"A": 41, "B": 20}], "P2": [{"A": 60, "B": 40}], "P3": none},
        ),
        # a shorter form rescaled top = 100, the group stage truncated to whole points
        _contest(
            tmp_path / "subset.arena",
            {"ballot": ["A"], "aggregate": "mean_top"},
            {"P1": [{"A": 30}, {"A": 47}], "P2": [{"A": 59}, {"A": 12}, {"A": 33}], "P3": [{"A": 7}]},
            {"method": "mean", "rounding": [{"stage": "group", "decimals": 0, "rule": "down"}]},
        ),
        # the panel trimmed criterion by criterion beside a rated audience
        _contest(
            tmp_path / "criterion.arena",
            {"ballot": "rating", "aggregate": "mean_top"},
            {"P1": [{"评分": 3}, {"评分": 9}], "P2": [{"评分": 6}], "P3": [{"评分": 10}, {"评分": 1}]},
            {"method": "median", "level": "criterion", "rounding": [{"stage": "final", "decimals": 1}]},
        ),
    ]
    workbooks = [_exported(c, tmp_path / f"{c.stem}.xlsx") for c in contests]
    books = recalculated(tmp_path, workbooks)
    for contest, workbook in zip(contests, workbooks):
        book = books[workbook]
        assert assert_same_as_tally(contest, book) == 3
        exact = _exact_finals(contest)
        for name, value in _finals(book).items():
            assert value == pytest.approx(float(exact[name]), abs=1e-9), (contest.stem, name)
    audience = {
        r[1]: r for r in books[workbooks[0]]["大众评审"].iter_rows(values_only=True) if r[0] in (1, 2, 3)
    }
    assert [audience[p][2] for p in ("P1", "P2", "P3")] == [3, 4, 0]  # votes counted per presenter
    assert audience["P3"][7] == 0 and audience["P3"][6] == 1  # no vote: 0, and it counts
    mean = {r[1]: r for r in books[workbooks[1]]["大众评审"].iter_rows(values_only=True) if r[0] in (1, 2, 3)}
    assert mean["P3"][6] == 0  # no ballot: left out of P3's final


def test_a_broken_audience_formula_is_caught(tmp_path):
    """The comparison can fail: the rescaling dropped from the audience's formula makes it differ."""
    path = tmp_path / "broken.arena"
    build(path, WEIGHTED).close()
    workbook = _exported(path, tmp_path / "broken.xlsx")
    raw = openpyxl.load_workbook(workbook)
    sheet = raw["大众评审"]
    broken = 0
    for row in sheet.iter_rows():
        score = row[7].value
        if isinstance(score, str) and score.startswith("=IF(AND("):
            row[7].value = re.sub(r"\*E(\d+)/F\1", r"*E\1/100", score)  # the mean, not rescaled
            broken += score != row[7].value
    assert broken == 3
    raw.save(workbook)
    book = recalculated(tmp_path, [workbook])[workbook]
    with pytest.raises(AssertionError):
        assert_same_as_tally(path, book)
    finals = _finals(book)
    assert finals["P2"] != pytest.approx(float(EXPECTED_WITH_OBJECTIVE["P2"]), abs=1e-9)
