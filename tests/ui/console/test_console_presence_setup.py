"""The console words a setup's wrong sign mode or welcome-names value (issue 17's leftover) by its code,
with its place, in Chinese and in English: from a JSON setup and from the workbook's contest sheet."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import openpyxl
import pytest

from arena.io import CONTEST_SHEET, read_setup, write_template
from arena.model import InputError
from ui.console.problem_text import ProblemText
from ui.i18n import install_translators

sys.path.insert(0, str(Path(__file__).parents[2] / "arena" / "prep"))
from prep_contest import SETUP  # noqa: E402


def _json_problems(tmp_path) -> list:
    setup = copy.deepcopy(SETUP)
    setup["scoring"] = {**setup.get("scoring", {}), "sign_mode": "sometimes", "welcome_names": "maybe"}
    source = tmp_path / "setup.json"
    source.write_text(json.dumps(setup, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_setup(source)
    return sorted(caught.value.problems, key=lambda p: p.code)


def _sheet_problems(tmp_path) -> tuple[list, dict]:
    source = tmp_path / "setup.xlsx"
    write_template(source)
    book = openpyxl.load_workbook(source)
    sheet = book[CONTEST_SHEET[0]]
    rows = {row[0].value: row[0].row for row in sheet.iter_rows(min_row=2)}
    sheet.cell(rows["签字确认"], 2, "签两次")
    sheet.cell(rows["欢迎页显示签到名单"], 2, "也许")
    book.save(source)
    with pytest.raises(InputError) as caught:
        read_setup(source)
    return sorted(caught.value.problems, key=lambda p: p.code), rows


def test_the_console_words_both_problems_in_english(settings, qapp, tmp_path):
    names, sign = (ProblemText().line(p) for p in _json_problems(tmp_path))
    assert sign == "Signing on the phone: must be off, at_end or after_each, not “sometimes”"
    assert names == "Welcome lists checked-in names: must be yes or no, not “maybe”"


def test_the_console_words_both_problems_in_chinese_with_the_sheet_and_row(settings, qapp, tmp_path):
    install_translators(qapp, "zh_CN")
    names, sign = (ProblemText().line(p) for p in _json_problems(tmp_path))
    assert (
        sign
        == "签字确认：须为 off（不签字）、at_end（比赛结束后签字）或 after_each（每位汇报评分结束后签字），而不是“sometimes”"
    )
    assert names == "欢迎页显示签到名单：须为“是”或“否”，而不是“maybe”"
    problems, rows = _sheet_problems(tmp_path)
    names, sign = (ProblemText().line(p) for p in problems)
    assert sign.startswith(f"工作表“比赛信息”第 {rows['签字确认']} 行“签字确认”：须为 off")
    assert sign.endswith("而不是“签两次”")
    assert (
        names
        == f"工作表“比赛信息”第 {rows['欢迎页显示签到名单']} 行“欢迎页显示签到名单”：须为“是”或“否”，而不是“也许”"
    )
