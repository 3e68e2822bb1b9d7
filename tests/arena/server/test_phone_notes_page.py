"""The phone page's comment, outlier question and fixes (issue 17) in a real browser.

Debian's Chromium driven by Playwright against the real server on 127.0.0.1, at 360x740 and 320x568
with a WeChat-like user agent (the in-app browser most reviewers open their link in). Screenshots
land in ARENA_SHOTS (default /tmp/shots) for people to look at.
"""

from __future__ import annotations

import dataclasses
import json
import os
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from playwright import sync_api as playwright_api

from arena.review_options import ReviewOptions

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))
PHONE = {"width": 360, "height": 740}
SMALL = {"width": 320, "height": 568}
WECHAT_UA = (
    "Mozilla/5.0 (Linux; Android 12; SM-G9910 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230202 MMWEBID/2585"
    " MicroMessenger/8.0.33.2320(0x28002151) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"
)
WAIT_MS = 20_000


def expect(locator):
    return playwright_api.expect(locator)


@pytest.fixture
def phone(browser, base):
    """open_page(reviewer or path, viewport=PHONE, locale="zh-CN") -> a page in a WeChat-like phone."""
    contexts = []

    def open_page(who, viewport=PHONE, locale="zh-CN"):
        context = browser.new_context(
            viewport=viewport, locale=locale, has_touch=True, is_mobile=True, user_agent=WECHAT_UA
        )
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.goto(f"{base}/r/{who.token}" if hasattr(who, "token") else f"{base}{who}")
        return page

    yield open_page
    for context in contexts:
        context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def review(live, **options):
    contest = live.store.contest()
    scoring = dataclasses.replace(contest.scoring, review=ReviewOptions(**options))
    live.store.update_setup(dataclasses.replace(contest, scoring=scoring))


def fill_marks(page, values):
    inputs = page.locator(".card input.mark")
    for i, value in enumerate(values):
        inputs.nth(i).fill(value)


def logged(live):
    return live.store.conn.execute(
        "SELECT reviewer_id, comment, outlier FROM submissions ORDER BY id"
    ).fetchall()


# -- comments ---------------------------------------------------------------------------------------


def test_a_required_comment_is_asked_for_then_kept_with_the_ballot(live, phone):
    review(live, comments="required")
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    page = phone(reviewer)
    expect(page.locator(".comment-field .crit-max")).to_have_text("必填，最多 500 字")
    fill_marks(page, ["35", "20.5", "21", "9"])
    page.locator("button.submit").click()
    expect(page.locator(".comment-field .error")).to_have_text("请填写评语")
    expect(page.locator("textarea.comment")).to_be_focused()
    assert live.submissions() == 0
    page.locator("textarea.comment").fill("思路清晰，数据翔实")
    expect(page.locator(".comment-count")).to_have_text("9 / 500")
    page.locator("button.submit").click()
    expect(page.locator(".result.ok")).to_be_visible(timeout=WAIT_MS)
    assert logged(live) == [(reviewer.id, "思路清晰，数据翔实", "")]
    shot(page, "zh-360-comment-sent")
    page.reload()
    expect(page.locator("textarea.comment")).to_have_value("思路清晰，数据翔实")
    expect(page.locator("button.submit")).to_be_disabled()
    page.locator("textarea.comment").fill("思路清晰")  # an edited comment is a change to submit
    expect(page.locator("button.submit")).to_have_text("提交修改")
    assert page.errors == []


def test_a_comment_over_500_characters_is_stopped_on_the_phone(live, phone):
    review(live, comments="optional")
    page = phone(live.reviewer_not_recused_from(live.presenters[1]), locale="en-US")
    fill_marks(page, ["35", "20.5", "21", "9"])
    page.locator("textarea.comment").fill("好" * 501)
    expect(page.locator(".comment-count.over")).to_have_text("501 / 500")
    page.locator("button.submit").click()
    expect(page.locator(".comment-field .error")).to_have_text("At most 500 characters")
    assert live.submissions() == 0
    page.locator("textarea.comment").fill("")  # optional: none at all is fine
    page.locator("button.submit").click()
    expect(page.locator(".result.ok")).to_be_visible(timeout=WAIT_MS)
    assert live.submissions() == 1


# -- the outlier question ----------------------------------------------------------------------------


def _peers_in(live, base, p):
    """Three of a reviewer's group score 9 on every criterion (totals of 36); that reviewer is returned."""
    voters = [r for r in live.reviewers if p.name not in r.recuse]
    same = [r for r in voters if r.group == voters[0].group]
    for i, r in enumerate(same[1:4]):
        body = {"client_id": f"peer-{i:04d}", "presenter_id": p.id, "marks": live.marks("9")}
        assert httpx.post(f"{base}/api/r/{r.token}/ballots", json=body).status_code == 200
    return same[0]


def test_a_far_total_is_confirmed_with_a_reason_and_sent(live, base, phone):
    review(live, outlier_points=Decimal(15))
    p = live.presenters[1]
    me = _peers_in(live, base, p)
    page = phone(me)
    fill_marks(page, ["38", "23", "23", "8"])  # 92: 56 above the others' 36
    page.locator("button.submit").click()
    confirm = page.locator(".confirm")
    expect(confirm.locator(".confirm-text")).to_have_text(
        "您的合计 92 分，比其他评委高很多（约高 56 分）。", timeout=WAIT_MS
    )
    expect(confirm.locator(".confirm-median")).to_have_count(0)  # the median stays hidden
    expect(page.locator("button.submit")).to_be_hidden()  # the question is answered with its own buttons
    assert "36" not in confirm.inner_text()
    assert live.submissions() == 3
    confirm.locator("textarea.reason").fill("汇报内容最完整")
    shot(page, "zh-360-outlier-ask")
    confirm.locator("button.confirm-send").click()
    expect(page.locator(".result.ok")).to_be_visible(timeout=WAIT_MS)
    expect(confirm).to_have_count(0)
    rid, _, outlier = logged(live)[-1]
    flag = json.loads(outlier)
    assert rid == me.id and (flag["direction"], flag["reason"]) == ("high", "汇报内容最完整")
    assert page.errors == []


def test_cancelling_the_question_sends_nothing_and_keeps_the_marks(live, base, phone):
    review(live, outlier_points=Decimal(15), outlier_show_median=True)
    p = live.presenters[1]
    me = _peers_in(live, base, p)
    page = phone(me, viewport=SMALL, locale="en-US")
    fill_marks(page, ["2", "2", "2", "1"])  # 7: 29 below
    page.locator("button.submit").click()
    confirm = page.locator(".confirm")
    expect(confirm.locator(".confirm-text")).to_contain_text(
        "far below the others (about 29 points lower)", timeout=WAIT_MS
    )
    expect(confirm.locator(".confirm-median")).to_have_text(
        "The others' median is 36.00."
    )  # the host allows it
    expect(confirm).to_be_in_viewport()
    shot(page, "en-320-outlier-ask")
    confirm.locator("button.confirm-cancel").click()
    expect(confirm).to_have_count(0)
    expect(page.locator("button.submit")).to_be_visible()
    assert live.submissions() == 3
    expect(page.locator(".card input.mark").nth(0)).to_have_value("2")
    fill_marks(page, ["10", "10", "10", "10"])  # 40: near the others
    page.locator("button.submit").click()
    expect(page.locator(".result.ok")).to_be_visible(timeout=WAIT_MS)
    assert logged(live)[-1][2] == "" and live.submissions() == 4


# -- the phone page's fixes -----------------------------------------------------------------------------


def test_after_submitting_the_receipt_is_in_view_and_the_button_is_settled(live, phone):
    page = phone(live.reviewer_not_recused_from(live.presenters[1]), viewport=SMALL)
    fill_marks(page, ["35", "20.5", "21", "9"])
    page.locator("button.submit").click()
    expect(page.locator(".result.ok .receipt-code")).to_be_in_viewport(timeout=WAIT_MS)
    button = page.locator("button.submit")
    expect(button).to_have_text("✓ 已提交")
    expect(button).to_be_disabled()
    page.screenshot(path=str(SHOTS / "zh-320-receipt-in-view.png"))  # the viewport as the reviewer sees it
    assert live.submissions() == 1
    page.locator(".card input.mark").nth(3).fill("10")
    expect(button).to_be_enabled()
    expect(button).to_have_text("提交修改")


def test_a_window_closed_on_unsent_marks_says_not_submitted_and_keeps_the_draft(live, server, phone):
    p = live.presenters[1]
    page = phone(live.reviewer_not_recused_from(p), viewport=SMALL)
    fill_marks(page, ["35", "20.5", "", "9"])
    live.session.close_scoring([p.id])
    server.state_changed()
    item = page.locator("#done li.unsent")
    expect(item.locator(".done-unsent")).to_have_text("未提交", timeout=WAIT_MS)
    names = [c.name for c in live.criteria]
    expect(item.locator(".done-draft")).to_have_text(
        f"本机草稿： {names[0]} 35 · {names[1]} 20.5 · {names[2]} — · {names[3]} 9"
    )
    expect(page.locator(".status .unsent-note")).to_be_visible()
    shot(page, "zh-320-closed-unsent")
    assert live.submissions() == 0


@pytest.mark.parametrize("locale, title", [("zh-CN", "链接无效"), ("en-US", "Link not valid")])
def test_a_wrong_or_truncated_link_shows_the_page_message(live, phone, locale, title):
    token = live.reviewers[0].token
    page = phone(f"/r/{token[:-5]}", locale=locale)
    expect(page.locator("#problem-title")).to_have_text(title)
    assert "error" not in page.locator("body").inner_text()
    shot(page, f"{locale[:2]}-360-bad-link")
    page = phone("/r/", locale=locale)
    expect(page.locator("#problem-title")).to_have_text(title)


def test_too_many_wrong_links_show_the_page_message_not_json(live, base, phone):
    with httpx.Client(base_url=base) as client:
        for i in range(20):
            client.get(f"/api/r/guess-{i:04d}")
    page = phone("/r/guess-more")
    expect(page.locator("#problem-title")).to_have_text("请稍候")
    expect(page.locator("#problem-text")).to_contain_text("一分钟后")
    assert "too_many" not in page.locator("body").inner_text()
    shot(page, "zh-360-too-many")


def test_empty_fields_show_hints_and_a_partial_total_is_muted(live, phone):
    page = phone(live.reviewer_not_recused_from(live.presenters[1]))
    mark = page.locator(".card input.mark").nth(0)
    sizes = mark.evaluate(
        "m => [parseFloat(getComputedStyle(m).fontSize), parseFloat(getComputedStyle(m, '::placeholder').fontSize),"
        " getComputedStyle(m, '::placeholder').fontWeight]"
    )
    assert sizes[1] < sizes[0] * 0.75 and int(sizes[2]) <= 400  # the hint is smaller and plain
    value = page.locator(".total-value")
    expect(value).to_have_text("—")
    fill_marks(page, ["35", "20.5"])
    expect(page.locator(".total.partial")).to_have_count(1)
    style = value.evaluate("v => [getComputedStyle(v).color, parseFloat(getComputedStyle(v).fontSize)]")
    assert style[0] != "rgb(179, 38, 30)" and style[1] < 20  # not the big red score
    shot(page, "zh-360-partial")
    fill_marks(page, ["35", "20.5", "21", "9"])
    expect(page.locator(".total.partial")).to_have_count(0)
    expect(value).to_have_text("85.5")


def test_the_header_names_the_group_once_on_two_lines_at_320(live, phone):
    reviewer = next(r for r in live.reviewers if r.title and r.title == r.group)
    page = phone(reviewer, viewport=SMALL)
    expect(page.locator("#who")).to_have_text(f"{reviewer.name} · {reviewer.group}")
    for selector in ("#contest-title", "#who"):
        lines = page.locator(selector).evaluate(
            "e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)"
        )
        assert lines < 1.5, selector
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL["width"]
    page.screenshot(path=str(SHOTS / "zh-320-header.png"))


def test_the_offline_banner_says_do_not_reload(live, phone):
    page = phone(live.reviewer_not_recused_from(live.presenters[1]), locale="en-US")
    expect(page.locator(".card")).to_have_count(1)
    page.context.set_offline(True)
    expect(page.locator("#offline .offline-reload")).to_contain_text("Do not reload", timeout=WAIT_MS)
    shot(page, "en-360-offline")
    page.context.set_offline(False)
    expect(page.locator("#offline")).to_be_hidden(timeout=WAIT_MS)
