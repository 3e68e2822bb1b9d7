"""The web screen says which groups were too small to trim, or trimmed down to fewer than 3, with the
counts (issue 15): the facts come from arena.scenes.explanation, the words from screen.js."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from playwright import sync_api as playwright_api
from server_helpers import Live

from arena.demo import demo_ballots, demo_contest
from arena.scenes import ranked
from arena.server.runner import ReviewerServer
from arena.store import Store
from arena.tally import tally

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots")) / "screen"


@pytest.fixture
def small_panels(tmp_path):
    """The demo trimmed k = 1 only from 9 totals on: its 7- and 8-reviewer groups are kept whole."""
    base = demo_contest()
    rules = dataclasses.replace(base.scoring, trim=1, trim_min=9)
    path = tmp_path / "small.arena"
    store = Store.create(path, dataclasses.replace(base, scoring=rules))
    store.record_ballots(demo_ballots(store), "demo")
    store.close()
    live = Live(path)
    live.session.close_contest()
    live.session.set_scene("results")
    live.server = ReviewerServer(path, host="127.0.0.1", port=0)
    live.server.start()
    live.link = f"http://127.0.0.1:{live.server.port}/screen/{live.store.screen_token()}"
    live.order = list(reversed(ranked(tally(live.store))))
    yield live
    live.server.stop()
    live.store.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("zh-CN", "{group}：仅 {n} 个分数，少于 9 个，未去掉最高最低分"),
        ("en-GB", "{group}: {n} scores, fewer than 9; none dropped"),
    ],
)
def test_groups_kept_whole_are_named_with_their_counts(browser, small_panels, locale, words):
    live = small_panels
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale=locale)
    try:
        page = context.new_page()
        page.goto(live.link)
        live.session.set_explanation(True)
        live.session.reveal_next()
        spotlight = live.order[0]
        block = page.locator("#r-explain")
        playwright_api.expect(page.locator("#r-name")).to_have_text(spotlight.presenter.name)
        whole = [g for g in spotlight.groups if not g.trimmed]
        assert whole and len(whole) < len(spotlight.groups)  # some groups reach 9, some do not
        for group in whole:
            playwright_api.expect(block).to_contain_text(words.format(group=group.group, n=group.n))
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(SHOTS / f"panel-notes-{locale[:2]}.png"))
    finally:
        context.close()
