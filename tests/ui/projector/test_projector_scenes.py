"""Every scene of the projector, reached the way the host reaches it: through the session."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from arena.tally import fmt_score, tally
from ui.projector.presenting import clock_text
from ui.projector.theme import OVERTIME, TEXT, WARNING


def first_presenter(p):
    return p.store.presenters()[0]


def test_a_new_contest_opens_on_the_welcome_scene(projector):
    contest = projector.store.contest()
    assert projector.window.current_scene() == "welcome"
    texts = projector.texts()
    assert contest.title in texts
    assert any(contest.venue in t and contest.date in t for t in texts)
    assert any("QR code" in t for t in texts)


def test_the_console_join_hint_appears_on_the_welcome_scene(projector):
    projector.window.set_join_hint("Wi-Fi: Arena-Room-1")
    assert any("Wi-Fi: Arena-Room-1" in t for t in projector.texts())


def test_going_to_a_presenter_shows_who_and_a_full_countdown(projector):
    projector.session.start()
    second = projector.store.presenters()[1]
    projector.session.goto(second.id)
    projector.settle()
    assert projector.window.current_scene() == "presenting"
    texts = projector.texts()
    assert second.name in texts
    assert any(second.speaker in t and second.unit in t for t in texts)
    assert "05:00" in texts
    assert any("2 / 8" in t for t in texts)
    assert any(projector.store.presenters()[2].name in t for t in texts)  # who is next


def test_the_countdown_ticks_while_running_and_holds_when_paused(projector):
    p = projector
    p.session.goto(first_presenter(p).id)
    p.session.start_timer()
    clock = p.window.scenes["presenting"].clock
    p.qtbot.waitUntil(lambda: clock.text() == "04:59", timeout=1500)
    p.session.pause_timer()
    held = clock.text()
    p.qtbot.wait(1100)
    assert clock.text() == held


def test_last_minute_turns_amber_and_overtime_counts_up_in_red(open_projector, demo_scored_path):
    now = [1_000_000.0]
    p = open_projector(demo_scored_path)
    p.session.clock = lambda: now[0]
    if True:
        p.session.goto(first_presenter(p).id)
        p.session.start_timer()
        clock = p.window.scenes["presenting"].clock
        colour = lambda: clock.palette().windowText().color()  # noqa: E731
        now[0] += 100
        p.window.apply_state(p.session.state())
        assert (clock.text(), colour()) == ("03:20", TEXT)
        now[0] += 150
        p.window.apply_state(p.session.state())
        assert (clock.text(), colour()) == ("00:50", WARNING)
        now[0] += 65
        p.window.apply_state(p.session.state())
        assert (clock.text(), colour()) == ("+00:15", OVERTIME)
        p.session.extend_timer(60)  # the host gives one more minute: back under the limit
        assert (clock.text(), colour()) == ("00:45", WARNING)


def test_clock_text_rounds_up_while_counting_down_and_counts_overtime_up():
    assert clock_text(300) == "05:00"
    assert clock_text(299.2) == "05:00"
    assert clock_text(0.4) == "00:01"
    assert clock_text(0) == "00:00"
    assert clock_text(-0.5) == "00:00"
    assert clock_text(-61) == "+01:01"


def test_opening_scoring_shows_progress_and_never_a_score(projector):
    p = projector
    presenter = first_presenter(p)
    p.session.goto(presenter.id)
    p.session.open_scoring([presenter.id])
    p.settle()
    assert p.window.current_scene() == "scoring"
    result = next(r for r in tally(p.store).presenters if r.presenter.id == presenter.id)
    texts = p.texts()
    assert f"{result.ballots} / {result.eligible}" in texts
    assert result.ballots == result.eligible  # the seeded demo is complete
    assert "All ballots are in" in texts
    assert not any(fmt_score(result.score) in t for t in texts)
    for group in result.groups:
        assert not any(fmt_score(group.score) in t for t in texts)


def test_a_click_on_the_projector_changes_nothing(projector, qtbot):
    qtbot.mouseClick(projector.window, Qt.MouseButton.LeftButton, pos=QPoint(500, 400))
    qtbot.keyClick(projector.window, Qt.Key.Key_Space)
    assert projector.window.current_scene() == "welcome"
    assert projector.session.state().scene == "welcome"


def test_keys_on_the_projector_are_handed_to_the_console(projector, qtbot):
    with qtbot.waitSignal(projector.window.host_key) as pressed:
        qtbot.keyClick(projector.window, Qt.Key.Key_Right)
    assert pressed.args == [int(Qt.Key.Key_Right)]


def test_the_blank_scene_shows_nothing_and_the_host_can_come_back(projector):
    p = projector
    p.session.set_scene("blank")
    p.settle()
    assert p.window.current_scene() == "blank"
    assert p.texts() == []
    image = p.window.grab().toImage()
    assert image.pixelColor(10, 10) == image.pixelColor(900, 700)  # one flat colour
    p.session.set_scene("welcome")
    assert p.window.current_scene() == "welcome"


def test_scenes_cross_fade_and_the_snapshot_goes_away(projector, qtbot):
    projector.session.set_scene("blank")
    assert projector.window.current_scene() == "blank"
    overlays = [c for c in projector.window.children() if c.metaObject().className() == "QLabel"]
    assert overlays, "a snapshot of the old scene fades out on top of the new one"
    qtbot.waitUntil(
        lambda: not [c for c in projector.window.children() if c.metaObject().className() == "QLabel"],
        timeout=2000,
    )


def test_ranking_scene_lists_every_presenter_in_rank_order_with_scores(projector):
    p = projector
    p.session.close_contest()
    p.session.set_scene("ranking")
    p.settle()
    scene = p.window.scenes["ranking"]
    result = tally(p.store)
    rows = scene.cells[: len(result.presenters)]
    shown = [(rank.text(), name.text(), score.text()) for rank, name, score in rows]
    assert shown == [(f"No. {r.rank}", r.presenter.name, fmt_score(r.score)) for r in result.presenters]
    bars = scene.bars.rows
    assert [score for _, score, _ in bars] == [float(r.score) for r in result.presenters]
    # one bar per row, in order
    assert all(a[0].center().y() < b[0].center().y() for a, b in zip(bars, bars[1:]))
    assert all(rect.intersects(scene.bars.rect()) for rect, _, _ in bars)


def test_scores_the_projector_was_never_told_about_appear_after_a_ballot(unscored_projector):
    """A results scene open while ballots arrive is re-tallied (once per burst) and redrawn."""
    from arena.demo import demo_ballots

    p = unscored_projector
    p.session.set_scene("ranking")
    p.settle()
    assert all(score.text() == "—" for _, _, score in p.window.scenes["ranking"].cells[:8])
    p.store.record_ballots(demo_ballots(p.store), "demo")
    p.bridge.notify({"type": "ballot"})
    p.qtbot.waitUntil(lambda: p.window.scenes["ranking"].cells[0][2].text() != "—", timeout=2000)
    assert any("Provisional" in t for t in p.texts())


def test_a_whole_contest_of_ticks_does_not_wear_out_the_qt_binding(projector):
    """PySide6 6.12.0 on Python 3.11 lost a reference to None on every void call, so a projector
    ticking through a contest aborted the process (none_dealloc); pyproject pins a sound version."""
    import sys

    p = projector
    presenter = first_presenter(p)
    p.session.goto(presenter.id)
    p.session.start_timer()
    countdown = p.window.scenes["presenting"].countdown
    p.session.open_scoring([presenter.id])
    scoring = p.window.scenes["scoring"]
    before = sys.getrefcount(None)
    for _ in range(3000):  # five minutes of ticks at 10 Hz, and a ballot every tenth tick
        countdown.refresh()
        countdown.label.set_color(TEXT)
    for _ in range(300):
        scoring.refresh_progress()
    assert sys.getrefcount(None) - before > -500


def test_ballots_at_the_end_count_every_open_window_together(unscored_projector):
    from arena.store import BallotIn

    p = unscored_projector
    p.session.start()
    p.session.open_scoring()  # every presenter at once: reviewers score all of them at the end
    p.session.set_scene("scoring")
    p.settle()
    presenters, reviewers = p.store.presenters(), p.store.reviewers()
    eligible = len(presenters) * len(reviewers) - len(p.store.recusals())
    assert "All presenters" in p.texts()
    assert f"0 / {eligible}" in p.texts()
    reviewer = reviewers[0]
    target = next(x for x in presenters if x.name not in reviewer.recuse)
    units = {c.id: 1 for c in p.store.criteria()}
    p.store.record_ballot(BallotIn(reviewer.id, target.id, units, "c-1"), "host")
    p.bridge.notify({"type": "ballot"})
    p.qtbot.waitUntil(lambda: f"1 / {eligible}" in p.texts(), timeout=1000)
