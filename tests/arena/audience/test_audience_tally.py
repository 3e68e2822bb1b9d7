"""The audience group in the tally: exact fractions by hand against `arena tally --json` (issue 13)."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from audience_contest import EXPECTED, EXPECTED_AUDIENCE, EXPECTED_RAW, build

from arena.cli import main
from arena.intake import BallotRules
from arena.store import BallotRefused
from arena.tally import tally


def _fraction(text: str) -> Fraction:
    p, q = text.split("/")
    return Fraction(int(p), int(q))


def test_the_tally_weighs_the_audience_in_exactly(tmp_path):
    store = build(tmp_path / "a.arena")
    result = tally(store)
    store.close()
    by_name = {r.presenter.name: r for r in result.presenters}
    assert {n: r.score for n, r in by_name.items()} == EXPECTED
    assert [r.presenter.name for r in result.presenters] == ["P1", "P2", "P3"]
    for name, pr in by_name.items():
        audience = next(g for g in pr.groups if g.group == "大众评审")
        assert audience.score == EXPECTED_AUDIENCE[name]
        assert audience.audience.raw == EXPECTED_RAW[name]
        assert audience.audience.top == 85
        assert pr.ballots == 4  # the panel's ballots; the audience is counted in its group only


def test_arena_tally_json_gives_the_same_fractions(tmp_path, capsys):
    path = tmp_path / "a.arena"
    build(path).close()
    assert main(["tally", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    got = {p["presenter"]: _fraction(p["exact"]) for p in data["presenters"]}
    assert got == EXPECTED
    for p in data["presenters"]:
        group = next(g for g in p["groups"] if g["group"] == "大众评审")
        assert _fraction(group["exact"]) == EXPECTED_AUDIENCE[p["presenter"]]
        assert group["audience"]["top_exact"] == "85/1"
        assert group["audience"]["devices"] == 3
        assert "rescaled so the top presenter has 100" in group["audience"]["explained"]
        assert not any("audience:" in t["reviewer"] for t in p["totals"])  # no phone is listed


def test_a_phone_votes_once_per_presenter_and_only_in_range(tmp_path):
    store = build(tmp_path / "a.arena")
    rules = BallotRules.of(store)
    with store.transaction():
        phone = store.join_audience("10.0.0.9")
    p1 = store.contest().presenters[0]
    with pytest.raises(BallotRefused) as low:
        rules.check(phone.reviewer_id, p1.id, {"评分": 0}, "aud-low-0001", audience=True)
    assert low.value.code == "out_of_range"
    first = store.record_ballot(
        rules.check(phone.reviewer_id, p1.id, {"评分": 6}, "aud-x-0001", audience=True), "phone"
    )
    again = store.record_ballot(
        rules.check(phone.reviewer_id, p1.id, {"评分": 6}, "aud-x-0001", audience=True), "phone"
    )
    assert again.duplicate and again.submission_id == first.submission_id  # a resend counts once
    with pytest.raises(BallotRefused) as twice:
        store.record_ballot(
            rules.check(phone.reviewer_id, p1.id, {"评分": 9}, "aud-x-0002", audience=True), "phone"
        )
    assert twice.value.code == "already_voted"
    store.close()
