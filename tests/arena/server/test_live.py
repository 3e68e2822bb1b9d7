"""The server on a real socket on 127.0.0.1: start and stop, ports, the live feed, concurrent ballots."""

from __future__ import annotations

import asyncio
import json
import queue
import socket
import ssl
import threading
import time

import httpx
import pytest
from server_helpers import ballot

from arena.server import watcher as watcher_module
from arena.server.runner import THREAD_NAME, ReviewerServer


class FeedReader:
    """Follows one phone's event stream over a plain socket; `next_state()` returns each pushed state.

    A raw socket, so that `close()` really hangs up, as a phone dropping off the Wi-Fi does.
    """

    def __init__(self, url: str):
        parsed = httpx.URL(url)
        self.states: queue.Queue = queue.Queue()
        self._sock = socket.create_connection((parsed.host, parsed.port), timeout=30)
        self._sock.sendall(
            f"GET {parsed.raw_path.decode()} HTTP/1.1\r\nHost: {parsed.host}\r\n"
            "Accept: text/event-stream\r\n\r\n".encode()
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self):
        kind = None
        try:
            for raw in self._sock.makefile("rb"):
                line = raw.decode().rstrip("\r\n")
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: ") and kind == "state":
                    self.states.put(json.loads(line[6:]))
        except (OSError, ValueError):
            pass
        self.states.put(None)  # the stream ended

    def next_state(self, timeout=5.0):
        return self.states.get(timeout=timeout)

    def close(self):
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()


@pytest.fixture
def feed_of(base):
    readers = []

    def open_feed(reviewer):
        reader = FeedReader(f"{base}/api/r/{reviewer.token}/events")
        readers.append(reader)
        return reader

    yield open_feed
    for reader in readers:
        reader.close()


def test_server_runs_in_a_named_thread_and_stops_promptly(live):
    srv = ReviewerServer(live.path, host="127.0.0.1", port=0)
    port = srv.bind()
    assert port == srv.port and port > 0  # known before start, for the QR codes
    srv.start()
    assert srv.running
    assert THREAD_NAME in [t.name for t in threading.enumerate()]
    assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    srv.stop()  # asks uvicorn to exit, waits for the thread, forces it only after a grace period
    assert not srv.running and THREAD_NAME not in [t.name for t in threading.enumerate()]
    assert not srv._server.force_exit  # it stopped by itself: nothing had to be forced
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/")


def _listening_socket():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


def test_busy_port_moves_to_the_next_free_one(live):
    taken = _listening_socket()
    port = taken.getsockname()[1]
    srv = ReviewerServer(live.path, host="127.0.0.1", port=port, port_tries=10)
    try:
        got = srv.bind()
        assert got != port and port < got < port + 10
    finally:
        srv.stop()
        taken.close()


def test_busy_port_without_tries_left_is_a_clear_error(live):
    taken = _listening_socket()
    port = taken.getsockname()[1]
    srv = ReviewerServer(live.path, host="127.0.0.1", port=port, port_tries=1)
    try:
        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1 port {port}.*another program"):
            srv.bind()
    finally:
        taken.close()


def test_host_action_is_pushed_to_phones(live, monkeypatch):
    monkeypatch.setattr(watcher_module, "WATCH_S", 3600)  # no watching: only the change notice can bring it
    p = live.presenters[1]
    with ReviewerServer(live.path, host="127.0.0.1", port=0) as srv:
        reader = FeedReader(f"http://127.0.0.1:{srv.port}/api/r/{live.reviewers[0].token}/events")
        try:
            assert reader.next_state()["scoring"][str(p.id)] == "open"
            live.session.close_scoring([p.id])
            srv.state_changed()
            assert reader.next_state(timeout=3)["scoring"][str(p.id)] == "closed"
        finally:
            reader.close()


@pytest.fixture
def quick_poll(monkeypatch):
    """The file watcher every 0.1 s instead of every second: the same path, a test that waits less."""
    monkeypatch.setattr(watcher_module, "WATCH_S", 0.1)


def test_host_action_from_another_process_reaches_phones_by_the_file_watcher(live, quick_poll):
    """`arena serve` + a host acting on the file from elsewhere: no change notice reaches the server."""
    nxt = live.presenters[2]
    with ReviewerServer(live.path, host="127.0.0.1", port=0) as srv:  # not hearing live.session's notice
        reader = FeedReader(f"http://127.0.0.1:{srv.port}/api/r/{live.reviewers[0].token}/events")
        try:
            _host_elsewhere_reaches(live, nxt, reader)
        finally:
            reader.close()


def _host_elsewhere_reaches(live, nxt, reader):
    reader.next_state()
    live.open(nxt)  # the host's own connection, never telling the server: two commits (goto, open)
    state = reader.next_state(timeout=10)
    if state["scoring"][str(nxt.id)] != "open":  # the watcher looked between the two commits
        state = reader.next_state(timeout=10)
    assert state["current_presenter_id"] == nxt.id
    assert state["scoring"][str(nxt.id)] == "open"


def test_phone_count_is_reported_to_the_host(live, server, events, feed_of):
    reader = feed_of(live.reviewers[0])
    reader.next_state()
    assert {"type": "phones", "count": 1} in events
    reader.close()
    deadline = time.monotonic() + 5
    while events[-1] != {"type": "phones", "count": 0} and time.monotonic() < deadline:
        time.sleep(0.05)
    assert events[-1] == {"type": "phones", "count": 0}


def test_stop_ends_open_streams(live, feed_of, base, server):
    reader = feed_of(live.reviewers[0])
    reader.next_state()
    server.stop()
    assert not server._server.force_exit  # the open stream did not hold the server up
    assert reader.next_state(timeout=3) is None  # the stream ended; the phone will reconnect


async def _post_all(base, requests, clients=30):
    """Every request at once, each on its own connection, spread over a few clients as phones would be.

    (One httpx client queueing hundreds of requests spends seconds in its pool bookkeeping; the clients
    share one TLS context, unused on plain HTTP, which httpx would otherwise build for each at 20 ms.)
    """
    tls = ssl.create_default_context()

    async def one_client(share):
        limits = httpx.Limits(max_connections=len(share), max_keepalive_connections=len(share))
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30, verify=tls) as client:
            return await asyncio.gather(*(client.post(url, json=body) for url, body in share))

    shares = [requests[i::clients] for i in range(clients)]
    answers = await asyncio.gather(*(one_client(share) for share in shares if share))
    return [response for answer in answers for response in answer]


def test_hundred_concurrent_replays_of_one_id_give_one_ballot(live, base, events):
    p = live.presenters[1]
    reviewer = live.reviewer_not_recused_from(p)
    body = ballot(live, p, "replay-000001", "9.5")
    responses = asyncio.run(_post_all(base, [(f"/api/r/{reviewer.token}/ballots", body)] * 100))
    assert [r.status_code for r in responses] == [200] * 100
    assert len({r.json()["receipt"] for r in responses}) == 1
    assert sum(not r.json()["duplicate"] for r in responses) == 1
    assert live.submissions() == 1
    assert sum(not e["duplicate"] for e in events if e["type"] == "ballot") == 1


def test_many_reviewers_at_once_each_counted_exactly_once(live, base):
    live.session.open_scoring()  # the "all at the end" ballot: every presenter open
    requests = []
    for r in live.reviewers:
        for p in live.presenters:
            if p.name not in r.recuse:
                requests.append(
                    (f"/api/r/{r.token}/ballots", ballot(live, p, f"c{r.id:03d}-{p.id:03d}-x", "8"))
                )
    responses = asyncio.run(_post_all(base, requests + requests[:50]))  # and 50 retries mixed in
    assert {r.status_code for r in responses} == {200}
    assert live.submissions() == len(requests)
    assert len(live.store.submitted_pairs()) == len(requests)
    assert live.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restart_keeps_the_port_and_the_feed_works_again(live, server, feed_of):
    port = server.port
    server.stop()
    server.start()
    assert server.port == port  # the QR codes stay right
    reader = feed_of(live.reviewers[0])
    assert reader.next_state()["scoring"][str(live.presenters[1].id)] == "open"
    live.session.close_scoring([live.presenters[1].id])
    server.state_changed()
    assert reader.next_state(timeout=2)["scoring"][str(live.presenters[1].id)] == "closed"
