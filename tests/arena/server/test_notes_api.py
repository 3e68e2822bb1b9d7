"""Comments and the outlier check over the reviewers' API (in-process ASGI), and the wrong-link page.

Issue 17: a comment goes with the ballot through the one intake into the log; a required one missing,
or one too long, is refused by code and nothing is written. The outlier check answers only how far the
reviewer's own draft is, writes nothing, and the ballot carries the flag and the reason it was sent with.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

from server_helpers import ballot

from arena.review_options import ReviewOptions


def review(live, **options):
    contest = live.store.contest()
    scoring = dataclasses.replace(contest.scoring, review=ReviewOptions(**options))
    live.store.update_setup(dataclasses.replace(contest, scoring=scoring))


def voters(live, p):
    return [r for r in live.reviewers if p.name not in r.recuse]


def logged(live):
    return live.store.conn.execute(
        "SELECT reviewer_id, comment, outlier FROM submissions ORDER BY id"
    ).fetchall()


def test_required_comment_missing_or_too_long_is_refused_and_nothing_is_written(live, call):
    review(live, comments="required")
    p = live.presenters[1]
    token = voters(live, p)[0].token
    state = call("GET", f"/api/r/{token}").json()
    assert (state["contest"]["comments"], state["contest"]["comment_max"]) == ("required", 500)
    for extra, code in [
        ({}, "comment_required"),
        ({"comment": "  "}, "comment_required"),
        ({"comment": "长" * 501}, "comment_too_long"),
    ]:
        resp = call("POST", f"/api/r/{token}/ballots", json=ballot(live, p, **extra))
        assert (resp.status_code, resp.json()["error"]) == (422, code)
    assert live.submissions() == 0
    resp = call("POST", f"/api/r/{token}/ballots", json=ballot(live, p, comment="数据翔实，" + "好" * 495))
    assert resp.status_code == 200 and resp.json()["comment"] == "数据翔实，" + "好" * 495
    assert logged(live)[0][1] == "数据翔实，" + "好" * 495
    # The reviewer's own page gives it back (a second device, a reload); nobody else's does.
    assert call("GET", f"/api/r/{token}").json()["ballots"][str(p.id)]["comment"].startswith("数据翔实")
    other = voters(live, p)[1].token
    assert "数据翔实" not in call("GET", f"/api/r/{other}").text


def test_optional_comment_and_comments_off(live, call):
    p = live.presenters[1]
    first, second = voters(live, p)[:2]
    resp = call("POST", f"/api/r/{first.token}/ballots", json=ballot(live, p, comment="好"))
    assert (resp.status_code, resp.json()["error"]) == (422, "comments_off")
    assert call("POST", f"/api/r/{first.token}/ballots", json=ballot(live, p, comment="")).status_code == 200
    review(live, comments="optional")
    assert (
        call("POST", f"/api/r/{second.token}/ballots", json=ballot(live, p, "client-0002")).status_code == 200
    )
    body = ballot(live, p, "client-0003", comment="思路清晰")
    assert call("POST", f"/api/r/{first.token}/ballots", json=body).status_code == 200
    assert [row[1] for row in logged(live)] == ["", "", "思路清晰"]


def _others_in(live, call, p, value="9"):
    """Three reviewers of one group send a ballot with `value` on every criterion; the fourth is returned."""
    group = voters(live, p)[0].group
    same = [r for r in voters(live, p) if r.group == group]
    for i, r in enumerate(same[1:4]):
        assert (
            call(
                "POST", f"/api/r/{r.token}/ballots", json=ballot(live, p, f"peer-{i:04d}", value)
            ).status_code
            == 200
        )
    return same[0]


def test_outlier_check_answers_how_far_and_writes_nothing(live, call, app):
    review(live, outlier_points=Decimal(15))
    p = live.presenters[1]
    me = _others_in(live, call, p, "9")  # 9 on every criterion: total 9/40+9/25+9/25+9/10 of 100 = 36
    before = (live.submissions(), live.store.data_version())

    def ask(total):
        return call("POST", f"/api/r/{me.token}/outlier", json={"presenter_id": p.id, "total": total})

    assert ask("90").json() == {"far": True, "direction": "high", "distance": "54"}
    assert ask("40").json() == {"far": False}
    assert ask("20.5").json() == {"far": True, "direction": "low", "distance": "15"}  # 15.5 points below
    assert (live.submissions(), live.store.data_version()) == before  # a question, not a write
    for bad, code in [("abc", "not_a_number"), ("101", "out_of_range"), ("-1", "out_of_range")]:
        resp = ask(bad)
        assert (resp.status_code, resp.json()["error"]) == (422, code)
    recused = live.reviewer_recused_from(p)
    resp = call("POST", f"/api/r/{recused.token}/outlier", json={"presenter_id": p.id, "total": "50"})
    assert resp.status_code == 403
    review(live, outlier_points=Decimal(15), outlier_show_median=True)
    app.state.room.refresh()  # as the host's change notice does; refresh_soon may skip a look just taken
    assert ask("90").json()["median"] == "36.00"


def test_outlier_check_is_limited_per_reviewer(live, call):
    review(live, outlier_points=Decimal(15))
    p = live.presenters[1]
    me, other = voters(live, p)[:2]
    statuses = [
        call("POST", f"/api/r/{me.token}/outlier", json={"presenter_id": p.id, "total": "50"}).status_code
        for _ in range(32)
    ]
    assert statuses[:30] == [200] * 30 and statuses[30:] == [429, 429]
    assert (
        call("POST", f"/api/r/{other.token}/outlier", json={"presenter_id": p.id, "total": "50"}).status_code
        == 200
    )


def test_a_far_ballot_is_logged_with_its_flag_and_reason_and_counts_as_usual(live, call):
    review(live, outlier_points=Decimal(15))
    p = live.presenters[1]
    me = _others_in(live, call, p, "9")
    body = ballot(live, p, "mine-0001", "2", outlier_reason="汇报超时且数据有误")
    assert call("POST", f"/api/r/{me.token}/ballots", json=body).status_code == 200
    _, _, outlier = logged(live)[-1]
    flag = json.loads(outlier)
    assert flag["direction"] == "low" and flag["median"] == "36.00" and flag["reason"] == "汇报超时且数据有误"
    assert flag["basis"] == "group" and flag["peers"] == 3
    assert live.store.ballot_of(me.id, p.id)  # never blocked: the ballot counts
    # A total near the others is not flagged, and a reason sent with it is not kept.
    other = next(r for r in voters(live, p) if r.id != me.id and r.group != me.group)
    body = ballot(live, p, "near-0001", "9", outlier_reason="x")
    assert call("POST", f"/api/r/{other.token}/ballots", json=body).status_code == 200
    assert logged(live)[-1][2] == ""
    resp = call(
        "POST", f"/api/r/{other.token}/ballots", json=ballot(live, p, "long-0001", outlier_reason="长" * 501)
    )
    assert (resp.status_code, resp.json()["error"]) == (422, "reason_too_long")


def test_a_wrong_link_opened_in_a_browser_is_a_page_not_json(live, call):
    html = {"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    token = live.reviewers[0].token
    wrong = call("GET", f"/r/{token[:-3]}", headers=html)
    assert wrong.status_code == 404 and wrong.headers["content-type"].startswith("text/html")
    assert 'data-problem="not_found"' in wrong.text and "/static/link.js" in wrong.text
    assert "{" not in wrong.text.split("<body")[1].split(">")[0]
    for url in ("/nowhere", "/r/", "/r"):  # a wrong token still looks exactly like a missing page
        assert call("GET", url, headers=html).content == wrong.content
    assert call("GET", f"/r/{token[:-3]}").json()["error"] == "not_found"  # scripts still get JSON
    assert call("GET", f"/api/r/{token[:-3]}", headers=html).json()["error"] == "not_found"
    guesser = ("10.0.0.99", 1)
    for i in range(20):
        call("GET", f"/api/r/guess-{i:04d}", address=guesser)
    blocked = call("GET", f"/r/{token[:-3]}", headers=html, address=guesser)
    assert blocked.status_code == 429 and 'data-problem="too_many"' in blocked.text
    assert call("GET", "/static/link.js").status_code == 200


def test_comments_and_reasons_never_reach_the_web_screen(live, call):
    """The projector's scenes (the web screen serves the same) carry no comment and no reason."""
    review(live, comments="optional", outlier_points=Decimal(15))
    p = live.presenters[1]
    me = _others_in(live, call, p, "9")
    body = ballot(live, p, "mine-0001", "2", comment="评语不可上屏", outlier_reason="理由不可上屏")
    assert call("POST", f"/api/r/{me.token}/ballots", json=body).status_code == 200
    screen = f"/api/screen/{live.store.screen_token()}"
    payloads = [call("GET", screen).text]
    live.session.close_scoring([p.id])
    for step in (
        lambda: live.session.set_scene("results"),
        lambda: live.session.reveal_next(),
        lambda: live.session.set_explanation(True),
        lambda: live.session.announce(p.id),
    ):
        step()
        payloads.append(call("GET", screen).text)
    assert len(set(payloads)) > 1  # the scenes did change
    for text in payloads:
        assert "不可上屏" not in text and "comment" not in text
