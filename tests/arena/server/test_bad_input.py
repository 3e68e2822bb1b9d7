"""Bad input from a phone: a clear 4xx with a stable code, nothing changed, never a 5xx."""

from __future__ import annotations

import json
import logging
import socket
import time

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_helpers import ballot

JSON = "application/json"


def _body(live, **changes):
    body = ballot(live, live.presenters[1])
    body.update(changes)
    return json.dumps(body, ensure_ascii=False).encode()


def _marks(live, **by_position):
    marks = live.marks("10")
    for position, value in by_position.items():
        marks[str(live.criteria[int(position[1:])].id)] = value
    return marks


CASES = {
    # name: (content type, body builder, status, code)
    "malformed json": (JSON, lambda live: b'{"client_id": ', 400, "malformed"),
    "empty body": (JSON, lambda live: b"", 400, "malformed"),
    "not utf-8": (JSON, lambda live: b'{"client_id": "\xff\xfe"}', 400, "malformed"),
    "bare NaN": (JSON, lambda live: _body(live).replace(b'"10"', b"NaN", 1), 400, "malformed"),
    "deep nesting": (JSON, lambda live: b"[" * 30000 + b"]" * 30000, 400, "malformed"),
    "huge integer literal": (
        JSON,
        lambda live: _body(live).replace(b'"10"', b"9" * 5000, 1),
        400,
        "malformed",
    ),
    "array": (JSON, lambda live: b"[1, 2]", 422, "invalid"),
    "null": (JSON, lambda live: b"null", 422, "invalid"),
    "presenter id as text": (JSON, lambda live: _body(live, presenter_id="2"), 422, "invalid"),
    "presenter id as bool": (JSON, lambda live: _body(live, presenter_id=True), 422, "invalid"),
    "presenter id as float": (JSON, lambda live: _body(live, presenter_id=2.0), 422, "invalid"),
    "huge presenter id": (JSON, lambda live: _body(live, presenter_id=10**40), 404, "unknown_presenter"),
    "negative presenter id": (JSON, lambda live: _body(live, presenter_id=-1), 404, "unknown_presenter"),
    "client id missing": (JSON, lambda live: _body(live, client_id=None), 422, "invalid"),
    "client id short": (JSON, lambda live: _body(live, client_id="abc"), 422, "invalid"),
    "client id unicode junk": (JSON, lambda live: _body(live, client_id="ab\u202e💥cdefgh"), 422, "invalid"),
    "client id lone surrogate": (
        JSON,
        lambda live: _body(live).replace(b"client-0001", b"client-\\ud800"),
        422,
        "invalid",
    ),
    "marks as list": (JSON, lambda live: _body(live, marks=[1, 2, 3, 4]), 422, "invalid"),
    "extra field": (JSON, lambda live: _body(live, admin=True), 422, "invalid"),
    "mark too big": (JSON, lambda live: _body(live, marks=_marks(live, c0="41")), 422, "out_of_range"),
    "mark negative": (JSON, lambda live: _body(live, marks=_marks(live, c0=-1)), 422, "out_of_range"),
    "mark off step": (JSON, lambda live: _body(live, marks=_marks(live, c0="10.3")), 422, "off_step"),
    "mark huge exponent": (
        JSON,
        lambda live: _body(live, marks=_marks(live, c0="1e999999999")),
        422,
        "not_a_number",
    ),
    "mark infinite float": (
        JSON,
        lambda live: _body(live).replace(b'"10"', b"1e400", 1),
        422,
        "not_a_number",
    ),
    "mark NaN string": (JSON, lambda live: _body(live, marks=_marks(live, c0="NaN")), 422, "not_a_number"),
    "mark Infinity string": (
        JSON,
        lambda live: _body(live, marks=_marks(live, c0="-Infinity")),
        422,
        "not_a_number",
    ),
    "mark junk": (JSON, lambda live: _body(live, marks=_marks(live, c0="十分\u0000")), 422, "not_a_number"),
    "mark bool": (JSON, lambda live: _body(live, marks=_marks(live, c0=True)), 422, "not_a_number"),
    "mark object": (JSON, lambda live: _body(live, marks=_marks(live, c0={"v": 1})), 422, "not_a_number"),
    "unknown criterion": (
        JSON,
        lambda live: _body(live, marks={**live.marks(), "💥": 1}),
        422,
        "unknown_criterion",
    ),
    "missing criterion": (
        JSON,
        lambda live: _body(live, marks=dict(list(live.marks().items())[1:])),
        422,
        "missing_criterion",
    ),
    "criterion twice by name and id": (
        JSON,
        lambda live: _body(live, marks={**live.marks(), live.criteria[0].name: "10"}),
        422,
        "duplicate_criterion",
    ),
    "criterion key twice": (
        JSON,
        lambda live: _body(live).replace(b'"1": "10"', b'"1": "10", "1": "11"'),
        422,
        "duplicate_criterion",
    ),
    "text/plain": ("text/plain", lambda live: _body(live), 415, "unsupported_media_type"),
    "form encoded": (
        "application/x-www-form-urlencoded",
        lambda live: b"client_id=x",
        415,
        "unsupported_media_type",
    ),
    "no content type": (None, lambda live: _body(live), 415, "unsupported_media_type"),
    "json-like type": (
        "application/json-patch+json",
        lambda live: _body(live),
        415,
        "unsupported_media_type",
    ),
    "oversized": (JSON, lambda live: b'{"pad": "' + b"x" * 70_000 + b'"}', 413, "too_large"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_ballot_refused_and_nothing_changes(live, call, events, case):
    content_type, build, status, code = CASES[case]
    reviewer = live.reviewer_not_recused_from(live.presenters[1])
    headers = {"content-type": content_type} if content_type else {}
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", content=build(live), headers=headers)
    assert resp.status_code == status, resp.text
    assert resp.json()["error"] == code
    assert resp.json()["message"]
    assert live.submissions() == 0 and live.store.submitted_pairs() == set()
    assert events == []


def test_charset_parameter_is_fine(live, call):
    reviewer = live.reviewer_not_recused_from(live.presenters[1])
    resp = call(
        "POST",
        f"/api/r/{reviewer.token}/ballots",
        content=_body(live),
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert resp.status_code == 200


def test_phone_hanging_up_mid_ballot_changes_nothing(live, base, caplog):
    """Over a real socket: half a body, then the Wi-Fi drops. No ballot, no error in the log, and the
    server goes on taking ballots."""
    p = live.presenters[1]
    token = live.reviewer_not_recused_from(p).token
    body = json.dumps(ballot(live, p, "client-half")).encode()
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as phone:
        phone.sendall(
            f"POST /api/r/{token}/ballots HTTP/1.1\r\nHost: {host}\r\nContent-Type: {JSON}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body[: len(body) // 2]
        )
        time.sleep(0.1)  # the server is now waiting for the rest of the body
    time.sleep(0.1)  # and has seen the connection go
    resp = httpx.post(f"{base}/api/r/{token}/ballots", json=ballot(live, p, "client-whole"))
    assert resp.status_code == 200
    rows = live.store.conn.execute("SELECT client_id FROM submissions").fetchall()
    assert rows == [("client-whole",)]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def _json_values():
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    envelope=st.fixed_dictionaries(
        {},
        optional={
            "client_id": st.text(max_size=30) | st.integers(),
            "presenter_id": st.integers() | st.text(max_size=4),
            "marks": st.dictionaries(
                st.sampled_from(["1", "2", "3", "4", "工作成效", "x", ""]), _json_values(), max_size=6
            )
            | _json_values(),
        },
    )
    | _json_values(),
    raw=st.binary(max_size=200),
    use_raw=st.booleans(),
)
def test_nothing_a_client_sends_yields_a_5xx(live, call, envelope, raw, use_raw):
    reviewer = live.reviewer_not_recused_from(live.presenters[1])
    content = raw if use_raw else json.dumps(envelope).encode()
    resp = call("POST", f"/api/r/{reviewer.token}/ballots", content=content, headers={"content-type": JSON})
    assert resp.status_code < 500, resp.text
    assert resp.status_code == 200 or set(resp.json()) == {"error", "message"}
