"""The audience over real HTTP on 127.0.0.1 (issue 13): the join cap, one ballot per phone and
presenter, the vote limit, seat codes, closing the door, and the per-address join bucket."""

from __future__ import annotations

import httpx

from arena.server.audience import JoinBucket
from arena.store import Store


def _join(client, served, seat=None):
    body = {} if seat is None else {"seat": seat}
    return client.post(f"{served.base}/api/a/{served.room}/join", json=body)


def _vote(client, served, token, presenter, client_id, marks=None):
    body = {
        "client_id": client_id,
        "presenter_id": presenter.id,
        "marks": {"评分": "8"} if marks is None else marks,
    }
    return client.post(f"{served.base}/api/d/{token}/ballots", json=body)


def test_the_cap_holds_and_the_host_can_close_the_door(serve):
    served = serve(cap=3)
    with httpx.Client(timeout=30) as client:
        answers = [_join(client, served) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 409]
        assert answers[3].json()["error"] == "audience_full"
        tokens = {a.json()["token"] for a in answers[:3]}
        assert len(tokens) == 3  # every phone its own token
        room = client.get(f"{served.base}/api/a/{served.room}").json()
        assert (room["joined"], room["cap"], room["joining"]) == (3, 3, True)
    with Store.open(served.path) as store:
        assert len(store.audience_join_log()) == 3  # every join logged
        assert store.contest().reviewers and all(
            not r.name.startswith("audience:") for r in store.contest().reviewers
        )


def test_closing_joining_refuses_new_phones_but_not_joined_ones(serve):
    served = serve()
    with httpx.Client(timeout=30) as client:
        token = _join(client, served).json()["token"]
        with Store.open(served.path) as store:
            store.set_audience_joining(False)
        refused = _join(client, served)
        assert (refused.status_code, refused.json()["error"]) == (409, "joining_closed")
        assert _vote(client, served, token, served.presenters[0], "aud-closed-0001").status_code == 200


def test_one_ballot_per_phone_and_presenter(serve):
    served = serve()
    p1, p2 = served.presenters[:2]
    with httpx.Client(timeout=30) as client:
        token = _join(client, served).json()["token"]
        first = _vote(client, served, token, p1, "aud-one-0001")
        assert first.status_code == 200 and first.json()["duplicate"] is False
        resend = _vote(client, served, token, p1, "aud-one-0001")  # the outbox's resend: counted once
        assert resend.status_code == 200 and resend.json()["duplicate"] is True
        assert resend.json()["receipt"] == first.json()["receipt"]
        again = _vote(client, served, token, p1, "aud-one-0002", {"评分": "10"})
        assert (again.status_code, again.json()["error"]) == (409, "already_voted")
        assert _vote(client, served, token, p2, "aud-one-0003").status_code == 200
        low = _vote(client, served, token, p2, "aud-one-0004", {"评分": "0"})
        assert low.status_code == 422
        wrong = client.post(f"{served.base}/api/r/{token}/ballots", json={})  # not a reviewer's link
        assert wrong.status_code == 404
        state = client.get(f"{served.base}/api/d/{token}").json()
        assert set(state["ballots"]) == {str(p1.id), str(p2.id)}
        assert state["ballots"][str(p1.id)]["marks"] == {"0": "8"}
    with Store.open(served.path) as store:
        assert store.audience_ballot_counts() == {p1.id: 1, p2.id: 1}
        assert store.conn.execute("SELECT COUNT(*) FROM submissions").fetchone()[0] == 2


def test_the_vote_form_allows_the_setups_number_of_votes(serve):
    served = serve(ballot="vote", aggregate="votes_top", votes=1)
    p1, p2 = served.presenters[:2]
    with httpx.Client(timeout=30) as client:
        token = _join(client, served).json()["token"]
        assert _vote(client, served, token, p1, "aud-vote-0001", {"投票": "1"}).status_code == 200
        second = _vote(client, served, token, p2, "aud-vote-0002", {"投票": "1"})
        assert (second.status_code, second.json()["error"]) == (409, "votes_used")


def test_a_seat_code_joins_one_phone_only(serve):
    served = serve(join="seats")
    with Store.open(served.path) as store:
        first, second = store.issue_seat_codes(2)
    with httpx.Client(timeout=30) as client:
        assert _join(client, served, first).status_code == 200
        used = _join(client, served, first.lower())  # typed in lower case: the same code
        assert (used.status_code, used.json()["error"]) == (409, "seat_used")
        unknown = _join(client, served, "ZZZZZZZZ")
        assert (unknown.status_code, unknown.json()["error"]) == (404, "seat_unknown")
        bare = _join(client, served)
        assert (bare.status_code, bare.json()["error"]) == (422, "seat_required")
        assert _join(client, served, second).status_code == 200


def test_a_wrong_room_link_is_not_found(serve):
    served = serve()
    with httpx.Client(timeout=30) as client:
        assert client.post(f"{served.base}/api/a/not-the-room-token/join", json={}).status_code == 404
        assert client.get(f"{served.base}/a/not-the-room-token").status_code == 404
        assert client.get(f"{served.base}/a/{served.room}").status_code == 200


def test_the_join_bucket_lets_a_burst_through_then_refills():
    now = [0.0]
    bucket = JoinBucket(burst=5, rate=1.0, clock=lambda: now[0])
    assert all(bucket.take("10.0.0.1") for _ in range(5))  # a whole row of phones behind one NAT
    assert not bucket.take("10.0.0.1")
    assert bucket.take("10.0.0.2")  # another address is not affected
    now[0] += 2.0
    assert bucket.take("10.0.0.1") and bucket.take("10.0.0.1")
    assert not bucket.take("10.0.0.1")


def test_a_shorter_form_takes_its_criteria_only(serve):
    served = serve(ballot=["B"], aggregate="mean")
    p1 = served.presenters[0]
    with httpx.Client(timeout=30) as client:
        token = _join(client, served).json()["token"]
        form = client.get(f"{served.base}/api/d/{token}").json()["audience"]["form"]
        assert [(c["name"], c["max"]) for c in form] == [("B", "40")]
        extra = _vote(client, served, token, p1, "aud-form-0001", {"A": "50", "B": "30"})
        assert (extra.status_code, extra.json()["error"]) == (422, "unknown_criterion")
        missing = _vote(client, served, token, p1, "aud-form-0002", {})
        assert (missing.status_code, missing.json()["error"]) == (422, "missing_criterion")
        assert _vote(client, served, token, p1, "aud-form-0003", {"B": "30"}).status_code == 200
    with Store.open(served.path) as store:
        from arena.tally import tally

        result = tally(store).result_of(p1.id)
        audience = next(g for g in result.groups if g.audience is not None)
        assert audience.score == 75  # 100 × 30 / 40, the mean of one phone's total
