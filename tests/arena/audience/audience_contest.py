"""A hand-computed contest with an audience (issue 13): experts 70 % in two groups + audience 30 %.

Criteria A (max 60) and B (max 40), weights equal to the maxes, so a reviewer's total is A + B.
Groups: 领导 (weight 40), 部门 (weight 30), audience 大众评审 (weight 30, a 1-10 rating, mean
rescaled so the top presenter has 100). Ballots and the results worked out by hand:

    P1  领导 80, 90 -> 85     部门 70, 75 -> 145/2    audience 8, 9, 7 -> mean 80
    P2  领导 100, 60 -> 80    部门 90, 50 -> 70       audience 10, 7 -> mean 85 (the top)
    P3  领导 50, 60 -> 55     部门 80, 70 -> 75       audience 5, 6, 4 -> mean 50

    audience rescaled: P1 100 * 80 / 85 = 1600/17, P2 100, P3 100 * 50 / 85 = 1000/17
    F(P1) = (40 * 85 + 30 * 145/2 + 30 * 1600/17) / 100 = 5711/68   (83.99)
    F(P2) = (40 * 80 + 30 * 70 + 30 * 100) / 100 = 83
    F(P3) = (40 * 55 + 30 * 75 + 30 * 1000/17) / 100 = 2113/34      (62.15)
"""

from __future__ import annotations

from fractions import Fraction

from arena.intake import BallotRules
from arena.session import Session
from arena.setup import parse_setup
from arena.store import Store

SETUP = {
    "title": "大众评审测试",
    "criteria": [{"name": "A", "max": 60, "step": 1}, {"name": "B", "max": 40, "step": 1}],
    "groups": [{"name": "领导", "weight": 40}, {"name": "部门", "weight": 30}],
    "audience": {"name": "大众评审", "weight": 30, "ballot": "rating", "aggregate": "mean_top"},
    "reviewers": [
        {"name": "L1", "group": "领导"},
        {"name": "L2", "group": "领导"},
        {"name": "D1", "group": "部门"},
        {"name": "D2", "group": "部门"},
    ],
    "presenters": [{"name": "P1"}, {"name": "P2"}, {"name": "P3"}],
}

PANEL = {  # presenter -> reviewer -> (A, B)
    "P1": {"L1": (50, 30), "L2": (55, 35), "D1": (40, 30), "D2": (45, 30)},
    "P2": {"L1": (60, 40), "L2": (40, 20), "D1": (50, 40), "D2": (30, 20)},
    "P3": {"L1": (30, 20), "L2": (35, 25), "D1": (45, 35), "D2": (40, 30)},
}
AUDIENCE = {"P1": (8, 9, 7), "P2": (10, 7), "P3": (5, 6, 4)}  # ratings, phone by phone

EXPECTED = {"P1": Fraction(5711, 68), "P2": Fraction(83), "P3": Fraction(2113, 34)}
EXPECTED_AUDIENCE = {"P1": Fraction(1600, 17), "P2": Fraction(100), "P3": Fraction(1000, 17)}
EXPECTED_RAW = {"P1": Fraction(80), "P2": Fraction(85), "P3": Fraction(50)}


def build(path, setup: dict = SETUP) -> Store:
    """The contest scored as above, every ballot through the intake's checks and the store's record
    (`setup`: the same people and presenters under other weights or with more parts)."""
    store = Store.create(path, parse_setup(setup))
    session = Session(store)
    session.start()
    contest = store.contest()
    presenters = {p.name: p for p in contest.presenters}
    reviewers = {r.name: r for r in contest.reviewers}
    session.open_scoring([p.id for p in contest.presenters])
    with store.transaction():
        phones = [store.join_audience("10.0.0.9") for _ in range(3)]
    rules = BallotRules.of(store)
    n = 0
    for pname, marks in PANEL.items():
        for rname, (a, b) in marks.items():
            n += 1
            ballot = rules.check(
                reviewers[rname].id, presenters[pname].id, {"A": a, "B": b}, f"panel-{n:04d}"
            )
            store.record_ballot(ballot, "phone")
    for pname, ratings in AUDIENCE.items():
        for phone, rating in zip(phones, ratings):
            n += 1
            ballot = rules.check(
                phone.reviewer_id, presenters[pname].id, {"评分": rating}, f"aud-{n:04d}", audience=True
            )
            store.record_ballot(ballot, "phone")
    return store
