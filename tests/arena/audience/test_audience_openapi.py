"""The audience's routes in /openapi.json (issue 13's leftover), read over real HTTP on 127.0.0.1.

Join, the room, the phone's state and its ballots are documented like the reviewers' ballot route:
one model per body, which is also what validates the body, so a body of the wrong shape keeps the
refusal codes it had (`invalid` for a ballot's envelope, `malformed` for unreadable JSON, 415 for a
wrong media type) and a right one still joins and votes.
"""

from __future__ import annotations

import httpx

from arena.server.audience_api import AudienceAccepted, JoinedOut, PhoneState, RoomOut

AUDIENCE_PATHS = {
    "/api/a/{room_token}": "get",
    "/api/a/{room_token}/join": "post",
    "/api/d/{token}": "get",
    "/api/d/{token}/ballots": "post",
}


def _body_schema(spec: dict, path: str) -> dict:
    return spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]


def test_openapi_json_documents_the_audience_routes(serve):
    served = serve()
    with httpx.Client(timeout=30) as client:
        spec = client.get(f"{served.base}/openapi.json").json()
    for path, method in AUDIENCE_PATHS.items():
        assert method in spec["paths"][path], path
    assert "/a/{room_token}" not in spec["paths"]  # the page, like a reviewer's /r/{token}, is no API
    join = spec["paths"]["/api/a/{room_token}/join"]["post"]
    assert join["requestBody"]["required"] is False  # an open room is joined with an empty body
    assert set(_body_schema(spec, "/api/a/{room_token}/join")["properties"]) == {"seat"}
    assert {"200", "404", "409", "422", "429"} <= set(join["responses"])
    ballot = spec["paths"]["/api/d/{token}/ballots"]["post"]
    schema = _body_schema(spec, "/api/d/{token}/ballots")
    assert set(schema["required"]) == {"client_id", "presenter_id", "marks"}
    assert schema["additionalProperties"] is False
    assert {"200", "409", "413", "415", "422", "429"} <= set(ballot["responses"])
    answers = spec["components"]["schemas"]
    assert {"token", "number"} <= set(answers["JoinedOut"]["properties"])
    assert {"receipt", "duplicate", "marks"} <= set(answers["AudienceAccepted"]["properties"])
    assert {"audience", "presenters", "ballots", "state"} <= set(answers["PhoneState"]["properties"])
    assert "form" in answers["AudienceFormOut"]["properties"]


def test_invalid_bodies_keep_their_refusal_codes_and_valid_ones_still_vote(serve):
    served = serve()
    p1 = served.presenters[0]
    join_url = f"{served.base}/api/a/{served.room}/join"
    with httpx.Client(timeout=30) as client:
        not_json = client.post(join_url, content=b"{seat", headers={"Content-Type": "application/json"})
        assert (not_json.status_code, not_json.json()["error"]) == (400, "malformed")
        for wrong in ({"seat": 5}, {"seat": "A", "name": "x"}, ["seat"]):
            answer = client.post(join_url, json=wrong)
            assert (answer.status_code, answer.json()["error"]) == (422, "invalid"), wrong
        assert client.get(f"{served.base}/api/a/{served.room}").json()["joined"] == 0  # nothing joined
        joined = client.post(join_url, json={})
        token = JoinedOut.model_validate(joined.json()).token  # the answers have the documented shapes
        RoomOut.model_validate(client.get(f"{served.base}/api/a/{served.room}").json())
        url = f"{served.base}/api/d/{token}/ballots"
        good = {"client_id": "aud-openapi-01", "presenter_id": p1.id, "marks": {"评分": 7}}
        for wrong in (
            {k: v for k, v in good.items() if k != "marks"},
            {**good, "presenter_id": str(p1.id)},
            {**good, "client_id": "x"},
            {**good, "extra": 1},
            [good],
        ):
            answer = client.post(url, json=wrong)
            assert (answer.status_code, answer.json()["error"]) == (422, "invalid"), wrong
        bad_mark = client.post(url, json={**good, "marks": {"评分": "seven"}})
        assert (bad_mark.status_code, bad_mark.json()["error"]) == (422, "not_a_number")
        text = client.post(url, content=b"{}", headers={"Content-Type": "text/plain"})
        assert (text.status_code, text.json()["error"]) == (415, "unsupported_media_type")
        assert client.get(f"{served.base}/api/d/{token}").json()["ballots"] == {}  # nothing counted
        accepted = client.post(url, json=good)
        assert accepted.status_code == 200 and accepted.json()["marks"] == {"0": "7"}
        AudienceAccepted.model_validate(accepted.json())
        state = PhoneState.model_validate(client.get(f"{served.base}/api/d/{token}").json())
        assert set(state.ballots) == {str(p1.id)}
