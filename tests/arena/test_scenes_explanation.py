"""The explanation of a revealed score in the scenes' data (what the web view sends): the spotlight only,
only once revealed, only while the host shows it, and reviewers anonymous."""

from __future__ import annotations

import dataclasses
import json

import pytest

from arena import scenes
from arena import tally as scoring
from arena.anonymity import archive_labels, slots
from arena.demo import demo_ballots, demo_contest
from arena.session import Session
from arena.store import Store


def view_of(store: Store) -> dict:
    contest = store.contest()
    source = scenes.SceneSource(
        contest,
        scenes.eligible_counts(contest, store.recusals()),
        store.ballot_count,
        lambda: scoring.tally(store),
        secret=store.anonymity_secret(),
        announced=store.announced_ids,
        marks=store.marks_of,
    )
    return scenes.scene_view(source, Session(store).state())


@pytest.fixture
def revealing(demo_scored_path):
    """The scored demo, closed, on the results scene, nothing revealed yet."""
    store = Store.open(demo_scored_path)
    session = Session(store)
    session.close_contest()
    session.set_scene("results")
    yield store, session
    store.close()


def last_to_first(store: Store) -> list[scoring.PresenterResult]:
    return list(reversed(scenes.ranked(scoring.tally(store))))


def test_the_explanation_is_sent_only_while_the_host_shows_it(revealing):
    store, session = revealing
    session.reveal_next()
    view = view_of(store)
    assert view["explain"] is False and "explanation" not in view
    session.set_explanation(True)
    view = view_of(store)
    assert view["explain"] is True and view["explanation"]
    session.set_explanation(False)
    assert "explanation" not in view_of(store)


def test_before_any_reveal_nothing_is_explained(revealing):
    store, session = revealing
    session.set_explanation(True)
    view = view_of(store)
    assert view["explain"] is True and view["revealed"] == [] and "explanation" not in view
    text = json.dumps(view, ensure_ascii=False)
    for result in last_to_first(store):
        for group in result.groups:
            assert scoring.fmt_score(group.score) not in text


def test_each_step_explains_the_spotlight_and_gives_away_no_unrevealed_group_score(revealing):
    store, session = revealing
    session.set_explanation(True)
    order = last_to_first(store)
    for step, spotlight in enumerate(order, start=1):
        session.reveal_next()
        explained = view_of(store)["explanation"]
        assert [g["group"] for g in explained["groups"]] == [g.group for g in spotlight.groups]
        assert [g["score"] for g in explained["groups"]] == [
            scoring.fmt_score(g.score) for g in spotlight.groups
        ]
        assert [g["weight"] for g in explained["groups"]] == [
            f"{g.weight.normalize():f}" for g in spotlight.groups
        ]
        assert (explained["ballots"], explained["eligible"]) == (spotlight.ballots, spotlight.eligible)
        dropped = [(d["group"], d["slot"], d["total"], d["reason"]) for d in explained["dropped"]]
        slot = slots(
            store.anonymity_secret(),
            spotlight.presenter.id,
            [(t.reviewer_id, t.group) for t in spotlight.totals],
        )
        assert dropped == [
            (g.group, slot[t.reviewer_id], scoring.fmt_score(t.total), t.drop_reason)
            for g in spotlight.groups
            for t in g.dropped
        ]
        assert dropped  # the demo trims one high and one low total per group
        # Exactly the spotlight's facts (compared in full above), nothing of a presenter still hidden.
        assert set(explained) == {
            "groups",
            "dropped",
            "dropped_marks",
            "untrimmed",
            "panel_notes",
            "ballots",
            "eligible",
        }
        assert view_of(store)["revealed"][-1]["name"] == spotlight.presenter.name
        assert len(view_of(store)["revealed"]) == step


def test_reviewers_are_anonymous_in_the_explanation(revealing):
    store, session = revealing
    session.set_explanation(True)
    names = [r.name for r in store.reviewers()]
    for _ in last_to_first(store):
        session.reveal_next()
        explained = view_of(store)["explanation"]  # (a chain's speaker may also review the others)
        text = json.dumps(explained, ensure_ascii=False)
        assert not [name for name in names if name in text]
        # Each dropped total by its slot for this presenter only: never the archive label, which
        # stays the same from presenter to presenter.
        assert all(set(d) == {"group", "slot", "total", "reason"} for d in explained["dropped"])
        archive = archive_labels(store.contest(), store.anonymity_secret()).values()
        assert not [label for label in archive if label in text]


def test_groups_too_small_to_trim_and_marks_dropped_per_criterion_are_named(tmp_path):
    base = demo_contest()
    rules = dataclasses.replace(base.scoring, trim_level="criterion")
    path = tmp_path / "criterion.arena"
    store = Store.create(path, dataclasses.replace(base, scoring=rules))
    store.record_ballots(demo_ballots(store), "demo")
    session = Session(store)
    session.close_contest()
    session.reveal_next()
    session.set_explanation(True)
    explained = view_of(store)["explanation"]
    spotlight = last_to_first(store)[0]
    assert explained["dropped_marks"] == [
        {"group": g.group, "count": len(g.dropped_marks)} for g in spotlight.groups if g.dropped_marks
    ]
    assert explained["dropped_marks"] and explained["untrimmed"] == []
    store.close()

    path = tmp_path / "small.arena"
    store = Store.create(path, dataclasses.replace(base, scoring=dataclasses.replace(base.scoring, trim=6)))
    store.record_ballots(demo_ballots(store), "demo")
    session = Session(store)
    session.close_contest()
    session.reveal_next()
    session.set_explanation(True)
    explained = view_of(store)["explanation"]
    spotlight = last_to_first(store)[0]
    assert explained["untrimmed"] == [g.group for g in spotlight.groups if not g.trimmed]
    assert explained["untrimmed"] and explained["dropped"] == []
    assert explained["panel_notes"] == [
        {"code": "not_trimmed", "group": g.group, "n": g.n, "minimum": 13, "unit": "totals"}
        for g in spotlight.groups
        if not g.trimmed
    ]
    store.close()
