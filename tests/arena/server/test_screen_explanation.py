"""The web screen explains a revealed score when the host says so (Session.set_explanation), as the Qt
projector does: over real HTTP (the JSON answer and the pushed events) and in Chromium at both sizes."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import httpx
import pytest
from playwright import sync_api as playwright_api
from server_helpers import Live
from test_screen import ScreenFeed

from arena.anonymity import slots
from arena.demo import demo_ballots, demo_contest
from arena.scenes import ranked
from arena.server.runner import ReviewerServer
from arena.store import Store
from arena.tally import fmt_score, tally

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots")) / "screen"
SIZES = {"1920x1080": {"width": 1920, "height": 1080}, "1024x768": {"width": 1024, "height": 768}}
LONG_NAME = "长三角生态绿色一体化发展示范区数字经济与现代服务业融合发展产"  # 30 characters

# Anything on the visible scene that does not fit whole: text boxes, and the explanation's block and lines.
OVERFLOWING = """() => {
  const out = (el, slack) => el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + slack;
  const boxes = Array.from(document.querySelectorAll('.scene:not([hidden]) .fit')).filter(box => {
    const span = box.firstElementChild;
    return span.textContent && (span.offsetHeight > box.clientHeight + 1 || span.scrollWidth > box.clientWidth + 1);
  }).map(box => box.id || box.className);
  const block = document.getElementById('r-explain');
  if (!block.hidden && out(block, 1)) boxes.push('r-explain');
  for (const line of block.querySelectorAll('.x-line')) if (out(line, 1)) boxes.push('x-line: ' + line.textContent);
  return boxes;
}"""
EXPLAIN_FONT = (
    "() => parseFloat(getComputedStyle(document.getElementById('r-explain')).fontSize) / innerHeight"
)


@pytest.fixture
def contest(tmp_path):
    """The demo with its first chain renamed to 30 characters, every ballot in, closed, on the results
    scene, on a real server."""
    base = demo_contest()
    old = base.presenters[0].name
    presenters = (dataclasses.replace(base.presenters[0], name=LONG_NAME), *base.presenters[1:])
    reviewers = tuple(
        dataclasses.replace(r, recuse=tuple(LONG_NAME if n == old else n for n in r.recuse))
        for r in base.reviewers
    )
    path = tmp_path / "explain.arena"
    store = Store.create(path, dataclasses.replace(base, presenters=presenters, reviewers=reviewers))
    store.record_ballots(demo_ballots(store), "demo")
    store.close()
    live = Live(path)
    live.session.close_contest()
    live.session.set_scene("results")
    live.server = ReviewerServer(path, host="127.0.0.1", port=0)
    live.server.start()
    base_url = f"http://127.0.0.1:{live.server.port}"
    live.api = f"{base_url}/api/screen/{live.store.screen_token()}"
    live.link = f"{base_url}/screen/{live.store.screen_token()}"
    live.order = list(reversed(ranked(tally(live.store))))  # last place first
    yield live
    live.server.stop()
    live.store.close()


def group_scores(result) -> list[str]:
    return [fmt_score(g.score) for g in result.groups]


# -- over real HTTP ------------------------------------------------------------------------------


def slot_of(store: Store, result) -> dict[int, int]:
    """Reviewer id -> their slot for this presenter on the public screens (arena/anonymity.py)."""
    return slots(
        store.anonymity_secret(), result.presenter.id, [(t.reviewer_id, t.group) for t in result.totals]
    )


def test_the_explanation_is_sent_and_withdrawn_following_the_session(contest):
    live = contest
    feed = ScreenFeed(live.api + "/events")
    try:
        live.session.set_explanation(True)
        pushed = feed.until(lambda v: v["scene"] == "results" and v["explain"])
        assert pushed["revealed"] == [] and "explanation" not in pushed  # nothing revealed, nothing explained

        live.session.reveal_next()
        live.session.reveal_next()
        spotlight = live.order[1]
        pushed = feed.until(lambda v: len(v.get("revealed", ())) == 2 and "explanation" in v)
        answered = httpx.get(live.api).json()
        for view in (pushed, answered):
            explained = view["explanation"]
            assert [g["group"] for g in explained["groups"]] == [g.group for g in spotlight.groups]
            assert [g["score"] for g in explained["groups"]] == group_scores(spotlight)
            slot = slot_of(live.store, spotlight)
            assert [(d["group"], d["slot"]) for d in explained["dropped"]] == [
                (g.group, slot[t.reviewer_id]) for g in spotlight.groups for t in g.dropped
            ]
            text = json.dumps(explained, ensure_ascii=False)
            assert not [r.name for r in live.reviewers if r.name in text]  # anonymous
            assert not [t.label for t in spotlight.totals if t.label in text]  # no archive label either

        live.session.set_explanation(False)
        pushed = feed.until(lambda v: v["scene"] == "results" and not v["explain"])
        assert "explanation" not in pushed and "explanation" not in httpx.get(live.api).json()
        assert len(pushed["revealed"]) == 2  # the reveal did not move
    finally:
        feed.close()


def test_no_unrevealed_presenter_is_explained_at_any_step(contest):
    live = contest
    live.session.set_explanation(True)
    hidden_names = {r.presenter.name for r in live.order}
    for step in range(1, len(live.order) + 1):
        live.session.reveal_next()
        view = httpx.get(live.api).json()
        hidden_names.discard(live.order[step - 1].presenter.name)
        assert [g["score"] for g in view["explanation"]["groups"]] == group_scores(live.order[step - 1])
        text = json.dumps(view, ensure_ascii=False)
        assert not [name for name in hidden_names if f'"{name}"' in text], step


# -- in Chromium ---------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("locale", ["zh-CN", "en-GB"])
def test_the_wall_shows_the_explanation_legibly_at_both_sizes(browser, contest, locale):
    live = contest
    contexts, pages = [], {}
    for size, viewport in SIZES.items():
        context = browser.new_context(viewport=viewport, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc, page=page: page.errors.append(str(exc)))
        page.goto(live.link)
        pages[size] = page
    SHOTS.mkdir(parents=True, exist_ok=True)
    lang = locale[:2]
    try:
        live.session.set_explanation(True)
        long_step = 1 + next(i for i, r in enumerate(live.order) if r.presenter.name == LONG_NAME)
        for step, spotlight in enumerate(live.order, start=1):
            live.session.reveal_next()
            for size, page in pages.items():
                block = page.locator("#r-explain")
                playwright_api.expect(page.locator("#r-name")).to_have_text(spotlight.presenter.name)
                playwright_api.expect(block).to_be_visible()
                values = block.locator(".x-line .x-value")
                playwright_api.expect(values.nth(0)).to_have_text(group_scores(spotlight)[0])
                text = block.inner_text()
                assert all(g.group in text for g in spotlight.groups)
                slot = slot_of(live.store, spotlight)
                who = "{} 评委{}" if lang == "zh" else "{} reviewer {}"
                assert all(
                    who.format(g.group, slot[t.reviewer_id]) in text
                    for g in spotlight.groups
                    for t in g.dropped
                )
                assert ("权重" if lang == "zh" else "weight") in text
                if step in (1, 3, long_step, len(live.order)):
                    page.wait_for_timeout(1000)  # the fades
                    page.screenshot(path=str(SHOTS / f"9-explained-step{step}-{lang}-{size}.png"))
                assert page.evaluate(OVERFLOWING) == [], (size, step)
                assert page.evaluate(EXPLAIN_FONT) >= 1 / 64, (size, step)
                name_box = page.locator("#r-name").bounding_box()
                assert name_box["x"] + name_box["width"] <= block.bounding_box()["x"]  # side by side

        live.session.set_explanation(False)
        for size, page in pages.items():
            playwright_api.expect(page.locator("#r-explain")).to_be_hidden()
            width = SIZES[size]["width"]
            # The spotlight takes the whole width again.
            assert page.locator("#r-name").bounding_box()["width"] > 0.85 * width
            assert page.evaluate(OVERFLOWING) == []
            assert page.errors == []
    finally:
        for context in contexts:
            context.close()
