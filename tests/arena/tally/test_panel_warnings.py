"""Small panels and the warnings that say so (issue 15): trim_min, codes and parameters, marks vs totals.

A group is trimmed only from trim_min values on (default 2k + 1); one that is not
trimmed, or is trimmed down to fewer than 3 kept values, carries a warning with a
code, its parameters and an English text that says whether totals or marks were
trimmed. Recusal strings whose presenter names contain a comma are read right.
"""

from __future__ import annotations

import pytest
from score_builders import create_contest

from arena.model import InputError
from arena.notices import Notice
from arena.setup import parse_setup
from arena.tally import tally
from arena.tally.explain import to_json

CRITERIA = [{"name": "甲项", "max": "50", "step": "1"}, {"name": "乙项", "max": "50", "step": "1"}]


def _setup(n: int, **scoring) -> dict:
    return {
        "title": "t",
        "criteria": CRITERIA,
        "groups": [{"name": "专家"}],
        "reviewers": [{"name": f"r{i}", "group": "专家"} for i in range(n)],
        "presenters": [{"name": "甲"}],
        "scoring": {"method": "trimmed", "trim": 1, **scoring},
    }


def _result(tmp_path, n: int, ballots: int | None = None, **scoring):
    ballots = n if ballots is None else ballots
    marks = {(f"r{i}", "甲"): {"甲项": 30 + 2 * i, "乙项": 40 - i} for i in range(ballots)}
    with create_contest(tmp_path / f"c{n}-{ballots}.arena", _setup(n, **scoring), marks) as store:
        return tally(store).presenters[0]


def _codes(result) -> dict[str, dict]:
    return {w.code: w.params for w in result.warnings if isinstance(w, Notice)}


@pytest.mark.parametrize(("n", "trimmed", "kept"), [(2, False, 2), (3, True, 1), (4, True, 2), (5, True, 3)])
def test_default_floor_is_2k_plus_1_and_small_trimmed_groups_are_flagged(tmp_path, n, trimmed, kept):
    result = _result(tmp_path, n)
    group = result.groups[0]
    assert (group.trimmed, group.kept) == (trimmed, kept)
    codes = _codes(result)
    if not trimmed:
        assert codes["not_trimmed"] == {"group": "专家", "n": n, "minimum": 3, "unit": "totals"}
        assert "专家: 2 totals, fewer than 3; not trimmed" in result.warnings
    elif kept < 3:
        assert codes["few_kept"] == {"group": "专家", "n": n, "kept": kept, "unit": "totals"}
        assert f"专家: {n} totals trimmed down to {kept} kept" in result.warnings
    else:
        assert not codes


@pytest.mark.parametrize("n", [3, 4])
def test_trim_min_keeps_small_panels_whole_and_says_how_many_counted(tmp_path, n):
    result = _result(tmp_path, n, trim_min=5)
    group = result.groups[0]
    assert not group.trimmed and group.kept == n and not group.dropped
    totals = [t.total for t in result.totals]
    assert group.score == sum(totals) / n  # the plain mean of all of them
    assert _codes(result)["not_trimmed"] == {"group": "专家", "n": n, "minimum": 5, "unit": "totals"}


def test_trim_min_reached_trims_as_before(tmp_path):
    result = _result(tmp_path, 5, trim_min=5)
    assert result.groups[0].trimmed and len(result.groups[0].dropped) == 2
    assert not _codes(result)


def test_recusals_and_missing_ballots_count_toward_the_floor(tmp_path):
    """Five reviewers, but only three ballots in: the floor applies to what was counted."""
    result = _result(tmp_path, 5, ballots=3, trim_min=5)
    assert not result.groups[0].trimmed
    assert _codes(result)["not_trimmed"]["n"] == 3
    assert "below_quorum" not in _codes(result)


def test_per_criterion_trimming_speaks_of_marks(tmp_path):
    small = _result(tmp_path, 4, level="criterion", trim_min=5)
    assert _codes(small)["not_trimmed"] == {"group": "专家", "n": 4, "minimum": 5, "unit": "marks"}
    assert "专家: 4 marks per criterion, fewer than 5; marks not trimmed" in small.warnings
    assert not any("totals" in w for w in small.warnings)
    trimmed = _result(tmp_path, 3, level="criterion")
    assert _codes(trimmed)["few_kept"] == {"group": "专家", "n": 3, "kept": 1, "unit": "marks"}
    assert "专家: 3 marks per criterion trimmed down to 1 kept" in trimmed.warnings


def test_quorum_and_no_scores_carry_codes(tmp_path):
    result = _result(tmp_path, 5, ballots=2, method="mean")
    assert _codes(result) == {"below_quorum": {"group": "专家", "n": 2, "eligible": 5}}
    empty = _result(tmp_path, 3, ballots=0)
    assert _codes(empty) == {"no_scores": {}}


def test_the_json_form_carries_codes_and_parameters(tmp_path):
    marks = {(f"r{i}", "甲"): {"甲项": 30 + i, "乙项": 40} for i in range(3)}
    with create_contest(tmp_path / "j.arena", _setup(3), marks) as store:
        data = to_json(tally(store))
    presenter = data["presenters"][0]
    assert presenter["warnings"] == ["专家: 3 totals trimmed down to 1 kept"]
    assert presenter["notices"] == [
        {"code": "few_kept", "params": {"group": "专家", "n": 3, "kept": 1, "unit": "totals"}}
    ]


def _recusal_setup(recuse, presenters):
    return {
        "title": "t",
        "criteria": CRITERIA,
        "groups": [{"name": "专家"}],
        "reviewers": [{"name": "r0", "group": "专家", "recuse": recuse}],
        "presenters": [{"name": p} for p in presenters],
    }


def test_a_recusal_string_keeps_names_that_contain_a_comma():
    presenters = ["Smith, Jones & Co", "甲，乙联合体", "丙"]
    contest = parse_setup(_recusal_setup("Smith, Jones & Co, 丙", presenters))
    assert contest.reviewers[0].recuse == ("Smith, Jones & Co", "丙")
    contest = parse_setup(_recusal_setup("甲，乙联合体、丙", presenters))
    assert contest.reviewers[0].recuse == ("甲，乙联合体", "丙")
    contest = parse_setup(_recusal_setup(["Smith, Jones & Co"], presenters))
    assert contest.reviewers[0].recuse == ("Smith, Jones & Co",)


def test_an_ambiguous_recusal_string_is_refused_with_the_list_form_named():
    presenters = ["Smith", "Jones", "Smith, Jones"]
    with pytest.raises(InputError) as caught:
        parse_setup(_recusal_setup("Smith, Jones", presenters))
    problem = caught.value.problems[0]
    assert str(problem.where) == "reviewers #1, recuse" and problem.code == "ambiguous_recusal"
    assert "use the list form" in problem.message and "“Smith, Jones”" in problem.message
    contest = parse_setup(_recusal_setup(["Smith", "Jones"], presenters))  # the list form is never split
    assert contest.reviewers[0].recuse == ("Smith", "Jones")


def test_a_recusal_string_still_reports_unknown_names():
    with pytest.raises(InputError) as caught:
        parse_setup(_recusal_setup("甲, 无此人", ["甲"]))
    assert "unknown presenter '无此人'" in str(caught.value)


def test_a_workbook_written_by_arena_reads_back_names_with_commas(tmp_path):
    from arena.io import read_setup_xlsx, write_template

    presenters = ["Smith", "Jones", "Smith, Jones"]
    contest = parse_setup(_recusal_setup(["Smith", "Jones"], presenters))
    write_template(tmp_path / "t.xlsx", contest)
    assert read_setup_xlsx(tmp_path / "t.xlsx").reviewers[0].recuse == ("Smith", "Jones")
