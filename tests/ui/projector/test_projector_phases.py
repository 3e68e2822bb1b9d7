"""The projector's clock in phases (issue 17): the phase's name and countdown, amber in its last minute,
red overtime after the last, a flash and a chime at the end of each phase. Time is injected."""

from __future__ import annotations

import dataclasses

import pytest
from projector_testkit import Projector

from arena.demo import demo_contest
from arena.model import Phase, Timing
from arena.session import Session
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store
from ui.projector.theme import OVERTIME, TEXT, WARNING


class Clock:
    def __init__(self, t: float):
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def phased(qtbot, fonts, tmp_path):
    contest = dataclasses.replace(
        demo_contest(), timing=Timing((Phase("陈述", 300), Phase("答询", 300)), auto_open=True)
    )
    path = tmp_path / "phases.arena"
    Store.create(path, parse_setup(contest_to_dict(contest))).close()
    p = Projector(qtbot, path, size=(1920, 1080))
    wall, mono = Clock(1_800_000_000.0), Clock(1000.0)
    p.session = Session(p.store, wall)
    p.session.subscribe(p.bridge.session_changed.emit)
    countdown = p.window.scenes["presenting"].countdown
    countdown.monotonic = mono
    chimes = []
    p.window.set_chime(lambda: chimes.append(mono.t))
    yield p, wall, mono, chimes
    p.close()


def _advance(clocks, seconds):
    for clock in clocks:
        clock.t += seconds


def test_each_phase_counts_down_then_the_overtime_counts_up_in_red(phased):
    p, wall, mono, chimes = phased
    scene = p.window.scenes["presenting"]
    p.session.goto(p.store.presenters()[0].id)
    p.session.start_timer()
    p.settle()
    assert (scene.phase.text(), scene.clock.text()) == ("陈述  1 / 2", "05:00")
    _advance((wall, mono), 250)
    p.qtbot.waitUntil(lambda: scene.clock.text() == "00:50", timeout=10_000)
    assert scene.clock.palette().windowText().color() == WARNING and chimes == []
    _advance((wall, mono), 60)  # 陈述 ended 10 s ago
    p.qtbot.waitUntil(lambda: scene.phase.text() == "答询  2 / 2", timeout=10_000)
    assert scene.clock.text() == "04:50" and scene.clock.palette().windowText().color() == TEXT
    assert chimes == [mono.t] and scene.countdown.phase_ends == 1
    assert scene.countdown.flash.pulses == 1
    _advance((wall, mono), 355)  # 答询 ended 65 s ago; the session has not opened scoring (no tick here)
    p.qtbot.waitUntil(lambda: scene.clock.text() == "+01:05", timeout=10_000)
    assert scene.clock.palette().windowText().color() == OVERTIME
    assert len(chimes) == 2 and scene.countdown.phase_ends == 2 and scene.countdown.flash.pulses == 2


def test_scoring_opening_as_the_last_phase_ends_still_chimes_once(phased):
    p, wall, mono, chimes = phased
    first = p.store.presenters()[0].id
    p.session.goto(first)
    p.session.start_timer()
    p.settle()
    _advance((wall, mono), 310)
    p.qtbot.waitUntil(lambda: len(chimes) == 1, timeout=10_000)
    _advance((wall, mono), 290)
    state = p.session.tick()  # the console's tick: the last phase is over, scoring opens by itself
    assert state is not None and state.scoring[first] == "open" and state.scene == "scoring"
    p.qtbot.waitUntil(lambda: p.window.current_scene() == "scoring", timeout=10_000)
    assert len(chimes) == 2
    p.session.set_scene("presenting")  # back to the clock: no chime for time that already passed
    p.settle()
    assert len(chimes) == 2


def test_a_new_presenter_or_a_reset_never_chimes(phased):
    p, wall, mono, chimes = phased
    presenters = p.store.presenters()
    p.session.goto(presenters[0].id)
    p.session.start_timer()
    _advance((wall, mono), 200)
    p.session.goto(presenters[1].id)
    p.session.start_timer()
    _advance((wall, mono), 100)
    p.session.reset_timer()
    p.session.start_timer()
    p.settle()
    scene = p.window.scenes["presenting"]
    p.qtbot.waitUntil(lambda: scene.clock.text() == "05:00", timeout=10_000)
    assert chimes == [] and scene.phase.text() == "陈述  1 / 2"


def test_a_contest_without_phases_looks_as_before(unscored_projector):
    p = unscored_projector
    scene = p.window.scenes["presenting"]
    mono, chimes = Clock(1000.0), []
    scene.countdown.monotonic = mono
    p.window.set_chime(lambda: chimes.append(mono.t))
    p.session.goto(p.store.presenters()[0].id)
    p.session.start_timer()
    p.settle()
    assert scene.phase.text() == "" and scene.clock.text() in ("05:00", "04:59")
    mono.t += 330  # past the one time limit: red overtime, but no flash and no chime
    p.qtbot.waitUntil(lambda: scene.clock.text() in ("+00:30", "+00:31"), timeout=10_000)
    assert scene.clock.palette().windowText().color() == OVERTIME
    assert chimes == [] and scene.countdown.flash.pulses == 0
