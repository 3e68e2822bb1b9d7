"""The projector follows a setup saved mid-session: no stale names after the host corrects one."""

from __future__ import annotations

import dataclasses


def rename_presenter(store, index, name):
    contest = store.contest()
    presenters = list(contest.presenters)
    old = presenters[index].name
    presenters[index] = dataclasses.replace(presenters[index], name=name)
    reviewers = tuple(
        dataclasses.replace(r, recuse=tuple(name if n == old else n for n in r.recuse))
        for r in contest.reviewers
    )
    store.update_setup(dataclasses.replace(contest, presenters=tuple(presenters), reviewers=reviewers))
    return old


def test_a_renamed_presenter_shows_at_once_on_the_presenting_scene(unscored_projector):
    p = unscored_projector
    p.session.start()
    second = p.store.presenters()[1]
    p.session.goto(second.id)
    p.settle()
    old = rename_presenter(p.store, 1, "数字经济链（更正）")
    assert old in p.texts()  # nothing tells the projector yet: the console's signal is what counts
    p.bridge.setup_changed.emit()
    p.settle()
    texts = p.texts()
    assert "数字经济链（更正）" in texts and old not in texts


def test_a_renamed_next_presenter_and_an_edited_title_follow_too(unscored_projector):
    p = unscored_projector
    p.session.start()
    p.session.goto(p.store.presenters()[0].id)
    rename_presenter(p.store, 1, "下一位已改名")
    contest = p.store.contest()
    p.store.update_setup(dataclasses.replace(contest, title="改过的标题"))
    p.bridge.setup_changed.emit()
    p.settle()
    texts = p.texts()
    assert any("下一位已改名" in t for t in texts)  # "Next: ..."
    assert "改过的标题" in texts


def test_a_presenter_added_to_the_queue_counts_in_the_position(unscored_projector):
    p = unscored_projector
    p.session.start()
    p.session.goto(p.store.presenters()[0].id)
    p.settle()
    assert any("1 / 8" in t for t in p.texts())
    contest = p.store.contest()
    extra = dataclasses.replace(contest.presenters[-1], id=None, name="新增产业链")
    p.store.update_setup(dataclasses.replace(contest, presenters=(*contest.presenters, extra)))
    p.bridge.setup_changed.emit()
    p.settle()
    assert any("1 / 9" in t for t in p.texts())
