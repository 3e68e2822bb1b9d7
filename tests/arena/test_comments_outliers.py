"""Comments (评语) and the outlier confirmation (畸高畸低) in the core: setup options, the intake's
comment check, the median of the others' totals, and what a phone may learn of it (issue 17).
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from fractions import Fraction

import pytest

from arena.intake import BallotRules, enter_paper_ballot
from arena.model import InputError
from arena.outliers import check_total, reviewer_totals
from arena.review_options import COMMENT_MAX, ReviewOptions
from arena.session import Session
from arena.setup import contest_to_dict, parse_setup
from arena.store import BallotRefused, Store


def with_review(store: Store, **options) -> None:
    contest = store.contest()
    review = ReviewOptions(**options)
    store.update_setup(
        dataclasses.replace(contest, scoring=dataclasses.replace(contest.scoring, review=review))
    )


def test_options_round_trip_through_the_setup_document_and_the_file(store):
    data = contest_to_dict(store.contest())
    assert not {"comments", "outlier_points", "outlier_show_median"} & set(
        data["scoring"]
    )  # defaults left out
    data["scoring"].update(comments="required", outlier_points="15", outlier_show_median="是")
    contest = parse_setup(data)
    assert contest.scoring.review == ReviewOptions("required", Decimal(15), True)
    assert contest_to_dict(contest)["scoring"]["outlier_points"] == "15"
    with_review(store, comments="optional", outlier_points=Decimal("12.5"))
    reopened = Store.open(store.path)
    assert reopened.contest().scoring.review == ReviewOptions("optional", Decimal("12.5"), False)
    reopened.close()
    data["scoring"].update(comments="sometimes", outlier_points="-3")
    with pytest.raises(InputError) as caught:
        parse_setup(data)
    text = str(caught.value)
    assert "comments" in text and "outlier_points" in text


def test_the_comment_follows_the_setup_mode(store):
    contest = store.contest()
    marks = {c.name: "1" for c in contest.criteria}
    presenter = contest.presenters[0].id
    reviewer = next(r.id for r in contest.reviewers if contest.presenters[0].name not in r.recuse)

    def check(mode, comment):
        review = ReviewOptions(mode)
        rules = BallotRules(
            dataclasses.replace(contest, scoring=dataclasses.replace(contest.scoring, review=review)), ()
        )
        return rules.check(reviewer, presenter, marks, "client-0001", comment=comment)

    assert check("optional", "  思路清晰\r\n数据扎实 \x07").comment == "思路清晰\n数据扎实"
    assert check("optional", "").comment == ""
    assert check("required", "好").comment == "好"
    assert check("optional", "评" * COMMENT_MAX).comment == "评" * COMMENT_MAX
    for mode, comment, code in [
        ("required", "", "comment_required"),
        ("required", " \n ", "comment_required"),
        ("optional", "评" * (COMMENT_MAX + 1), "comment_too_long"),
        ("off", "好", "comments_off"),
        ("optional", 12, "invalid"),
    ]:
        with pytest.raises(BallotRefused) as caught:
            check(mode, comment)
        assert caught.value.code == code, (mode, comment)
    assert check("off", "").comment == ""
    # Sources without comments (paper ballots, imports) are never asked for one.
    assert BallotRules(contest, ()).check(reviewer, presenter, marks, "client-0002").comment == ""


def test_a_paper_ballot_needs_no_comment_when_phones_must_give_one(store):
    with_review(store, comments="required")
    Session(store).start()
    contest = store.contest()
    presenter = contest.presenters[0]
    reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
    enter_paper_ballot(store, reviewer.id, presenter.id, {c.name: "1" for c in contest.criteria})
    assert store.counts()["submissions"] == 1


def _contest(store, points="10", show=False):
    with_review(store, outlier_points=Decimal(points), outlier_show_median=show)
    return store.contest()


def test_median_of_the_own_group_then_of_the_panel(store):
    contest = _contest(store)
    by_group: dict[str, list[int]] = {}
    for r in contest.reviewers:
        by_group.setdefault(r.group, []).append(r.id)
    group, ids = next((g, ids) for g, ids in by_group.items() if len(ids) >= 5)
    other = next(ids for g, ids in by_group.items() if g != group)
    me = ids[0]
    # Two of my group are in (80, 90) and two of another group (20, 30): too few in my group, so the panel.
    totals = {ids[1]: Fraction(80), ids[2]: Fraction(90), other[0]: Fraction(20), other[1]: Fraction(30)}
    check = check_total(contest, totals, me, Fraction(52))
    assert (check.basis, check.median, check.far) == ("panel", Fraction(55), False)
    # A third of my group comes in (86): now my group's median (86) is the yardstick.
    totals[ids[3]] = Fraction(86)
    check = check_total(contest, totals, me, Fraction(52))
    assert (check.basis, check.median, check.far, check.direction) == ("group", Fraction(86), True, "low")
    assert check.distance == 34
    # My own earlier total never counts among the others; exactly the threshold is not beyond it.
    totals[me] = Fraction(0)
    assert check_total(contest, totals, me, Fraction(96)).far is False
    assert check_total(contest, totals, me, Fraction("96.5")).direction == "high"
    # Fewer than three totals in the whole panel: nothing to compare with.
    assert check_total(contest, {ids[1]: Fraction(80), other[0]: Fraction(10)}, me, Fraction(0)).far is False
    # No threshold in the setup: never far.
    with_review(store)
    assert check_total(store.contest(), totals, me, Fraction(0)).far is False


def test_the_phone_learns_how_far_but_not_the_median_unless_allowed(store):
    contest = _contest(store)
    ids = [r.id for r in contest.reviewers]
    totals = {ids[1]: Fraction(86), ids[2]: Fraction(86), ids[3]: Fraction("86.5")}
    far = check_total(contest, totals, ids[0], Fraction("51.5"))
    assert far.answer(False) == {"far": True, "direction": "low", "distance": "34"}
    assert far.answer(True) == {"far": True, "direction": "low", "distance": "34", "median": "86.00"}
    near = check_total(contest, totals, ids[0], Fraction(80))
    assert near.answer(True) == {"far": False}  # nothing at all about the others when not far
    flag = json.loads(far.flag_json("现场答辩很差"))
    assert flag == {
        "basis": flag["basis"],
        "direction": "low",
        "distance": "34.50",
        "median": "86.00",
        "peers": 3,
        "reason": "现场答辩很差",
        "threshold": "10.00",
    }
    assert near.flag_json("x") == ""


def test_totals_are_complete_ballots_on_the_phone_scale(store):
    contest = store.contest()
    criteria = contest.criteria
    full = {(7, c.id): c.max_units for c in criteria}
    half = {(8, criteria[0].id): criteria[0].max_units}  # one criterion only: not a total yet
    assert reviewer_totals(contest, {**full, **half}) == {7: Fraction(100)}
