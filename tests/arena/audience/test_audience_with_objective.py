"""Issue 13's hand-computed contest with every part: two expert groups, the audience rescaled so the top
presenter has 100, and one objective item (实绩), all as exact fractions through `arena tally --json`,
the PDF and the exports.

The panel and the audience score as in audience_contest.py; the weights are now 领导 30, 部门 20,
the audience 30 and 招商实绩 20 (linear: the lowest value 0, the highest 100):

    P1  领导 85   部门 145/2  audience 1600/17  实绩 1.2 -> 0
    P2  领导 80   部门 70     audience 100      实绩 3.0 -> 100
    P3  领导 55   部门 75     audience 1000/17  实绩 2.4 -> 100 x 1.2 / 1.8 = 200/3

    F(P1) = (30 x 85 + 20 x 145/2 + 30 x 1600/17 + 20 x 0) / 100          = 1160/17  (68.24)
    F(P2) = (30 x 80 + 20 x 70 + 30 x 100 + 20 x 100) / 100               = 88       (88.00)
    F(P3) = (30 x 55 + 20 x 75 + 30 x 1000/17 + 20 x 200/3) / 100         = 6373/102 (62.48)
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
from fractions import Fraction

from audience_contest import SETUP, build

from arena.cli import main

WEIGHTED = {
    **SETUP,
    "groups": [{"name": "领导", "weight": 30}, {"name": "部门", "weight": 20}],
    "audience": {**SETUP["audience"], "weight": 30},
    "objective": [
        {
            "name": "招商实绩",
            "weight": "20",
            "source": "商务局",
            "rule": "linear",
            "values": {"P1": "1.2", "P2": "3.0", "P3": "2.4"},
        }
    ],
}
EXPECTED = {"P1": Fraction(1160, 17), "P2": Fraction(88), "P3": Fraction(6373, 102)}
AUDIENCE = {"P1": Fraction(1600, 17), "P2": Fraction(100), "P3": Fraction(1000, 17)}
OBJECTIVE = {"P1": Fraction(0), "P2": Fraction(100), "P3": Fraction(200, 3)}
SHOWN = {"P1": "68.24", "P2": "88.00", "P3": "62.48"}


def test_every_part_weighs_in_exactly_in_tally_json(tmp_path, capsys):
    path = tmp_path / "all.arena"
    build(path, WEIGHTED).close()
    assert main(["tally", str(path), "--json"]) == 0
    rows = {p["presenter"]: p for p in json.loads(capsys.readouterr().out)["presenters"]}
    assert {name: Fraction(row["exact"]) for name, row in rows.items()} == EXPECTED
    assert [rows[n]["rank"] for n in ("P2", "P1", "P3")] == [1, 2, 3]
    for name, row in rows.items():
        audience = next(g for g in row["groups"] if g["group"] == "大众评审")
        assert Fraction(audience["exact"]) == AUDIENCE[name]
        [item] = row["objective"]
        assert item["item"] == "招商实绩" and Fraction(item["exact"]) == OBJECTIVE[name]
        assert row["score"] == SHOWN[name]


def test_the_pdf_and_the_exports_print_the_same_values(tmp_path):
    path = tmp_path / "all.arena"
    build(path, WEIGHTED).close()
    assert main(["report", str(path), str(tmp_path / "r.pdf")]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    for shown in SHOWN.values():
        assert shown in flat
    assert "招商实绩" in flat and "商务局" in flat and "共 3 部手机加入" in flat
    assert main(["export", str(path), str(tmp_path / "e.json")]) == 0
    assert main(["export", str(path), str(tmp_path / "e.csv")]) == 0
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert {p["presenter"]: Fraction(p["exact"]) for p in data["results"]["presenters"]} == EXPECTED
    rows = list(csv.reader((tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()))
    header = rows[1]
    table = {r[header.index("汇报对象")]: r for r in rows[2:5]}
    assert {n: Fraction(table[n][header.index("精确值")]) for n in EXPECTED} == EXPECTED
