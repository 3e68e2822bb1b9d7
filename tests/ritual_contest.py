"""A real contest file for the anonymity and 亮分 tests: 3 groups x 10 reviewers, scored.

Every reviewer's total for a presenter is distinct (so a test can find a reviewer on a public
screen by value alone), except where `tie_at_top` makes two reviewers of the first group share
the highest total for the first presenter.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from arena.intake import ballot_units
from arena.session import Session
from arena.setup import parse_setup
from arena.store import BallotIn, Store

GROUPS = (("区级领导", "50"), ("部门负责人", "30"), ("群众代表", "20"))
PRESENTERS = ("总部经济产业链", "数字经济产业链", "航运贸易产业链", "文化创意产业链")


def ritual_setup(*, reveal_mode="after_each", level="total", totals=True, ranking=True, per_group=10) -> dict:
    return {
        "title": "2+6 产业链链长擂台赛",
        "criteria": [
            {"name": "工作成效", "max": "60", "step": "0.5"},
            {"name": "汇报表现", "max": "40", "step": "0.5"},
        ],
        "groups": [{"name": n, "weight": w} for n, w in GROUPS],
        "reviewers": [
            {"name": f"{g}{i:02d}号", "group": g} for g, _ in GROUPS for i in range(1, per_group + 1)
        ],
        "presenters": [{"name": p, "speaker": "链长", "unit": "区发改委"} for p in PRESENTERS],
        "scoring": {
            "method": "trimmed",
            "trim": 1,
            "level": level,
            "reveal_mode": reveal_mode,
            "announce_totals": totals,
            "announce_ranking": ranking,
        },
    }


def marks_for(seed: int, reviewers: int, presenters: int, tie_at_top: bool) -> dict:
    """(reviewer index, presenter index) -> (工作成效, 汇报表现) in half points, totals distinct per presenter."""
    rng = random.Random(seed)
    out = {}
    for p in range(presenters):
        totals = rng.sample(range(120, 196), reviewers)  # half points out of 200: 60.0 .. 97.5, distinct
        if tie_at_top:
            if p == 0:
                top = max(totals[:10])
                totals[1 if totals[0] == top else 0] = top  # two of the first group share the highest
        for r, total in enumerate(totals):
            first = min(120, total * 3 // 5)
            out[(r, p)] = (first, total - first)
    return out


def build(path: Path, *, seed=7, tie_at_top=False, close=True, ballots=True, **options) -> Store:
    """The contest file, every ballot in (unless not `ballots`); scoring closed for every presenter when `close`."""
    return build_from(
        path, ritual_setup(**options), seed=seed, tie_at_top=tie_at_top, close=close, ballots=ballots
    )


def build_from(path: Path, setup: dict, *, seed=7, tie_at_top=False, close=True, ballots=True) -> Store:
    store = Store.create(path, parse_setup(setup))
    if not ballots:
        return store
    contest = store.contest()
    first, second = contest.criteria
    marks = marks_for(seed, len(contest.reviewers), len(contest.presenters), tie_at_top)
    incoming = [
        BallotIn(
            r.id,
            p.id,
            ballot_units(contest, {first.name: str(a / 2), second.name: str(b / 2)}),
            f"t-{uuid.uuid4()}",
        )
        for (ri, pi), (a, b) in marks.items()
        for r, p in [(contest.reviewers[ri], contest.presenters[pi])]
    ]
    store.record_ballots(incoming, "import")
    if close:
        Session(store).close_scoring()
    return store
