"""Hand-worked contests: each rule of docs/scoring.md checked against numbers computed on paper."""

from __future__ import annotations

from fractions import Fraction

import pytest
from score_builders import create_contest

from arena.anonymity import archive_labels
from arena.session import Session
from arena.tally import fmt_score, tally, tally_json

ONE_CRITERION = [{"name": "得分", "max": "100", "step": "1"}]


def setup(groups, reviewers, presenters, scoring=None, criteria=ONE_CRITERION, **extra):
    return {
        "title": "测试",
        "criteria": criteria,
        "groups": groups,
        "reviewers": reviewers,
        "presenters": [{"name": p} for p in presenters],
        "scoring": scoring or {},
        **extra,
    }


def panel(n, group="组"):
    return [{"name": f"{group}{i}", "group": group} for i in range(1, n + 1)]


def run(tmp_path, data, ballots):
    store = create_contest(tmp_path / "c.arena", data, ballots)
    return store, tally(store)


def archive(store) -> dict[str, str]:
    """Reviewer name -> archive label, as the file's secret draws it (never setup order)."""
    contest = store.contest()
    labels = archive_labels(contest, store.anonymity_secret())
    return {r.name: labels[r.id] for r in contest.reviewers}


def by_name(result):
    return {p.presenter.name: p for p in result.presenters}


def test_reviewer_total_weights_criteria_by_their_max(tmp_path):
    criteria = [
        {"name": "工作成效", "max": "40", "step": "0.5"},
        {"name": "汇报表现", "max": "10", "step": "0.5"},
    ]
    data = setup([{"name": "组"}], panel(1), ["甲"], criteria=criteria)
    # 35.5 of 40 and 7 of 10: T = 100 * (35.5 + 7) / 50 = 85
    _, result = run(tmp_path, data, {("组1", "甲"): {"工作成效": 71, "汇报表现": 14}})
    assert result.presenters[0].score == 85
    assert result.presenters[0].totals[0].total == 85


def test_explicit_criterion_weights(tmp_path):
    criteria = [
        {"name": "a", "max": "10", "step": "1", "weight": "3"},
        {"name": "b", "max": "5", "step": "1", "weight": "1"},
    ]
    data = setup([{"name": "组"}], panel(1), ["甲"], criteria=criteria)
    # T = 100 * (3 * 7/10 + 1 * 2/5) / 4 = 62.5
    _, result = run(tmp_path, data, {("组1", "甲"): {"a": 7, "b": 2}})
    assert result.presenters[0].score == Fraction(125, 2)


def test_group_weights_and_renormalisation_over_groups_that_scored(tmp_path):
    groups = [
        {"name": "领导", "weight": "60"},
        {"name": "代表", "weight": "40"},
        {"name": "专家", "weight": "50"},
    ]
    reviewers = panel(2, "领导") + panel(2, "代表") + panel(1, "专家")
    data = setup(groups, reviewers, ["甲"])
    ballots = {
        ("领导1", "甲"): {"得分": 90},
        ("领导2", "甲"): {"得分": 81},
        ("代表1", "甲"): {"得分": 70},
        ("代表2", "甲"): {"得分": 75},
    }
    _, result = run(tmp_path, data, ballots)
    p = result.presenters[0]
    # 领导 85.5, 代表 72.5, 专家 did not score: (60 * 85.5 + 40 * 72.5) / 100 = 80.3
    assert p.score == Fraction(803, 10)
    assert [g.score for g in p.groups] == [Fraction(171, 2), Fraction(145, 2), None]
    assert any("专家: only 0 of 1" in w for w in p.warnings)


def test_trimmed_drops_k_highest_and_lowest_and_warns_below_2k_plus_1(tmp_path):
    groups = [{"name": "大组"}, {"name": "小组"}]
    data = setup(groups, panel(5, "大组") + panel(4, "小组"), ["甲"], {"method": "trimmed", "trim": 2})
    ballots = {(f"大组{i}", "甲"): {"得分": s} for i, s in enumerate([10, 60, 70, 80, 100], 1)}
    ballots |= {(f"小组{i}", "甲"): {"得分": s} for i, s in enumerate([10, 20, 30, 40], 1)}
    _, result = run(tmp_path, data, ballots)
    big, small = result.presenters[0].groups
    assert big.score == 70 and big.trimmed and big.kept == 1  # exactly 2k+1: trimmed to the middle one
    assert {(t.name, t.drop_reason) for t in big.dropped} == {
        ("大组1", "lowest"),
        ("大组2", "lowest"),
        ("大组4", "highest"),
        ("大组5", "highest"),
    }
    assert small.score == 25 and not small.trimmed and small.dropped == ()
    assert "小组: 4 totals, fewer than 5; not trimmed" in result.presenters[0].warnings


def test_median_of_an_even_count_is_the_mean_of_the_middle_two(tmp_path):
    data = setup([{"name": "组"}], panel(4), ["甲"], {"method": "median"})
    ballots = {(f"组{i}", "甲"): {"得分": s} for i, s in enumerate([10, 61, 70, 100], 1)}
    _, result = run(tmp_path, data, ballots)
    assert result.presenters[0].score == Fraction(131, 2)


def test_per_criterion_trimming_trims_each_criterion_separately(tmp_path):
    criteria = [{"name": "a", "max": "10", "step": "1"}, {"name": "b", "max": "10", "step": "1"}]
    data = setup(
        [{"name": "组"}],
        panel(3),
        ["甲"],
        {"method": "trimmed", "trim": 1, "level": "criterion"},
        criteria=criteria,
    )
    ballots = {
        ("组1", "甲"): {"a": 10, "b": 0},
        ("组2", "甲"): {"a": 5, "b": 5},
        ("组3", "甲"): {"a": 0, "b": 10},
    }
    _, result = run(tmp_path, data, ballots)
    group = result.presenters[0].groups[0]
    # the middle mark of each criterion is 5: T = 100 * (5 + 5) / 20 = 50 (on totals all three are 50 too)
    assert group.score == 50 and dict(group.criterion_scores) == {"a": 5, "b": 5}
    assert sorted((m.reviewer.name, m.criterion, str(m.mark), m.reason) for m in group.dropped_marks) == [
        ("组1", "a", "10", "highest"),
        ("组1", "b", "0", "lowest"),
        ("组3", "a", "0", "lowest"),
        ("组3", "b", "10", "highest"),
    ]


def test_equal_scores_share_a_rank_1_2_2_4(tmp_path):
    data = setup([{"name": "组"}], panel(1), ["甲", "乙", "丙", "丁"])
    ballots = {("组1", p): {"得分": s} for p, s in zip("甲乙丙丁", [90, 80, 80, 70])}
    _, result = run(tmp_path, data, ballots)
    ranks = {p.presenter.name: (p.rank, p.shared_rank) for p in result.presenters}
    assert ranks == {"甲": (1, False), "乙": (2, True), "丙": (2, True), "丁": (4, False)}
    assert "no tie-break rule" in by_name(result)["乙"].tie_break


def test_tie_break_by_a_named_group(tmp_path):
    groups = [{"name": "领导", "weight": "1"}, {"name": "代表", "weight": "1"}]
    data = setup(groups, panel(1, "领导") + panel(1, "代表"), ["甲", "乙"], {"tie_break": ["group:领导"]})
    ballots = {
        ("领导1", "甲"): {"得分": 70},
        ("代表1", "甲"): {"得分": 90},
        ("领导1", "乙"): {"得分": 90},
        ("代表1", "乙"): {"得分": 70},
    }
    _, result = run(tmp_path, data, ballots)
    assert [(p.presenter.name, p.rank, p.shared_rank) for p in result.presenters] == [
        ("乙", 1, False),
        ("甲", 2, False),
    ]
    assert "decided by group:领导: 90.00 against 甲 70.00" in result.presenters[0].tie_break


def test_tie_break_by_a_criterion_average(tmp_path):
    criteria = [{"name": "成效", "max": "10", "step": "1"}, {"name": "表现", "max": "10", "step": "1"}]
    data = setup(
        [{"name": "组"}], panel(1), ["甲", "乙"], {"tie_break": ["criterion:表现"]}, criteria=criteria
    )
    ballots = {("组1", "甲"): {"成效": 8, "表现": 6}, ("组1", "乙"): {"成效": 6, "表现": 8}}
    _, result = run(tmp_path, data, ballots)
    assert [p.presenter.name for p in result.presenters] == ["乙", "甲"]
    assert "decided by criterion:表现: 8.00 against 甲 6.00" in result.presenters[0].tie_break


def test_tie_break_by_fewer_totals_dropped_then_median(tmp_path):
    data = setup(
        [{"name": "组"}],
        panel(4),
        ["甲", "乙", "丙"],
        {"method": "trimmed", "trim": 1, "tie_break": ["dropped", "median"]},
    )
    ballots = {(f"组{i}", "甲"): {"得分": s} for i, s in enumerate([0, 50, 50, 100], 1)}  # 3+ ballots
    ballots |= {(f"组{i}", "乙"): {"得分": s} for i, s in enumerate([40, 60], 1)}  # 2 ballots: untrimmed
    ballots |= {(f"组{i}", "丙"): {"得分": s} for i, s in enumerate([50, 50, 50], 1)}
    _, result = run(tmp_path, data, ballots)
    order = [(p.presenter.name, p.rank, p.shared_rank) for p in result.presenters]
    # all score 50; 乙 dropped nothing; 甲 and 丙 dropped two each and share the median 50
    assert order[0] == ("乙", 1, False)
    assert sorted(order[1:]) == [("丙", 2, True), ("甲", 2, True)]
    assert by_name(result)["甲"].tie_break == (
        "tied on 50.00 with 乙, 丙; decided by dropped: 2 against 乙 0; "
        "still equal with 丙 after dropped, median, rank shared"
    )


def test_recused_reviewers_are_not_eligible(tmp_path):
    reviewers = panel(3)
    reviewers[0]["recuse"] = ["甲"]
    data = setup([{"name": "组"}], reviewers, ["甲", "乙"])
    ballots = {("组2", "甲"): {"得分": 80}, ("组2", "乙"): {"得分": 60}, ("组3", "乙"): {"得分": 70}}
    _, result = run(tmp_path, data, ballots)
    got = {p.presenter.name: (p.ballots, p.eligible) for p in result.presenters}
    assert got == {"甲": (1, 2), "乙": (2, 3)}


def test_a_presenter_with_no_scores_is_unranked_and_last(tmp_path):
    data = setup([{"name": "组"}], panel(1), ["甲", "乙"])
    _, result = run(tmp_path, data, {("组1", "乙"): {"得分": 10}})
    last = result.presenters[-1]
    assert (last.presenter.name, last.rank, last.score) == ("甲", None, None)
    assert last.warnings == ("no scores yet",)


def test_leniency_correction_puts_reviewers_on_one_yardstick(tmp_path):
    # 组1 is harsh (scores 甲 60, 乙 50); 组2 lenient (乙 90, 丙 80). Means: 甲 60 < 乙 70 < 丙 80.
    # m = 55 and 85, spreads 5 and 5, grand mean 70: corrected 甲 75, 乙 (65+75)/2 = 70, 丙 65.
    ballots = {
        ("组1", "甲"): {"得分": 60},
        ("组1", "乙"): {"得分": 50},
        ("组2", "乙"): {"得分": 90},
        ("组2", "丙"): {"得分": 80},
    }
    plain = setup([{"name": "组"}], panel(2), ["甲", "乙", "丙"])
    _, before = run(tmp_path, plain, ballots)
    assert [p.presenter.name for p in before.presenters] == ["丙", "乙", "甲"]
    corrected = setup([{"name": "组"}], panel(2), ["甲", "乙", "丙"], {"leniency": True})
    store = create_contest(tmp_path / "lenient.arena", corrected, ballots)
    after = tally(store)
    assert [(p.presenter.name, p.score) for p in after.presenters] == [("甲", 75), ("乙", 70), ("丙", 65)]
    assert after.leniency and any("leniency correction is ON" in w for w in after.warnings)
    first = after.presenters[0].totals[0]
    assert (first.total, first.uncorrected) == (75, 60)
    assert tally_json(after)["leniency"] is True


def test_provisional_until_the_contest_is_closed(tmp_path):
    store, result = run(tmp_path, setup([{"name": "组"}], panel(1), ["甲"]), {("组1", "甲"): {"得分": 10}})
    assert result.provisional
    Session(store).close_contest()
    assert not tally(store).provisional


@pytest.mark.parametrize(
    "value, shown",
    [
        (Fraction(12345, 1000), "12.35"),
        (Fraction(1, 3), "0.33"),
        (Fraction(2, 3), "0.67"),
        (Fraction(100), "100.00"),
        (Fraction(1, 200), "0.01"),
        (Fraction(-1, 200), "-0.01"),
        (None, ""),
        (Fraction(0), "0.00"),
        (Fraction(-1, 1000), "0.00"),
        # just below a half at the 31st digit: a 28-digit decimal division would round it up
        (Fraction(87345, 1000) - Fraction(1, 10**31), "87.34"),
        (Fraction(87345, 1000), "87.35"),
    ],
)
def test_display_rounds_half_up_to_two_decimals(value, shown):
    assert fmt_score(value) == shown


def test_json_has_the_agreed_shape(tmp_path):
    groups = [{"name": "领导", "weight": "2"}, {"name": "代表", "weight": "1"}]
    data = setup(groups, panel(3, "领导") + panel(1, "代表"), ["甲", "乙"], {"method": "trimmed", "trim": 1})
    ballots = {
        ("领导1", "甲"): {"得分": 90},
        ("领导2", "甲"): {"得分": 80},
        ("领导3", "甲"): {"得分": 71},
        ("代表1", "甲"): {"得分": 60},
    }
    store, result = run(tmp_path, data, ballots)
    labels = archive(store)
    doc = tally_json(result)
    assert {"method", "provisional", "presenters"} <= doc.keys()
    first = doc["presenters"][0]
    assert {
        "rank",
        "presenter",
        "score",
        "exact",
        "ballots",
        "eligible",
        "groups",
        "tie_break",
        "warnings",
    } <= first.keys()
    # (2 * 80 + 1 * 60) / 3 = 220/3
    assert (first["rank"], first["presenter"], first["score"], first["exact"]) == (1, "甲", "73.33", "220/3")
    leaders = first["groups"][0]
    assert {"group", "score", "exact", "n", "dropped"} <= leaders.keys()
    assert (leaders["score"], leaders["exact"], leaders["n"]) == ("80.00", "80/1", 3)
    assert leaders["dropped"] == [
        {"reviewer": labels["领导3"], "total": "71.00", "reason": "lowest"},
        {"reviewer": labels["领导1"], "total": "90.00", "reason": "highest"},
    ]
    assert doc["presenters"][1]["rank"] is None and doc["presenters"][1]["exact"] is None


def test_json_names_reviewers_when_the_contest_is_not_anonymous(tmp_path):
    data = setup([{"name": "组"}], panel(3), ["甲"], {"method": "trimmed", "trim": 1, "anonymous": False})
    ballots = {(f"组{i}", "甲"): {"得分": s} for i, s in enumerate([1, 2, 3], 1)}
    _, result = run(tmp_path, data, ballots)
    dropped = tally_json(result)["presenters"][0]["groups"][0]["dropped"]
    assert [d["reviewer"] for d in dropped] == ["组1", "组3"]


@pytest.mark.parametrize("level", ["total", "criterion"])
def test_marks_of_an_incomplete_ballot_are_not_counted_and_are_reported(tmp_path, level):
    criteria = [{"name": "a", "max": "10", "step": "1"}, {"name": "b", "max": "10", "step": "1"}]
    data = setup(
        [{"name": "组"}],
        panel(4),
        ["甲"],
        {"method": "trimmed", "trim": 1, "level": level},
        criteria=criteria,
    )
    ballots = {(f"组{i}", "甲"): {"a": s, "b": s} for i, s in enumerate([2, 4, 6], 1)}
    store = create_contest(tmp_path / "c.arena", data, ballots)
    contest = store.contest()
    # a half-written ballot, as an older or damaged file might hold: 组4 marked only criterion a
    half_ballot = (contest.reviewers[3].id, contest.presenters[0].id, contest.criteria[0].id, 10)
    store.load_generated_scores([half_ballot], "test: incomplete ballot")
    result = tally(store)
    p = result.presenters[0]
    assert (p.score, p.ballots) == (40, 3)  # the middle of 20, 40, 60; the lone 10 is ignored
    assert "1 marks belong to incomplete or recused ballots and are not counted" in result.warnings


def test_tie_break_on_a_group_that_did_not_score_ranks_that_presenter_lower(tmp_path):
    groups = [{"name": "领导", "weight": "1"}, {"name": "代表", "weight": "1"}]
    data = setup(groups, panel(1, "领导") + panel(1, "代表"), ["甲", "乙"], {"tie_break": ["group:领导"]})
    # both score 50; 领导 scored only 乙 (甲's 50 comes from 代表 alone, after renormalisation)
    ballots = {("代表1", "甲"): {"得分": 50}, ("领导1", "乙"): {"得分": 10}, ("代表1", "乙"): {"得分": 90}}
    _, result = run(tmp_path, data, ballots)
    assert [(p.presenter.name, p.score, p.rank) for p in result.presenters] == [("乙", 50, 1), ("甲", 50, 2)]
    assert "decided by group:领导: no score against 乙 10.00" in by_name(result)["甲"].tie_break


def test_per_criterion_trimming_is_explained_in_json_and_words(tmp_path):
    from arena.tally.explain import explain

    criteria = [{"name": "a", "max": "10", "step": "0.5"}, {"name": "b", "max": "10", "step": "1"}]
    data = setup(
        [{"name": "组"}],
        panel(3),
        ["甲"],
        {"method": "trimmed", "trim": 1, "level": "criterion"},
        criteria=criteria,
    )
    ballots = {
        ("组1", "甲"): {"a": 20, "b": 1},
        ("组2", "甲"): {"a": 15, "b": 6},
        ("组3", "甲"): {"a": 3, "b": 9},
    }
    store, result = run(tmp_path, data, ballots)
    labels = archive(store)
    group = tally_json(result)["presenters"][0]["groups"][0]
    assert group["criteria"] == [
        {"criterion": "a", "score": "7.50", "exact": "15/2"},
        {"criterion": "b", "score": "6.00", "exact": "6/1"},
    ]
    assert {"reviewer": labels["组1"], "criterion": "a", "mark": "10", "reason": "highest"} in group[
        "dropped"
    ]
    assert {"reviewer": labels["组3"], "criterion": "a", "mark": "1.5", "reason": "lowest"} in group[
        "dropped"
    ]
    assert group["score"] == "67.50"  # 100 * (7.5 + 6) / 20
    words = "\n".join(explain(result.presenters[0], result))
    assert "criteria kept means a 7.50, b 6.00" in words and f"{labels['组3']} a 1.5 (lowest)" in words


def test_leniency_clamps_to_the_scale_and_sets_reviewers_without_spread_to_the_mean(tmp_path):
    presenters = [f"p{i}" for i in range(1, 11)]
    reviewers = [{"name": n, "group": "组"} for n in ("A", "B", "C", "D")]
    data = setup([{"name": "组"}], reviewers, presenters, {"leniency": True})
    ballots = {("A", p): {"得分": 100 if p == "p10" else 0} for p in presenters}  # m 10, d 18
    ballots |= {("B", p): {"得分": 100 if p == "p1" else 95} for p in presenters}  # m 95.5, d 0.9
    ballots |= {("C", "p1"): {"得分": 0}, ("C", "p2"): {"得分": 100}}  # m 50, d 50
    ballots |= {("D", "p1"): {"得分": 70}}  # one total: no spread
    _, result = run(tmp_path, data, ballots)
    totals = {(t.name, p.presenter.name): t for p in result.presenters for t in p.totals}
    # M = 1225/23, S = (18 + 0.9 + 50) / 3; A's p10 is 5 spreads above A's mean: far past 100
    assert totals[("A", "p10")].total == 100 and totals[("A", "p10")].uncorrected == 100
    assert totals[("D", "p1")].total == Fraction(1225, 23)
    mean, spread = Fraction(1225, 23), Fraction(689, 30)
    assert totals[("C", "p1")].total == mean - spread  # one spread below C's mean
    assert any(w.startswith("leniency: 1 reviewers scored one presenter") for w in result.warnings)


def test_tally_reads_committed_ballots_without_waiting_for_a_writer(tmp_path):
    """The GUI tallies on its own connection while the server thread's connection is mid-write."""
    from arena.store import BallotIn, Store

    data = setup([{"name": "组"}], panel(2), ["甲"])
    writer = create_contest(tmp_path / "c.arena", data, {("组1", "甲"): {"得分": 80}})
    reader = Store.open(tmp_path / "c.arena")
    contest = writer.contest()
    late = BallotIn(contest.reviewers[1].id, contest.presenters[0].id, {contest.criteria[0].id: 40}, "late-1")
    with writer.transaction():
        writer.record_ballot(late, "host", require_open=False)
        during = tally(reader)  # the uncommitted ballot is not seen, and nothing blocks
    after = tally(reader)
    assert (during.presenters[0].score, during.presenters[0].ballots) == (80, 1)
    assert (after.presenters[0].score, after.presenters[0].ballots) == (60, 2)
    reader.close()
    writer.close()
