"""Check-in and signing under load: N phones check in, then sign, over real HTTP on 127.0.0.1.

    python bench/bench_checkin_sign.py [--phones 300]

The server runs as `arena serve` in its own process; up to 32 phones are in flight at once:
1. baseline: every phone reads its own page data (GET /api/r/{token}), all at once;
2. check-in: every phone reads /presence and posts /checkin, all at once (target: all within 10 s);
3. the host closes the contest from this process (the server's watcher notices);
4. signing: every phone reads /presence (the summary's SHA-256) and posts its signature, about 150
   points in 3 strokes, all at once (target: all within 30 s).
Then the file is read back: every acknowledged check-in and signature is in it (0 lost), none twice,
and `arena verify` passes. Prints seconds, per-second rates, p50 / p99 per request and the ratio of
each phase to the baseline read of the same run.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arena.intake import BallotRules  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import Store  # noqa: E402
from arena.verify import verify  # noqa: E402
from bench_server import free_port, make_contest, start_arena, stop  # noqa: E402


CONCURRENT = 32  # phones in flight at once


def seed(path: Path, phones: list[tuple[str, list[dict]]]) -> None:
    """Every phone's ballots written straight into the file (the ballots are not what is measured)."""
    with Store.open(path) as store:
        contest = store.contest()
        rules = BallotRules(contest, store.recusals())
        by_token = {r.token: r.id for r in contest.reviewers}
        ballots = [
            rules.check(by_token[token], b["presenter_id"], b["marks"], b["client_id"])
            for token, items in phones
            for b in items
        ]
        store.record_ballots(ballots, "demo")
        store.set_presence_options("at_end", False)


def strokes(seed_no: int) -> list:
    """About 150 points in 3 strokes: a hand-written name's worth."""
    pick = random.Random(seed_no)
    drawn = []
    for s in range(3):
        points = []
        for i in range(50):
            x = 60 + s * 300 + i * 5
            y = 200 + int(120 * math.sin(i / 5 + s)) + pick.randint(-10, 10)
            points.append([min(1000, x), max(0, min(400, y))])
        drawn.append(points)
    return drawn


def phase(base: str, tokens: list[str], one) -> dict:
    """Run `one(client, token)` for every phone, CONCURRENT at a time; each returns True when acknowledged.

    Threads with httpx's blocking client: its asyncio client spent more time in this process than the
    server took to answer (300 page reads: 0.4 s on 8 threads, 3 to 9 s with asyncio on this machine).
    """
    local = threading.local()
    clients: list[httpx.Client] = []

    def phone(token: str) -> tuple[bool, float]:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=base, timeout=120)
            clients.append(client)
        started = time.perf_counter()
        ok = one(client, token)
        return ok, time.perf_counter() - started

    with ThreadPoolExecutor(CONCURRENT) as pool:
        started = time.perf_counter()
        answers = list(pool.map(phone, tokens))
        seconds = time.perf_counter() - started
    for client in clients:
        client.close()
    ordered = sorted(t for _, t in answers)
    return {
        "seconds": seconds,
        "acked": [token for token, (ok, _) in zip(tokens, answers) if ok],
        "per_s": len(tokens) / seconds,
        "p50_ms": 1000 * statistics.median(ordered),
        "p99_ms": 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
    }


def read_page(client: httpx.Client, token: str) -> bool:
    return client.get(f"/api/r/{token}").status_code == 200


def check_in(client: httpx.Client, token: str) -> bool:
    client.get(f"/api/r/{token}/presence")
    return client.post(f"/api/r/{token}/checkin").status_code == 200


def sign(client: httpx.Client, token: str) -> bool:
    for _ in range(40):  # the page waits for the close to reach it; so does this phone
        state = client.get(f"/api/r/{token}/presence").json()
        if state["to_sign"]:
            break
        time.sleep(0.25)
    else:
        return False
    item = state["to_sign"][0]
    body = {
        "scope": item["scope"],
        "summary_sha256": item["summary_sha256"],
        "strokes": strokes(sum(map(ord, token))),
    }
    return client.post(f"/api/r/{token}/signatures", json=body).status_code == 200


def in_file(path: Path, table: str) -> tuple[int, int]:
    """(rows, reviewers with more than one row in the same scope)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        key = "reviewer_id, scope" if table == "signatures" else "reviewer_id"
        twice = conn.execute(
            f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1)"
        ).fetchone()[0]
    finally:
        conn.close()
    return rows, twice


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.arena"
        phones = make_contest(path, args.phones)
        seed(path, phones)
        tokens = [token for token, _ in phones]
        port = free_port()
        proc = start_arena(path, port)
        base = f"http://127.0.0.1:{port}"
        try:
            baseline = phase(base, tokens, read_page)
            checked = phase(base, tokens, check_in)
            with Store.open(path) as store:
                Session(store).close_contest()
            signed = phase(base, tokens, sign)
        finally:
            stop(proc)
        checkins, checkins_twice = in_file(path, "checkins")
        signatures, signatures_twice = in_file(path, "signatures")
        started = time.perf_counter()
        result = verify(path)
        verify_s = time.perf_counter() - started
    n = args.phones
    print(f"{n} phones over HTTP on 127.0.0.1, `arena serve` in its own process")
    for name, run, target in (
        ("baseline (page data)", baseline, None),
        ("check-in", checked, 10),
        ("signing", signed, 30),
    ):
        ratio = run["seconds"] / baseline["seconds"]
        aim = f"  (target {target} s: {'met' if run['seconds'] <= target else 'MISSED'})" if target else ""
        print(
            f"  {name:22s} {run['seconds']:6.2f} s  {run['per_s']:7.0f}/s  p50 {run['p50_ms']:7.1f} ms"
            f"  p99 {run['p99_ms']:7.1f} ms  x{ratio:4.1f} baseline{aim}"
        )
    print(
        f"  check-ins: {len(checked['acked'])} acknowledged, {checkins} in the file,"
        f" lost {len(checked['acked']) - min(checkins, len(checked['acked']))}, twice {checkins_twice}"
    )
    print(
        f"  signatures: {len(signed['acked'])} acknowledged, {signatures} in the file,"
        f" lost {len(signed['acked']) - min(signatures, len(signed['acked']))}, twice {signatures_twice}"
    )
    print(f"  arena verify: {'OK' if result.ok else 'FAILED'} in {verify_s:.2f} s {result.problems[:3]}")
    ok = (
        len(checked["acked"]) == n == checkins
        and len(signed["acked"]) == n == signatures
        and not checkins_twice
        and not signatures_twice
        and result.ok
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
