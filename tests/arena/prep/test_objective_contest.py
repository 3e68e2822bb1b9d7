"""The hand-computed 实绩 contest (prep_contest.py) against `arena tally --json`, the PDF and the exports."""

from __future__ import annotations

import csv
import json
from fractions import Fraction

import openpyxl
from prep_contest import EXPECTED, build, pdf_rows, pdf_text

from arena.cli import main
from arena.exports import export
from arena.objective import objective_hash
from arena.report import write_report
from arena.store import Store


def _exact(text: str) -> Fraction:
    return Fraction(text)


def test_tally_json_gives_the_hand_computed_fractions(tmp_path, capsys):
    path = build(tmp_path / "t.arena")
    assert main(["tally", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    rows = {r["presenter"]: r for r in printed["presenters"]}
    for name, want in EXPECTED.items():
        row = rows[name]
        assert _exact(row["exact"]) == want["final"]
        assert row["rank"] == want["rank"]
        [item] = row["objective"]
        assert (item["item"], item["weight"], item["source"], item["rule"]) == (
            "招商实绩",
            "20",
            "商务局",
            "linear",
        )
        assert _exact(item["exact"]) == want["objective"]
    assert rows["丙"]["score"] == "75.88" and rows["甲"]["score"] == "62.95"
    assert "Σ W_o × O_o" in printed["formula"]


def test_pdf_lists_values_scores_source_and_hash(tmp_path):
    path = build(tmp_path / "t.arena")
    out = write_report(path, tmp_path / "r.pdf")
    text = pdf_text(out)
    with Store.open(path) as store:
        digest = objective_hash(store.objective_items())
    assert "实绩（客观指标）" in text
    assert "招商实绩：权重20%，来源商务局" in text
    assert f"实绩校验码（SHA-256）：{digest}" in text
    # each presenter's value and converted score, in the item's table
    rows = pdf_rows(out)
    for row in (["甲", "1.2", "0.00"], ["乙", "3", "100.00"], ["丙", "2.4", "66.67"]):
        assert row in rows
    for final in ("62.95", "88.50", "75.88"):
        assert final in text


def test_exports_carry_the_objective_values_and_scores(tmp_path):
    path = build(tmp_path / "t.arena")
    book = openpyxl.load_workbook(export(path, tmp_path / "e.xlsx"))
    rows = list(book["结果"].iter_rows(values_only=True))
    records = {r[2]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert records["丙"]["招商实绩实绩值"] == 2.4 and records["丙"]["招商实绩实绩得分"] == 66.67
    assert records["乙"]["招商实绩实绩得分"] == 100 and records["甲"]["招商实绩实绩得分"] == 0
    assert Fraction(records["丙"]["精确值"]) == EXPECTED["丙"]["final"]
    info = dict(book["信息"].iter_rows(min_row=2, values_only=True))
    assert info["实绩：招商实绩"].startswith("权重 20%，来源 商务局")

    document = json.loads(export(path, tmp_path / "e.json").read_text("utf-8"))
    by_name = {r["presenter"]: r for r in document["results"]["presenters"]}
    assert Fraction(by_name["丙"]["objective"][0]["exact"]) == Fraction(200, 3)

    with open(export(path, tmp_path / "e.csv"), encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    header = lines[1]
    row = next(line for line in lines[2:] if line[2:3] == ["丙"])
    assert row[header.index("招商实绩实绩值")] == "2.4" and row[header.index("招商实绩实绩得分")] == "66.67"


def test_the_recount_workbook_recomputed_by_libreoffice_adds_the_objective_part(tmp_path):
    """`arena export --recount` writes formulas; LibreOffice computes them to the hand-computed finals."""
    import shutil
    import subprocess

    path = build(tmp_path / "t.arena")
    workbook = tmp_path / "recount.xlsx"
    assert main(["export", str(path), str(workbook), "--recount"]) == 0
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui"
    out = tmp_path / "recalculated"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--calc"]
        + ["--convert-to", "xlsx", "--outdir", str(out), str(workbook)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    book = openpyxl.load_workbook(out / workbook.name, data_only=True)
    rows = list(book["汇总"].iter_rows(values_only=True))
    finals = {r[0]: (r[1], r[2], r[5]) for r in rows[1:4]}
    for name, want in EXPECTED.items():
        exact, published, rank = finals[name]
        assert abs(Fraction(exact) - want["final"]) < Fraction(1, 10**9)
        assert (f"{published:.2f}", rank) == (
            {"甲": "62.95", "乙": "88.50", "丙": "75.88"}[name],
            want["rank"],
        )
