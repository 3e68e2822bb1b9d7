"""The read-only screen over real HTTP on 127.0.0.1: the secret link, headers, every scene, no early scores."""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import socket
import threading
import time
from decimal import Decimal

import httpx
import pytest
from server_helpers import Live, ballot

from arena.demo import write_demo
from arena.model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules
from arena.server import screen as screen_module
from arena.server import watcher as watcher_module
from arena.server.runner import ReviewerServer
from arena.session import Session
from arena.store import BallotIn, Store
from arena.tally import fmt_score, tally

WRONG = "0" * 48


class ScreenFeed:
    """Follows the screen's event stream over a plain socket; keeps every event's raw data."""

    def __init__(self, url: str):
        parsed = httpx.URL(url)
        self.events: queue.Queue = queue.Queue()
        self.raw: list[str] = []
        self._sock = socket.create_connection((parsed.host, parsed.port), timeout=30)
        self._sock.sendall(
            f"GET {parsed.raw_path.decode()} HTTP/1.1\r\nHost: {parsed.host}\r\n"
            "Accept: text/event-stream\r\n\r\n".encode()
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        kind = None
        try:
            for raw in self._sock.makefile("rb"):
                line = raw.decode().rstrip("\r\n")
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: "):
                    self.raw.append(line[6:])
                    self.events.put((kind, json.loads(line[6:])))
        except (OSError, ValueError):
            pass
        self.events.put((None, None))

    def until(self, predicate, timeout=5.0):
        """The first state event that satisfies `predicate` (fails after `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        while True:
            kind, data = self.events.get(timeout=max(0.01, deadline - time.monotonic()))
            assert kind is not None, "the stream ended"
            if kind == "state" and predicate(data):
                return data

    def close(self):
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)  # the reader's file object keeps the socket open otherwise
        self._sock.close()


@pytest.fixture
def scored(tmp_path):
    """The demo with every ballot in, started, on a real server."""
    path = tmp_path / "scored.arena"
    write_demo(path, ballots=True).close()
    live = Live(path)
    srv = ReviewerServer(path, host="127.0.0.1", port=0)
    srv.start()
    live.base = f"http://127.0.0.1:{srv.port}"
    live.screen = f"{live.base}/api/screen/{live.store.screen_token()}"
    live.server = srv
    yield live
    srv.stop()
    live.store.close()


def get_view(live) -> dict:
    response = httpx.get(live.screen)
    assert response.status_code == 200
    return response.json()


# -- the secret link --------------------------------------------------------------------------------


def test_the_screen_link_opens_the_page_and_a_wrong_one_is_the_reviewers_404(live, base):
    token = live.store.screen_token()
    with httpx.Client(base_url=base) as client:
        page = client.get(f"/screen/{token}")
        assert page.status_code == 200 and "screen.js" in page.text
        reviewer_miss = client.get(f"/r/{WRONG}")
        for path in (
            f"/screen/{WRONG}",
            f"/screen/{token[:-1]}",
            f"/screen/{token}0",
            f"/api/screen/{WRONG}",
            f"/api/screen/{WRONG}/events",
            f"/screen/{token.upper()}",
        ):
            miss = client.get(path)
            assert (miss.status_code, miss.content) == (404, reviewer_miss.content), path
        # A reviewer's token is not the screen's, nor the other way round.
        reviewer = live.reviewers[0].token
        assert client.get(f"/screen/{reviewer}").status_code == 404
        assert client.get(f"/r/{token}").status_code == 404


def test_wrong_screen_links_count_toward_the_same_brake_as_reviewers_links(live, base):
    token = live.store.screen_token()
    reviewer = live.reviewers[0].token
    with httpx.Client(base_url=base) as client:
        for i in range(10):
            assert client.get(f"/screen/{i:048x}").status_code == 404
        for i in range(10):
            assert client.get(f"/r/{i:048x}").status_code == 404
        # 20 misses from this address, half on each kind of link: now wrong links of both kinds get 429,
        # and right links are still served.
        assert client.get(f"/screen/{0:048x}").json()["error"] == "too_many"
        assert client.get(f"/r/{0:048x}").json()["error"] == "too_many"
        assert client.get(f"/screen/{token}").status_code == 200
        assert client.get(f"/api/screen/{token}").status_code == 200
        assert client.get(f"/r/{reviewer}").status_code == 200


def test_the_screen_carries_the_phone_pages_security_headers(live, base):
    token = live.store.screen_token()
    with httpx.Client(base_url=base) as client:
        phone = client.get(f"/r/{live.reviewers[0].token}")
        for path in (f"/screen/{token}", f"/api/screen/{token}", f"/screen/{WRONG}"):
            response = client.get(path)
            for header in (
                "content-security-policy",
                "x-content-type-options",
                "x-frame-options",
                "cross-origin-opener-policy",
            ):
                assert response.headers[header] == phone.headers[header], (path, header)
            assert response.headers["referrer-policy"] == "no-referrer"
            assert response.headers["cache-control"] == "no-store"
        with client.stream("GET", f"/api/screen/{token}/events") as events:
            assert events.headers["content-type"].startswith("text/event-stream")
            assert events.headers["cache-control"] == "no-store"
            assert events.headers["referrer-policy"] == "no-referrer"
        script = client.get("/screen/static/screen.js")
        assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
        assert client.get("/screen/static/screen.css").headers["content-type"].startswith("text/css")
        assert client.get("/screen/static/demo.json").status_code == 404


def test_the_screen_token_stays_out_of_the_access_log(live, base):
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    access = logging.getLogger("uvicorn.access")
    keep = Keep(logging.DEBUG)
    access.addHandler(keep)
    old_level = access.level
    access.setLevel(logging.DEBUG)
    token = live.store.screen_token()
    try:
        assert httpx.get(f"{base}/screen/{token}").status_code == 200
        assert httpx.get(f"{base}/api/screen/{token}").status_code == 200
    finally:
        access.removeHandler(keep)
        access.setLevel(old_level)
    assert any("/screen/<token>" in line for line in records)
    assert not [line for line in records if token in line]


# -- every scene follows the session ----------------------------------------------------------------


def test_every_scene_follows_the_hosts_actions(scored):
    live, contest = scored, scored.contest
    view = get_view(live)
    assert (view["scene"], view["title"], view["date"], view["venue"]) == (
        "welcome",
        contest.title,
        contest.date,
        contest.venue,
    )

    second, third = live.presenters[1], live.presenters[2]
    live.session.goto(second.id)
    view = get_view(live)
    assert view["scene"] == "presenting"
    assert view["presenter"] == {"name": second.name, "speaker": second.speaker, "unit": second.unit}
    assert view["position"] == [2, len(live.presenters)] and view["next"] == third.name
    assert view["timer"]["remaining_s"] == second.time_limit_seconds and not view["timer"]["running"]

    live.session.start_timer()
    timer = get_view(live)["timer"]
    assert timer["running"] and timer["remaining_s"] <= second.time_limit_seconds
    # The page ticks on its own: "remaining at a server time", and the server's clock now (later).
    assert timer["at_ms"] <= get_view(live)["now_ms"]

    live.session.open_scoring([second.id])
    view = get_view(live)
    eligible = tally(live.store).result_of(second.id).eligible
    assert (view["scene"], view["presenter"]["name"], view["done"], view["total"]) == (
        "scoring",
        second.name,
        eligible,
        eligible,
    )  # the demo's ballots are all in
    assert view["status"] == "all_in"

    live.session.set_scene("blank")
    assert {k for k in get_view(live)} == {"scene", "version", "title", "now_ms"}

    live.session.set_scene("ranking")
    view = get_view(live)
    expected = tally(live.store)
    assert [row["name"] for row in view["rows"]] == [r.presenter.name for r in expected.presenters]
    assert [row["score"] for row in view["rows"]] == [fmt_score(r.score) for r in expected.presenters]
    assert view["provisional"] is True
    live.session.close_contest()
    assert get_view(live)["provisional"] is False


@pytest.fixture
def no_watcher(monkeypatch):
    """The file watcher asleep for an hour: only the change notice can bring a change (set before `base`)."""
    monkeypatch.setattr(watcher_module, "WATCH_S", 3600)


def test_the_scoring_count_follows_each_phones_ballot(live, no_watcher, base, events):
    token = live.store.screen_token()
    p = live.presenters[1]
    feed = ScreenFeed(f"{base}/api/screen/{token}/events")
    try:
        view = feed.until(lambda v: v["scene"] == "scoring")
        assert view["done"] == 0 and view["status"] == "open"
        reviewers = [r for r in live.reviewers if p.name not in r.recuse][:3]
        for n, reviewer in enumerate(reviewers, start=1):
            response = httpx.post(
                f"{base}/api/r/{reviewer.token}/ballots", json=ballot(live, p, client_id=f"screen-test-{n}")
            )
            assert response.status_code == 200
            # Pushed by the change notice: the file watcher is asleep for an hour.
            view = feed.until(lambda v, n=n: v["scene"] == "scoring" and v["done"] == n)
        assert view["total"] == len(live.reviewers) - sum(p.name in r.recuse for r in live.reviewers)
        assert not [e for e in events if e.get("type") == "phones"]  # a wall is not a reviewer's phone
    finally:
        feed.close()


def test_the_view_is_computed_once_per_change_not_per_request(scored):
    scored.session.set_scene("ranking")
    screen = scored.server.app.state.screen
    get_view(scored)
    built = screen.rebuilds
    for _ in range(5):
        get_view(scored)
    assert screen.rebuilds == built  # nothing changed: the cached view, no tally
    scored.session.set_scene("results")
    get_view(scored)
    get_view(scored)
    assert screen.rebuilds == built + 1


def test_a_provisional_ranking_follows_ballots_and_host_actions_show_at_once(live, base, monkeypatch):
    token = live.store.screen_token()
    p = live.presenters[1]
    live.session.set_scene("ranking")
    feed = ScreenFeed(f"{base}/api/screen/{token}/events")
    try:
        view = feed.until(lambda v: v["scene"] == "ranking")
        assert view["provisional"] and all(row["score"] is None for row in view["rows"])
        reviewer = live.reviewer_not_recused_from(p)
        assert httpx.post(f"{base}/api/r/{reviewer.token}/ballots", json=ballot(live, p)).status_code == 200
        # Ballots alone re-tally at most once a second: within two, the ranking has the new score.
        view = feed.until(lambda v: v["scene"] == "ranking" and v["rows"][0]["score"] is not None, timeout=3)
        assert view["rows"][0]["name"] == p.name and view["rows"][0]["rank"] == 1
        # From now on ballots alone would wait an hour to re-tally: a host action right after a ballot
        # still shows, so it is not held back with them (no clock needed to tell).
        monkeypatch.setattr(screen_module, "TALLY_EVERY_S", 3600)
        assert (
            httpx.post(
                f"{base}/api/r/{reviewer.token}/ballots", json=ballot(live, p, "again-0001", "9")
            ).status_code
            == 200
        )
        live.session.set_scene("scoring")
        feed.until(lambda v: v["scene"] == "scoring")
    finally:
        feed.close()


# -- no score before its reveal ---------------------------------------------------------------------


def test_no_result_reaches_the_network_before_its_reveal_step(scored):
    live = scored
    results = tally(live.store).presenters
    last_to_first = list(reversed(results))
    scores = {r.presenter.name: fmt_score(r.score) for r in results}
    feed = ScreenFeed(live.screen + "/events")
    try:
        live.session.goto(live.presenters[0].id)
        live.session.open_scoring([live.presenters[0].id])
        live.session.close_contest()
        live.session.set_scene("results")
        for step in range(len(results) + 1):
            if step:
                live.session.reveal_next()
            pushed = feed.until(lambda v, step=step: v["scene"] == "results" and len(v["revealed"]) == step)
            for text in (json.dumps(pushed, ensure_ascii=False), httpx.get(live.screen).text):
                shown = last_to_first[:step]
                hidden = last_to_first[step:]
                assert all(scores[r.presenter.name] in text and r.presenter.name in text for r in shown)
                assert not [r for r in hidden if scores[r.presenter.name] in text], step
                assert not [r for r in hidden if f'"{r.presenter.name}"' in text], step
            assert [row["name"] for row in pushed["revealed"]] == [
                r.presenter.name for r in last_to_first[:step]
            ]
    finally:
        feed.close()
    # Nothing sent before the reveal began carried any score at all.
    before_results = [raw for raw in feed.raw if '"scene":"results"' not in raw]
    assert before_results and not [raw for raw in before_results if any(s in raw for s in scores.values())]


def tied_contest(path) -> None:
    """Three presenters; two get identical ballots from everyone, so they share second place."""
    contest = Contest(
        title="Tie",
        scoring=ScoringRules(method="mean"),
        criteria=(Criterion("Overall", Decimal(100), Decimal(1)),),
        groups=(Group("Panel"),),
        reviewers=tuple(Reviewer(f"R{i}", "Panel") for i in range(3)),
        presenters=(Presenter("Alpha"), Presenter("Beta"), Presenter("Gamma")),
    )
    store = Store.create(path, contest)
    crit = store.criteria()[0].id
    points = {"Alpha": 80, "Beta": 90, "Gamma": 80}
    store.record_ballots(
        [
            BallotIn(r.id, p.id, {crit: points[p.name]}, f"{r.id}-{p.id}")
            for r in store.reviewers()
            for p in store.presenters()
        ],
        "demo",
    )
    Session(store).set_scene("ranking")
    store.close()


def test_shared_ranks_are_sent_as_shared(tmp_path):
    path = tmp_path / "tie.arena"
    tied_contest(path)
    with Store.open(path) as store:
        token = store.screen_token()
    srv = ReviewerServer(path, host="127.0.0.1", port=0)
    srv.start()
    try:
        view = httpx.get(f"http://127.0.0.1:{srv.port}/api/screen/{token}").json()
    finally:
        srv.stop()
    assert [(r["name"], r["rank"], r["shared"]) for r in view["rows"]] == [
        ("Beta", 1, False),
        ("Alpha", 2, True),
        ("Gamma", 2, True),
    ]


# -- the link, from the command line ------------------------------------------------------------------


def test_arena_links_tells_the_screen_link_and_it_opens_the_screen(live, base, capsys):
    from arena.cli import main

    assert main(["links", str(live.path), "--base", base]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == len(live.reviewers)  # stdout stays one line per reviewer
    link = f"{base}/screen/{live.store.screen_token()}"
    assert link in err
    assert main(["links", str(live.path), "--base", base + "/", "--screen"]) == 0
    assert capsys.readouterr().out.strip() == link
    page = httpx.get(link)
    assert page.status_code == 200 and "screen.js" in page.text


def test_a_change_first_seen_by_a_page_read_still_reaches_every_screen_on_the_feed(scored):
    """Two screens: one re-reads the page's state right after the host acts, the other only listens.

    The read must not swallow the change: the listening screen hears of it all the same.
    """
    live = scored
    feed = ScreenFeed(live.screen + "/events")
    try:
        feed.until(lambda v: v["scene"] == "welcome")
        for presenter in live.presenters[:4]:
            live.session.goto(presenter.id)
            assert get_view(live)["presenter"]["name"] == presenter.name  # the read comes first
            feed.until(lambda v, name=presenter.name: v.get("presenter", {}).get("name") == name, timeout=3)
    finally:
        feed.close()
