"""The read-only screen in a real browser (Debian's Chromium via Playwright), driven by the host's session.

Screenshots of every scene at 1920x1080 and 1024x768 in Chinese land in /tmp/shots/screen/
(ARENA_SHOTS overrides the /tmp/shots part) for people to look at.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
from pathlib import Path

import httpx
import pytest
from playwright import sync_api as playwright_api
from server_helpers import Live, ballot
from test_screen import tied_contest

from arena.demo import demo_ballots, demo_contest
from arena.server.runner import ReviewerServer
from arena.session import Session
from arena.store import Store
from arena.tally import fmt_score, tally

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots")) / "screen"
SIZES = {"1920x1080": {"width": 1920, "height": 1080}, "1024x768": {"width": 1024, "height": 768}}
LONG_NAME = "长三角生态绿色一体化发展示范区数字经济与现代服务业融合发展产"  # 30 characters

# Every text box of the visible scene whose text does not fit whole (the page shrinks text to fit).
OVERFLOWING = """() => Array.from(document.querySelectorAll('.scene:not([hidden]) .fit')).filter(box => {
  const span = box.firstElementChild;
  return span.textContent && (span.offsetHeight > box.clientHeight + 1 || span.scrollWidth > box.clientWidth + 1);
}).map(box => box.id || box.className + ': ' + box.textContent)"""
# The smallest type on the visible scene, as a share of the window's height.
SMALLEST = """() => Math.min(...Array.from(document.querySelectorAll('.scene:not([hidden]) .fit > span'))
  .filter(span => span.textContent).map(span => parseFloat(getComputedStyle(span).fontSize) / innerHeight))"""


def expect(locator):
    return playwright_api.expect(locator)


@pytest.fixture
def contest(tmp_path):
    """The demo with its first chain renamed to 30 characters; ballots in for every chain but that one."""
    base = demo_contest()
    old = base.presenters[0].name
    presenters = (dataclasses.replace(base.presenters[0], name=LONG_NAME), *base.presenters[1:])
    reviewers = tuple(
        dataclasses.replace(r, recuse=tuple(LONG_NAME if n == old else n for n in r.recuse))
        for r in base.reviewers
    )
    path = tmp_path / "screen.arena"
    store = Store.create(path, dataclasses.replace(base, presenters=presenters, reviewers=reviewers))
    first = store.presenters()[0].id
    store.record_ballots([b for b in demo_ballots(store) if b.presenter_id != first], "demo")
    store.close()
    live = Live(path)
    srv = ReviewerServer(path, host="127.0.0.1", port=0)
    srv.start()
    live.server = srv
    live.base = f"http://127.0.0.1:{srv.port}"
    live.link = f"{live.base}/screen/{live.store.screen_token()}"
    yield live
    live.server.stop()
    live.store.close()


@pytest.fixture
def screens(browser, contest):
    """One page on the screen link per size, in Chinese; each page collects its script and console errors."""
    contexts, pages = [], {}
    for name, viewport in SIZES.items():
        context = browser.new_context(viewport=viewport, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc, page=page: page.errors.append(str(exc)))
        page.on(
            "console", lambda msg, page=page: page.errors.append(msg.text) if msg.type == "error" else None
        )
        page.goto(contest.link)
        pages[name] = page
    yield pages
    for context in contexts:
        context.close()


def look(pages, scene, shot):
    """Wait until every page shows `scene`, check that all text fits, and take the screenshots."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, page in pages.items():
        expect(page.locator(f"#{scene}")).to_be_visible()
        page.wait_for_timeout(1000)  # the fade-in of the scene and of a revealed presenter
        assert page.evaluate(OVERFLOWING) == [], (size, scene)
        if scene != "blank":  # readable from the back of the room: as the Qt projector's legibility test
            assert page.evaluate(SMALLEST) >= 1 / 64, (size, scene)
        page.screenshot(path=str(SHOTS / f"{shot}-{size}.png"))


def test_the_screen_follows_the_session_through_every_scene(contest, screens):
    live, page = contest, screens["1920x1080"]
    expect(page.locator("#w-title")).to_have_text(live.contest.title)
    expect(page.locator("#w-join-heading")).to_have_text("评委如何参与评分")
    look(screens, "welcome", "1-welcome")

    first = live.store.presenters()[0]
    live.session.goto(first.id)
    live.session.start_timer()
    expect(page.locator("#p-name")).to_have_text(LONG_NAME)
    expect(page.locator("#p-heading")).to_have_text(re.compile(r"正在汇报\s+1 / 8"))
    expect(page.locator("#p-clock")).to_have_text(re.compile(r"0[45]:\d\d"))
    before = page.locator("#p-clock").inner_text()
    expect(page.locator("#p-clock")).not_to_have_text(before, timeout=2500)  # it ticks on the page
    look(screens, "presenting", "2-presenting")

    live.session.open_scoring([first.id])
    eligible = len(live.reviewers) - sum(LONG_NAME in r.recuse for r in live.reviewers)
    expect(page.locator("#s-count")).to_have_text(f"0 / {eligible}")
    for n, reviewer in enumerate([r for r in live.reviewers if LONG_NAME not in r.recuse][:3], start=1):
        response = httpx.post(
            f"{live.base}/api/r/{reviewer.token}/ballots",
            json=ballot(live, first, client_id=f"screen-page-{n}"),
        )
        assert response.status_code == 200
    expect(page.locator("#s-count")).to_have_text(f"3 / {eligible}")
    expect(page.locator("#s-status")).to_have_text("评分已开始，请在手机上评分")
    look(screens, "scoring", "3-scoring")

    scored = {
        row[0]
        for row in live.store.conn.execute(
            "SELECT DISTINCT reviewer_id FROM submissions WHERE presenter_id = ?", (first.id,)
        )
    }
    live.store.record_ballots(
        [b for b in demo_ballots(live.store) if b.presenter_id == first.id and b.reviewer_id not in scored],
        "demo",
    )
    live.session.close_contest()
    live.session.set_scene("results")
    expect(page.locator("#r-name")).to_have_text("评价结果将从最后一名开始逐一揭晓")
    look(screens, "results", "4-results-announce")

    results = tally(live.store).presenters
    live.session.reveal_next()
    live.session.reveal_next()
    last, second_last = results[-1], results[-2]
    expect(page.locator("#r-name")).to_have_text(second_last.presenter.name)
    expect(page.locator("#r-score")).to_have_text(fmt_score(second_last.score))
    expect(page.locator("#r-earlier .cell-name")).to_have_text([last.presenter.name])
    text = page.locator("body").inner_text()
    assert not [r for r in results[:-2] if fmt_score(r.score) in text]  # nor in the page's source:
    assert not [r for r in results[:-2] if fmt_score(r.score) in page.content()]
    look(screens, "results", "5-results-step2")

    live.session.set_scene("ranking")
    rows = page.locator("#k-table .row:not(.header)")
    expect(rows).to_have_count(len(results))
    expect(rows.nth(0).locator(".cell-rank")).to_have_text("第1名")
    expect(rows.nth(0).locator(".cell-score")).to_have_text(fmt_score(results[0].score))
    look(screens, "ranking", "6-ranking")

    live.session.set_scene("blank")
    look(screens, "blank", "7-blank")
    for page in screens.values():
        assert page.errors == []  # no script error, no CSP violation


def test_english_from_the_browser_language_and_reconnection_after_a_restart(browser, contest):
    live = contest
    context = browser.new_context(viewport=SIZES["1024x768"], locale="en-GB")
    try:
        page = context.new_page()
        page.goto(live.link)
        expect(page.locator("#w-join-heading")).to_have_text("Reviewers: how to join")
        port = live.server.port
        live.server.stop()
        expect(page.locator("#offline")).to_be_visible(timeout=8000)
        live.session.set_scene("ranking")  # while the server is away
        live.server = ReviewerServer(live.path, host="127.0.0.1", port=port, port_tries=1)
        live.server.start()
        expect(page.locator("#k-heading")).to_have_text("Final ranking", timeout=10000)
        expect(page.locator("#offline")).to_be_hidden()
    finally:
        context.close()


def test_shared_ranks_read_as_shared_on_the_wall(browser, tmp_path):
    path = tmp_path / "tie.arena"
    tied_contest(path)
    with Store.open(path) as store:
        token = store.screen_token()
    context = browser.new_context(viewport=SIZES["1024x768"], locale="zh-CN")
    try:
        with ReviewerServer(path, host="127.0.0.1", port=0) as srv:
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{srv.port}/screen/{token}")
            ranks = page.locator("#k-table .row:not(.header) .cell-rank")
            expect(ranks).to_have_text(["第1名", "并列第2", "并列第2"])
            provisional = page.locator("#k-provisional")
            expect(provisional).to_have_text("暂定结果：评分尚未结束")
            assert provisional.bounding_box()["x"] > 1024 / 2  # top right, clear of the heading
            page.wait_for_timeout(600)
            page.screenshot(path=str(SHOTS / "8-ranking-tied-1024x768.png"))
    finally:
        context.close()


def test_the_countdown_turns_amber_in_the_last_minute_and_red_in_overtime(browser, contest):
    live = contest
    first = live.store.presenters()[0]
    live.session.goto(first.id)
    # A timer started 250 s ago (through the session, with its clock set back): 50 s are left.
    Session(live.store, clock=lambda: time.time() - 250).start_timer()
    context = browser.new_context(viewport=SIZES["1024x768"], locale="zh-CN")
    try:
        page = context.new_page()
        page.goto(live.link)
        clock = page.locator("#p-clock")
        expect(clock).to_have_text(re.compile(r"00:(4\d|50)"))
        expect(clock).to_have_class(re.compile("last-minute"))
        assert clock.evaluate("el => getComputedStyle(el).color") == "rgb(255, 167, 38)"  # amber
        live.session.reset_timer()
        Session(live.store, clock=lambda: time.time() - 310).start_timer()  # 10 s over
        expect(clock).to_have_text(re.compile(r"\+00:1\d"))
        expect(clock).to_have_class(re.compile("overtime"))
        assert clock.evaluate("el => getComputedStyle(el).color") == "rgb(255, 82, 82)"  # red
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "2b-presenting-overtime-1024x768.png"))
    finally:
        context.close()
