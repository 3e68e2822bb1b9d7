"""The rules that keep the contest safe on the room's network: the token, headers, caps, logs."""

from __future__ import annotations

import logging

import httpx
from server_helpers import ballot

SECURITY = {
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}


def _assert_security_headers(resp):
    for name, value in SECURITY.items():
        assert resp.headers[name] == value, name
    csp = resp.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp


def test_every_kind_of_response_carries_the_security_headers(live, call):
    token = live.reviewers[0].token
    for method, url in [
        ("GET", f"/r/{token}"),
        ("GET", f"/api/r/{token}"),
        ("GET", "/static/phone.js"),
        ("GET", "/nowhere"),
        ("GET", "/r/not-a-token"),
        ("GET", "/openapi.json"),
        ("GET", "/"),
    ]:
        _assert_security_headers(call(method, url))
    _assert_security_headers(
        call(
            "POST",
            f"/api/r/{token}/ballots",
            content=b"x" * 70_000,
            headers={"content-type": "application/json"},
        )
    )
    # Ballots take their own fast door (door.py): accepted and refused, they carry the headers too.
    p = live.presenters[1]
    voter = live.reviewer_not_recused_from(p).token
    accepted = call("POST", f"/api/r/{voter}/ballots", json=ballot(live, p))
    refused = call("POST", f"/api/r/{voter}/ballots", json=ballot(live, p, value="1000"))
    assert (accepted.status_code, refused.status_code) == (200, 422)
    for resp in (accepted, refused):
        _assert_security_headers(resp)
        assert resp.headers["cache-control"] == "no-store"


def test_personal_pages_are_never_stored(live, call):
    token = live.reviewers[0].token
    for url in (f"/r/{token}", f"/api/r/{token}"):
        assert call("GET", url).headers["cache-control"] == "no-store"
    resp = call("POST", f"/api/r/{token}/ballots", json=ballot(live, live.presenters[1]))
    assert resp.headers["cache-control"] == "no-store"


def test_wrong_token_looks_exactly_like_a_missing_page(live, call):
    token = live.reviewers[0].token
    nowhere = call("GET", "/nowhere")
    assert nowhere.status_code == 404
    for wrong in (
        token[:-1],
        token.upper() if token.upper() != token else token.lower(),
        token + "x",
        "x" * 32,
    ):
        for method, url in [
            ("GET", f"/r/{wrong}"),
            ("GET", f"/api/r/{wrong}"),
            ("GET", f"/api/r/{wrong}/events"),
        ]:
            resp = call(method, url, address=("10.9.9.9", 1))
            assert (resp.status_code, resp.content) == (404, nowhere.content)
    resp = call(
        "POST", f"/api/r/{token[:-1]}/ballots", json=ballot(live, live.presenters[1]), address=("10.9.9.8", 1)
    )
    assert (resp.status_code, resp.content) == (404, nowhere.content)
    assert live.submissions() == 0


def test_token_guessing_is_slowed_per_address(live, call):
    token = live.reviewers[0].token
    guesser, neighbour = ("10.0.0.66", 4000), ("10.0.0.67", 4000)
    statuses = [call("GET", f"/api/r/guess-{i:04d}", address=guesser).status_code for i in range(25)]
    assert statuses[:20] == [404] * 20
    assert set(statuses[20:]) == {429}
    # Only wrong links are refused: a right token from that address is still served.
    assert call("GET", f"/api/r/{token}", address=guesser).status_code == 200
    assert call("GET", "/api/r/guess-more", address=guesser).json()["error"] == "too_many"
    # Another phone in the room is not affected.
    assert call("GET", f"/api/r/{token}", address=neighbour).status_code == 200


def test_declared_oversized_body_refused_before_reading(live, call):
    token = live.reviewers[0].token
    resp = call(
        "POST",
        f"/api/r/{token}/ballots",
        content=b"{" + b" " * (64 * 1024) + b"}",
        headers={"content-type": "application/json"},
    )
    assert resp.status_code == 413 and resp.json()["error"] == "too_large"


def test_streamed_oversized_body_without_length_is_cut_off(live, base):
    """Over a real socket: a chunked body that never declares its length is stopped at the cap."""
    token = live.reviewer_not_recused_from(live.presenters[1]).token

    def chunks():
        for _ in range(40):
            yield b" " * 4096

    resp = httpx.post(
        f"{base}/api/r/{token}/ballots", content=chunks(), headers={"content-type": "application/json"}
    )
    assert resp.status_code == 413 and resp.json()["error"] == "too_large"
    assert live.submissions() == 0


class _Keep(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append((record.name, record.getMessage()))


def test_tokens_stay_out_of_the_logs(live, base, capfd):
    kept = _Keep()
    access = logging.getLogger("uvicorn.access")
    root = logging.getLogger()
    access.addHandler(kept)  # as if someone switched uvicorn's access log on
    root.addHandler(kept)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    token = live.reviewer_not_recused_from(live.presenters[1]).token
    try:
        with httpx.Client(base_url=base) as client:
            assert client.get(f"/r/{token}").status_code == 200
            assert client.get(f"/api/r/{token}").status_code == 200
            resp = client.post(f"/api/r/{token}/ballots", json=ballot(live, live.presenters[1]))
            assert resp.status_code == 200
            assert client.get(f"/r/{token}x").status_code == 404
    finally:
        access.removeHandler(kept)
        root.removeHandler(kept)
        root.setLevel(old_level)
    server_side = [(name, line) for name, line in kept.lines if not name.startswith(("httpx", "httpcore"))]
    assert [line for name, line in server_side if name == "uvicorn.access"]  # the requests were logged...
    assert not [line for _, line in server_side if token in line]  # ...with the token blanked out
    out, err = capfd.readouterr()
    assert token not in out + err
