"""The reveal, from last place to first, driven by the session; it survives a restart mid-way."""

from __future__ import annotations

import time
from decimal import Decimal

from arena.anonymity import slots
from arena.model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules
from arena.store import BallotIn, Store
from arena.tally import fmt_score, tally


def spotlight(p) -> tuple[str, str, str]:
    scene = p.window.scenes["results"]
    return scene.rank.text(), scene.presenter_name.text(), scene.score.text()


def expected_order(store):
    """(rank text, name, score) from last place to first, as the reveal must show them."""
    ranked = [r for r in tally(store).presenters if r.rank is not None]
    return [(f"No. {r.rank}", r.presenter.name, fmt_score(r.score)) for r in reversed(ranked)]


def test_the_reveal_goes_from_last_place_to_first_one_step_at_a_time(projector):
    p = projector
    p.session.close_contest()
    p.session.set_scene("results")
    p.settle()
    assert p.window.current_scene() == "results"
    assert any("from last place to first" in t for t in p.texts())
    order = expected_order(p.store)
    for step, expected in enumerate(order, start=1):
        p.session.reveal_next()
        p.settle()
        assert spotlight(p) == expected
        earlier = p.window.scenes["results"].rows
        shown_below = [row.name.text() for row in earlier if row.name.isVisibleTo(p.window)]
        assert shown_below == [name for _, name, _ in reversed(order[: step - 1])]  # best first
        # nothing not yet revealed is on screen
        for _, name, _ in order[step:]:
            assert name not in p.texts()
    assert spotlight(p)[0] == "No. 1"


def test_going_back_a_step_hides_the_last_reveal(projector):
    p = projector
    p.session.close_contest()
    for _ in range(3):
        p.session.reveal_next()
    p.session.reveal_previous()
    p.settle()
    assert spotlight(p) == expected_order(p.store)[1]


def test_the_newly_revealed_presenter_fades_in(projector, qtbot):
    p = projector
    p.session.close_contest()
    p.session.reveal_next()
    p.settle()
    p.session.reveal_next()
    scene = p.window.scenes["results"]
    assert scene.fading() and scene.spotlight.graphicsEffect().opacity() < 0.5
    qtbot.waitUntil(lambda: not scene.fading(), timeout=3000)


def test_a_restart_in_the_middle_of_the_reveal_resumes_at_the_same_step(open_projector, demo_scored_path):
    first = open_projector(demo_scored_path)
    first.session.close_contest()
    for _ in range(3):
        first.session.reveal_next()
    first.settle()
    before = spotlight(first)
    before_texts = sorted(first.texts())
    first.close()  # the laptop is shut: window and file closed

    again = open_projector(demo_scored_path)
    again.settle()
    assert again.window.current_scene() == "results"
    assert spotlight(again) == before == expected_order(again.store)[2]
    assert sorted(again.texts()) == before_texts
    again.session.reveal_next()
    assert spotlight(again) == expected_order(again.store)[3]


def test_the_explanation_shows_group_scores_and_dropped_totals_anonymously(projector):
    p = projector
    p.session.close_contest()
    p.session.reveal_next()
    p.session.set_explanation(True)
    p.settle()
    text = p.window.scenes["results"].explanation.text()
    last = [r for r in tally(p.store).presenters if r.rank is not None][-1]
    slot = slots(
        p.store.anonymity_secret(), last.presenter.id, [(t.reviewer_id, t.group) for t in last.totals]
    )
    for group in last.groups:
        assert group.group in text and fmt_score(group.score) in text
        for dropped in group.dropped:  # by their slot for this presenter, never a stable label
            assert f"{group.group} reviewer {slot[dropped.reviewer_id]}" in text
            assert fmt_score(dropped.total) in text
    assert sum(len(g.dropped) for g in last.groups) > 0  # the demo trims one high and one low per group
    for reviewer in p.store.reviewers():
        assert reviewer.name not in text
    p.session.set_explanation(False)
    assert not p.window.scenes["results"].explanation.isVisibleTo(p.window)


def tied_contest(path):
    """Three presenters; two get identical ballots from everyone, so they share a rank."""
    contest = Contest(
        title="Tie test",
        scoring=ScoringRules(method="mean"),
        criteria=(Criterion("Overall", Decimal(100), Decimal(1)),),
        groups=(Group("Panel"),),
        reviewers=tuple(Reviewer(f"R{i}", "Panel") for i in range(3)),
        presenters=(Presenter("Alpha"), Presenter("Beta"), Presenter("Gamma")),
    )
    store = Store.create(path, contest)
    crit = store.criteria()[0].id
    points = {"Alpha": 80, "Beta": 90, "Gamma": 80}
    ballots = [
        BallotIn(r.id, p.id, {crit: points[p.name]}, f"{r.id}-{p.id}")
        for r in store.reviewers()
        for p in store.presenters()
    ]
    store.record_ballots(ballots, "demo")
    store.close()


def test_shared_ranks_are_shown_as_shared(open_projector, tmp_path):
    tied_contest(tmp_path / "tie.arena")
    p = open_projector(tmp_path / "tie.arena")
    p.session.close_contest()
    p.session.set_scene("ranking")
    p.settle()
    ranks = [rank.text() for rank, _, _ in p.window.scenes["ranking"].cells[:3]]
    assert ranks == ["No. 1", "Tied No. 2", "Tied No. 2"]
    p.session.reveal_next()
    assert spotlight(p)[0] == "Tied No. 2"


def test_shared_ranks_read_as_shared_in_chinese(open_projector, tmp_path, chinese):
    tied_contest(tmp_path / "tie.arena")
    p = open_projector(tmp_path / "tie.arena")
    p.session.close_contest()
    p.session.set_scene("ranking")
    p.settle()
    ranks = [rank.text() for rank, _, _ in p.window.scenes["ranking"].cells[:3]]
    assert ranks == ["第1名", "并列第2", "并列第2"]
    assert "Tie test · 最终排名" in p.texts()  # the contest title, then the scene


def test_a_ballot_event_updates_scoring_progress_in_place(unscored_projector, demo_path):
    p = unscored_projector
    presenter = p.store.presenters()[0]
    p.session.goto(presenter.id)
    p.session.open_scoring([presenter.id])
    p.settle()
    scene = p.window.scenes["scoring"]
    eligible = len(p.store.reviewers()) - sum(1 for _, pid in p.store.recusals() if pid == presenter.id)
    assert scene.count.text() == f"0 / {eligible}"
    server = Store.open(demo_path)  # the server thread's own connection
    try:
        reviewer = next(r for r in server.reviewers() if presenter.name not in r.recuse)
        units = {c.id: c.max_units // 2 for c in server.criteria()}
        server.record_ballot(BallotIn(reviewer.id, presenter.id, units, "phone-1"), "phone")
        committed = time.monotonic()
        painted = []
        scene.bar.repainted.connect(lambda done, at: painted.append((done, at)))
        p.bridge.notify(
            {
                "type": "ballot",
                "reviewer_id": reviewer.id,
                "presenter_id": presenter.id,
                "committed_at": committed,
            }
        )
        p.qtbot.waitUntil(lambda: any(done == 1 for done, _ in painted), timeout=10000)
    finally:
        server.close()
    assert scene.count.text() == f"1 / {eligible}"
    # updated in place: no scene change, so no cross-fade snapshot over the picture
    assert p.window.current_scene() == "scoring"
    assert not [c for c in p.window.children() if c.metaObject().className() == "QLabel"]
    # how fast it paints is bench/bench_projector.py's figure, not a wall-clock bound here


def demo_with_rules(tmp_path, **rules):
    import dataclasses

    from projector_testkit import write_contest

    from arena.demo import demo_contest

    contest = demo_contest()
    path = tmp_path / "rules.arena"
    write_contest(
        path,
        dataclasses.replace(contest, scoring=dataclasses.replace(contest.scoring, **rules)),
        ballots=True,
    )
    return path


def test_per_criterion_trimming_is_explained_as_a_count_per_group(open_projector, tmp_path):
    p = open_projector(demo_with_rules(tmp_path, trim_level="criterion"))
    p.session.close_contest()
    p.session.reveal_next()
    p.session.set_explanation(True)
    p.settle()
    text = p.window.scenes["results"].explanation.text()
    last = [r for r in tally(p.store).presenters if r.rank is not None][-1]
    for group in last.groups:
        assert f"{group.group}: {len(group.dropped_marks)} mark(s) dropped" in text
    assert len(last.groups[0].dropped_marks) == 2 * len(p.store.criteria())


def test_a_group_too_small_to_trim_says_so(open_projector, tmp_path):
    p = open_projector(demo_with_rules(tmp_path, trim=6))  # needs 13 totals; the demo's groups have 7 to 12
    p.session.close_contest()
    p.session.reveal_next()
    p.session.set_explanation(True)
    p.settle()
    text = p.window.scenes["results"].explanation.text()
    last = [r for r in tally(p.store).presenters if r.rank is not None][-1]
    untrimmed = [g for g in last.groups if not g.trimmed]
    assert untrimmed
    for group in untrimmed:  # how many were counted, and the floor they fell short of
        assert f"{group.group}: {group.n} scores, fewer than 13; none dropped" in text


def test_a_group_trimmed_down_to_fewer_than_three_says_how_many_were_kept(open_projector, tmp_path):
    p = open_projector(demo_with_rules(tmp_path, trim=3))  # 7 totals less 3 at each end leave 1
    p.session.close_contest()
    p.session.reveal_next()
    p.session.set_explanation(True)
    p.settle()
    text = p.window.scenes["results"].explanation.text()
    last = [r for r in tally(p.store).presenters if r.rank is not None][-1]
    few = [g for g in last.groups if g.trimmed and g.kept < 3]
    assert few
    for group in few:
        assert f"{group.group}: {group.n} scores, {group.kept} kept after dropping" in text


def test_the_explanation_follows_the_session_and_comes_back_after_a_restart(open_projector, demo_scored_path):
    first = open_projector(demo_scored_path)
    first.session.close_contest()
    first.session.reveal_next()
    first.session.reveal_next()
    first.settle()
    results = first.window.scenes["results"]
    assert not first.window.explanation_visible() and not results.explanation.isVisibleTo(first.window)
    first.session.set_explanation(True)  # the console's toggle goes through the session
    first.settle()
    assert results.explanation.isVisibleTo(first.window)
    shown = results.explanation.text()
    assert expected_order(first.store)[1][1] == spotlight(first)[1] and "%" not in shown
    first.close()  # the laptop is shut mid-reveal, explanation on screen

    again = open_projector(demo_scored_path)
    again.settle()
    results = again.window.scenes["results"]
    assert again.window.current_scene() == "results" and spotlight(again) == expected_order(again.store)[1]
    assert results.explanation.isVisibleTo(again.window) and results.explanation.text() == shown
    again.session.set_explanation(False)
    again.settle()
    assert not results.explanation.isVisibleTo(again.window)
    # The spotlight takes the whole width back once the explanation is gone.
    assert results.presenter_name.geometry().width() > again.window.width() * 0.8


def test_the_toggle_made_on_another_scene_is_there_when_the_results_come_up(projector):
    p = projector
    p.session.close_contest()
    p.session.set_scene("ranking")
    p.session.set_explanation(True)
    p.session.reveal_next()  # brings the results scene back, one step on
    p.settle()
    assert p.window.current_scene() == "results"
    assert p.window.scenes["results"].explanation.isVisibleTo(p.window)
