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


def test_arena_verify_checks_the_audience_against_the_log(tmp_path):
    import sqlite3

    from arena.verify import verify

    path = tmp_path / "a.arena"
    build(path).close()
    assert verify(path).ok
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audience_scores SET value = 10 WHERE value = 5")  # a direct edit of a mark
    conn.commit()
    conn.close()
    result = verify(path)
    assert not result.ok
    assert any("audience mark for P3" in p for p in result.problems)


def _phone_secrets(path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    secrets = [r[0] for r in conn.execute("SELECT token FROM reviewers WHERE name LIKE 'audience:%'")]
    secrets.append(conn.execute("SELECT room_token FROM audience").fetchone()[0])
    conn.close()
    return secrets


def test_the_pdf_shows_the_audience_as_one_group_with_its_rescaling(tmp_path):
    import re
    import subprocess

    path = tmp_path / "a.arena"
    build(path).close()
    assert main(["report", str(path), str(tmp_path / "r.pdf")]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "共 3 部手机加入" in flat
    assert "A = 100 × 该对象平均分 ÷ 最高平均分" in flat
    for row in ("P1 3 80.00 85.00 94.12", "P2 2 85.00 85.00 100.00", "P3 3 50.00 85.00 58.82"):
        assert row in flat
    for final in ("83.99", "83.00", "62.15"):  # 5711/68, 83, 2113/34 rounded half up
        assert final in flat
    assert "大众评审 30 3" in flat  # the group table: weight 30, three phones
    assert not any(secret in text for secret in _phone_secrets(path))
    assert "audience:" not in text


def test_the_exports_carry_the_same_exact_values_and_no_phone(tmp_path):
    import csv

    path = tmp_path / "a.arena"
    build(path).close()
    assert main(["export", str(path), str(tmp_path / "e.json")]) == 0
    assert main(["export", str(path), str(tmp_path / "e.csv")]) == 0
    raw = (tmp_path / "e.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    got = {p["presenter"]: _fraction(p["exact"]) for p in data["results"]["presenters"]}
    assert got == EXPECTED
    for p in data["results"]["presenters"]:
        group = next(g for g in p["groups"] if g["group"] == "大众评审")
        assert _fraction(group["exact"]) == EXPECTED_AUDIENCE[p["presenter"]]
        assert _fraction(group["audience"]["raw_exact"]) == EXPECTED_RAW[p["presenter"]]
    rows = list(csv.reader((tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()))
    header = rows[1]
    table = {r[header.index("汇报对象")]: r for r in rows[2:5]}
    for name, value in EXPECTED.items():
        assert _fraction(table[name][header.index("精确值")]) == value
    assert [table[n][header.index("大众评审组得分")] for n in ("P1", "P2", "P3")] == [
        "94.12",
        "100.00",
        "58.82",
    ]
    everything = raw + (tmp_path / "e.csv").read_text(encoding="utf-8-sig")
    assert not any(secret in everything for secret in _phone_secrets(path))
    assert "audience:" not in everything


def test_a_setup_edit_without_the_audience_keeps_it_and_its_phones(tmp_path):
    from dataclasses import replace

    store = build(tmp_path / "a.arena")
    contest = store.contest()
    panel_only = replace(
        contest,
        audience=None,
        groups=tuple(replace(g, kind="panel") for g in contest.groups),  # as the setup editor hands it back
        presenters=tuple(replace(p, speaker="某某") for p in contest.presenters),
    )
    store.update_setup(panel_only)
    after = store.contest()
    assert after.audience == contest.audience and after.groups == contest.groups
    assert len(store.audience_devices()) == 3
    assert {r.presenter.name: r.score for r in tally(store).presenters} == EXPECTED
    store.close()


def test_a_trimmed_contest_never_trims_or_warns_about_the_audience(tmp_path):
    import copy

    import audience_contest
    from arena.scenes import explanation

    setup = copy.deepcopy(audience_contest.SETUP)
    setup["scoring"] = {"method": "trimmed", "trim": 1}
    original, audience_contest.SETUP = audience_contest.SETUP, setup
    try:
        store = build(tmp_path / "t.arena")
    finally:
        audience_contest.SETUP = original
    result = tally(store)
    store.close()
    for pr in result.presenters:
        audience = next(g for g in pr.groups if g.group == "大众评审")
        assert audience.score == EXPECTED_AUDIENCE[pr.presenter.name]
        assert not any(getattr(w, "params", {}).get("group") == "大众评审" for w in pr.warnings)
        assert "大众评审" not in explanation(pr, "trimmed", "0" * 64)["untrimmed"]
