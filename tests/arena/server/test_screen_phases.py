"""The web screen's two-phase timer (issue 17), as the Qt projector's (ui/projector/phase_clock.py):
the phase's name and its countdown, amber in the last minute, red overtime counting up, a flash
when a phase ends; an extension lengthens the last phase.

The countdown runs in the browser from "remaining seconds at a server time"; the browser's clock is
Playwright's fake one (page.clock), moved forward by the test: no sleeps, no wall-clock bounds.
"""

from __future__ import annotations

import math
import re

import pytest
from test_screen_welcome import SETUP, SIZES, WAIT, Served, expect, look

pytestmark = pytest.mark.browser

PHASED = {**SETUP, "scoring": {"phases": "陈述 5, 答询 5"}}
AMBER, RED, WHITE = "rgb(255, 167, 38)", "rgb(255, 82, 82)", "rgb(255, 255, 255)"


@pytest.fixture
def served(tmp_path):
    served = Served(tmp_path / "phases.arena", PHASED)
    yield served
    served.close()


def clock_text(seconds: float) -> str:
    """A countdown as the screens show it while time is left (rounded up): '04:58'."""
    whole = math.ceil(seconds - 1e-9)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def colour(locator) -> str:
    return locator.evaluate("el => getComputedStyle(el).color")


def test_phase_name_countdown_amber_red_and_a_flash_at_each_end(browser, served):
    first = served.store.presenters()[0]
    served.session.goto(first.id)
    served.session.start_timer()
    timer = served.view()["timer"]
    assert timer["phases"] == [{"name": "陈述", "seconds": 300}, {"name": "答询", "seconds": 300}]
    assert timer["running"] and timer["at_ms"] <= served.view()["now_ms"]  # told on the server's clock

    context = browser.new_context(viewport=SIZES["1920x1080"], locale="zh-CN")
    try:
        page = context.new_page()
        page.clock.install()  # the page's own clock, moved by the test
        page.goto(served.link)
        phase, clock, flash = page.locator("#p-phase"), page.locator("#p-clock"), page.locator("#p-flash")
        expect(phase).to_have_text("陈述  1 / 2", timeout=WAIT)
        expect(clock).to_have_text(re.compile(r"0[45]:\d\d"), timeout=WAIT)
        assert colour(clock) == WHITE
        expect(flash).not_to_have_class(re.compile("flashing"))

        page.clock.fast_forward(250_000)  # 50 s or a little less left in the statement
        expect(clock).to_have_text(re.compile(r"00:(4\d|50)"), timeout=WAIT)
        expect(clock).to_have_class(re.compile("last-minute"))
        assert colour(clock) == AMBER
        expect(phase).to_have_text("陈述  1 / 2")
        look({"1920x1080": page}, "presenting", "i17-phase-last-minute")

        page.clock.fast_forward(60_000)  # into the questions: a new countdown, white again, one flash
        expect(phase).to_have_text("答询  2 / 2", timeout=WAIT)
        expect(clock).to_have_text(re.compile(r"04:(4\d|50)"), timeout=WAIT)
        assert colour(clock) == WHITE
        expect(flash).to_have_class(re.compile("flashing"))

        page.clock.fast_forward(340_000)  # past the end of the last phase: overtime counts up in red
        expect(clock).to_have_text(re.compile(r"\+00:(4\d|5\d)"), timeout=WAIT)
        expect(clock).to_have_class(re.compile("overtime"))
        assert colour(clock) == RED
        expect(phase).to_have_text("答询  2 / 2")
        look({"1920x1080": page}, "presenting", "i17-phase-overtime")

        served.session.extend_timer(120)  # the host adds two minutes: they lengthen the last phase
        expect(clock).to_have_text(re.compile(r"01:(0\d|1\d)"), timeout=WAIT)
        expect(phase).to_have_text("答询  2 / 2")
        assert colour(clock) == WHITE
        assert served.view()["timer"]["phases"][-1] == {"name": "答询", "seconds": 420}
    finally:
        context.close()


def test_at_1024x768_and_a_paused_clock_stands_still(browser, served):
    first = served.store.presenters()[0]
    served.session.goto(first.id)
    served.session.start_timer()
    context = browser.new_context(viewport=SIZES["1024x768"], locale="zh-CN")
    try:
        page = context.new_page()
        page.clock.install()
        page.goto(served.link)
        clock = page.locator("#p-clock")
        expect(page.locator("#p-phase")).to_have_text("陈述  1 / 2", timeout=WAIT)
        page.clock.fast_forward(240_000)
        expect(clock).to_have_text(re.compile(r"00:[0-5]\d"), timeout=WAIT)
        look({"1024x768": page}, "presenting", "i17-phase-last-minute")
        served.session.pause_timer()  # paused: the page shows the server's own time left, and holds it
        paused = served.view()["timer"]
        assert not paused["running"]
        held = clock_text(paused["remaining_s"] - 300)  # the statement's part of the time left
        expect(clock).to_have_text(held, timeout=WAIT)
        page.clock.fast_forward(120_000)
        page.clock.run_for(1_000)  # the page's ticks run: a paused clock does not move
        expect(clock).to_have_text(held)
    finally:
        context.close()


def test_without_phases_the_clock_looks_as_before(browser, tmp_path):
    served = Served(tmp_path / "plain.arena", SETUP)
    try:
        served.session.goto(served.store.presenters()[0].id)
        served.session.start_timer()
        assert served.view()["timer"]["phases"] == []
        context = browser.new_context(viewport=SIZES["1024x768"], locale="zh-CN")
        try:
            page = context.new_page()
            page.goto(served.link)
            expect(page.locator("#p-clock")).to_have_text(re.compile(r"\d\d:\d\d"), timeout=WAIT)
            expect(page.locator("#p-phase")).to_have_text("")
        finally:
            context.close()
    finally:
        served.close()
