"""实绩 (objective items): setup problems with codes, the rules, the 实绩 sheet, the lock at the start."""

from __future__ import annotations

import copy
import json
import sqlite3
from decimal import Decimal
from fractions import Fraction

import openpyxl
import pytest
from prep_contest import SETUP, build

from arena.cli import main
from arena.io import read_setup, write_template
from arena.model import InputError
from arena.objective import ObjectiveItem, ObjectiveRefused, convert, objective_hash
from arena.session import Session
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store
from arena.verify import verify


def _codes(exc: InputError) -> list[str]:
    return [getattr(p, "code", "") for p in exc.problems]


def _with(**item) -> dict:
    setup = copy.deepcopy(SETUP)
    setup["objective"] = [{**setup["objective"][0], **item}]
    return setup


def test_weights_of_groups_and_items_must_add_up_to_100():
    with pytest.raises(InputError) as caught:
        parse_setup(_with(weight="25"))
    [problem] = caught.value.problems
    assert problem.code == "weights_total"
    assert problem.params == {"groups": "80", "items": "25", "total": "105"}
    assert str(problem.where) == "groups.weight"


@pytest.mark.parametrize(
    ("item", "code", "where"),
    [
        ({"rule": "lottery"}, "objective_rule", "objective #1, rule"),
        ({"weight": "x"}, "objective_number", "objective #1, weight"),
        ({"name": ""}, "objective_required", "objective #1, name"),
        ({"values": {"丁": 1}}, "objective_presenter", "objective #1, values"),
        ({"rule": "score", "values": {"甲": "101"}}, "objective_range", "objective #1, values"),
        ({"values": {"甲": 2, "乙": 2}}, "objective_flat", "objective #1, values"),
        ({"low": "1.5"}, "objective_bounds", "objective #1, values"),
        ({"better": "sideways"}, "objective_better", "objective #1, better"),
    ],
)
def test_each_problem_has_a_code_and_a_place(item, code, where):
    with pytest.raises(InputError) as caught:
        parse_setup(_with(**item))
    assert code in _codes(caught.value)
    assert where in [str(p.where) for p in caught.value.problems if p.code == code]


def test_the_three_rules_convert_exactly():
    values = (("甲", Decimal(10)), ("乙", Decimal(30)), ("丙", Decimal(30)), ("丁", Decimal(20)))
    assert convert(ObjectiveItem("x", Decimal(20), rule="score", values=values)) == {
        "甲": 10,
        "乙": 30,
        "丙": 30,
        "丁": 20,
    }
    linear = convert(ObjectiveItem("x", Decimal(20), rule="linear", values=values))
    assert linear == {"甲": 0, "乙": 100, "丙": 100, "丁": 50}
    lower = convert(
        ObjectiveItem("x", Decimal(20), rule="linear", better="lower", low=Decimal(0), values=values)
    )
    assert lower == {"甲": Fraction(200, 3), "乙": 0, "丙": 0, "丁": Fraction(100, 3)}
    # rank: ties share the better place (1, 1, 3, 4): full × (n - rank + 1) / n
    assert convert(ObjectiveItem("x", Decimal(20), rule="rank", values=values)) == {
        "乙": 100,
        "丙": 100,
        "丁": 50,
        "甲": 25,
    }


def test_setup_round_trips_through_json_and_the_excel_sheet(tmp_path):
    contest = parse_setup(_with(rule="rank", better="lower"))
    assert parse_setup(contest_to_dict(contest)).objective == contest.objective
    write_template(tmp_path / "t.xlsx", contest)
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    sheet = book["实绩"]
    assert [c.value for c in sheet[1]][:4] == ["名称", "权重", "来源", "规则"]
    again = read_setup(tmp_path / "t.xlsx")
    assert again.objective == contest.objective


def test_a_bad_cell_in_the_sheet_is_named_by_sheet_row_and_header(tmp_path):
    write_template(tmp_path / "t.xlsx", parse_setup(SETUP))
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    book["实绩"]["D2"] = "抽奖"  # 规则
    book["实绩"].cell(row=2, column=8, value="abc")  # the first presenter's value column (甲)
    book.save(tmp_path / "t.xlsx")
    with pytest.raises(InputError) as caught:
        read_setup(tmp_path / "t.xlsx")
    where = {p.code: str(p.where) for p in caught.value.problems}
    assert where["objective_rule"] == "sheet 实绩, row 2, 规则"
    assert where["objective_number"].startswith("sheet 实绩, row 2")


def test_values_imported_before_the_start_and_refused_after(tmp_path, capsys):
    path = build(tmp_path / "t.arena")
    values = tmp_path / "v.json"
    values.write_text(
        json.dumps([{"name": "招商实绩", "values": {"甲": "2.0"}}], ensure_ascii=False), "utf-8"
    )
    assert main(["objective", str(path), str(values)]) == 0
    out = capsys.readouterr().out
    # 甲 is now the lowest (2.0 -> 0); 丙: (2.4 - 2.0) / (3.0 - 2.0) × 100
    assert "甲: 2 -> 0.00" in out and "丙: 2.4 -> 40.00" in out and "乙: 3 -> 100.00" in out
    with Store.open(path) as store:
        digest = objective_hash(store.objective_items())
        assert f"SHA-256 {digest}" in out
        assert store.session_log()[-1]["detail"]["sha256"] == digest
        state = Session(store).start()
        assert state.phase == "live"
        assert store.session_log()[-1]["detail"]["objective_sha256"] == digest
        with pytest.raises(ObjectiveRefused) as refused:
            store.set_objective(store.objective_items())
        assert refused.value.code == "objective_locked"
    assert main(["objective", str(path), str(values)]) == 2
    assert "the objective values are locked" in capsys.readouterr().err


def test_verify_fails_when_a_value_is_edited_after_the_start(tmp_path):
    path = build(tmp_path / "t.arena")
    with Store.open(path) as store:
        Session(store).start()
    assert verify(path).ok
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE objective_values SET value = '9.9'")
    conn.close()
    result = verify(path)
    assert not result.ok
    assert any("not those locked at the start" in p for p in result.problems)


def test_a_missing_value_is_not_counted_and_says_so(tmp_path):
    setup = _with(values={"甲": "1.2", "乙": "3.0"})
    path = build(tmp_path / "t.arena", setup)
    with Store.open(path) as store:
        from arena.tally import tally

        result = tally(store)
    third = next(r for r in result.presenters if r.presenter.name == "丙")
    assert third.objective[0].score is None
    assert "objective_missing" in [w.code for w in third.warnings]
    # 丙 without the item: (50 × 141/2 + 30 × 91) / 80
    assert third.score == Fraction(50 * Fraction(141, 2) + 30 * 91, 80)


def test_weights_edited_after_the_items_are_noticed_in_the_tally(tmp_path):
    import dataclasses

    from arena.tally import tally

    path = build(tmp_path / "t.arena")
    with Store.open(path) as store:
        contest = store.contest()
        groups = (dataclasses.replace(contest.groups[0], weight=Decimal(60)), contest.groups[1])
        store.update_setup(dataclasses.replace(contest, groups=groups))  # the editor does not see the items
        warnings = tally(store).warnings
    [notice] = [w for w in warnings if w.code == "weights_total"]
    assert notice.params == {"groups": "90", "items": "20", "total": "110"}
