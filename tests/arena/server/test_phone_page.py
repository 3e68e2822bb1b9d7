"""The phone page in a real browser: Debian's Chromium driven by Playwright, against the real server.

Screenshots of each state land in /tmp/shots/ (ARENA_SHOTS overrides) for people to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright import sync_api as playwright_api

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))
PHONE = {"width": 360, "height": 740}
NARROW = {"width": 320, "height": 640}


@pytest.fixture
def phone(browser, base):
    """open_page(reviewer, viewport=PHONE, locale="zh-CN") -> a Playwright page on that reviewer's link."""
    contexts = []

    def open_page(reviewer, viewport=PHONE, locale="zh-CN"):
        context = browser.new_context(viewport=viewport, locale=locale, has_touch=True, is_mobile=True)
        contexts.append(context)
        page = context.new_page()
        page.errors = []  # script errors and console errors (a CSP violation shows up there)
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
        page.goto(f"{base}/r/{reviewer.token}")
        return page

    yield open_page
    for context in contexts:
        context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def fill_marks(page, values):
    inputs = page.locator(".card input.mark")
    for i, value in enumerate(values):
        inputs.nth(i).fill(value)


def expect(locator):
    return playwright_api.expect(locator)


def test_score_submit_see_receipt_edit_and_resubmit(live, phone):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    page = phone(reviewer)
    expect(page.locator(".card h2")).to_have_text(p.name)
    expect(page.locator("#contest-title")).to_have_text(live.contest.title)
    expect(page.locator("#who")).to_contain_text(reviewer.name)
    fill_marks(page, ["35", "20.5", "21", "9"])
    expect(page.locator(".total-value")).to_have_text("85.5")  # live total, before anything is sent
    assert live.submissions() == 0
    page.locator("button.submit").click()
    expect(page.locator(".result.ok")).to_be_visible()
    receipt = page.locator(".receipt-code").inner_text()
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}", receipt)
    assert live.store.ballot_of(reviewer.id, p.id) == {
        c.id: u for c, u in zip(live.criteria, (70, 41, 42, 18))
    }
    shot(page, "zh-360-receipt")
    # Edit one mark: the confirmation goes away until the change is committed.
    page.locator(".card input.mark").nth(3).fill("10")
    expect(page.locator(".result.ok")).to_have_count(0)
    expect(page.locator("button.submit")).to_have_text("提交修改")
    page.locator("button.submit").click()
    expect(page.locator(".result.ok")).to_be_visible()
    assert page.locator(".receipt-code").inner_text() != receipt
    assert live.submissions() == 2
    assert live.store.ballot_of(reviewer.id, p.id)[live.criteria[3].id] == 20
    assert page.errors == []


def test_inline_validation_blocks_a_bad_mark(live, phone):
    reviewer = live.reviewer_not_recused_from(live.presenters[1])
    page = phone(reviewer, locale="en-US")
    fill_marks(page, ["41", "20.3", "", "abc"])
    errors = page.locator(".card .error")
    expect(errors.nth(0)).to_have_text("Between 0 and 40")
    expect(errors.nth(1)).to_have_text("Must be a multiple of 0.5")
    expect(errors.nth(3)).to_have_text("Enter a number")
    page.locator("button.submit").click()
    expect(errors.nth(2)).to_have_text("Please fill this in")
    expect(page.locator(".card input.mark").nth(0)).to_be_focused()
    assert live.submissions() == 0


def test_stepper_buttons_move_by_the_step_within_range(live, phone):
    page = phone(live.reviewer_not_recused_from(live.presenters[1]))
    last = page.locator(".card .field").nth(3)
    last.locator("button.inc").click()
    expect(last.locator("input")).to_have_value("0.5")
    last.locator("input").fill("")
    last.locator("button.dec").click()
    expect(last.locator("input")).to_have_value("10")  # − from empty starts at the maximum
    last.locator("input").fill("10")
    last.locator("button.inc").click()
    expect(last.locator("input")).to_have_value("10")  # never past the max
    last.locator("button.dec").click()
    expect(last.locator("input")).to_have_value("9.5")


def test_reload_keeps_the_draft(live, phone):
    page = phone(live.reviewer_not_recused_from(live.presenters[1]))
    fill_marks(page, ["30", "12.5"])
    page.reload()
    inputs = page.locator(".card input.mark")
    expect(inputs.nth(0)).to_have_value("30")
    expect(inputs.nth(1)).to_have_value("12.5")
    expect(inputs.nth(2)).to_have_value("")
    assert live.submissions() == 0


def test_host_closing_the_window_is_pushed_to_the_page(live, server, phone):
    p = live.presenters[1]
    page = phone(live.reviewer_not_recused_from(p))
    fill_marks(page, ["30", "20", "20", "8"])
    page.locator("button.submit").click()
    receipt = page.locator(".receipt-code")
    expect(receipt).to_be_visible()
    code = receipt.inner_text()
    live.session.close_scoring([p.id])
    server.state_changed()
    expect(page.locator(".status.closed")).to_contain_text(p.name, timeout=3000)
    expect(page.locator(".card")).to_have_count(0)
    expect(page.locator("#done")).to_contain_text(code)  # the receipt stays in "my scores"
    expect(page.locator("#done .done-total")).to_have_text("合计 78")
    shot(page, "zh-360-closed")
    # The next presenter comes up and opens: the page follows without a reload.
    nxt = live.presenters[2]
    live.open(nxt)
    server.state_changed()
    expect(page.locator(".card h2")).to_have_text(nxt.name, timeout=3000)


def test_not_yet_open_state(live, server, phone):
    p = live.presenters[1]
    live.session.close_scoring([p.id])
    live.session.goto(live.presenters[2].id)
    server.state_changed()
    page = phone(live.reviewer_not_recused_from(live.presenters[2]), locale="en-US")
    expect(page.locator(".status.waiting")).to_contain_text("Scoring is not open yet")
    expect(page.locator(".status.waiting")).to_contain_text(live.presenters[2].name)
    shot(page, "en-360-waiting")


def test_recused_presenter_is_not_offered(live, server, phone):
    p = live.presenters[1]
    reviewer = live.reviewer_recused_from(p)
    page = phone(reviewer)
    expect(page.locator(".status.recused")).to_contain_text(p.name)
    expect(page.locator(".card")).to_have_count(0)
    shot(page, "zh-360-recused")
    # One ballot for all at the end: every presenter open, the recused one still absent.
    live.session.open_scoring()
    server.state_changed()
    expect(page.locator(".card")).to_have_count(len(live.presenters) - 1, timeout=3000)
    names = page.locator(".card h2").all_inner_texts()
    assert p.name not in names
    expect(page.locator(".recused-note")).to_contain_text(p.name)
    shot(page, "zh-360-all-at-end")


def test_offline_submission_is_sent_once_when_back(live, phone):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    page = phone(reviewer)
    expect(page.locator(".card")).to_have_count(1)
    page.context.set_offline(True)
    fill_marks(page, ["30", "20", "20", "8"])
    page.locator("button.submit").click()
    expect(page.locator(".result.pending")).to_be_visible()
    expect(page.locator("#offline")).to_be_visible()
    expect(page.locator(".receipt-code")).to_have_count(0)  # no receipt without a commit
    shot(page, "zh-360-offline")
    assert live.submissions() == 0
    page.context.set_offline(False)
    expect(page.locator(".result.ok")).to_be_visible(timeout=8000)
    expect(page.locator("#offline")).to_be_hidden(timeout=8000)
    page.wait_for_timeout(500)  # let any stray second send arrive before counting
    assert live.submissions() == 1
    assert set(live.store.ballot_of(reviewer.id, p.id).values()) == {60, 40, 16}


def test_language_from_the_browser_with_a_switch(live, phone):
    reviewer = live.reviewer_not_recused_from(live.presenters[1])
    english = phone(reviewer, locale="en-US")
    expect(english.locator("button.submit")).to_have_text("Submit scores")
    chinese = phone(reviewer, locale="zh-CN")
    expect(chinese.locator("button.submit")).to_have_text("提交评分")
    assert chinese.evaluate("document.documentElement.lang") == "zh-CN"
    chinese.locator("#lang").click()
    expect(chinese.locator("button.submit")).to_have_text("Submit scores")
    chinese.reload()  # the choice is remembered
    expect(chinese.locator("button.submit")).to_have_text("Submit scores")


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
@pytest.mark.parametrize("viewport", [NARROW, {"width": 390, "height": 844}], ids=["320", "390"])
def test_fits_small_screens_with_large_touch_targets(live, phone, locale, viewport):
    page = phone(live.reviewer_not_recused_from(live.presenters[1]), viewport=viewport, locale=locale)
    fill_marks(page, ["35", "20.5", "21.3", ""])
    expect(page.locator(".card .error").nth(2)).not_to_be_empty()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    for selector in ("button.step", "input.mark", "button.submit", "#lang"):
        for box in [el.bounding_box() for el in page.locator(selector).all()]:
            assert box["height"] >= 44 and box["width"] >= 44, selector
    for label in page.locator(".card label").all():  # every input has its label
        assert page.locator(f"#{label.get_attribute('for')}").count() == 1
    shot(page, f"{locale[:2]}-{viewport['width']}-form")


def test_page_reconnects_by_itself_after_the_server_comes_back(live, server, phone):
    p = live.presenters[1]
    page = phone(live.reviewer_not_recused_from(p))
    expect(page.locator(".card")).to_have_count(1)
    server.stop()
    expect(page.locator("#offline")).to_be_visible(timeout=5000)
    server.start()
    expect(page.locator("#offline")).to_be_hidden(timeout=8000)
    live.session.close_scoring([p.id])
    server.state_changed()
    expect(page.locator(".status.closed")).to_contain_text(p.name, timeout=3000)


def test_setup_edited_by_the_host_reaches_the_page(live, server, phone):
    import dataclasses

    p = live.presenters[1]
    page = phone(live.reviewer_not_recused_from(p))
    expect(page.locator(".card h2")).to_have_text(p.name)
    contest = live.store.contest()
    edited = tuple(dataclasses.replace(x, unit="区数据局") if x.id == p.id else x for x in contest.presenters)
    live.store.update_setup(dataclasses.replace(contest, presenters=edited))
    server.state_changed()
    expect(page.locator(".card .sub")).to_contain_text("区数据局", timeout=3000)


def test_a_ballot_replaced_from_another_device_shows_superseded_on_the_first(live, phone, base):
    """Two devices of one reviewer: the phone that lost shows "superseded" on its next refresh, not "saved"."""
    import httpx

    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    page = phone(reviewer, locale="en-US")
    fill_marks(page, ["35", "20.5", "21", "9"])
    page.locator("button.submit").click()
    expect(page.locator(".result.ok")).to_be_visible()
    body = {"client_id": "tablet-0001", "presenter_id": p.id, "marks": live.marks("9")}
    tablet = httpx.post(f"{base}/api/r/{reviewer.token}/ballots", json=body)
    assert tablet.status_code == 200
    page.reload()
    expect(page.locator(".result .superseded")).to_contain_text(tablet.json()["receipt"])
    expect(page.locator(".result.ok")).to_have_count(0)
    shot(page, "en-360-superseded")
