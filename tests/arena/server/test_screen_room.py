"""The audience's room code on the web screen (issue 13): on the welcome and scoring scenes while the
audience may join, as the Qt projector shows it; gone once the host closes joining. The code is read
back from the page's pixels with zbarimg and must be the room link at an address phones can reach.
Real server on 127.0.0.1, Chromium.
"""

from __future__ import annotations

import base64
import json
import subprocess

import httpx
import pytest
from test_screen_welcome import SETUP, SHOTS, SIZES, WAIT, Served, check_in, expect, look

from arena.audience_cards import room_link
from arena.lan import lan_addresses

pytestmark = pytest.mark.browser

AUDIENCE = {
    **SETUP,
    "groups": [{"name": "区级领导", "weight": 40}, {"name": "部门负责人", "weight": 30}],
    "audience": {"name": "大众评审", "weight": 30, "ballot": "rating", "aggregate": "mean_top"},
}


@pytest.fixture
def served(tmp_path):
    served = Served(tmp_path / "audience.arena", AUDIENCE)
    yield served
    served.close()


def decoded(png: bytes, tmp_path, name: str) -> str:
    """What zbarimg reads in a picture (the one QR code in it)."""
    path = tmp_path / f"{name}.png"
    path.write_bytes(png)
    result = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def expected_link(served: Served) -> str:
    """A screen opened on the laptop itself (loopback) shows the laptop's LAN address, as `arena links`."""
    addresses = lan_addresses()
    host = addresses[0] if addresses else "127.0.0.1"
    return room_link(f"http://{host}:{served.server.port}", served.store.audience_state()["room_token"])


def test_the_room_code_on_welcome_and_scoring_while_joining_is_open(browser, served, tmp_path):
    contexts, pages = [], {}
    try:
        for size, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, locale="zh-CN")
            contexts.append(context)
            pages[size] = context.new_page()
            pages[size].goto(served.link)
        link = expected_link(served)
        for size, page in pages.items():
            room = page.locator("#w-room")
            expect(room).to_be_visible(timeout=WAIT)
            expect(room.locator(".room-caption")).to_have_text("大众评审：扫码投票")
            page.wait_for_function(
                "() => document.querySelector('#w-room img').naturalWidth > 0", timeout=WAIT
            )
            assert decoded(room.locator("img").screenshot(), tmp_path, f"welcome-{size}") == link
        check_in(served, "王建国", "陈静")  # the check-in counts beside the code: both fit
        for page in pages.values():
            expect(page.locator("#w-checkins")).to_have_text(
                "区级领导 1/3 已签到    部门负责人 1/2 已签到", timeout=WAIT
            )
        look(pages, "welcome", "i13-welcome-room-code")
        view = served.view()
        assert view["room"] is True
        assert served.store.audience_state()["room_token"] not in json.dumps(view)  # only in the code

        first = served.store.presenters()[0]
        served.session.goto(first.id)
        served.session.open_scoring([first.id])
        for size, page in pages.items():
            room = page.locator("#s-room")
            expect(room).to_be_visible(timeout=WAIT)
            page.wait_for_function(
                "() => document.querySelector('#s-room img').naturalWidth > 0", timeout=WAIT
            )
            assert decoded(room.locator("img").screenshot(), tmp_path, f"scoring-{size}") == link
        look(pages, "scoring", "i13-scoring-room-code")

        served.store.set_audience_joining(False)  # the host closes joining: the code goes
        for page in pages.values():
            expect(page.locator("#s-room")).to_be_hidden(timeout=WAIT)
        look(pages, "scoring", "i13-scoring-joining-closed")
        token = served.store.screen_token()
        answer = httpx.get(f"{served.base}/api/screen/{token}/room.svg")
        assert (answer.status_code, answer.json()["error"]) == (404, "no_audience")
    finally:
        for context in contexts:
            context.close()


def test_the_code_carries_the_address_the_screen_reached(browser, served, tmp_path):
    """A wall computer on the room's network reached the laptop at its LAN address: the code says that."""
    token = served.store.screen_token()
    answer = httpx.get(f"{served.base}/api/screen/{token}/room.svg", headers={"Host": "192.168.31.20:8123"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("image/svg+xml")
    context = browser.new_context(viewport={"width": 600, "height": 600})
    try:
        page = context.new_page()
        data = base64.b64encode(answer.content).decode()
        page.set_content(f'<img style="width:500px" src="data:image/svg+xml;base64,{data}">')
        page.wait_for_function("() => document.querySelector('img').naturalWidth > 0", timeout=WAIT)
        room = served.store.audience_state()["room_token"]
        assert decoded(page.locator("img").screenshot(), tmp_path, "host") == room_link(
            "http://192.168.31.20:8123", room
        )
    finally:
        context.close()
    wrong = httpx.get(f"{served.base}/api/screen/{'x' * len(token)}/room.svg")
    assert (wrong.status_code, wrong.json()["error"]) == (404, "not_found")  # as any wrong link


def test_no_code_without_an_audience(browser, tmp_path):
    served = Served(tmp_path / "panel.arena", SETUP)
    try:
        assert served.view()["room"] is False
        answer = httpx.get(f"{served.base}/api/screen/{served.store.screen_token()}/room.svg")
        assert (answer.status_code, answer.json()["error"]) == (404, "no_audience")
        context = browser.new_context(viewport=SIZES["1024x768"], locale="zh-CN")
        try:
            page = context.new_page()
            page.goto(served.link)
            expect(page.locator("#w-title")).to_have_text(SETUP["title"], timeout=WAIT)
            expect(page.locator("#w-room")).to_be_hidden()
            SHOTS.mkdir(parents=True, exist_ok=True)
        finally:
            context.close()
    finally:
        served.close()
