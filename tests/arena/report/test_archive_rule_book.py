"""The PDF says how the rule book rounds and which groups were too small to trim, in Chinese (issue 15)."""

from __future__ import annotations

import json

from archive_helpers import compact, pdf_text

from arena.cli import main


def test_the_report_words_rounding_stages_and_small_panels(tmp_path):
    setup = {
        "title": "取舍测试",
        "criteria": [{"name": "得分", "max": "100", "step": "0.5"}],
        "groups": [{"name": "专家"}, {"name": "大众"}],
        "reviewers": [{"name": f"专家{i}", "group": "专家"} for i in range(5)]
        + [{"name": f"大众{i}", "group": "大众"} for i in range(3)],
        "presenters": [{"name": "甲"}, {"name": "乙"}],
        "scoring": {
            "method": "trimmed",
            "trim": 1,
            "trim_min": 5,
            "rounding": "total:1; final:2",
        },
    }
    setup_path = tmp_path / "s.json"
    setup_path.write_text(json.dumps(setup, ensure_ascii=False), encoding="utf-8")
    contest = tmp_path / "c.arena"
    assert main(["new", str(contest), "--from", str(setup_path)]) == 0
    scores = tmp_path / "scores.csv"
    lines = ["reviewer,presenter,criterion,score"]
    for p, base in (("甲", 80), ("乙", 85)):
        lines += [f"专家{i},{p},得分,{base + i}" for i in range(5)]
        lines += [f"大众{i},{p},得分,{base - i}.5" for i in range(3)]
    scores.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["import-scores", str(contest), str(scores)]) == 0
    report = tmp_path / "r.pdf"
    assert main(["report", str(contest), str(report)]) == 0
    text = compact(pdf_text(report))
    assert "取舍规则：每位评委总分保留一位小数，四舍五入；最后得分保留两位小数，四舍五入" in text
    assert "某组有效分少于5个时不去分" in text
    assert "大众：仅3个评委总分，少于5个，未去掉最高最低分，全部计入" in text
