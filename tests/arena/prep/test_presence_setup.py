"""The sign mode (签字确认) and the welcome-names option (issue 17's leftover) in JSON and Excel setups.

A new contest file takes them from its setup, under the names the console's tab and the store use
(`sign_mode`, `welcome_names`); they come back out in the setup's JSON form and the Excel template has
their rows. A wrong value is a problem with a code and a place (the setup's field, or the contest
sheet's row), worded in English; nothing is created.
"""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import openpyxl
import pytest
from prep_contest import SETUP

from arena.cli import main
from arena.io import CONTEST_SHEET, read_setup, write_setup_json, write_template
from arena.model import InputError
from arena.presence_options import PresenceOptions
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store


def _setup(**scoring) -> dict:
    setup = copy.deepcopy(SETUP)
    setup["scoring"] = {**setup.get("scoring", {}), **scoring}
    return setup


def _new(tmp_path, source) -> tuple[int, tuple[str, bool]]:
    path = tmp_path / "c.arena"
    code = main(["new", str(path), "--from", str(source)])
    if code:
        return code, ("", False)
    with Store.open(path) as store:
        return code, store.presence_options()


def _json(tmp_path, setup: dict):
    source = tmp_path / "setup.json"
    source.write_text(json.dumps(setup, ensure_ascii=False), encoding="utf-8")
    return source


@pytest.mark.parametrize(
    "scoring, stored",
    [
        ({}, ("off", False)),
        ({"sign_mode": "at_end", "welcome_names": True}, ("at_end", True)),
        ({"sign_mode": "after_each", "welcome_names": False}, ("after_each", False)),
        ({"sign_mode": "每位汇报后", "welcome_names": "是"}, ("after_each", True)),
        ({"sign_mode": " AT_END ", "welcome_names": "no"}, ("at_end", False)),
    ],
)
def test_a_json_setup_sets_both_options_in_the_new_file(tmp_path, scoring, stored):
    assert _new(tmp_path, _json(tmp_path, _setup(**scoring))) == (0, stored)


def test_the_options_come_back_out_in_the_setup_json(tmp_path):
    code, _ = _new(tmp_path, _json(tmp_path, _setup(sign_mode="at_end", welcome_names=True)))
    assert code == 0
    with Store.open(tmp_path / "c.arena") as store:
        contest = store.contest()
    assert contest.presence == PresenceOptions("at_end", True)
    scoring = contest_to_dict(contest)["scoring"]
    assert (scoring["sign_mode"], scoring["welcome_names"]) == ("at_end", True)
    write_setup_json(contest, tmp_path / "again.json")
    assert read_setup(tmp_path / "again.json").presence == PresenceOptions("at_end", True)
    assert "sign_mode" not in contest_to_dict(parse_setup(SETUP))["scoring"]  # defaults stay out


def test_a_setup_edit_keeps_what_the_console_tab_set(tmp_path):
    """The console's tab owns the options of an open file: a setup edit (a stale editor) leaves them."""
    code, _ = _new(tmp_path, _json(tmp_path, _setup(sign_mode="at_end")))
    assert code == 0
    with Store.open(tmp_path / "c.arena") as store:
        store.set_presence_options("after_each", True)
        edited = store.contest()
        stale = replace(edited, title="改过的标题", presence=PresenceOptions("at_end", False))
        store.update_setup(stale)
        assert store.contest().title == "改过的标题"
        assert store.presence_options() == ("after_each", True)


def test_the_excel_template_has_the_rows_and_a_filled_sheet_sets_them(tmp_path):
    template = tmp_path / "template.xlsx"
    write_template(template)
    book = openpyxl.load_workbook(template)
    sheet = book[CONTEST_SHEET[0]]
    rows = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    assert {"签字确认", "欢迎页显示签到名单"} <= set(rows)
    assert any("签字确认" in str(c.value) for c in book["说明"]["A"])  # the instructions explain them
    rows["签字确认"].value = "结束后"
    rows["欢迎页显示签到名单"].value = "是"
    book.save(template)
    assert _new(tmp_path, template) == (0, ("at_end", True))


def test_a_template_of_a_contest_with_the_options_reads_back_the_same(tmp_path):
    contest = parse_setup(_setup(sign_mode="after_each", welcome_names=True))
    write_template(tmp_path / "t.xlsx", contest)
    assert read_setup(tmp_path / "t.xlsx").presence == PresenceOptions("after_each", True)


def test_wrong_values_in_json_are_problems_with_a_code_and_a_place(tmp_path, capsys):
    with pytest.raises(InputError) as caught:
        parse_setup(_setup(sign_mode="sometimes", welcome_names="maybe"))
    problems = {p.code: p for p in caught.value.problems}
    assert set(problems) == {"sign_mode_unknown", "not_yes_no"}
    sign, names = problems["sign_mode_unknown"], problems["not_yes_no"]
    assert (sign.where.list, sign.where.field, sign.params) == (
        "scoring",
        "sign_mode",
        {"value": "sometimes"},
    )
    assert (names.where.list, names.where.field, names.params) == (
        "scoring",
        "welcome_names",
        {"value": "maybe"},
    )
    assert str(sign) == "scoring.sign_mode: must be off, at_end or after_each, not 'sometimes'"
    assert str(names) == "scoring.welcome_names: must be yes or no, not 'maybe'"
    with pytest.raises(InputError):
        parse_setup(_setup(welcome_names=2))  # a number other than 1 or 0 is no answer either
    assert _new(tmp_path, _json(tmp_path, _setup(sign_mode="sometimes")))[0] == 2
    assert "must be off, at_end or after_each, not 'sometimes'" in capsys.readouterr().err
    assert not (tmp_path / "c.arena").exists()


def test_wrong_values_on_the_contest_sheet_name_the_sheet_and_row(tmp_path, capsys):
    template = tmp_path / "template.xlsx"
    write_template(template)
    book = openpyxl.load_workbook(template)
    sheet = book[CONTEST_SHEET[0]]
    rows = {row[0].value: row[0].row for row in sheet.iter_rows(min_row=2)}
    sheet.cell(rows["签字确认"], 2, "签两次")
    sheet.cell(rows["欢迎页显示签到名单"], 2, "也许")
    book.save(template)
    with pytest.raises(InputError) as caught:
        read_setup(template)
    problems = {p.code: p for p in caught.value.problems}
    assert set(problems) == {"sign_mode_unknown", "not_yes_no"}
    assert str(problems["sign_mode_unknown"].where) == f"sheet 比赛信息, row {rows['签字确认']}, sign_mode"
    assert problems["not_yes_no"].where.row == rows["欢迎页显示签到名单"]
    assert _new(tmp_path, template)[0] == 2
    err = capsys.readouterr().err
    assert f"sheet 比赛信息, row {rows['签字确认']}, sign_mode: must be off, at_end or after_each" in err
    assert not (tmp_path / "c.arena").exists()
