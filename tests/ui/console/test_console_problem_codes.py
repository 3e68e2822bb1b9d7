"""Setup problems are worded by code: every code of arena.problems in Chinese and English, and a
workbook's mistakes said in the Chinese console's own words, with the sheet, row and column."""

from __future__ import annotations

import re

import openpyxl
from PySide6.QtWidgets import QMessageBox
from tests_console_helpers import answer_next_message_box

from arena.io import write_template
from arena.problems import ENGLISH, Place, Problem
from ui.console.problem_text import ProblemText, problem_line
from ui.i18n import install_translators

SAMPLE = {
    "value": "abc",
    "step": "0.3",
    "max": "10",
    "name": "航运贸易",
    "other": 2,
    "choices": ["mean", "trimmed", "median"],
    "text": "甲, 乙",
    "readings": [["甲", "乙"], ["甲, 乙"]],
    "rule": "group:外宾",
    "stage": 2,
    "minimum": 3,
    "trim": 1,
    "path": "setup.xlsx",
    "detail": "bad byte",
    "refused": ["groups", "scoring"],
    "reviewer": "王评委",
    "presenter": "航运贸易",
    "criterion": "创新",
    "columns": "reviewer,presenter,criterion,score",
    "suffixes": ".zip or .pdf",
    "base": "192.168.1.20",
    "index": 2,
    "raw": "陈述 五分钟",
    "count": 10,
    "maximum": 9,
    "full": "100",
    "low": "0",
    "high": "50",
    "groups": "80",
    "items": "10",
    "total": "90",
    "number": 1,
    "most": 5000,
}
CJK = re.compile(r"[\u4e00-\u9fff]")
# "text" carries a sentence the core has no code for; "ballot_refused" is worded by its refusal's code.
FREE = {"text", "ballot_refused"}


def _sample(code: str) -> Problem:
    fields = set(re.findall(r"{(\w+)", ENGLISH[code]))
    return Problem(Place("reviewers", 4, "group"), code, {k: SAMPLE[k] for k in fields})


def test_every_problem_code_has_a_chinese_and_an_english_wording(settings, qapp):
    codes = set(ENGLISH) - FREE
    assert set(ProblemText().messages()) == set(ENGLISH)  # a new code is worded in the console too
    english = {code: ProblemText().message(_sample(code)) for code in codes}
    install_translators(qapp, "zh_CN")
    chinese = {code: ProblemText().message(_sample(code)) for code in codes}
    for code in sorted(codes):
        assert "{" not in english[code] and "{" not in chinese[code], code
        assert chinese[code] != english[code] and CJK.search(chinese[code]), (code, chinese[code])
        assert not re.search(r"\b(the|is|must|not|a)\b", chinese[code]), (code, chinese[code])
    assert problem_line(_sample("unknown_group")) == "评委第 5 行“评委组”：没有名为“航运贸易”的评委组"
    assert chinese["closed_details_only"].endswith("以下修改被拒绝：评委组、计分规则")


def test_a_chinese_console_says_what_is_wrong_in_a_workbook(open_console, qtbot, tmp_path):
    source = tmp_path / "setup.xlsx"
    write_template(source)
    book = openpyxl.load_workbook(source)
    book["评委"]["B5"] = "外宾组"  # row 5, column 评委组: a group the setup does not have
    book["评分标准"]["C2"] = "0.3"  # row 2, column 步长: does not divide the max
    book.save(source)
    window = open_console()
    window.set_language("zh_CN")
    seen = answer_next_message_box(QMessageBox.Ok)
    assert not window.new_contest(str(source), str(tmp_path / "c.arena"))
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    lines = seen[0].splitlines()
    assert "工作表“评委”第 5 行“评委组”：没有名为“外宾组”的评委组" in lines
    assert any(line.startswith("工作表“评分标准”第 2 行“步长”：步长 0.3 不能整除满分") for line in lines)
    assert not any(word in seen[0] for word in ("sheet", "row", "unknown", "does not"))
    assert not (tmp_path / "c.arena").exists()
