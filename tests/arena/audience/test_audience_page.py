"""The audience's phone page in a real browser (issue 13): Debian's Chromium at 360x740, driven by
Playwright, against the real server on 127.0.0.1. Screenshots go to ARENA_SHOTS (default /tmp/shots)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright import sync_api as playwright_api

from arena.store import Store

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))
PHONE = {"width": 360, "height": 740}
WAIT_MS = 30_000


@pytest.fixture(scope="module")
def browser():
    from tests_browser import launch

    with playwright_api.sync_playwright() as pw:
        chromium = launch(pw)
        yield chromium
        chromium.close()


@pytest.fixture
def phones(browser):
    """open_phone(url, locale) -> a page in its own context (its own localStorage: its own phone)."""
    contexts = []

    def open_phone(url, locale="zh-CN"):
        context = browser.new_context(viewport=PHONE, locale=locale, has_touch=True, is_mobile=True)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.on(
            "console",
            lambda msg: (
                page.errors.append(msg.text) if msg.type == "error" and "409" not in msg.text else None
            ),
        )
        page.goto(url)
        return page

    yield open_phone
    for context in contexts:
        context.close()


def expect(locator):
    return playwright_api.expect(locator)


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_phone_joins_by_the_room_link_votes_reloads_and_cannot_vote_twice(serve, phones):
    served = serve()
    p1 = served.presenters[0]
    page = phones(f"{served.base}/a/{served.room}")
    card = page.locator(f'section.card[data-presenter="{p1.id}"]')
    expect(card).to_be_visible(timeout=WAIT_MS)  # joined on its own: an open room needs no tap
    shot(page, "audience-360-rating")
    card.get_by_role("button", name="8", exact=True).click()
    card.get_by_role("button", name="提交").click()
    expect(card.locator('[data-state="voted"]')).to_be_visible(timeout=WAIT_MS)
    shot(page, "audience-360-voted")
    token = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('arena-audience:')).length")
    assert token == 1
    page.reload()
    card = page.locator(f'section.card[data-presenter="{p1.id}"]')
    expect(card.locator('[data-state="voted"]')).to_be_visible(timeout=WAIT_MS)  # still voted after a reload
    expect(card.get_by_role("button", name="提交")).to_have_count(0)  # no second ballot offered
    with Store.open(served.path) as store:
        assert store.audience_state()["joined"] == 1  # the reload did not join again
        assert store.audience_ballot_counts() == {p1.id: 1}
    # Even a ballot forced through the page's own API from this phone is refused: one per presenter.
    status = page.evaluate(
        """async ([pid]) => {
            const token = localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith('arena-audience:')));
            const r = await fetch('/api/d/' + token + '/ballots', {method: 'POST', headers: {'Content-Type': 'application/json'},
                body: JSON.stringify({client_id: 'aud-forced-0001', presenter_id: pid, marks: {'评分': '10'}})});
            return [r.status, (await r.json()).error];
        }""",
        [p1.id],
    )
    assert status == [409, "already_voted"]
    with Store.open(served.path) as store:
        assert store.audience_ballot_counts() == {p1.id: 1}
    assert page.errors == []


def test_a_seat_code_used_on_a_second_phone_is_refused_with_a_clear_message(serve, phones):
    served = serve(join="seats")
    with Store.open(served.path) as store:
        (code,) = store.issue_seat_codes(1)
    first = phones(f"{served.base}/a/{served.room}?seat={code}")
    expect(first.locator("section.card[data-presenter]").first).to_be_visible(timeout=WAIT_MS)
    second = phones(f"{served.base}/a/{served.room}?seat={code}")
    error = second.locator("#join-error")
    expect(error).to_have_attribute("data-code", "seat_used", timeout=WAIT_MS)
    expect(error).to_have_text("此座位码已在另一部手机上使用，不能重复使用。")
    shot(second, "audience-360-seat-used")
    english = phones(f"{served.base}/a/{served.room}?seat={code}", locale="en-US")
    expect(english.locator("#join-error")).to_have_text(
        "This seat code is already in use on another phone; it cannot be used twice.", timeout=WAIT_MS
    )
    with Store.open(served.path) as store:
        assert store.audience_state()["joined"] == 1


def test_a_vote_made_offline_is_kept_and_resent_once(serve, phones):
    served = serve()
    p2 = served.presenters[1]
    page = phones(f"{served.base}/a/{served.room}")
    card = page.locator(f'section.card[data-presenter="{p2.id}"]')
    expect(card).to_be_visible(timeout=WAIT_MS)
    page.context.set_offline(True)  # the Wi-Fi drops as the vote is made
    card.get_by_role("button", name="6", exact=True).click()
    card.get_by_role("button", name="提交").click()
    expect(page.locator("#offline")).to_be_visible(timeout=WAIT_MS)
    outbox = page.evaluate(
        "JSON.parse(localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith('arena-audience-outbox:'))))"
    )
    assert [item["presenter_id"] for item in outbox] == [p2.id]  # kept on the phone
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(card.locator('[data-state="voted"]')).to_be_visible(timeout=WAIT_MS)
    with Store.open(served.path) as store:
        assert store.audience_ballot_counts() == {p2.id: 1}
        assert store.conn.execute("SELECT COUNT(*) FROM submissions").fetchone()[0] == 1
