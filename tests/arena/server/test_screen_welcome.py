"""The web screen's welcome scene counts check-ins as the Qt projector does (issue 17), from the same
Qt-free facts (arena.welcome_facts): per group "区级领导 2/3 已签到", names only on the host's option,
nothing once the contest is closed. Real server on 127.0.0.1, check-ins over HTTP, Chromium.

Screenshots land in $ARENA_SHOTS/screen/ (default /tmp/shots/screen/).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from playwright import sync_api as playwright_api

from arena.server.runner import ReviewerServer
from arena.session import Session
from arena.setup import parse_setup
from arena.store import Store
from arena.welcome_facts import checkin_lines

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots")) / "screen"
SIZES = {"1920x1080": {"width": 1920, "height": 1080}, "1024x768": {"width": 1024, "height": 768}}
WAIT = 30_000  # ms: generous, the machine is loaded

SETUP = {
    "title": "2025年度“2+6”产业链链长述职评议会",
    "date": "2025-12-20",
    "venue": "区政府第一会议室",
    "organizer": "区委办公室",
    "criteria": [{"name": "推进成效", "max": 60, "step": 1}, {"name": "工作谋划", "max": 40, "step": 1}],
    "groups": [{"name": "区级领导", "weight": 60}, {"name": "部门负责人", "weight": 40}],
    "reviewers": [
        {"name": "王建国", "group": "区级领导"},
        {"name": "李晓梅", "group": "区级领导"},
        {"name": "张伟", "group": "区级领导"},
        {"name": "陈静", "group": "部门负责人"},
        {"name": "刘洋", "group": "部门负责人"},
    ],
    "presenters": [{"name": "总部经济产业链"}, {"name": "数字经济产业链"}, {"name": "航运贸易产业链"}],
}

# Every text box of the visible scene whose text does not fit whole (the page shrinks text to fit).
OVERFLOWING = """() => Array.from(document.querySelectorAll('.scene:not([hidden]) .fit')).filter(box => {
  const span = box.firstElementChild;
  return box.offsetParent && span.textContent &&
    (span.offsetHeight > box.clientHeight + 1 || span.scrollWidth > box.clientWidth + 1);
}).map(box => box.id || box.className + ': ' + box.textContent)"""


def expect(locator):
    return playwright_api.expect(locator)


class Served:
    """A contest file, the host's session on it, and the server on 127.0.0.1 (stopped at the end)."""

    def __init__(self, path: Path, setup: dict, start: bool = True):
        self.path = path
        self.store = Store.create(path, parse_setup(setup))
        self.session = Session(self.store)
        if start:
            self.session.start()
        self.server = ReviewerServer(path, host="127.0.0.1", port=0)
        self.server.start()
        self.base = f"http://127.0.0.1:{self.server.port}"
        self.link = f"{self.base}/screen/{self.store.screen_token()}"

    def view(self) -> dict:
        return httpx.get(f"{self.base}/api/screen/{self.store.screen_token()}").json()

    def close(self) -> None:
        self.server.stop()
        self.store.close()


@pytest.fixture
def served(tmp_path):
    served = Served(tmp_path / "welcome.arena", SETUP)
    yield served
    served.close()


def open_pages(browser, link: str, locale: str = "zh-CN") -> tuple[list, dict]:
    contexts, pages = [], {}
    for name, viewport in SIZES.items():
        context = browser.new_context(viewport=viewport, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc, page=page: page.errors.append(str(exc)))
        page.goto(link)
        pages[name] = page
    return contexts, pages


def look(pages: dict, scene: str, shot: str) -> None:
    """Every page shows `scene` with all its text inside its box; a screenshot of each size."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, page in pages.items():
        expect(page.locator(f"#{scene}")).to_be_visible(timeout=WAIT)
        page.wait_for_timeout(700)  # the scene's fade-in, for the picture only
        assert page.evaluate(OVERFLOWING) == [], (size, scene)
        page.screenshot(path=str(SHOTS / f"{shot}-{size}.png"))


def check_in(served: Served, *names: str) -> None:
    reviewers = {r.name: r for r in served.store.contest().reviewers}
    for name in names:
        response = httpx.post(f"{served.base}/api/r/{reviewers[name].token}/checkin", timeout=30)
        assert response.status_code == 200, response.text


def test_check_in_counts_per_group_then_names_on_the_hosts_option(browser, served):
    contexts, pages = open_pages(browser, served.link)
    try:
        page = pages["1920x1080"]
        expect(page.locator("#w-title")).to_have_text(SETUP["title"], timeout=WAIT)
        expect(page.locator("#w-checkins")).to_be_hidden()  # nobody yet: nothing to count

        check_in(served, "王建国", "李晓梅", "陈静")
        counts = "区级领导 2/3 已签到    部门负责人 1/2 已签到"
        for p in pages.values():
            expect(p.locator("#w-checkins")).to_have_text(counts, timeout=WAIT)
        text = page.locator("body").inner_text()
        assert "王建国" not in text and "王建国" not in json.dumps(served.view(), ensure_ascii=False)
        look(pages, "welcome", "i17-welcome-checkins")

        served.store.set_presence_options("off", True)  # the host's option: the names too
        named = "区级领导 2/3 已签到：王建国、李晓梅\n部门负责人 1/2 已签到：陈静"
        for p in pages.values():
            expect(p.locator("#w-checkins")).to_have_text(named, timeout=WAIT)
        look(pages, "welcome", "i17-welcome-checkin-names")

        # The same facts the Qt projector words (ui/projector/welcome.py reads arena.welcome_facts).
        contest = served.store.contest()
        facts = checkin_lines(contest, served.store.checkins(), True, False)
        assert served.view()["checkins"] == facts
        assert [(f["group"], f["checked_in"], f["reviewers"]) for f in facts] == [
            ("区级领导", 2, 3),
            ("部门负责人", 1, 2),
        ]
        tokens = [r.token for r in contest.reviewers] + [served.store.screen_token()]
        shown = json.dumps(served.view(), ensure_ascii=False)
        assert not [t for t in tokens if t in shown]  # never a reviewer's token, nor the screen's own

        served.session.close_contest()  # the welcome is no longer about arriving
        for p in pages.values():
            expect(p.locator("#w-checkins")).to_be_hidden(timeout=WAIT)
        assert "checkins" in served.view() and served.view()["checkins"] == []
        for p in pages.values():
            assert p.errors == []
    finally:
        for context in contexts:
            context.close()


def test_english_wording_of_the_counts(browser, served):
    check_in(served, "张伟")
    served.store.set_presence_options("off", True)
    context = browser.new_context(viewport=SIZES["1024x768"], locale="en-GB")
    try:
        page = context.new_page()
        page.goto(served.link)
        expect(page.locator("#w-checkins")).to_have_text(
            "区级领导 1/3 checked in: 张伟\n部门负责人 0/2 checked in", timeout=WAIT
        )
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(700)
        page.screenshot(path=str(SHOTS / "i17-welcome-checkins-en-1024x768.png"))
    finally:
        context.close()
