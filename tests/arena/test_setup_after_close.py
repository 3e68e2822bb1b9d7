"""After the contest is closed the results are final: the store refuses setup changes that bear on them.

Only the contest details (title, date, venue, organizer) may still be corrected,
and each correction is written to the session log.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from arena.model import InputError
from arena.session import Session
from arena.store import Store


@pytest.fixture
def closed_store(demo_scored_path):
    store = Store.open(demo_scored_path)
    session = Session(store)
    session.start()
    session.close_contest()
    yield store
    store.close()


def _renamed_first(items):
    return (replace(items[0], name=items[0].name + "X"), *items[1:])


RESULT_CHANGES = {
    "criterion weight": lambda c: replace(
        c, criteria=(replace(c.criteria[0], weight=c.criteria[0].effective_weight * 2), *c.criteria[1:])
    ),
    "criterion renamed": lambda c: replace(c, criteria=_renamed_first(c.criteria)),
    "group weight": lambda c: replace(
        c, groups=(replace(c.groups[0], weight=c.groups[0].weight + Decimal(1)), *c.groups[1:])
    ),
    "reviewer's group": lambda c: replace(
        c,
        reviewers=(
            replace(c.reviewers[0], group=next(g.name for g in c.groups if g.name != c.reviewers[0].group)),
            *c.reviewers[1:],
        ),
    ),
    "recusal removed": lambda c: replace(c, reviewers=tuple(replace(r, recuse=()) for r in c.reviewers)),
    "presenter removed": lambda c: replace(c, presenters=c.presenters[:-1]),
    "presenters reordered": lambda c: replace(c, presenters=tuple(reversed(c.presenters))),
    "scoring method": lambda c: replace(c, scoring=replace(c.scoring, method="median")),
}


@pytest.mark.parametrize("change", sorted(RESULT_CHANGES))
def test_a_closed_contest_refuses_every_change_that_bears_on_results(closed_store, change):
    before = closed_store.contest()
    log_before = closed_store.session_log()
    edited = RESULT_CHANGES[change](before)
    assert edited != before
    with pytest.raises(InputError, match="the contest is closed: only the contest details"):
        closed_store.update_setup(edited)
    assert closed_store.contest() == before
    assert closed_store.session_log() == log_before


def test_a_closed_contest_still_takes_corrected_details_and_logs_them(closed_store):
    before = closed_store.contest()
    fixed = replace(before, title=before.title + "（更正）", venue="第二会议室", organizer="区工信局")
    assert closed_store.update_setup(fixed) == ["contest details"]
    after = closed_store.contest()
    assert (after.title, after.venue, after.organizer) == (fixed.title, "第二会议室", "区工信局")
    assert replace(after, title=before.title, venue=before.venue, organizer=before.organizer) == before
    entry = closed_store.session_log()[-1]
    assert entry["action"] == "details_corrected"
    assert entry["detail"]["before"]["title"] == before.title
    assert entry["detail"]["after"]["venue"] == "第二会议室"


def test_details_and_rules_together_are_refused_as_a_whole(closed_store):
    before = closed_store.contest()
    mixed = replace(before, title="New title", scoring=replace(before.scoring, method="median"))
    with pytest.raises(InputError, match="refused: scoring rules"):
        closed_store.update_setup(mixed)
    assert closed_store.contest().title == before.title


def test_an_unchanged_setup_saved_after_the_close_is_no_change(closed_store):
    before = closed_store.contest()
    assert closed_store.update_setup(before) == []
    assert closed_store.session_log()[-1]["action"] == "contest_close"


def test_before_the_close_the_same_edits_are_allowed(demo_path):
    with Store.open(demo_path) as store:
        contest = store.contest()
        changes = store.update_setup(RESULT_CHANGES["scoring method"](contest))
        assert changes == ["scoring rules"]


def test_a_blank_weight_equal_to_the_max_is_not_a_change(closed_store):
    """The editor hands a weight equal to the max back as blank; that must not count as an edit."""
    before = closed_store.contest()
    blank = replace(
        before,
        criteria=tuple(
            replace(c, weight=None) if c.effective_weight == c.max else c for c in before.criteria
        ),
    )
    assert blank != before
    assert closed_store.update_setup(blank) == []
