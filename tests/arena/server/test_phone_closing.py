"""The phones are warned a minute before scoring closes by itself (issue 17): a real browser on the real
server, the host's session taking the step with its clock moved on (no waiting)."""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime
from pathlib import Path

import pytest
from playwright import sync_api as playwright_api

from arena.model import Timing

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))
WECHAT = (
    "Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0"
    " Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230701 MicroMessenger/8.0.40.2420"
)


@pytest.mark.parametrize("width,height", [(360, 740), (320, 568)])
def test_a_window_about_to_close_by_itself_shows_a_banner(live, browser, base, width, height):
    live.store.update_setup(dataclasses.replace(live.store.contest(), timing=Timing(auto_close_s=120)))
    presenter = live.presenters[1]  # open since the fixture started
    reviewer = live.reviewer_not_recused_from(presenter)
    context = browser.new_context(
        viewport={"width": width, "height": height}, locale="zh-CN", user_agent=WECHAT, is_mobile=True
    )
    try:
        page = context.new_page()
        page.goto(f"{base}/r/{reviewer.token}")
        playwright_api.expect(page.locator(".card")).to_have_count(1)
        banner = page.locator("#closing")
        playwright_api.expect(banner).to_be_hidden()
        ((_, opened_at, _),) = live.store.open_windows()
        start = datetime.fromisoformat(opened_at.replace("Z", "+00:00")).timestamp()
        live.session.clock = lambda: start + 65  # 55 s before the automatic close
        state = live.session.tick()
        assert state is not None and state.warned == {presenter.id}
        playwright_api.expect(banner).to_be_visible(timeout=20_000)
        playwright_api.expect(banner).to_have_text(
            f"「{presenter.name}」的评分将在 60 秒内自动关闭，请尽快提交"
        )
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"phone-closing-{width}.png"))
        page.locator("#lang").click()
        playwright_api.expect(banner).to_have_text(
            f"Scoring for {presenter.name} closes by itself within 60 s: submit now"
        )
        live.session.clock = lambda: start + 125
        assert live.session.tick().scoring[presenter.id] == "closed"
        playwright_api.expect(banner).to_be_hidden(timeout=20_000)
    finally:
        context.close()
