"""The phone page's own words: the server's refusals by their code, in Chinese and English (never the
JSON body, never the server's English message), and the contest's presenter noun. Real server on
127.0.0.1, Debian's Chromium."""

from __future__ import annotations

import dataclasses

import pytest
from playwright import sync_api as playwright_api

from arena.server.api import STATUS_OF

pytestmark = pytest.mark.browser


def _page(browser, base, reviewer, locale):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale=locale, is_mobile=True)
    page = context.new_page()
    held = []  # the live feed is held open and silent: the page does not hear the host close scoring
    page.route("**/events", lambda route: held.append(route))
    page.goto(f"{base}/r/{reviewer.token}")
    return context, page


def test_every_refusal_code_has_a_phone_wording_in_both_languages(browser, base, live):
    context, page = _page(browser, base, live.reviewers[0], "zh-CN")
    try:
        table = page.evaluate("window.ARENA_TEXT")
        for lang in ("zh", "en"):
            missing = [code for code in STATUS_OF if not table[lang]["codes"].get(code)]
            assert not missing, (lang, missing)
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in table["zh"]["codes"][c]) for c in STATUS_OF)
    finally:
        context.close()


@pytest.mark.parametrize(
    ("locale", "words"),
    [("zh-CN", "该项评分已关闭，未能提交"), ("en-GB", "Scoring is closed; not submitted")],
)
def test_a_refused_ballot_is_said_in_the_readers_language(browser, base, live, locale, words):
    presenter = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(presenter)
    context, page = _page(browser, base, reviewer, locale)
    try:
        inputs = page.locator(".card input.mark")
        playwright_api.expect(inputs.first).to_be_visible()
        for i in range(inputs.count()):
            inputs.nth(i).fill("10")
        live.session.close_scoring([presenter.id])  # the phone still shows the form
        with page.expect_response(lambda r: r.url.endswith("/ballots")) as answer:
            page.locator("button.submit").click()
        assert answer.value.status == 409 and answer.value.json()["error"] == "closed"
        box = page.locator(".card .result")
        playwright_api.expect(box).to_contain_text(words)
        shown = box.inner_text()
        assert "{" not in shown and '"error"' not in shown and "scoring is not open" not in shown
    finally:
        context.close()


@pytest.mark.parametrize(("noun", "words"), [("产业链", "当前产业链："), ("", "当前汇报对象：")])
def test_the_phone_says_the_contests_noun(browser, base, live, noun, words):
    live.store.update_setup(dataclasses.replace(live.store.contest(), presenter_noun=noun))
    live.session.close_scoring([live.presenters[1].id])
    live.session.goto(live.presenters[2].id)  # up next, scoring not open yet: "now presenting"
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="zh-CN", is_mobile=True)
    try:
        page = context.new_page()
        page.goto(f"{base}/r/{live.reviewers[0].token}")
        playwright_api.expect(page.locator(".waiting")).to_contain_text(words + live.presenters[2].name)
    finally:
        context.close()


def test_a_wrong_link_opened_in_a_browser_is_a_page_in_words_not_json(browser, base, live):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="zh-CN", is_mobile=True)
    try:
        page = context.new_page()
        for path in (f"/r/{live.reviewers[0].token}x", f"/screen/{live.store.screen_token()}x", "/nowhere"):
            answer = page.goto(base + path)
            assert answer.status == 404
            playwright_api.expect(page.locator("main h1")).to_have_text("链接无效")
            playwright_api.expect(page.locator("#problem-text")).to_have_text(
                "此链接无效，请向会务人员确认您的个人链接。"
            )
            text = page.locator("body").inner_text()
            assert "{" not in text and "error" not in text and "not found" not in text
    finally:
        context.close()
