"""The hand-computed contest of issue 13's 实绩 part: two expert groups (50 % + 30 %) and one
objective item (20 %, linear), built through the public setup and the store's ballot path.

Every reviewer gives one criterion (满分 100, step 1), so a reviewer's total is their mark:

    group   专家甲 (50)      专家乙 (30)          招商实绩 (20, 商务局, linear)
    甲      80, 85 -> 165/2  70, 75, 72 -> 217/3  1.2 -> 0
    乙      90, 88 -> 89     80, 81, 79 -> 80     3.0 -> 100
    丙      70, 71 -> 141/2  90, 92, 91 -> 91     2.4 -> 100 × 1.2 / 1.8 = 200/3

    F(甲) = (50 × 165/2 + 30 × 217/3 + 20 × 0) / 100     = 6295/100  = 1259/20 (62.95)
    F(乙) = (50 × 89 + 30 × 80 + 20 × 100) / 100         = 8850/100  = 177/2   (88.50)
    F(丙) = (50 × 141/2 + 30 × 91 + 20 × 200/3) / 100    = 22765/300 = 4553/60 (75.88)
"""

from __future__ import annotations

import re
import subprocess
import uuid
from fractions import Fraction
from pathlib import Path

from arena.intake import ballot_units
from arena.setup import parse_setup
from arena.store import BallotIn, Store

SETUP = {
    "title": "实绩测试赛",
    "scoring": {"method": "mean"},
    "criteria": [{"name": "表现", "max": "100", "step": "1"}],
    "groups": [{"name": "专家甲", "weight": "50"}, {"name": "专家乙", "weight": "30"}],
    "reviewers": [
        {"name": "A1", "group": "专家甲"},
        {"name": "A2", "group": "专家甲"},
        {"name": "B1", "group": "专家乙"},
        {"name": "B2", "group": "专家乙"},
        {"name": "B3", "group": "专家乙"},
    ],
    "presenters": [{"name": "甲"}, {"name": "乙"}, {"name": "丙"}],
    "objective": [
        {
            "name": "招商实绩",
            "weight": "20%",
            "source": "商务局",
            "rule": "linear",
            "values": {"甲": "1.2", "乙": "3.0", "丙": "2.4"},
        }
    ],
}
MARKS = {
    "甲": {"A1": 80, "A2": 85, "B1": 70, "B2": 75, "B3": 72},
    "乙": {"A1": 90, "A2": 88, "B1": 80, "B2": 81, "B3": 79},
    "丙": {"A1": 70, "A2": 71, "B1": 90, "B2": 92, "B3": 91},
}
EXPECTED = {  # by hand, above
    "甲": {"final": Fraction(1259, 20), "objective": Fraction(0), "rank": 3},
    "乙": {"final": Fraction(177, 2), "objective": Fraction(100), "rank": 1},
    "丙": {"final": Fraction(4553, 60), "objective": Fraction(200, 3), "rank": 2},
}


def build(path: Path, setup: dict = SETUP) -> Path:
    store = Store.create(path, parse_setup(setup))
    try:
        contest = store.contest()
        rid = {r.name: r.id for r in contest.reviewers}
        pid = {p.name: p.id for p in contest.presenters}
        ballots = [
            BallotIn(rid[r], pid[p], ballot_units(contest, {"表现": str(mark)}), f"t-{uuid.uuid4()}")
            for p, marks in MARKS.items()
            for r, mark in marks.items()
        ]
        store.record_ballots(ballots, "import")
    finally:
        store.close()
    return path


def pdf_text(path: Path) -> str:
    """The PDF's text without whitespace, as poppler's pdftotext reads it (CJK spacing varies)."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", "", done.stdout.decode("utf-8"))


def pdf_rows(path: Path) -> list[list[str]]:
    """The PDF's lines in drawing order (`pdftotext -raw`: a table row is one line), split into cells."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return [line.split() for line in done.stdout.decode("utf-8").splitlines() if line.strip()]
