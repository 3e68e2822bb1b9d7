"""The web screen through an announce-after-each contest, in a real browser (Chromium via Playwright).

30 reviewers in three groups score over HTTP on 127.0.0.1 as their phones would; the host drives
the session. No presenter's score reaches the page (its text or its source) before that
presenter's scoring has closed and the host announced it; the strikes come one at a time; a
reviewer's slot differs from one presenter to the next. Screenshots (1920x1080 and 1024x768, zh
and en) land in $ARENA_SHOTS/screen-announce (default /tmp/shots).
"""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from playwright import sync_api as playwright_api
from ritual_contest import build, marks_for
from test_screen_page import OVERFLOWING, SIZES, SMALLEST

from arena.server.runner import ReviewerServer
from arena.session import Refused, Session
from arena.store import Store
from arena.tally import fmt_score, tally

pytestmark = pytest.mark.browser

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots")) / "screen-announce"
STRUCK = "() => document.querySelectorAll('#announce .a-cell.struck').length"
POLL_MS = 100


def expect(locator):
    return playwright_api.expect(locator)


@pytest.fixture
def room(tmp_path):
    """The contest file (no ballot yet, announce-after-each), its server on 127.0.0.1 and the host's session."""
    path = tmp_path / "ritual.arena"
    build(path, close=False, ballots=False).close()  # the ballots come later, over HTTP
    store = Store.open(path)
    session = Session(store)
    session.start()
    server = ReviewerServer(path, host="127.0.0.1", port=0)
    server.start()
    base = f"http://127.0.0.1:{server.port}"
    yield store, session, base, f"{base}/screen/{store.screen_token()}"
    server.stop()
    store.close()


def score_over_http(store: Store, base: str, index: int) -> None:
    """Every reviewer's ballot for the presenter at `index`, posted as their phone would."""
    contest = store.contest()
    presenter = contest.presenters[index]
    marks = marks_for(7, len(contest.reviewers), len(contest.presenters), tie_at_top=False)
    first, second = contest.criteria
    with httpx.Client(base_url=base) as client:
        for i, reviewer in enumerate(contest.reviewers):
            a, b = marks[(i, index)]
            body = {
                "client_id": f"ritual-{presenter.id}-{reviewer.id}",
                "presenter_id": presenter.id,
                "marks": {str(first.id): str(a / 2), str(second.id): str(b / 2)},
            }
            response = client.post(f"/api/r/{reviewer.token}/ballots", json=body)
            assert response.status_code == 200, response.text


def page_text(page) -> str:
    return page.locator("body").inner_text() + page.content()


def assert_secret(pages, result) -> None:
    """Neither the presenter's final score nor any group score is on any page, as text or in source."""
    figures = [fmt_score(result.score), *[fmt_score(g.score) for g in result.groups]]
    for page in pages.values():
        text = page_text(page)
        assert not [f for f in figures if f in text], f"a score before its announcement: {figures}"


def watch_strikes(page, expected_final: str) -> list[int]:
    """The number of struck slots, polled until the final score shows (bounded)."""
    counts = []
    for _ in range(400):  # 40 s at most; the ritual takes about 15
        counts.append(page.evaluate(STRUCK))
        if expected_final in page.locator("#announce").inner_text():
            return counts
        page.wait_for_timeout(POLL_MS)
    raise AssertionError(f"the final score never showed; strikes seen {counts}")


def slots_on_screen(base: str, token_url: str, totals: dict[str, int]) -> dict[int, int]:
    """Reviewer id -> slot, from the screen's own JSON (each reviewer found by their distinct total)."""
    token = token_url.rsplit("/", 1)[1]
    view = httpx.get(f"{base}/api/screen/{token}").json()
    out = {}
    for row in view["announce"]["rows"]:
        for cell in row["cells"]:
            out[totals[(row["group"], cell["value"])]] = cell["slot"]
    return out


def reviewer_by_total(store: Store, presenter_id: int) -> dict[tuple[str, str], int]:
    result = tally(store).result_of(presenter_id)
    return {(t.group, fmt_score(t.total)): t.reviewer_id for t in result.totals}


def look(page, shot: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.evaluate(OVERFLOWING) == [], shot
    assert page.evaluate(SMALLEST) >= 1 / 64, shot
    page.screenshot(path=str(SHOTS / f"{shot}.png"))


@pytest.mark.parametrize("locale", ["zh-CN", "en-GB"])
def test_no_score_before_it_is_closed_and_announced(browser, room, locale):
    store, session, base, link = room
    lang = locale[:2]
    contexts, pages = [], {}
    for size, viewport in SIZES.items():
        context = browser.new_context(viewport=viewport, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda exc, page=page: page.errors.append(str(exc)))
        page.goto(link)
        pages[size] = page
    try:
        presenters = store.contest().presenters
        slots = []
        for index in (0, 1):
            presenter = presenters[index]
            session.goto(presenter.id)
            session.open_scoring([presenter.id])
            score_over_http(store, base, index)
            for page in pages.values():
                expect(page.locator("#s-count")).to_have_text("30 / 30")
            result = tally(store).result_of(presenter.id)
            assert_secret(pages, result)
            with pytest.raises(Refused) as refused:  # still open: the host cannot announce yet
                session.announce(presenter.id)
            assert refused.value.code == "announce_not_closed"

            session.close_scoring([presenter.id])
            for page in pages.values():
                expect(page.locator("#s-status")).to_have_text(
                    "评分已结束" if lang == "zh" else "Scoring is closed"
                )
            assert_secret(pages, result)  # closed, not yet announced: still nothing

            session.announce(presenter.id)
            final = fmt_score(result.score)
            big = pages["1920x1080"]
            counts = watch_strikes(big, final)
            assert counts == sorted(counts) and counts[-1] == 6  # strikes only ever added, 2 per group
            assert len(set(counts)) >= 4, counts  # and seen one at a time, not all at once
            look(big, f"{lang}-{index + 1}-final-1920x1080")
            small = pages["1024x768"]
            expect(small.locator("#announce")).to_contain_text(final)
            look(small, f"{lang}-{index + 1}-final-1024x768")
            sentence = "加权最后得分 " + final + " 分" if lang == "zh" else "weighted final score " + final
            expect(big.locator("#announce")).to_contain_text(sentence)
            slots.append(slots_on_screen(base, link, reviewer_by_total(store, presenter.id)))
            heading = "当前排名" if lang == "zh" else "Ranking so far"
            for page in pages.values():
                expect(page.locator("#announce .a-ranking-heading")).to_have_text(heading, timeout=10000)
                expect(page.locator("#announce .a-rank-name")).to_have_count(index + 1)
            look(small, f"{lang}-{index + 1}-ranking-1024x768")
            later = tally(store).result_of(presenters[index + 1].id)
            if later.score is not None:
                assert_secret(pages, later)

        same = sum(slots[0][r] == slots[1][r] for r in slots[0])
        assert len(slots[0]) == 30 and same < 15, f"{same} of 30 reviewers kept their slot"
        for page in pages.values():
            assert page.errors == []
    finally:
        for context in contexts:
            context.close()


@pytest.mark.parametrize("level", ["total", "criterion"])
def test_a_tie_at_the_top_reads_whole_at_both_sizes(browser, tmp_path, level):
    """Ties at an extreme, 30 reviewers, zh and en, 1920x1080 and 1024x768: the note, the outlined
    equal total, the sentence, all inside their boxes (the last step, shown at once by the host)."""
    path = tmp_path / "tie.arena"
    build(path, tie_at_top=True, level=level, ranking=False).close()
    store = Store.open(path)
    session = Session(store)
    session.start()
    first = store.contest().presenters[0]
    try:
        with ReviewerServer(path, host="127.0.0.1", port=0) as server:
            link = f"http://127.0.0.1:{server.port}/screen/{store.screen_token()}"
            session.announce(first.id)
            session.finish_announcement()
            final = fmt_score(tally(store).result_of(first.id).score)
            for locale, note in (("zh-CN", "按规则去掉 1 个"), ("en-GB", "the rule drops 1")):
                for size, viewport in SIZES.items():
                    context = browser.new_context(viewport=viewport, locale=locale)
                    try:
                        page = context.new_page()
                        page.goto(link)
                        expect(page.locator("#announce")).to_contain_text(final)
                        expect(page.locator("#announce .a-note", has_text=note).first).to_be_visible()
                        assert page.locator("#announce .a-cell.tied").count() >= 1
                        page.wait_for_timeout(700)  # the scene's fade-in, for the picture
                        look(page, f"tie-{level}-{locale[:2]}-{size}")
                    finally:
                        context.close()
    finally:
        store.close()
