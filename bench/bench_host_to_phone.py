"""Host action -> phone: how long a host action takes to reach every phone's live feed (loopback only).

    python bench/bench_host_to_phone.py [--phones 50 --actions 40]

1. Same process: the host's Session and the reviewers' server share one change notice (as in the
   console); the server runs in its thread here. Each action (open or close the current
   presenter's scoring) is timed from just before the action to the moment each phone's
   server-sent event carrying the new session version has been read.
2. Other process: `arena serve` in its own process; the host acts on the file from this process
   (as the CLI would), so only the server's file watcher can find the change.

Prints p50, p95 and the worst per run. Targets (issue 10): p95 under 100 ms in the same process,
under 1 s from another process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arena.changes import Changes
from arena.demo import write_demo
from arena.server.child import free_port, serve_in_child, stop
from arena.server.runner import ReviewerServer
from arena.session import Session


class Phone(threading.Thread):
    """One phone's live feed, read line by line; records when each session version arrived."""

    def __init__(self, port: int, token: str):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(f"GET /api/r/{token}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        self.seen: dict[int, float] = {}
        self.changed = threading.Condition()

    def run(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            now = time.perf_counter()
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                if line.startswith(b"data: "):
                    try:
                        version = json.loads(line[6:])["version"]
                    except (ValueError, KeyError):
                        continue
                    with self.changed:
                        self.seen.setdefault(version, now)
                        self.changed.notify_all()

    def wait_for(self, version: int, timeout: float = 10.0) -> float | None:
        deadline = time.monotonic() + timeout
        with self.changed:
            while version not in self.seen:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.changed.wait(left)
            return self.seen[version]


def run(path: Path, port: int, session: Session, phones: int, actions: int) -> list[float]:
    contest = session.store.contest()
    readers = [Phone(port, r.token) for r in contest.reviewers[:phones]]
    for reader in readers:
        reader.start()
    time.sleep(0.5)  # every feed open
    current = session.state().current_presenter_id
    pick = random.Random(1)
    latencies = []
    for i in range(actions):
        time.sleep(pick.uniform(0.05, 0.3))
        started = time.perf_counter()
        state = session.close_scoring([current]) if i % 2 == 0 else session.open_scoring([current])
        for reader in readers:
            arrived = reader.wait_for(state.version)
            latencies.append(float("inf") if arrived is None else arrived - started)
    for reader in readers:
        reader.sock.close()
    return latencies


def report(name: str, latencies: list[float], target_ms: float) -> None:
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(
        f"{name}: {len(ordered)} deliveries, p50 {1000 * statistics.median(ordered):7.1f} ms, "
        f"p95 {1000 * p95:7.1f} ms, worst {1000 * ordered[-1]:7.1f} ms (target p95 < {target_ms:.0f} ms)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--actions", type=int, default=30)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "same.arena"
        store = write_demo(path)
        changes = Changes()
        session = Session(store, changes=changes)
        session.start()
        session.goto(store.contest().presenters[0].id)
        with ReviewerServer(path, host="127.0.0.1", port=0, changes=changes) as server:
            report("same process ", run(path, server.port, session, args.phones, args.actions), 100)
        store.close()

        path = Path(tmp) / "other.arena"
        store = write_demo(path)
        session = Session(store)  # publishes to nobody the server can hear
        session.start()
        session.goto(store.contest().presenters[0].id)
        port = free_port()
        proc = serve_in_child(path, port)
        try:
            report("other process", run(path, port, session, args.phones, args.actions), 1000)
        finally:
            stop(proc)
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
