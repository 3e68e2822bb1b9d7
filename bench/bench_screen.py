"""Benchmark: the read-only screen's push latency and the cost of rebuilding its view.

1. Push latency: the LAN server on 127.0.0.1 serves a contest of 240 reviewers;
   one screen follows /api/screen/<token>/events over a plain socket while 200
   ballots are posted one at a time over HTTP. For each ballot: from the phone's
   acknowledgement (the ballot is committed) to the screen receiving the state
   whose count includes it.
2. Rebuild cost: Screen.view() after a change of the file, in the scoring scene
   (counts only) and in the ranking scene (a full tally), for 30 reviewers and
   for 500 reviewers who have all scored. Ballots alone re-tally at most once
   a second (TALLY_EVERY_S), so this is the loop thread's cost per second at most.

Run: /work/venv/bin/python bench/bench_screen.py
"""

from __future__ import annotations

import dataclasses
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from arena.demo import demo_contest  # noqa: E402
from arena.model import Reviewer  # noqa: E402
from arena.server.room import Room  # noqa: E402
from arena.server.brake import GuessBrake  # noqa: E402
from arena.server.runner import ReviewerServer  # noqa: E402
from arena.server.screen import Screen  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import BallotIn, Store  # noqa: E402

SUBMISSIONS = 200


def room(reviewers: int):
    contest = demo_contest()
    groups = [g.name for g in contest.groups]
    people = tuple(Reviewer(f"评委{i:03d}", groups[i % len(groups)]) for i in range(reviewers))
    return dataclasses.replace(contest, reviewers=people)


def percentiles(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms (n={len(ms)})"


class Counts:
    """The `done` counts a screen receives, each with the time it arrived."""

    def __init__(self, host: str, port: int, path: str):
        self.arrived: dict[int, float] = {}
        self.changed = threading.Condition()
        self.sock = socket.create_connection((host, port), timeout=30)
        self.sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode()
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            for raw in self.sock.makefile("rb"):
                line = raw.decode().rstrip("\r\n")
                if line.startswith("data: ") and '"done"' in line:
                    done = json.loads(line[6:])["done"]
                    with self.changed:
                        self.arrived.setdefault(done, time.monotonic())
                        self.changed.notify_all()
        except OSError:
            pass

    def wait_for(self, done: int, timeout: float = 5.0) -> float:
        with self.changed:
            if not self.changed.wait_for(lambda: done in self.arrived, timeout):
                raise RuntimeError(f"the screen never showed {done} ballots")
            return self.arrived[done]


def push_latency(folder: Path) -> list[float]:
    path = folder / "push.arena"
    Store.create(path, room(240)).close()
    store = Store.open(path)
    session = Session(store)
    first = store.presenters()[0].id
    session.goto(first)
    session.open_scoring([first])
    criteria = store.criteria()
    # format "f": a normalized 20 is Decimal("2E+1"), which the phone page never sends and the server refuses
    marks = {str(c.id): format(c.from_units(int(c.max_units * Decimal("0.8"))), "f") for c in criteria}
    server = ReviewerServer(path, host="127.0.0.1", port=0)
    server.start()
    latencies = []
    try:
        counts = Counts("127.0.0.1", server.port, f"/api/screen/{store.screen_token()}/events")
        counts.wait_for(0)
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as phone:
            for i, reviewer in enumerate(store.reviewers()[:SUBMISSIONS]):
                body = {"client_id": f"bench-screen-{i}", "presenter_id": first, "marks": marks}
                response = phone.post(f"/api/r/{reviewer.token}/ballots", json=body)
                acknowledged = time.monotonic()
                response.raise_for_status()
                latencies.append(max(0.0, counts.wait_for(i + 1) - acknowledged))
                time.sleep(0.005)
        counts.sock.shutdown(socket.SHUT_RDWR)  # the reader's file object would keep it open
        counts.sock.close()
    finally:
        server.stop()
        store.close()
    return latencies


def rebuild_cost(path: Path, scene: str, rounds: int = 30) -> list[float]:
    store = Store.open(path)
    Session(store).set_scene(scene)
    room = Room(path)
    screen = Screen(room, GuessBrake())
    times = []
    for _ in range(rounds):
        screen._data_version = None  # as after any commit by another connection,
        screen._built_at = 0.0  # once the once-a-second limit on re-tallies has passed
        started = time.perf_counter()
        screen.view()
        times.append(time.perf_counter() - started)
    room.close()
    store.close()
    return times


def scored_room(folder: Path, reviewers: int) -> Path:
    path = folder / f"scored-{reviewers}.arena"
    store = Store.create(path, room(reviewers))
    criteria = store.criteria()
    ballots = [
        BallotIn(
            r.id,
            p.id,
            {c.id: (r.id * 7 + p.id * 3 + c.id) % (c.max_units + 1) for c in criteria},
            f"{r.id}-{p.id}",
        )
        for r in store.reviewers()
        for p in store.presenters()
    ]
    store.record_ballots(ballots, "demo")
    store.close()
    return path


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-screen-") as name:
        folder = Path(name)
        print(f"ballot acknowledged -> screen has the new count: {percentiles(push_latency(folder))}")
        for reviewers in (30, 500):
            path = scored_room(folder, reviewers)
            for scene in ("scoring", "ranking"):
                cost = percentiles(rebuild_cost(path, scene))
                print(f"view rebuild, {reviewers} reviewers x 8 presenters, {scene}: {cost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
