"""The outside probe's findings (issue 10), each replayed over real HTTP on 127.0.0.1.

The findings: a right link refused after wrong ones, half-sent requests held for ever, streams
without limit, a second device's ballot silently replacing the first, a full disk answered as
"busy", a failed COMMIT left open, receipts that count the room's ballots, the Host header
echoed, 405 without Allow, a 60 KB mark echoed back, and a latin-1 body read as UTF-8. (The
marks themselves: tests/arena/test_intake.py.)

Run against the code the probe found (commit 75e22ca): the lockout, superseded, receipt, Host,
Allow, huge-mark, charset and failed-COMMIT tests fail on the behaviour itself; the read-deadline,
connection-cap and feed-cap tests fail because that server had no such limit to set; the two
disk-full tests need a fixture that tree lacks (it answered a full disk with 503 "busy").
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import socket
import sqlite3
import time

import httpx
import pytest
from conftest_disk import fill as _fill
from server_helpers import Live, ballot

from arena.server.runner import ReviewerServer
from arena.store import StorageFull, Store

WAIT_S = 15.0  # the longest any bounded loop below waits for the server to act


def _closed_by_server(socks: list[socket.socket], within: float = WAIT_S) -> int:
    """How many of these connections the server closes within `within` s (all waited on together)."""
    deadline = time.monotonic() + within
    waiting, closed = list(socks), 0
    while waiting and time.monotonic() < deadline:
        readable, _, _ = select.select(waiting, [], [], 0.1)
        for sock in readable:
            try:
                data = sock.recv(1024)
            except ConnectionResetError:
                data = b""
            if data == b"":
                closed += 1
                waiting.remove(sock)
    return closed


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
def limited(live, events):
    """The server with short read deadlines and small caps, so that the limits show in a test."""
    srv = ReviewerServer(
        live.path,
        notify=events.append,
        host="127.0.0.1",
        port=0,
        read_timeout_s=0.5,
        max_connections=40,
        streams_per_token=2,
    )
    srv.start()
    yield srv
    srv.stop()


def test_wrong_links_never_lock_out_a_right_one_from_the_same_address(live, base):
    """A screen tab left open on an old link, or a neighbour behind the same NAT address."""
    reviewer = live.reviewer_not_recused_from(live.presenters[1])
    screen = live.store.screen_token()
    with httpx.Client(base_url=base) as client:
        statuses = [client.get(f"/api/screen/{i:048x}").status_code for i in range(30)]
        assert set(statuses[:20]) == {404} and set(statuses[20:]) == {429}  # wrong links are braked
        assert client.get(f"/screen/{screen}").status_code == 200
        assert client.get(f"/api/r/{reviewer.token}").status_code == 200
        sent = client.post(f"/api/r/{reviewer.token}/ballots", json=ballot(live, live.presenters[1]))
        assert sent.status_code == 200, sent.text


def test_half_sent_requests_are_closed_after_the_read_deadline(live, limited):
    port = limited.port
    before = _open_fds()
    token = live.reviewers[0].token
    halves = [
        b"POST /api/r/",  # half a request line
        f"POST /api/r/{token}/ballots HTTP/1.1\r\nHost: x\r\nContent-Ty".encode(),  # half the headers
        f"POST /api/r/{token}/ballots HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f'Content-Length: 500\r\n\r\n{{"client_id": '.encode(),  # half a body
        b"",  # nothing at all
    ]
    socks = []
    for i in range(30):
        sock = socket.create_connection(("127.0.0.1", port))
        if halves[i % 4]:
            sock.sendall(halves[i % 4])
        socks.append(sock)
    try:
        assert _closed_by_server(socks) == len(socks)
    finally:
        for s in socks:
            s.close()
    deadline = time.monotonic() + WAIT_S
    while _open_fds() > before + 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _open_fds() <= before + 5  # the server let go of its side too
    assert live.submissions() == 0


def test_open_connections_are_capped_and_the_server_keeps_serving(live):
    srv = ReviewerServer(live.path, host="127.0.0.1", port=0, read_timeout_s=60, max_connections=40)
    srv.start()
    try:
        socks = [socket.create_connection(("127.0.0.1", srv.port)) for _ in range(60)]
        try:
            for s in socks:
                s.sendall(b"GET / HTTP/1.1\r\n")  # started, never finished
            assert (
                _closed_by_server(socks[:35], within=1.0) == 0
            )  # under the cap: kept (the deadline is 60 s)
            assert _closed_by_server(socks[45:]) == 15  # beyond the cap: closed at once
        finally:
            for s in socks:
                s.close()
        assert httpx.get(f"http://127.0.0.1:{srv.port}/").status_code == 200
    finally:
        srv.stop()


def _open_feed(port: int, token: str) -> tuple[socket.socket, int]:
    """A live feed opened by hand: the socket and the status line's code."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT_S)
    sock.sendall(f"GET /api/r/{token}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    head = b""
    while b"\r\n" not in head:
        head += sock.recv(1024)
    return sock, int(head.split()[1])


def test_live_feeds_are_capped_per_link(live, limited):
    token = live.reviewers[0].token
    first, second = _open_feed(limited.port, token), _open_feed(limited.port, token)
    assert (first[1], second[1]) == (200, 200)
    third = httpx.get(f"http://127.0.0.1:{limited.port}/api/r/{token}/events")
    assert third.status_code == 429 and third.json()["error"] == "too_many_streams"
    other = _open_feed(limited.port, live.reviewers[1].token)  # another reviewer is not affected
    assert other[1] == 200
    first[0].close()
    # One closed: the link may open a feed again once the server has noticed.
    deadline = time.monotonic() + WAIT_S
    again = _open_feed(limited.port, token)
    while again[1] != 200 and time.monotonic() < deadline:
        again[0].close()
        time.sleep(0.05)
        again = _open_feed(limited.port, token)
    assert again[1] == 200
    for sock, _ in (second, other, again):
        sock.close()


def test_a_later_ballot_from_another_device_tells_the_first_its_marks_were_replaced(live, base):
    p = live.presenters[1]
    token = live.reviewer_not_recused_from(p).token
    phone = httpx.post(f"{base}/api/r/{token}/ballots", json=ballot(live, p, "device-a-0001", "10"))
    tablet = httpx.post(f"{base}/api/r/{token}/ballots", json=ballot(live, p, "device-b-0001", "9"))
    assert (phone.status_code, tablet.status_code) == (200, 200)
    mine = httpx.get(f"{base}/api/r/{token}").json()["ballots"][str(p.id)]
    assert mine["receipt"] == tablet.json()["receipt"]
    assert mine["superseded"] == [phone.json()["receipt"]]  # the phone's page shows "superseded"


def test_receipts_do_not_count_the_rooms_ballots(live, base):
    p = live.presenters[1]
    free = [r for r in live.reviewers if p.name not in r.recuse][:5]
    answers = [
        httpx.post(f"{base}/api/r/{r.token}/ballots", json=ballot(live, p, f"count-{r.id:04d}")) for r in free
    ]
    for n, answer in enumerate(answers, start=1):
        body = answer.json()
        assert "submission_id" not in body
        assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}", body["receipt"])
        assert not body["receipt"].startswith(f"{n:04d}")
    state = httpx.get(f"{base}/api/r/{free[-1].token}").json()
    assert "submission_id" not in json.dumps(state)


def test_the_host_header_is_never_echoed(live, base):
    token = live.reviewers[0].token
    for path in (f"/api/r/{token}/", f"/r/{token}/", "/static/phone.js/"):
        resp = httpx.get(f"{base}{path}", headers={"Host": "evil.example"})
        assert resp.status_code == 404
        assert "evil.example" not in resp.text and "evil.example" not in str(resp.headers)


def test_method_not_allowed_names_the_allowed_methods(live, base):
    resp = httpx.get(f"{base}/api/r/{live.reviewers[0].token}/ballots")
    assert resp.status_code == 405 and resp.json()["error"] == "method_not_allowed"
    assert resp.headers["allow"] == "POST"


def test_a_huge_mark_is_not_echoed_back(live, base):
    p = live.presenters[1]
    token = live.reviewer_not_recused_from(p).token
    body = ballot(live, p)
    body["marks"][str(live.criteria[0].id)] = "9" * 60_000
    resp = httpx.post(f"{base}/api/r/{token}/ballots", json=body)
    assert resp.status_code == 422 and resp.json()["error"] == "not_a_number"
    assert len(resp.content) < 300
    body["marks"] = {"9" * 60_000: "10"}
    resp = httpx.post(f"{base}/api/r/{token}/ballots", json=body)
    assert resp.status_code == 422 and len(resp.content) < 300


def test_a_declared_charset_other_than_utf8_is_refused(live, base):
    p = live.presenters[1]
    token = live.reviewer_not_recused_from(p).token
    content = json.dumps(ballot(live, p), ensure_ascii=False).encode("latin-1")
    for charset in ("latin-1", "iso-8859-1", "utf-16"):
        resp = httpx.post(
            f"{base}/api/r/{token}/ballots",
            content=content,
            headers={"content-type": f"application/json; charset={charset}"},
        )
        assert resp.status_code == 415 and resp.json()["error"] == "unsupported_media_type"
    ok = httpx.post(
        f"{base}/api/r/{token}/ballots",
        content=content,
        headers={"content-type": 'application/json; charset="UTF-8"'},
    )
    assert ok.status_code == 200
    assert live.submissions() == 1


def test_a_failed_commit_is_rolled_back(store):
    """COMMIT itself fails (a deferred rule broken); the connection must not stay inside the transaction."""
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute(
                "INSERT INTO scores (reviewer_id, presenter_id, criterion_id, value, submission_id)"
                " VALUES (2, 1, 1, 1, 999999)"  # a pair that may score: only COMMIT finds the fault
            )
    assert not store.conn.in_transaction
    with store.transaction():  # and the next write works
        store.log_action("after", {})
    assert store.conn.execute("SELECT count(*) FROM scores").fetchone()[0] == 0


def test_a_full_disk_is_its_own_answer_and_the_host_is_told(demo_path, small_disk):
    path = small_disk / "demo.arena"
    shutil.copy(demo_path, path)
    live = Live(path)
    p = live.presenters[1]
    live.open(p)
    free = [r for r in live.reviewers if p.name not in r.recuse]
    events: list[dict] = []
    srv = ReviewerServer(path, notify=events.append, host="127.0.0.1", port=0)
    srv.start()
    try:
        base = f"http://127.0.0.1:{srv.port}"
        assert (
            httpx.post(
                f"{base}/api/r/{free[0].token}/ballots", json=ballot(live, p, "before-0001")
            ).status_code
            == 200
        )
        filler = _fill(small_disk)
        answers = [
            httpx.post(f"{base}/api/r/{r.token}/ballots", json=ballot(live, p, f"full-{r.id:04d}", "9"))
            for r in free[1:40]
        ]
        refused = [a for a in answers if a.status_code != 200]
        assert refused, "the disk never filled up"
        assert {a.status_code for a in refused} == {507}
        assert {a.json()["error"] for a in refused} == {"storage_full"}
        assert any(e.get("type") == "storage_full" for e in events)  # the console's alarm
        filler.unlink()
        retry = httpx.post(f"{base}/api/r/{free[1].token}/ballots", json=ballot(live, p, "after-0001"))
        assert retry.status_code == 200
    finally:
        srv.stop()
        live.store.close()


def test_a_full_disk_in_the_hosts_own_transaction_is_storage_full(demo_path, small_disk):
    path = small_disk / "demo.arena"
    shutil.copy(demo_path, path)
    with Store.open(path) as store:
        _fill(small_disk)
        with pytest.raises(StorageFull):
            with store.transaction():
                for i in range(2000):
                    store.log_action("pad", {"text": "x" * 4000, "i": i})
        assert not store.conn.in_transaction
