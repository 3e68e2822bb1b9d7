"""The recount workbook, recomputed by a real spreadsheet engine (LibreOffice, headless).

`arena export FILE recount.xlsx --recount` writes formulas only (openpyxl stores no
values); LibreOffice converting the workbook computes every formula, and the
values it writes must be the numbers `arena tally` publishes: every final score
(two decimals, as in the PDF), every rank and every group score. LibreOffice is
installed by .ci/run (libreoffice-calc-nogui); without it these tests fail.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import openpyxl
from score_builders import create_contest

from arena.cli import main
from arena.store import Store
from arena.tally import fmt_score, tally


def recalculated(tmp_path: Path, workbooks: list[Path]) -> dict[Path, openpyxl.Workbook]:
    """Each workbook as LibreOffice computes it (one soffice run converts them all)."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui"
    out = tmp_path / "recalculated"
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with another soffice
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--calc", "--convert-to", "xlsx"]
        + ["--outdir", str(out), *map(str, workbooks)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {w: openpyxl.load_workbook(out / w.name, data_only=True) for w in workbooks}


def summary(book) -> tuple[dict, dict]:
    """{presenter: (published score, rank)} and {presenter: [group scores]} from the 汇总 sheet."""
    rows = list(book["汇总"].iter_rows(values_only=True))
    blank = rows.index(next(r for r in rows if not any(r)))
    finals = {r[0]: (_two(r[2]), r[5]) for r in rows[1:blank]}
    width = len([h for h in rows[blank + 1] if h is not None]) - 1
    groups = {r[0]: [_two(v) for v in r[1 : 1 + width]] for r in rows[blank + 2 :]}
    return finals, groups


def _two(value) -> str:
    return "" if value in (None, "") else f"{value:.2f}"


def assert_same_as_tally(store_path: Path, book) -> int:
    with Store.open(store_path) as store:
        result = tally(store)
    finals, groups = summary(book)
    for p in result.presenters:
        assert finals[p.presenter.name] == (fmt_score(p.score), p.rank), p.presenter.name
        assert groups[p.presenter.name] == [fmt_score(g.score) for g in p.groups], p.presenter.name
    return len(result.presenters)


def _random_contest(rng: random.Random, i: int, path: Path) -> Path:
    method = rng.choice(("mean", "trimmed", "median"))
    level = rng.choice(("total", "criterion"))
    criteria = []
    for c in range(rng.randint(1, 4)):
        step = rng.choice(("1", "0.5", "0.25", "0.01"))
        units = rng.choice((4, 10, 20, 40))
        row = {"name": f"指标{c}", "max": str(float(step) * units).rstrip("0").rstrip("."), "step": step}
        if rng.random() < 0.5:
            row["weight"] = rng.choice(("1", "2", "0.5", "30"))
        criteria.append((row, units))
    groups = [
        {"name": f"组{g}", "weight": rng.choice(("1", "2", "0.5", "70", "30"))}
        for g in range(rng.randint(1, 3))
    ]
    presenters = [{"name": f"对象{p}"} for p in range(rng.randint(2, 7))]
    reviewers = [
        {
            "name": f"评委{r}",
            "group": rng.choice(groups)["name"],
            "recuse": [p["name"] for p in presenters if rng.random() < 0.1],
        }
        for r in range(rng.randint(2, 14))
    ]
    scoring = {"method": method, "level": level}
    if method == "trimmed":
        scoring["trim"] = rng.choice((1, 1, 2))
        scoring["trim_min"] = rng.choice((0, 2 * scoring["trim"] + 1, 5, 7))
        if scoring["trim_min"] and scoring["trim_min"] < 2 * scoring["trim"] + 1:
            scoring["trim_min"] = 0
    allowed = ("criterion", "weighted") if level == "criterion" else ("total",)
    scoring["rounding"] = [
        {"stage": s, "decimals": rng.randint(0, 3), "rule": rng.choice(("half_up", "half_even", "down"))}
        for s in (*allowed, "group", "final")
        if rng.random() < 0.5
    ]
    scoring["full_score"] = rng.choice(("100", "100", "10", "80"))
    if rng.random() < 0.4:
        scoring["tie_break"] = [rng.choice(("median", "dropped", f"group:{groups[0]['name']}"))]
    setup = {
        "title": f"随机 {i}",
        "criteria": [c for c, _ in criteria],
        "groups": groups,
        "reviewers": reviewers,
        "presenters": presenters,
        "scoring": scoring,
    }
    ballots = {}
    for r in reviewers:
        for p in presenters:
            if p["name"] in r["recuse"] or rng.random() < 0.15:
                continue
            # marks near one level per presenter, so ties and close calls happen
            base = rng.random()
            ballots[(r["name"], p["name"])] = {
                c["name"]: max(0, min(u, round(u * base) + rng.randint(-1, 1))) for c, u in criteria
            }
    create_contest(path, setup, ballots).close()
    return path


def test_the_demo_recomputed_by_libreoffice_equals_the_tally(tmp_path):
    contest = tmp_path / "demo.arena"
    assert main(["demo", str(contest), "--ballots"]) == 0
    workbook = tmp_path / "recount.xlsx"
    assert main(["export", str(contest), str(workbook), "--recount"]) == 0
    raw = openpyxl.load_workbook(workbook)
    sheet = raw[raw.sheetnames[3]]
    assert any(str(c.value).startswith("=") for row in sheet.iter_rows() for c in row)  # formulas, not values
    assert {"说明", "规则", "汇总"} <= set(raw.sheetnames) and len(raw.sheetnames) == 3 + 8
    book = recalculated(tmp_path, [workbook])[workbook]
    assert assert_same_as_tally(contest, book) == 8


def test_random_contests_recomputed_by_libreoffice_equal_the_tally(tmp_path):
    rng = random.Random(15)
    contests = [_random_contest(rng, i, tmp_path / f"r{i}.arena") for i in range(12)]
    workbooks = []
    for contest in contests:
        workbook = tmp_path / f"{contest.stem}.xlsx"
        assert main(["export", str(contest), str(workbook), "--recount"]) == 0
        workbooks.append(workbook)
    books = recalculated(tmp_path, workbooks)
    checked = sum(assert_same_as_tally(c, books[w]) for c, w in zip(contests, workbooks))
    assert checked >= 30


def test_what_the_workbook_cannot_express_is_refused_with_a_message(tmp_path, capsys):
    setup = {
        "title": "宽严",
        "criteria": [{"name": "得分", "max": "100", "step": "1"}],
        "groups": [{"name": "组"}],
        "reviewers": [{"name": "甲评委", "group": "组"}],
        "presenters": [{"name": "甲"}],
        "scoring": {"method": "mean", "leniency": True},
    }
    create_contest(tmp_path / "l.arena", setup, {("甲评委", "甲"): {"得分": 80}}).close()
    assert main(["export", str(tmp_path / "l.arena"), str(tmp_path / "r.xlsx"), "--recount"]) == 2
    assert "leniency correction" in capsys.readouterr().err
    assert not (tmp_path / "r.xlsx").exists()
    assert main(["export", str(tmp_path / "l.arena"), str(tmp_path / "r.csv"), "--recount"]) == 2
    assert ".xlsx" in capsys.readouterr().err
