"""Rounding stages as rule books write them (issue 15): exact decimals, the same as a Fraction reference.

The reference (score_reference.py) rounds with the decimal module, the tally with
arena.rounding; both follow docs/scoring.md. One hand-made contest shows that
rounding each reviewer's total can change the ranking, as it does on paper.
"""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from score_builders import contests, create_contest
from test_scoring_properties import SETTINGS, _assert_equals_reference

from arena.cli import main
from arena.io import read_setup_xlsx, write_template
from arena.model import InputError
from arena.rounding import Stage, describe_zh, parse_stages, round_to
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store
from arena.tally import tally


@SETTINGS
@given(contests(rule_book=True))
def test_tally_with_rounding_stages_equals_the_reference_exactly(case):
    result = _assert_equals_reference(case)
    stages = {s["stage"]: s["decimals"] for s in case[0]["scoring"]["rounding"]}
    for p in result.presenters:
        if "final" in stages and p.score is not None:
            assert (p.score * 10 ** stages["final"]).denominator == 1  # an exact decimal
        for g in p.groups:
            if "group" in stages and g.score is not None:
                assert (g.score * 10 ** stages["group"]).denominator == 1


@given(st.fractions(min_value=0, max_value=1000), st.integers(0, 4))
def test_round_to_agrees_with_its_definition(value, d):
    scale = 10**d
    for rule in ("half_up", "half_even", "down"):
        got = round_to(value, d, rule)
        assert (got * scale).denominator == 1
        assert (
            abs(got - value) <= Fraction(1, scale)
            if rule == "down"
            else abs(got - value) <= Fraction(1, 2 * scale)
        )
    assert round_to(value, d, "down") <= value
    assert round_to(Fraction(5, 2), 0, "half_even") == 2 and round_to(Fraction(7, 2), 0, "half_even") == 4
    assert round_to(Fraction(5, 2), 0, "half_up") == 3 and round_to(Fraction(29, 10), 0, "down") == 2


def _setup(rounding=None, **scoring):
    return {
        "title": "t",
        "criteria": [{"name": "得分", "max": "100", "step": "0.01"}],
        "groups": [{"name": "评委", "weight": 1}],
        "reviewers": [{"name": f"r{i}", "group": "评委"} for i in range(2)],
        "presenters": [{"name": "甲"}, {"name": "乙"}],
        "scoring": {"method": "mean", **({"rounding": rounding} if rounding else {}), **scoring},
    }


def test_rounding_each_reviewers_total_changes_the_ranking(tmp_path):
    """甲: 80.04 and 80.04 (mean 80.04); 乙: 80.05 and 80.02 (mean 80.035). Exact: 甲 first.
    Rounding each reviewer's total to one decimal: 甲 80.0 and 80.0; 乙 80.1 and 80.0 (80.05): 乙 first."""
    ballots = {("r0", "甲"): {"得分": 8004}, ("r1", "甲"): {"得分": 8004}}
    ballots |= {("r0", "乙"): {"得分": 8005}, ("r1", "乙"): {"得分": 8002}}
    exact = _ranking(tmp_path / "exact.arena", _setup(), ballots)
    staged = _ranking(tmp_path / "staged.arena", _setup("total:1; final:2"), ballots)
    assert exact == [("甲", 1, Fraction("80.04")), ("乙", 2, Fraction("80.035"))]
    assert staged == [("乙", 1, Fraction("80.05")), ("甲", 2, Fraction("80.00"))]


def test_rounded_finals_that_become_equal_share_a_rank_unless_the_chain_decides(tmp_path):
    """80.04 and 80.035 both round to 80.0 at one decimal: a tie, which the tie-break chain decides."""
    ballots = {("r0", "甲"): {"得分": 8004}, ("r1", "甲"): {"得分": 8004}}
    ballots |= {("r0", "乙"): {"得分": 8005}, ("r1", "乙"): {"得分": 8002}}
    shared = _ranking(tmp_path / "a.arena", _setup("final:1"), ballots)
    assert [r[1] for r in shared] == [1, 1]
    decided = _ranking(tmp_path / "b.arena", _setup("final:1", tie_break=["median"]), ballots)
    assert decided[0][:2] == ("甲", 1) and decided[1][:2] == ("乙", 2)


def _ranking(path, setup, ballots):
    with create_contest(path, setup, ballots) as store:
        return [(p.presenter.name, p.rank, p.score) for p in tally(store).presenters]


def test_stages_survive_the_file_the_json_form_and_the_workbook(tmp_path):
    setup = _setup([{"stage": "final", "decimals": 2}, {"stage": "total", "decimals": 1, "rule": "down"}])
    setup["scoring"]["full_score"] = "10"
    setup_path = tmp_path / "s.json"
    setup_path.write_text(json.dumps(setup, ensure_ascii=False), encoding="utf-8")
    assert main(["new", str(tmp_path / "c.arena"), "--from", str(setup_path)]) == 0
    with Store.open(tmp_path / "c.arena") as store:
        contest = store.contest()
    assert contest.scoring.rounding == (Stage("total", 1, "down"), Stage("final", 2, "half_up"))
    assert str(contest.scoring.full_score) == "10"
    again = parse_setup(contest_to_dict(contest))
    assert again.scoring == contest.scoring
    write_template(tmp_path / "t.xlsx", contest)
    assert read_setup_xlsx(tmp_path / "t.xlsx").scoring == contest.scoring


def test_stage_text_form_and_the_hosts_words():
    stages, problems = parse_stages("total：1；final:2")
    assert not problems
    assert describe_zh(stages) == "每位评委总分保留一位小数，四舍五入；最后得分保留两位小数，四舍五入"
    _stages, problems = parse_stages("final:9; bogus:1; group:x")
    assert len(problems) == 3


@pytest.mark.parametrize(
    ("scoring", "field"),
    [
        ({"method": "mean", "rounding": "criterion:2"}, "rounding"),
        ({"method": "trimmed", "trim": 1, "level": "criterion", "rounding": "total:1"}, "rounding"),
        ({"method": "mean", "leniency": True, "rounding": "final:2"}, "rounding"),
        ({"method": "trimmed", "trim": 1, "trim_min": 2}, "trim_min"),
        ({"method": "mean", "full_score": "-3"}, "full_score"),
    ],
)
def test_rule_book_fields_that_do_not_fit_are_refused_by_name(scoring, field):
    setup = _setup()
    setup["scoring"] = scoring
    with pytest.raises(InputError) as caught:
        parse_setup(setup)
    assert any(p.where.field == field for p in caught.value.problems), caught.value


def test_the_cli_states_the_stages_in_words(tmp_path, capsys):
    setup = _setup("total:1; final:2")
    path = tmp_path / "s.json"
    path.write_text(json.dumps(setup, ensure_ascii=False), encoding="utf-8")
    assert main(["new", str(tmp_path / "c.arena"), "--from", str(path)]) == 0
    capsys.readouterr()
    assert main(["tally", str(tmp_path / "c.arena")]) == 0
    out = capsys.readouterr().out
    assert (
        "rounding: each reviewer's total rounded to 1 decimal, half up; "
        "the final score rounded to 2 decimals, half up"
    ) in out
    assert main(["info", str(tmp_path / "c.arena")]) == 0
    assert "rounding: each reviewer's total rounded to 1 decimal" in capsys.readouterr().out
    assert main(["tally", str(tmp_path / "c.arena"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rounding"] == [
        {"stage": "total", "decimals": 1, "rule": "half_up"},
        {"stage": "final", "decimals": 2, "rule": "half_up"},
    ]
    assert "rounding: each reviewer's total" in data["formula"]
