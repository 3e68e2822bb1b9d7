"""Real contest files for the scoring tests: setup through the public import, ballots through the store."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from hypothesis import strategies as st

from arena.intake import ballot_units
from arena.setup import parse_setup
from arena.store import BallotIn, Store

STEPS = ("1", "0.5", "0.25", "0.01")
TIE_RULE_KINDS = ("group", "criterion", "dropped", "median")
ROUNDING_RULES = ("half_up", "half_even", "down")


def create_contest(path: Path, setup: dict, ballots: dict[tuple[str, str], dict[str, int]]) -> Store:
    """A contest file from a setup dict and ballots {(reviewer, presenter): {criterion: units}}."""
    store = Store.create(path, parse_setup(setup))
    contest = store.contest()
    reviewers = {r.name: r.id for r in contest.reviewers}
    presenters = {p.name: p.id for p in contest.presenters}
    steps = {c.name: c.step for c in contest.criteria}
    incoming = [
        BallotIn(
            reviewers[r],
            presenters[p],
            ballot_units(contest, {c: str(Decimal(u) * steps[c]) for c, u in marks.items()}),
            f"t-{uuid.uuid4()}",
        )
        for (r, p), marks in ballots.items()
    ]
    if incoming:
        store.record_ballots(incoming, "import")
    return store


def ballots_by_id(store: Store, ballots: dict[tuple[str, str], dict[str, int]]) -> dict:
    contest = store.contest()
    rid = {r.name: r.id for r in contest.reviewers}
    pid = {p.name: p.id for p in contest.presenters}
    cid = {c.name: c.id for c in contest.criteria}
    return {(rid[r], pid[p]): {cid[c]: u for c, u in m.items()} for (r, p), m in ballots.items()}


@st.composite
def contests(draw, leniency=None, max_reviewers=9, tie_heavy=False, rule_book=False):
    """A random setup and random ballots: steps 1/0.5/0.25/0.01, recusals, missing ballots, ties.

    tie_heavy: criteria of one or two steps only, so that equal scores (and tie-breaks) are common.
    rule_book: also rounding stages, a smallest panel to trim and a full score other than 100
    (leniency off, since stages and leniency do not combine).
    """
    if rule_book:
        leniency = False
    criteria = []
    for i in range(draw(st.integers(1, 3))):
        step = draw(st.sampled_from(STEPS))
        units = draw(st.sampled_from((1, 2) if tie_heavy else (1, 2, 3, 4, 10, 20)))
        weight = draw(st.sampled_from((None, "1", "2", "0.5", "3.5")))
        row = {"name": f"c{i}", "max": str(Decimal(step) * units), "step": step}
        if weight:
            row["weight"] = weight
        criteria.append((row, units))
    groups = [
        {"name": f"g{i}", "weight": draw(st.sampled_from(("1", "2", "0.5", "50", "30")))}
        for i in range(draw(st.integers(1, 2 if tie_heavy else 3)))
    ]
    presenters = [{"name": f"p{i}"} for i in range(draw(st.integers(2 if tie_heavy else 1, 4)))]
    reviewers = []
    for i in range(draw(st.integers(1, max_reviewers))):
        recuse = [p["name"] for p in presenters if draw(st.integers(0, 5)) == 0]
        reviewers.append({"name": f"r{i}", "group": draw(st.sampled_from(groups))["name"], "recuse": recuse})
    method = draw(st.sampled_from(("trimmed",) if tie_heavy else ("mean", "trimmed", "median")))
    scoring = {
        "method": method,
        "level": draw(st.sampled_from(("total", "criterion"))),
        "leniency": draw(st.booleans()) if leniency is None else leniency,
    }
    if method == "trimmed":
        scoring["trim"] = 1 if tie_heavy else draw(st.integers(1, 3))
    if rule_book:
        scoring.update(_rule_book(draw, scoring))
    rules = [draw(st.sampled_from(TIE_RULE_KINDS)) for _ in range(draw(st.integers(int(tie_heavy), 3)))]
    named = {"group": f"group:{groups[0]['name']}", "criterion": f"criterion:{criteria[-1][0]['name']}"}
    scoring["tie_break"] = [named.get(k, k) for k in dict.fromkeys(rules)]
    setup = {
        "title": "t",
        "criteria": [c for c, _ in criteria],
        "groups": groups,
        "reviewers": reviewers,
        "presenters": presenters,
        "scoring": scoring,
    }
    ballots = {}
    for r in reviewers:
        for p in presenters:
            if p["name"] in r["recuse"] or draw(st.integers(0, 4)) == 0:
                continue  # recused, or did not vote
            ballots[(r["name"], p["name"])] = {c["name"]: draw(st.integers(0, u)) for c, u in criteria}
    return setup, ballots


def _rule_book(draw, scoring: dict) -> dict:
    """Rounding stages that fit the trimming level, trim_min and full_score for a random setup."""
    allowed = ("criterion", "weighted") if scoring["level"] == "criterion" else ("total",)
    stages = [
        {"stage": name, "decimals": draw(st.integers(0, 3)), "rule": draw(st.sampled_from(ROUNDING_RULES))}
        for name in (*allowed, "group", "final")
        if draw(st.booleans())
    ]
    out: dict = {"rounding": stages, "full_score": draw(st.sampled_from(("100", "10", "80", "1.5")))}
    if scoring["method"] == "trimmed":
        floor = 2 * scoring["trim"] + 1
        out["trim_min"] = draw(st.sampled_from((0, floor, floor + 2, max(5, floor))))
    return out
