"""Check-in and signing on the phone page: Debian's Chromium at 360x740 with a WeChat-like user agent,
against the real server on 127.0.0.1; the store is read back after each step."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from playwright import sync_api as playwright_api

from arena.changes import Changes
from arena.server.runner import ReviewerServer
from arena.session import Session
from arena.store import Store

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))
WECHAT_UA = (
    "Mozilla/5.0 (Linux; Android 12; V2154A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/101.0.4951.74 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230405"
    " MicroMessenger/8.0.35.2360(0x28002339) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"
)


def expect(locator):
    return playwright_api.expect(locator)


WAIT = 30_000  # ms: the machine running the tests may be slow; each wait ends as soon as the page is there


@pytest.fixture
def wechat(browser):
    """open_page(base, reviewer) -> a page in a WeChat-like phone browser on that reviewer's link."""
    contexts = []

    def open_page(base, reviewer):
        context = browser.new_context(
            viewport={"width": 360, "height": 740},
            user_agent=WECHAT_UA,
            locale="zh-CN",
            has_touch=True,
            is_mobile=True,
        )
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.goto(f"{base}/r/{reviewer.token}")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def before_start(demo_path):
    """The demo contest before the host starts it, served on a free port; yields (store, base)."""
    store = Store.open(demo_path)
    server = ReviewerServer(demo_path, host="127.0.0.1", port=0, changes=Changes())
    server.start()
    try:
        yield store, f"http://127.0.0.1:{server.port}"
    finally:
        server.stop()
        store.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sign_with_a_finger(page, scope_selector=".ps-sign"):
    """A synthetic pointer path: a zigzag and a hook, drawn with mouse down / move / up on the canvas."""
    canvas = page.locator(f"{scope_selector} canvas.ps-canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    x0, y0, w, h = box["x"], box["y"], box["width"], box["height"]
    for stroke in (
        [(0.1, 0.6), (0.25, 0.2), (0.4, 0.7), (0.55, 0.25)],
        [(0.6, 0.8), (0.75, 0.3), (0.9, 0.5)],
    ):
        page.mouse.move(x0 + stroke[0][0] * w, y0 + stroke[0][1] * h)
        page.mouse.down()
        for fx, fy in stroke[1:]:
            page.mouse.move(x0 + fx * w, y0 + fy * h, steps=6)
        page.mouse.up()


def test_check_in_before_the_start_and_score_without_it(before_start, wechat):
    store, base = before_start
    contest = store.contest()
    reviewer, other = contest.reviewers[0], contest.reviewers[1]
    page = wechat(base, reviewer)
    expect(page.locator(".ps-checkin .ps-name")).to_have_text(reviewer.name, timeout=WAIT)
    expect(page.locator(".ps-checkin-button")).to_have_text("签到", timeout=WAIT)
    shot(page, "i17a-checkin-360")
    assert store.checkin_of(reviewer.id) is None
    page.locator(".ps-checkin-button").click()
    expect(page.locator(".ps-checked")).to_contain_text("已签到", timeout=WAIT)
    at = store.checkin_of(reviewer.id)
    assert at is not None
    assert store.checkins() == {reviewer.id: at}
    page.reload()  # the page reads the check-in back from the server
    expect(page.locator(".ps-checked")).to_contain_text("已签到", timeout=WAIT)
    expect(page.locator(".ps-checkin-button")).to_have_count(0, timeout=WAIT)
    assert page.errors == []
    # Someone who never checked in scores all the same.
    session = Session(store)
    session.start()
    presenter = next(p for p in contest.presenters if p.name not in other.recuse)
    session.goto(presenter.id)
    session.open_scoring([presenter.id])
    body = {
        "client_id": "no-checkin-1",
        "presenter_id": presenter.id,
        "marks": {str(c.id): "1" for c in contest.criteria},
    }
    answer = httpx.post(f"{base}/api/r/{other.token}/ballots", json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    assert store.checkin_of(other.id) is None


def test_sign_after_the_close_with_a_finger_then_a_second_device_is_refused(live, server, base, wechat):
    presenter = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(presenter)
    body = {"client_id": "sign-ballot-1", "presenter_id": presenter.id, "marks": live.marks("9")}
    assert httpx.post(f"{base}/api/r/{reviewer.token}/ballots", json=body, timeout=30).status_code == 200
    live.store.set_presence_options("at_end", False)
    first = wechat(base, reviewer)
    second = wechat(base, reviewer)  # the same reviewer's tablet
    expect(first.locator(".card h2")).to_have_text(presenter.name, timeout=WAIT)
    expect(second.locator(".card h2")).to_have_text(presenter.name, timeout=WAIT)
    live.session.close_contest()
    for page in (first, second):
        expect(page.locator(".ps-sign")).to_be_visible(timeout=WAIT)
        expect(page.locator(".ps-sign .ps-presenter")).to_have_text(presenter.name, timeout=WAIT)
    total = first.locator(".ps-sign .ps-total").inner_text()
    first.locator(".ps-confirm").click()  # nothing drawn yet: asked to sign first, nothing sent
    expect(first.locator(".ps-sign .ps-message")).to_have_text("请先在框内签名", timeout=WAIT)
    assert live.store.signature_rows() == []
    sign_with_a_finger(first)
    shot(first, "i17a-sign-360")
    first.locator(".ps-confirm").click()
    expect(first.locator(".ps-signed")).to_contain_text("已签字", timeout=WAIT)
    expect(first.locator(".ps-sign")).to_have_count(0, timeout=WAIT)
    rows = live.store.signature_rows()
    assert len(rows) == 1 and rows[0]["reviewer_id"] == reviewer.id and rows[0]["scope"] == 0
    strokes = json.loads(rows[0]["strokes"])
    assert len(strokes) == 2 and sum(len(s) for s in strokes) >= 10
    assert all(0 <= x <= 1000 and 0 <= y <= 400 for s in strokes for x, y in s)
    summary = json.loads(rows[0]["summary"])
    assert [b["presenter"] for b in summary["ballots"]] == [presenter.name]
    assert summary["ballots"][0]["total"] == total
    shot(first, "i17a-signed-360")
    # The second device still shows the pad; signing there is refused, in the page's words.
    sign_with_a_finger(second)
    second.locator(".ps-confirm").click()
    expect(second.locator(".ps-notice")).to_have_text("您已签过字，每人只能签一次", timeout=WAIT)
    expect(second.locator(".ps-signed")).to_contain_text("已签字", timeout=WAIT)
    assert len(live.store.signature_rows()) == 1
    assert first.errors == [] and second.errors == []
