"""The check-in and signature routes in-process: each refusal a 4xx with its code, nothing written then."""

from __future__ import annotations

import pytest
from server_helpers import ballot

from arena.intake import enter_paper_ballot

STROKES = [[[10, 10], [500, 300], [990, 20]]]


def presence(call, reviewer):
    resp = call("GET", f"/api/r/{reviewer.token}/presence")
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_wrong_token_is_not_found_on_every_route(call):
    for method, url in (
        ("GET", "/api/r/not-a-real-token-at-all-000/presence"),
        ("POST", "/api/r/not-a-real-token-at-all-000/checkin"),
        ("POST", "/api/r/not-a-real-token-at-all-000/signatures"),
    ):
        resp = call(method, url, json={})
        assert resp.status_code == 404 and resp.json()["error"] == "not_found"


def test_check_in_twice_keeps_the_first(live, call, events):
    reviewer = live.reviewers[5]
    assert presence(call, reviewer)["checked_in_at"] is None
    first = call("POST", f"/api/r/{reviewer.token}/checkin").json()
    again = call("POST", f"/api/r/{reviewer.token}/checkin").json()
    assert first["duplicate"] is False and again == {
        "checked_in_at": first["checked_in_at"],
        "duplicate": True,
    }
    assert presence(call, reviewer)["checked_in_at"] == first["checked_in_at"]
    assert live.store.checkins() == {reviewer.id: first["checked_in_at"]}


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"scope": 0, "summary_sha256": "a" * 64, "strokes": [[[1001, 0], [0, 0]]]}, 422, "bad_strokes"),
        ({"scope": 0, "summary_sha256": "a" * 64, "strokes": [[[1.5, 0], [0, 0]]]}, 422, "bad_strokes"),
        ({"scope": 0, "summary_sha256": "a" * 64, "strokes": [[[5, 5]]]}, 422, "empty_signature"),
        ({"scope": 0, "summary_sha256": "a" * 64, "strokes": [[]]}, 422, "bad_strokes"),
        ({"scope": 0, "summary_sha256": "not-a-hash", "strokes": STROKES}, 422, "invalid"),
        ({"scope": 0, "summary_sha256": "a" * 64, "strokes": STROKES, "more": 1}, 422, "invalid"),
        ({"scope": 2**70, "summary_sha256": "a" * 64, "strokes": STROKES}, 422, "invalid"),
        ({"scope": 2**62, "summary_sha256": "a" * 64, "strokes": STROKES}, 409, "not_signable"),
        ({"scope": 0, "summary_sha256": "a" * 64, "strokes": STROKES}, 409, "not_signable"),
    ],
)
def test_bad_signatures_are_refused_with_their_code(live, call, body, status, code):
    reviewer = live.reviewers[0]
    resp = call("POST", f"/api/r/{reviewer.token}/signatures", json=body)
    assert (resp.status_code, resp.json()["error"]) == (status, code)
    assert live.store.signature_rows() == []


def test_a_body_that_is_not_json_is_refused(live, call):
    url = f"/api/r/{live.reviewers[0].token}/signatures"
    resp = call("POST", url, content=b"{not json", headers={"content-type": "application/json"})
    assert resp.status_code == 400 and resp.json()["error"] == "malformed"
    resp = call("POST", url, content=b"{}", headers={"content-type": "text/plain"})
    assert resp.status_code == 415


def test_after_each_presenter_a_correction_changes_what_is_signed(live, call):
    live.store.set_presence_options("after_each", False)
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    assert (
        call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p, value="8")).status_code == 200
    )
    assert presence(call, reviewer)["to_sign"] == []  # still open: nothing to sign yet
    live.session.close_scoring([p.id])
    (item,) = presence(call, reviewer)["to_sign"]
    assert item["scope"] == p.id and item["presenter"] == p.name
    assert [b["presenter"] for b in item["ballots"]] == [p.name]
    # The host replaces the ballot before the reviewer signs: the old summary is refused.
    enter_paper_ballot(live.store, reviewer.id, p.id, live.marks("9"))
    body = {"scope": p.id, "summary_sha256": item["summary_sha256"], "strokes": STROKES}
    resp = call("POST", f"/api/r/{reviewer.token}/signatures", json=body)
    assert (resp.status_code, resp.json()["error"]) == (409, "summary_changed")
    (fresh,) = presence(call, reviewer)["to_sign"]
    assert fresh["summary_sha256"] != item["summary_sha256"]
    body["summary_sha256"] = fresh["summary_sha256"]
    signed = call("POST", f"/api/r/{reviewer.token}/signatures", json=body)
    assert signed.status_code == 200 and signed.json()["scope"] == p.id
    state = presence(call, reviewer)
    assert state["to_sign"] == [] and state["signed"][0]["precedes_correction"] is False
    # A correction after the signature marks it.
    enter_paper_ballot(live.store, reviewer.id, p.id, live.marks("7"))
    assert presence(call, reviewer)["signed"][0]["precedes_correction"] is True
    again = call("POST", f"/api/r/{reviewer.token}/signatures", json=body)
    assert (again.status_code, again.json()["error"]) == (409, "already_signed")
    assert len(live.store.signature_rows()) == 1
