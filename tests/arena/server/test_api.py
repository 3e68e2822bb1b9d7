"""The reviewer API in-process (httpx.ASGITransport): what a phone reads, what it may write, what it is told."""

from __future__ import annotations

from server_helpers import ballot


def test_personal_state_shows_own_setup_and_public_state(live, call):
    reviewer = live.reviewer_recused_from(live.presenters[0])
    resp = call("GET", f"/api/r/{reviewer.token}")
    assert resp.status_code == 200
    data = resp.json()
    assert data["contest"]["title"] == live.contest.title
    assert data["reviewer"]["name"] == reviewer.name
    assert [c["name"] for c in data["criteria"]] == [c.name for c in live.criteria]
    assert data["criteria"][0]["max"] == "40" and data["criteria"][0]["step"] == "0.5"
    recused = {p["name"] for p in data["presenters"] if p["recused"]}
    assert recused == set(reviewer.recuse)
    assert data["state"]["scoring"][str(live.presenters[1].id)] == "open"
    assert data["state"]["current_presenter_id"] == live.presenters[1].id
    assert data["ballots"] == {}
    assert reviewer.token not in resp.text  # the page data never echoes the credential


def test_submit_commits_and_returns_receipt_after_commit(live, call, events):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p, value="7.5"))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["duplicate"] is False
    assert body["marks"] == {str(c.id): "7.5" for c in live.criteria}
    # Committed: the host's own connection sees it, as units of the step.
    assert live.store.ballot_of(reviewer.id, p.id) == {c.id: 15 for c in live.criteria}
    assert [e["type"] for e in events] == ["ballot"]
    event = events[0]
    assert event["reviewer_id"] == reviewer.id and event["presenter_id"] == p.id
    assert event["source"] == "phone" and "submission_id" not in body  # the room's count stays private
    assert event["duplicate"] is False and isinstance(event["committed_at"], float)
    # The receipt comes back with the reviewer's state after a reload.
    state = call("GET", f"/api/r/{reviewer.token}").json()
    assert state["ballots"][str(p.id)]["receipt"] == body["receipt"]
    assert state["ballots"][str(p.id)]["marks"] == body["marks"]


def test_retry_with_same_client_id_counts_once(live, call, events):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    first = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    again = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    assert again.status_code == 200
    assert again.json()["receipt"] == first.json()["receipt"]
    assert again.json()["duplicate"] is True
    assert live.submissions() == 1
    assert [e["duplicate"] for e in events] == [False, True]


def test_reused_client_id_for_other_marks_is_refused(live, call):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p, value="10"))
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p, value="9"))
    assert resp.status_code == 409 and resp.json()["error"] == "replayed"
    assert live.store.ballot_of(reviewer.id, p.id)[live.criteria[0].id] == 20


def test_correction_is_a_new_log_entry(live, call):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    first = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p, "first-0001", "10"))
    second = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p, "second-001", "8"))
    assert second.status_code == 200
    assert second.json()["receipt"] != first.json()["receipt"]
    assert live.submissions() == 2  # the log keeps both
    assert live.store.ballot_of(reviewer.id, p.id)[live.criteria[1].id] == 16  # the scores hold the latest


def test_closed_window_refused_and_nothing_changes(live, call):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    live.session.close_scoring([p.id])
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    assert resp.status_code == 409 and resp.json()["error"] == "closed"
    pending = live.presenters[2]
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, pending, "client-0002"))
    assert resp.status_code == 409 and resp.json()["error"] == "closed"
    assert live.submissions() == 0


def test_retry_after_window_closed_still_gets_its_receipt(live, call):
    """A phone that lost the answer and retries after the close learns its ballot is in."""
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    first = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    live.session.close_scoring([p.id])
    again = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    assert again.status_code == 200 and again.json()["receipt"] == first.json()["receipt"]


def test_recused_presenter_refused(live, call):
    p = live.presenters[1]
    reviewer = live.reviewer_recused_from(p)
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    assert resp.status_code == 403 and resp.json()["error"] == "recused"
    assert live.submissions() == 0


def test_unknown_presenter_refused(live, call):
    reviewer = live.reviewers[0]
    body = {"client_id": "client-0001", "presenter_id": 9999, "marks": live.marks()}
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=body)
    assert resp.status_code == 404 and resp.json()["error"] == "unknown_presenter"


def test_one_reviewer_cannot_touch_anothers_scores(live, call):
    p = live.presenters[1]
    alice, bob = [r for r in live.reviewers if p.name not in r.recuse][:2]
    call("POST", f"/api/r/{bob.token}/ballots", json=ballot(live, p, "bob-000001", "5"))
    # Alice reuses Bob's client id: it is hers to use, and Bob's ballot stays as it was.
    resp = call("POST", f"/api/r/{alice.token}/ballots", json=ballot(live, p, "bob-000001", "9"))
    assert resp.status_code == 200 and resp.json()["duplicate"] is False
    assert set(live.store.ballot_of(bob.id, p.id).values()) == {10}
    assert set(live.store.ballot_of(alice.id, p.id).values()) == {18}
    # Each sees only their own ballots.
    assert (
        call("GET", f"/api/r/{bob.token}").json()["ballots"][str(p.id)]["marks"][str(live.criteria[0].id)]
        == "5"
    )
    # A reviewer id in the body cannot redirect the ballot: unknown fields are refused.
    body = ballot(live, p, "alice-00002", "1", reviewer_id=bob.id)
    resp = call("POST", f"/api/r/{alice.token}/ballots", json=body)
    assert resp.status_code == 422
    assert set(live.store.ballot_of(bob.id, p.id).values()) == {10}


def test_marks_by_criterion_name_accepted(live, call):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    body = {"client_id": "client-0001", "presenter_id": p.id, "marks": {c.name: 7 for c in live.criteria}}
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=body)
    assert resp.status_code == 200
    assert set(live.store.ballot_of(reviewer.id, p.id).values()) == {14}


def test_contest_closed_refuses_everything(live, call):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    live.session.close_contest()
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", json=ballot(live, p))
    assert resp.status_code == 409 and resp.json()["error"] == "closed"
    assert call("GET", f"/api/r/{reviewer.token}").json()["state"]["phase"] == "closed"


def test_no_route_changes_setup_or_session(app):
    """The network may write only ballots (a reviewer's, an audience phone's), an audience phone's join
    (issue 13), a reviewer's check-in and signatures (issue 17), never the setup or the session; the
    outlier check is a POST that only reads (tests/arena/server/test_notes_api.py shows it leaves the
    file as it was)."""
    writes = sorted(
        (route.path, sorted(route.methods - {"GET", "HEAD"}))
        for route in app.routes
        if getattr(route, "methods", None) and route.methods - {"GET", "HEAD"}
    )
    assert writes == [
        ("/api/a/{room_token}/join", ["POST"]),
        ("/api/d/{token}/ballots", ["POST"]),
        ("/api/r/{token}/ballots", ["POST"]),
        ("/api/r/{token}/checkin", ["POST"]),
        ("/api/r/{token}/outlier", ["POST"]),
        ("/api/r/{token}/signatures", ["POST"]),
    ]


def test_openapi_describes_the_reviewer_api(call):
    resp = call("GET", "/openapi.json")
    assert resp.status_code == 200
    spec = resp.json()
    assert set(spec["paths"]) == {
        "/api/r/{token}",
        "/api/r/{token}/events",
        "/api/r/{token}/ballots",
        "/api/r/{token}/outlier",
        "/api/r/{token}/presence",  # issue 17: check-in and signing
        "/api/r/{token}/checkin",
        "/api/r/{token}/signatures",
        "/api/a/{room_token}",  # issue 13: the audience (tests/arena/audience/test_audience_openapi.py)
        "/api/a/{room_token}/join",
        "/api/d/{token}",
        "/api/d/{token}/ballots",
    }
    post = spec["paths"]["/api/r/{token}/ballots"]["post"]
    schema = post["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["required"]) == {"client_id", "presenter_id", "marks"}
    assert {"200", "409", "413", "415", "422", "429"} <= set(post["responses"])
    # No interactive docs: they would load scripts from a CDN the room cannot reach.
    assert call("GET", "/docs").status_code == 404


def test_pages_are_served_from_arena_itself(live, call):
    page = call("GET", f"/r/{live.reviewers[0].token}")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "http://" not in page.text and "https://" not in page.text  # nothing from outside
    for src in ("/static/phone.js", "/static/phone-text.js", "/static/phone.css"):
        assert src in page.text
        asset = call("GET", src)
        assert asset.status_code == 200
        assert "http://" not in asset.text and "https://" not in asset.text
    assert call("GET", "/static/../../arena/store.py").status_code == 404
    assert call("GET", "/").status_code == 200
