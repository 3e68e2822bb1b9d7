"""The live session is persisted: every action is logged and a reopened file resumes exactly."""

from __future__ import annotations

from arena.session import Session
from arena.store import Store


class FakeClock:
    def __init__(self, t=1_700_000_000.0):
        self.t = t

    def __call__(self):
        return self.t


def test_timer_is_recomputed_from_the_stored_start_after_a_restart(demo_path):
    clock = FakeClock()
    session = Session(Store.open(demo_path), clock)
    session.start()
    session.next_presenter()
    session.start_timer()
    clock.t += 90
    session.extend_timer(60)
    # the app dies here; a new process opens the same file 30 s later
    clock.t += 30
    reopened = Session(Store.open(demo_path), clock).state()
    assert reopened.timer_running
    assert reopened.current_presenter_id == reopened.queue[1]
    assert round(reopened.timer_elapsed_s) == 120
    assert reopened.time_limit_s == 300 + 60
    assert round(reopened.remaining_s) == 240


def test_pause_keeps_elapsed_time_and_overtime_is_negative(demo_path):
    clock = FakeClock()
    session = Session(Store.open(demo_path), clock)
    session.start()
    session.start_timer()
    clock.t += 100
    paused = session.pause_timer()
    clock.t += 1000
    assert not paused.timer_running and session.state().timer_elapsed_s == 100
    session.start_timer()
    clock.t += 260
    assert session.state().remaining_s == -60


def test_scoring_windows_and_closing_freeze_the_contest(demo_path):
    store = Store.open(demo_path)
    session = Session(store)
    seen = []
    session.subscribe(seen.append)
    first = session.state().queue[0]
    assert session.open_scoring([first]).open_presenter_ids == (first,)
    session.open_scoring()
    assert len(session.state().open_presenter_ids) == 8
    closed = session.close_contest()
    assert closed.phase == "closed" and closed.open_presenter_ids == () and closed.closed_at
    assert [s.version for s in seen] == sorted({s.version for s in seen})
    actions = [entry["action"] for entry in store.session_log()]
    assert actions[-3:] == ["scoring_open", "scoring_open", "contest_close"]


def test_reveal_step_survives_a_restart(demo_path):
    session = Session(Store.open(demo_path))
    session.reveal_next()
    session.reveal_next()
    session.reveal_next()
    session.reveal_previous()
    assert Session(Store.open(demo_path)).state().reveal_step == 2
    assert Session(Store.open(demo_path)).state().scene == "results"


def test_the_explanation_toggle_is_persisted_and_logged(demo_path):
    session = Session(Store.open(demo_path))
    assert not session.state().explain
    session.set_explanation(True)
    reopened = Session(Store.open(demo_path))
    assert reopened.state().explain
    assert reopened.store.session_log()[-1]["action"] == "explain"
