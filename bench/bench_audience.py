"""Load benchmark of the audience (issue 13): phones joining by the room link and voting, on loopback.

    python bench/bench_audience.py [--phones 1000] [--seconds 10] [--addresses 8]

A contest with an audience group (the vote form, votes rescaled so the top has 100, cap = --phones)
and eight presenters, all open, served by `arena serve` in its own process on 127.0.0.1. The
phones arrive at an even pace over --seconds (1,000 in 10 s: 100 a second); each one GETs the room
link's page, POSTs a join, then votes for one presenter (drawn at random) and stops. Phones come
from --addresses loopback source addresses (127.0.0.2 ...), as a room's phones come from several
addresses; the per-address join bucket lets each address's burst through.

Prints: joins/s over the run, joins refused, votes acknowledged and votes stored in the file (must
be equal, 0 lost), and p50 / p99 of the join and of the vote at that pace.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import free_port, read_response, start_arena, stop  # noqa: E402

from arena.session import Session  # noqa: E402
from arena.setup import parse_setup  # noqa: E402
from arena.store import Store  # noqa: E402


def make_contest(path: Path, phones: int) -> tuple[str, list[int]]:
    setup = {
        "title": "大众评审负载测试",
        "criteria": [{"name": "A", "max": 60, "step": 1}, {"name": "B", "max": 40, "step": 1}],
        "groups": [{"name": "专家", "weight": 70}],
        "audience": {"weight": 30, "ballot": "vote", "aggregate": "votes_top", "cap": phones},
        "reviewers": [{"name": f"专家{i}", "group": "专家"} for i in range(1, 6)],
        "presenters": [{"name": f"产业链{i}"} for i in range(1, 9)],
    }
    with Store.create(path, parse_setup(setup)) as store:
        session = Session(store)
        session.start()
        ids = [p.id for p in store.contest().presenters]
        session.open_scoring(ids)
        return store.audience_state()["room_token"], ids


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


# A small HTTP/1.1 keep-alive client, as bench_server.py's: httpx costs more CPU than the server under test.


async def exchange(reader, writer, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    data = b"" if body is None else json.dumps(body).encode()
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(data)}\r\n"
    if body is not None:
        head += "Content-Type: application/json\r\n"
    writer.write(head.encode() + b"\r\n" + data)
    await writer.drain()
    status, payload = await read_response(reader)
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, {}


async def phone(port, address, room, presenters, start_at, t0, out):
    await asyncio.sleep(max(0.0, start_at - (time.monotonic() - t0)))
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(address, 0))
    try:
        await exchange(reader, writer, "GET", f"/a/{room}")  # the room link's page
        began = time.monotonic()
        status, answer = await exchange(reader, writer, "POST", f"/api/a/{room}/join", {})
        out["join_ms"].append((time.monotonic() - began) * 1000)
        if status != 200:
            out["refused"].append(answer.get("error"))
            return
        out["joined_at"].append(time.monotonic() - t0)
        token = answer["token"]
        body = {
            "client_id": f"aud-{uuid.uuid4().hex}",
            "presenter_id": random.choice(presenters),
            "marks": {"投票": "1"},
        }
        for _attempt in range(5):  # a phone resends with the same client id until it hears back
            began = time.monotonic()
            status, answer = await exchange(reader, writer, "POST", f"/api/d/{token}/ballots", body)
            if status == 200:
                out["vote_ms"].append((time.monotonic() - began) * 1000)
                out["acked"].add(body["client_id"])
                return
            if status not in (429, 503):
                out["vote_refused"].append(answer.get("error"))
                return
            await asyncio.sleep(0.1)
    finally:
        writer.close()


async def run(port: int, room: str, presenters: list[int], phones: int, seconds: float, addresses: int):
    out = {"join_ms": [], "vote_ms": [], "acked": set(), "refused": [], "vote_refused": [], "joined_at": []}
    t0 = time.monotonic()
    await asyncio.gather(
        *(
            phone(port, f"127.0.0.{2 + i % addresses}", room, presenters, i * seconds / phones, t0, out)
            for i in range(phones)
        )
    )
    out["elapsed"] = time.monotonic() - t0
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--addresses", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audience.arena"
        room, presenters = make_contest(path, args.phones)
        port = free_port()
        server = start_arena(path, port)
        try:
            out = asyncio.run(run(port, room, presenters, args.phones, args.seconds, args.addresses))
        finally:
            stop(server)
        conn = sqlite3.connect(path)
        stored = {row[0] for row in conn.execute("SELECT client_id FROM submissions")}
        scores = conn.execute("SELECT COUNT(*) FROM audience_scores").fetchone()[0]
        joined = conn.execute("SELECT COUNT(*) FROM audience_joins").fetchone()[0]
        conn.close()
    joins = len(out["joined_at"])
    last_join = max(out["joined_at"], default=0.0)
    print(f"phones {args.phones} arriving over {args.seconds:.0f} s from {args.addresses} addresses")
    print(f"joins: {joins} accepted, {len(out['refused'])} refused {sorted(set(out['refused']))}")
    print(f"joins/s over the run: {joins / max(last_join, 1e-9):.1f}; last join at {last_join:.2f} s")
    print(
        f"join latency: p50 {percentile(out['join_ms'], 0.5):.1f} ms, p99 {percentile(out['join_ms'], 0.99):.1f} ms"
    )
    print(
        f"vote latency: p50 {percentile(out['vote_ms'], 0.5):.1f} ms, p99 {percentile(out['vote_ms'], 0.99):.1f} ms"
    )
    lost = out["acked"] - stored
    print(
        f"votes: {len(out['acked'])} acknowledged, {len(stored)} stored, {scores} audience marks,"
        f" {len(lost)} lost, {len(out['vote_refused'])} refused; joins logged {joined}"
    )
    if out["vote_ms"]:
        print(f"mean vote latency {statistics.mean(out['vote_ms']):.1f} ms; whole run {out['elapsed']:.2f} s")
    ok = not lost and len(out["acked"]) == len(stored) == args.phones and joins == args.phones
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
