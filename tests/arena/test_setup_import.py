"""Setup import from JSON and Excel: all-or-nothing, every problem named by where it is."""

from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
import pytest

from arena.io import read_setup, write_template
from arena.model import InputError
from arena.setup import parse_setup

MINIMAL = {
    "title": "擂台赛",
    "date": "2022-12-05",
    "venue": "会议室",
    "scoring": {"method": "trimmed", "trim": 1},
    "criteria": [{"name": "工作成效", "max": 40, "step": 0.5}, {"name": "汇报表现", "max": 10, "weight": 10}],
    "groups": [{"name": "区级领导", "weight": 50}, {"name": "部门负责人", "weight": 30}],
    "reviewers": [
        {"name": "甲", "group": "区级领导", "recuse": ["数字经济"]},
        {"name": "乙", "group": "部门负责人"},
    ],
    "presenters": [{"name": "数字经济", "speaker": "张三", "minutes": 5}, {"name": "总部经济"}],
}


def test_the_documented_json_form_is_accepted_with_defaults():
    contest = parse_setup(MINIMAL)
    assert contest.scoring.method == "trimmed" and contest.scoring.trim == 1
    first, second = contest.criteria
    assert first.step == Decimal("0.5") and first.effective_weight == 40  # weight defaults to max
    assert second.step == Decimal("0.5") and second.effective_weight == 10
    assert contest.reviewers[0].recuse == ("数字经济",)
    assert contest.presenters[1].minutes == 5


@pytest.mark.parametrize("step", ["1", "0.5", "0.25", "0.01"])
def test_any_positive_decimal_step_that_divides_the_max(step):
    data = json.loads(json.dumps(MINIMAL))
    data["criteria"][0]["step"] = step
    assert parse_setup(data).criteria[0].max_units == int(Decimal(40) / Decimal(step))


def test_every_problem_is_reported_at_once_with_its_place():
    data = json.loads(json.dumps(MINIMAL))
    data["criteria"][0]["max"] = 0
    data["criteria"][1]["step"] = 3  # does not divide 10
    data["criteria"].append({"name": "工作成效", "max": 5})
    data["groups"][1]["weight"] = -1
    data["reviewers"][1]["group"] = "无此组"
    data["reviewers"][0]["recuse"] = ["无此链"]
    data["presenters"].append({"name": "数字经济"})
    data["scoring"]["method"] = "best"
    with pytest.raises(InputError) as err:
        parse_setup(data)
    text = str(err.value)
    for expected in [
        "criteria #1, max: must be a positive number",
        "criteria #2, step: the step 3 does not divide the max 10",
        "criteria #3, name: duplicate name '工作成效'",
        "groups #2, weight: must be a positive number",
        "reviewers #2, group: unknown group '无此组'",
        "reviewers #1, recuse: unknown presenter '无此链'",
        "presenters #3, name: duplicate name '数字经济'",
        "scoring.method: must be one of mean, trimmed, median",
    ]:
        assert expected in text
    assert len(err.value.problems) == 8


@pytest.mark.parametrize("empty", ["criteria", "groups", "reviewers", "presenters"])
def test_empty_lists_are_refused(empty):
    data = dict(MINIMAL, **{empty: []})
    with pytest.raises(InputError, match=f"{empty}: the list is empty"):
        parse_setup(data)


def test_malformed_json_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": ', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_setup(bad)


def test_the_excel_template_reads_back_as_the_demo(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    sheets = ["说明", "比赛信息", "评分标准", "评委组", "评委", "汇报对象", "实绩"]  # 实绩: issue 13
    assert wb.sheetnames == sheets
    assert [c.value for c in wb["评分标准"][1]] == ["名称", "满分", "步长", "权重"]
    contest = read_setup(path)
    assert len(contest.presenters) == 8 and len(contest.reviewers) == 30
    assert contest.scoring.method == "trimmed"
    assert sum(c.max for c in contest.criteria) == 100


def test_english_headers_are_accepted(tmp_path):
    path = tmp_path / "english.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Criteria"
    wb["Criteria"].append(["name", "max", "step", "weight"])
    wb["Criteria"].append(["Impact", 60, 1, None])
    for sheet, header, row in [
        ("Groups", ["name", "weight"], ["Panel", 1]),
        ("Reviewers", ["name", "group", "title", "recuse"], ["Ann", "Panel", "", "Beta"]),
        ("Presenters", ["name", "speaker", "unit", "minutes"], ["Beta", "Bob", "", 3]),
    ]:
        ws = wb.create_sheet(sheet)
        ws.append(header)
        ws.append(row)
    contest_sheet = wb.create_sheet("Contest")
    contest_sheet.append(["title", "Review"])
    wb.save(path)
    contest = read_setup(path)
    assert contest.title == "Review" and contest.reviewers[0].recuse == ("Beta",)
    assert contest.presenters[0].minutes == 3


def test_excel_problems_name_the_sheet_row_and_column(tmp_path):
    path = tmp_path / "bad.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    wb["评分标准"]["B3"] = "abc"
    wb["评委"]["B5"] = "无此组"
    wb.save(path)
    with pytest.raises(InputError) as err:
        read_setup(path)
    text = str(err.value)
    assert "sheet 评分标准, row 3, 满分: 'abc' is not a number" in text
    assert "sheet 评委, row 5, 评委组: unknown group '无此组'" in text


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("hello")
    with pytest.raises(InputError, match="not a readable Excel workbook"):
        read_setup(fake)
