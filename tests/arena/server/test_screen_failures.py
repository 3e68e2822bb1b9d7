"""The web screen says what went wrong, from codes, in Chinese and English (as the phone page does):
the laptop unreachable, the link no longer valid (the laptop serves another contest now), the contest
over (the server stopped after the host closed it), a link open in too many windows. The last scene
stays up with the line in a corner; before any scene the line fills the screen. Real servers on
127.0.0.1 (stopped and started again on the same port), Chromium.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from test_screen_welcome import SETUP, SHOTS, SIZES, WAIT, Served, expect

from arena.server.api import STATUS_OF
from arena.server.runner import ReviewerServer

pytestmark = pytest.mark.browser

# The codes the screen's routes answer with (the brake's two, the live feed's limit, a busy server),
# and the screen's own states.
SERVER_CODES = ("not_found", "too_many", "too_many_streams", "busy")
OWN_CODES = ("unreachable", "contest_closed", "other")
ZH = {
    "unreachable": "无法连接会务电脑，正在重新连接…",
    "not_found": "此屏幕链接已失效（会务电脑可能已打开另一场评议），请向会务人员索取新的屏幕链接。",
    "contest_closed": "本场评议已结束，会务电脑已停止服务；屏幕保留最后的画面。",
    "too_many_streams": "此屏幕链接已在过多窗口中打开，请关闭其他窗口。",
}


@pytest.fixture
def served(tmp_path):
    served = Served(tmp_path / "failures.arena", SETUP)
    yield served
    served.close()


def restart(served: Served, port: int, path=None) -> None:
    """Start a server again on the port it had (the same file, or another contest's)."""
    served.server = ReviewerServer(path or served.path, host="127.0.0.1", port=port, port_tries=1)
    served.server.start()


def banner_shows(page, code: str, text: str) -> None:
    banner = page.locator("#offline")
    expect(banner).to_have_attribute("data-code", code, timeout=WAIT)
    expect(banner).to_be_visible()
    expect(banner).to_have_text(text)


@contextmanager
def screen_open(browser, served: Served, size: str, locale: str | None = None):
    """A browser window on the screen's link, its welcome scene shown; closed afterwards."""
    options = {"locale": locale} if locale else {}
    context = browser.new_context(viewport=SIZES[size], **options)
    try:
        page = context.new_page()
        page.goto(served.link)
        expect(page.locator("#welcome")).to_be_visible(timeout=WAIT)
        yield page
    finally:
        context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def test_every_code_is_worded_in_both_languages(browser, served):
    assert all(code in STATUS_OF for code in SERVER_CODES)  # real codes of the server's table
    with screen_open(browser, served, "1024x768") as page:
        table = page.evaluate("() => window.ARENA_SCREEN_TEXT")
        for language in ("zh", "en"):
            for code in SERVER_CODES + OWN_CODES:
                assert table[language]["failure"].get(code), (language, code)
        assert set(table["zh"]) == set(table["en"])  # no string missing in either language
        assert set(table["zh"]["failure"]) == set(table["en"]["failure"])
        for code, text in ZH.items():
            assert table["zh"]["failure"][code] == text


def test_unreachable_then_back(browser, served):
    with screen_open(browser, served, "1920x1080", "zh-CN") as page:
        port = served.server.port
        served.server.stop()
        banner_shows(page, "unreachable", ZH["unreachable"])
        expect(page.locator("#welcome")).to_be_visible()  # the last scene stays up
        page.wait_for_timeout(600)  # the banner's picture only
        shot(page, "i14-failure-unreachable-1920x1080")
        restart(served, port)
        expect(page.locator("#offline")).to_be_hidden(timeout=WAIT)


def test_a_link_no_longer_valid_when_the_laptop_serves_another_contest(browser, served, tmp_path):
    other = Served(tmp_path / "other.arena", SETUP)  # its own file, its own screen token
    other.server.stop()
    try:
        with screen_open(browser, served, "1024x768", "zh-CN") as page:
            port = served.server.port
            served.server.stop()
            restart(served, port, other.path)
            banner_shows(page, "not_found", ZH["not_found"])
            page.wait_for_timeout(600)
            shot(page, "i14-failure-link-not-valid-1024x768")
    finally:
        other.store.close()


def test_the_contest_over_is_not_a_fault(browser, served):
    with screen_open(browser, served, "1024x768", "zh-CN") as page:
        served.session.close_contest()
        expect(page.locator("body")).to_have_attribute("data-closed", "closed", timeout=WAIT)
        served.server.stop()  # the host closes the file after the contest
        banner_shows(page, "contest_closed", ZH["contest_closed"])
        page.wait_for_timeout(600)
        shot(page, "i14-failure-contest-closed-1024x768")


def test_in_english(browser, served):
    with screen_open(browser, served, "1024x768", "en-GB") as page:
        served.server.stop()
        banner_shows(page, "unreachable", "Cannot reach the host's laptop, reconnecting…")


def test_before_any_scene_the_line_fills_the_screen_and_the_screen_recovers(browser, served):
    context = browser.new_context(viewport=SIZES["1920x1080"], locale="zh-CN")
    try:
        page = context.new_page()
        # The network drops every read of the screen's data: nothing to show but the failure.
        page.route("**/api/screen/**", lambda route: route.abort("connectionrefused"))
        page.goto(served.link)
        expect(page.locator("#failure")).to_be_visible(timeout=WAIT)
        expect(page.locator("#f-text")).to_have_text(ZH["unreachable"])
        expect(page.locator("#offline")).to_be_hidden()
        page.wait_for_timeout(600)
        shot(page, "i14-failure-before-any-scene-1920x1080")
        page.unroute("**/api/screen/**")
        expect(page.locator("#welcome")).to_be_visible(timeout=WAIT)  # retried on its own
        expect(page.locator("#failure")).to_be_hidden()
    finally:
        context.close()


def test_a_link_open_in_too_many_windows(browser, tmp_path):
    path = tmp_path / "streams.arena"
    Served(path, SETUP).close()
    served_server = ReviewerServer(path, host="127.0.0.1", port=0, streams_per_token=1)
    served_server.start()
    context = browser.new_context(viewport=SIZES["1024x768"], locale="zh-CN")
    try:
        from arena.store import Store

        with Store.open(path) as store:
            link = f"http://127.0.0.1:{served_server.port}/screen/{store.screen_token()}"
        first = context.new_page()
        first.goto(link)
        expect(first.locator("#welcome")).to_be_visible(timeout=WAIT)
        expect(first.locator("body")).to_have_attribute("data-live", "live", timeout=WAIT)  # its feed is open
        second = context.new_page()
        second.goto(link)
        banner_shows(second, "too_many_streams", ZH["too_many_streams"])
        expect(first.locator("#offline")).to_be_hidden()
    finally:
        context.close()
        served_server.stop()
