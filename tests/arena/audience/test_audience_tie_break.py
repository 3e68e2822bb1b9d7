"""A tie-break `group:<name>` naming the audience group (issue 13's leftover), on a hand-made tie.

One criterion 得分 (max 100), the panel group 领导 (weight 50) and the audience 大众评审 (weight 50, a 1-10
rating, plain mean). Worked out by hand:

    P1  领导 80   audience 6, 6 -> 60   F = (50 x 80 + 50 x 60) / 100 = 70
    P2  领导 60   audience 8, 8 -> 80   F = (50 x 60 + 50 x 80) / 100 = 70
    P3  领导 50   audience 5    -> 50   F = 50

P1 and P2 tie on 70. `group:大众评审` puts P2 first (80 against 60), exactly as `group:领导` puts P1
first (80 against 60); without a rule the rank is shared. A rule naming no group is refused.
"""

from __future__ import annotations

import json

import pytest

from arena.cli import main
from arena.intake import BallotRules
from arena.model import InputError
from arena.session import Session
from arena.setup import parse_setup
from arena.store import Store

PANEL = {"P1": 80, "P2": 60, "P3": 50}
RATINGS = {"P1": (6, 6), "P2": (8, 8), "P3": (5,)}


def _setup(tie_break: list[str]) -> dict:
    return {
        "title": "同分决胜",
        "criteria": [{"name": "得分", "max": 100, "step": 1}],
        "groups": [{"name": "领导", "weight": 50}],
        "audience": {"name": "大众评审", "weight": 50, "ballot": "rating", "aggregate": "mean"},
        "reviewers": [{"name": "L1", "group": "领导"}],
        "presenters": [{"name": "P1"}, {"name": "P2"}, {"name": "P3"}],
        "scoring": {"method": "mean", "tie_break": tie_break},
    }


def _contest(path, tie_break: list[str]):
    store = Store.create(path, parse_setup(_setup(tie_break)))
    session = Session(store)
    session.start()
    contest = store.contest()
    presenters = {p.name: p.id for p in contest.presenters}
    session.open_scoring(list(presenters.values()))
    with store.transaction():
        phones = [store.join_audience("10.0.0.5") for _ in range(2)]
    rules = BallotRules.of(store)
    [judge] = contest.reviewers
    for name, mark in PANEL.items():
        store.record_ballot(rules.check(judge.id, presenters[name], {"得分": mark}, f"l-{name}"), "phone")
    for name, ratings in RATINGS.items():
        for i, (phone, rating) in enumerate(zip(phones, ratings)):
            ballot = rules.check(
                phone.reviewer_id, presenters[name], {"评分": rating}, f"a-{name}-{i}", audience=True
            )
            store.record_ballot(ballot, "phone")
    store.close()
    return path


def _ranks(path, capsys) -> dict[str, dict]:
    assert main(["tally", str(path), "--json"]) == 0
    return {p["presenter"]: p for p in json.loads(capsys.readouterr().out)["presenters"]}


@pytest.mark.parametrize(
    "chain, first, second",
    [
        (["group:大众评审"], "P2", "P1"),
        (["group:领导"], "P1", "P2"),
        (["group:大众评审", "median"], "P2", "P1"),
    ],
)
def test_the_audience_group_breaks_a_tie_like_a_panel_group(tmp_path, capsys, chain, first, second):
    rows = _ranks(_contest(tmp_path / "t.arena", chain), capsys)
    assert rows["P1"]["exact"] == rows["P2"]["exact"] == "70/1"
    assert (rows[first]["rank"], rows[second]["rank"], rows["P3"]["rank"]) == (1, 2, 3)
    assert not rows[first]["shared_rank"] and not rows[second]["shared_rank"]
    assert f"decided by {chain[0]}: 80.00 against {second} 60.00" in rows[first]["tie_break"]


def test_without_the_rule_the_rank_is_shared(tmp_path, capsys):
    rows = _ranks(_contest(tmp_path / "t.arena", []), capsys)
    assert rows["P1"]["rank"] == rows["P2"]["rank"] == 1 and rows["P1"]["shared_rank"]


def test_a_tie_break_naming_no_group_is_refused_with_a_code_and_a_place(tmp_path, capsys):
    with pytest.raises(InputError) as caught:
        parse_setup(_setup(["group:观众"]))
    [problem] = caught.value.problems
    assert problem.code == "unknown_tie_break" and problem.params == {"rule": "group:观众"}
    assert (problem.where.list, problem.where.field) == ("scoring", "tie_break")
    # without an audience, its name is no group either
    setup = _setup(["group:大众评审"])
    del setup["audience"]
    setup["groups"][0]["weight"] = 100
    with pytest.raises(InputError) as caught:
        parse_setup(setup)
    assert [p.code for p in caught.value.problems] == ["unknown_tie_break"]
    (tmp_path / "bad.json").write_text(
        json.dumps(_setup(["group:观众"]), ensure_ascii=False), encoding="utf-8"
    )
    assert main(["new", str(tmp_path / "bad.arena"), "--from", str(tmp_path / "bad.json")]) == 2
    assert "group:观众" in capsys.readouterr().err
    assert not (tmp_path / "bad.arena").exists()
