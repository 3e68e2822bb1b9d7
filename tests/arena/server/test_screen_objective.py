"""The web screen explains a revealed score with its objective part (实绩, issue 13), in both languages."""

from __future__ import annotations

import uuid

import pytest
from playwright import sync_api as playwright_api
from server_helpers import Live

from arena.intake import ballot_units
from arena.server.runner import ReviewerServer
from arena.setup import parse_setup
from arena.store import BallotIn, Store

SETUP = {
    "title": "实绩",
    "criteria": [{"name": "表现", "max": "100", "step": "1"}],
    "groups": [{"name": "专家", "weight": "80"}],
    "reviewers": [{"name": "A1", "group": "专家"}],
    "presenters": [{"name": "甲"}, {"name": "乙"}],
    "objective": [
        {
            "name": "招商实绩",
            "weight": "20",
            "source": "商务局",
            "rule": "linear",
            "values": {"甲": 1, "乙": 3},
        }
    ],
}


@pytest.fixture
def objective_live(tmp_path):
    path = tmp_path / "o.arena"
    with Store.create(path, parse_setup(SETUP)) as store:
        contest = store.contest()
        ballots = [
            BallotIn(contest.reviewers[0].id, p.id, ballot_units(contest, {"表现": mark}), str(uuid.uuid4()))
            for p, mark in zip(contest.presenters, ("90", "70"))
        ]
        store.record_ballots(ballots, "import")
    live = Live(path)
    live.session.close_contest()
    live.session.set_scene("results")
    live.server = ReviewerServer(path, host="127.0.0.1", port=0)
    live.server.start()
    live.link = f"http://127.0.0.1:{live.server.port}/screen/{live.store.screen_token()}"
    yield live
    live.server.stop()
    live.store.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("locale", "line"), [("zh-CN", "实绩：招商实绩（权重 20）"), ("en-GB", "Objective: 招商实绩 (weight 20)")]
)
def test_the_explanation_names_the_objective_item_and_its_score(browser, objective_live, locale, line):
    live = objective_live
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale=locale)
    try:
        page = context.new_page()
        page.goto(live.link)
        live.session.set_explanation(True)
        live.session.reveal_next()  # last place first: 甲, 72.00 = (80 × 90 + 20 × 0) / 100
        playwright_api.expect(page.locator("#r-name")).to_have_text("甲")
        block = page.locator("#r-explain")
        playwright_api.expect(block).to_contain_text(line)
        playwright_api.expect(block).to_contain_text("0.00")
        live.session.reveal_next()  # 乙: 76.00 = (80 × 70 + 20 × 100) / 100
        playwright_api.expect(page.locator("#r-name")).to_have_text("乙")
        playwright_api.expect(block).to_contain_text("100.00")
    finally:
        context.close()
