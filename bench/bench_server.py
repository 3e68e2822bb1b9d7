"""Load benchmark of the reviewers' server, on loopback only, with a bounded number of requests.

    python bench/bench_server.py [--reviewers 300] [--skip-fault]

1. Load run (saturating): the demo contest with N reviewers (the demo's setup, reviewers multiplied),
   every presenter open; N simulated phones, one keep-alive connection each, all start
   together and each submits a complete ballot for every presenter it may score. The
   server runs as `arena serve` in its own process. Prints ballots/s, p50 and p99. Marks vary
   from ballot to ballot (half to full marks, on the step), as in a room.
2. Baseline: the same clients against a bare FastAPI POST on uvicorn returning a constant.
   Prints its requests/s and the ratio. Rounds of the two alternate (median kept); also printed:
   each server's CPU per request (/proc, little moved by neighbours), the load generator's own
   CPU per request, and the queueing floor N / throughput (see docs/server.md).
3. Paced run: the same reviewers, each pausing a random 0..--think seconds before each ballot,
   as people do; prints p50 and p99 at that offered rate.
4. Fault run: the server process is SIGKILLed once a third of the ballots are in, and restarted;
   clients retry with the same client id. Checks zero acknowledged ballots lost, zero
   duplicates, every ballot in exactly once, and PRAGMA integrity_check.

2b. A second baseline: the same bare endpoint committing each request alone to SQLite (WAL,
   synchronous=FULL) before answering, i.e. acknowledged-on-disk without group commit.

Targets (issues 4 and 10): p99 under 50 ms at 300 reviewers; at least 0.7 of the bare endpoint's
throughput and at least 2x the bare endpoint committing each request alone; nothing lost or doubled.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arena.demo import demo_contest
from arena.model import Reviewer
from arena.server.child import free_port, serve_in_child, stop, wait_listening
from arena.session import Session
from arena.store import Store

BARE_APP = """
from fastapi import FastAPI, Request
app = FastAPI()
@app.post("/api/r/{token}/ballots")
async def constant(token: str, request: Request):
    await request.body()
    return {"receipt": "0000-0000"}
"""

# The same bare endpoint, except that each request is one SQLite WAL transaction of its own
# (synchronous=FULL, one connection per worker thread), committed before it is answered: what
# "acknowledged only once on disk" costs without group commit.
BARE_COMMIT_APP = """
import sqlite3, threading
from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool
app = FastAPI()
local = threading.local()
def conn():
    c = getattr(local, "c", None)
    if c is None:
        c = local.c = sqlite3.connect("bare.sqlite", isolation_level=None, timeout=5)
        c.execute("PRAGMA journal_mode = WAL"); c.execute("PRAGMA synchronous = FULL")
        c.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, token TEXT, body BLOB)")
    return c
def commit(token, body):
    c = conn()
    c.execute("BEGIN IMMEDIATE"); c.execute("INSERT INTO t (token, body) VALUES (?, ?)", (token, body))
    c.execute("COMMIT")
@app.post("/api/r/{token}/ballots")
async def one_commit_each(token: str, request: Request):
    await run_in_threadpool(commit, token, await request.body())
    return {"receipt": "0000-0000"}
"""


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux): a figure the neighbours' load hardly moves."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def make_contest(path: Path, reviewers: int) -> list[tuple[str, list[dict]]]:
    """A contest file with `reviewers` reviewers, all presenters open; returns each phone's ballots."""
    base = demo_contest()
    groups = [g.name for g in base.groups]
    people = tuple(
        Reviewer(
            f"评委{i:03d}",
            groups[i % len(groups)],
            recuse=(base.presenters[i % 8].name,) if i % 10 == 0 else (),
        )
        for i in range(reviewers)
    )
    contest = dataclasses.replace(base, reviewers=people)
    store = Store.create(path, contest, overwrite=True)
    session = Session(store)
    session.start()
    session.open_scoring()
    contest = store.contest()
    pick = random.Random(reviewers)  # the same ballots every run
    phones = []
    for r in contest.reviewers:
        ballots = []
        for p in contest.presenters:
            if p.name in r.recuse:
                continue
            # Marks as a room gives them: anywhere from half to full marks, on the step, varying by ballot.
            marks = {
                str(c.id): str(c.step * pick.randint(c.max_units // 2, c.max_units)) for c in contest.criteria
            }
            ballots.append(
                {"client_id": f"bench-{r.id:04d}-{p.id:03d}", "presenter_id": p.id, "marks": marks}
            )
        phones.append((r.token, ballots))
    store.close()
    return phones


# -- a small HTTP/1.1 keep-alive client (httpx would cost more CPU than the server under test) -----


async def read_response(reader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        if line.lower().startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    return status, await reader.readexactly(length)


def request_bytes(port: int, path: str, body: dict) -> bytes:
    data = json.dumps(body).encode()
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    ).encode() + data


class Phone:
    def __init__(self, port, token, ballots, retry, think_s=0.0, seed=0):
        self.port, self.token, self.ballots, self.retry = port, token, ballots, retry
        self.think_s = think_s  # paced runs: a random pause of up to this long before each ballot
        self.random = random.Random(seed)
        self.latencies: list[float] = []
        self.acked: dict[str, str] = {}  # client id -> receipt
        self.errors = 0
        self.reader = self.writer = None

    async def connect(self):
        while True:
            try:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
                return
            except OSError:
                if not self.retry:
                    raise
                await asyncio.sleep(0.05)

    async def run(self, go: asyncio.Event):
        await self.connect()
        await go.wait()
        for ballot in self.ballots:
            if self.think_s:
                await asyncio.sleep(self.random.uniform(0, self.think_s))
            await self.send(ballot)
        self.writer.close()

    async def send(self, ballot):
        raw = request_bytes(self.port, f"/api/r/{self.token}/ballots", ballot)
        while True:
            started = time.perf_counter()
            try:
                self.writer.write(raw)
                await self.writer.drain()
                status, body = await read_response(self.reader)
            except (OSError, asyncio.IncompleteReadError, ValueError):
                if not self.retry:
                    raise
                self.errors += 1
                await asyncio.sleep(0.05)
                await self.connect()
                continue
            self.latencies.append(time.perf_counter() - started)
            if status == 200:
                self.acked[ballot["client_id"]] = json.loads(body).get("receipt", "")
                return
            if status >= 500 and self.retry:
                await asyncio.sleep(0.05)
                continue
            raise RuntimeError(f"ballot refused: {status} {body[:200]!r}")


async def load(port, phones, retry=False, during=None, think_s=0.0):
    clients = [
        Phone(port, token, ballots, retry, think_s, seed) for seed, (token, ballots) in enumerate(phones)
    ]
    go = asyncio.Event()
    tasks = [asyncio.create_task(c.run(go)) for c in clients]
    await asyncio.sleep(0.5)  # everyone connected
    started = time.perf_counter()
    go.set()
    if during:
        asyncio.get_running_loop().run_in_executor(None, during)
    await asyncio.gather(*tasks)
    return clients, time.perf_counter() - started


def summary(clients, seconds) -> dict:
    latencies = sorted(x for c in clients for x in c.latencies)
    n = len(latencies)
    return {
        "requests": n,
        "per_s": n / seconds,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(n - 1, int(n * 0.99))],
        "seconds": seconds,
    }


# -- server processes -------------------------------------------------------------------------


def start_arena(path: Path, port: int) -> subprocess.Popen:
    return serve_in_child(path, port)


def start_bare(port: int, workdir: Path, source: str = BARE_APP) -> subprocess.Popen:
    (workdir / "bare_app.py").write_text(source)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bare_app:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=workdir,
    )
    wait_listening(port, proc)
    return proc


def check_file(path: Path, acked: dict[str, str], expected: int) -> dict:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT client_id, count(*) FROM submissions GROUP BY client_id").fetchall()
    counts = dict(rows)
    result = {
        "acknowledged": len(acked),
        "lost": sum(1 for cid in acked if counts.get(cid, 0) == 0),
        "duplicates": sum(1 for n in counts.values() if n > 1),
        "in_file": sum(counts.values()),
        "expected": expected,
        "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
    }
    conn.close()
    return result


# -- the runs ---------------------------------------------------------------------------------------


def load_run(workdir: Path, reviewers: int, round_no: int = 0, think_s: float = 0.0) -> dict:
    path = workdir / f"load-{round_no}-{think_s}.arena"
    phones = make_contest(path, reviewers)
    port = free_port()
    proc = start_arena(path, port)
    try:
        cpu, client_cpu = cpu_seconds(proc.pid), time.process_time()
        clients, seconds = asyncio.run(load(port, phones, think_s=think_s))
        cpu, client_cpu = cpu_seconds(proc.pid) - cpu, time.process_time() - client_cpu
    finally:
        stop(proc)
    acked = {cid: r for c in clients for cid, r in c.acked.items()}
    result = {**summary(clients, seconds), **check_file(path, acked, sum(len(b) for _, b in phones))}
    result["cpu_ms"] = 1000 * cpu / max(1, result["requests"])
    result["client_cpu_ms"] = 1000 * client_cpu / max(1, result["requests"])
    return result


def bare_run(workdir: Path, phones, source: str = BARE_APP) -> dict:
    port = free_port()
    (workdir / "bare.sqlite").unlink(missing_ok=True)
    proc = start_bare(port, workdir, source)
    try:
        cpu, client_cpu = cpu_seconds(proc.pid), time.process_time()
        clients, seconds = asyncio.run(load(port, phones))
        cpu, client_cpu = cpu_seconds(proc.pid) - cpu, time.process_time() - client_cpu
    finally:
        stop(proc)
    result = summary(clients, seconds)
    result["cpu_ms"] = 1000 * cpu / max(1, result["requests"])
    result["client_cpu_ms"] = 1000 * client_cpu / max(1, result["requests"])
    return result


def fault_run(workdir: Path, reviewers: int) -> dict:
    path = workdir / "fault.arena"
    phones = make_contest(path, reviewers)
    port = free_port()
    procs = [start_arena(path, port)]
    killed_after = {}
    expected = sum(len(b) for _, b in phones)

    def kill_and_restart():
        # Killed once about a third of the ballots are in: well into the load however fast the server is.
        conn = sqlite3.connect(path)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            committed = conn.execute("SELECT count(*) FROM submissions").fetchone()[0]
            if committed >= expected // 3:
                break
            time.sleep(0.002)
        os.kill(procs[0].pid, signal.SIGKILL)
        killed_after["submissions"] = conn.execute("SELECT count(*) FROM submissions").fetchone()[0]
        conn.close()
        procs[0].wait()
        procs.append(start_arena(path, port))

    try:
        clients, seconds = asyncio.run(load(port, phones, retry=True, during=kill_and_restart))
    finally:
        stop(procs[-1])
    acked = {cid: r for c in clients for cid, r in c.acked.items()}
    result = check_file(path, acked, expected)
    result.update(
        seconds=seconds,
        retries=sum(c.errors for c in clients),
        committed_before_kill=killed_after.get("submissions"),
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviewers", type=int, default=300)
    parser.add_argument("--skip-fault", action="store_true")
    parser.add_argument(
        "--rounds", type=int, default=5, help="alternating rounds of each server (median kept)"
    )
    parser.add_argument(
        "--think",
        type=float,
        default=2.0,
        help="paced run: longest pause of a reviewer before each ballot, in seconds",
    )
    parser.add_argument("--dir", help="where to put the contest files (default: a temporary directory)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        workdir = Path(tmp)
        phones = make_contest(workdir / "shape.arena", args.reviewers)
        # Alternate the two servers and keep each one's median round: the machine is shared, and a
        # neighbour's burst should not decide the ratio.
        arenas, bares, commits = [], [], []
        for round_no in range(args.rounds):
            arenas.append(load_run(workdir, args.reviewers, round_no))
            bares.append(bare_run(workdir, phones))
            commits.append(bare_run(workdir, phones, BARE_COMMIT_APP))
        arena = sorted(arenas, key=lambda r: r["per_s"])[len(arenas) // 2]
        bare = sorted(bares, key=lambda r: r["per_s"])[len(bares) // 2]
        each = sorted(commits, key=lambda r: r["per_s"])[len(commits) // 2]
        print(
            "rounds (ballots/s arena | bare | bare committing each): "
            + ", ".join(
                f"{a['per_s']:.0f} | {b['per_s']:.0f} | {c['per_s']:.0f}"
                for a, b, c in zip(arenas, bares, commits)
            )
        )
        print(
            f"load: {args.reviewers} reviewers, {arena['requests']} ballots in {arena['seconds']:.2f} s "
            f"(median of {args.rounds} rounds)"
        )
        print(
            f"  arena serve : {arena['per_s']:8.0f} ballots/s   p50 {arena['p50_ms']:6.1f} ms   "
            f"p99 {arena['p99_ms']:6.1f} ms"
        )
        print(
            f"  bare uvicorn: {bare['per_s']:8.0f} requests/s  p50 {bare['p50_ms']:6.1f} ms   "
            f"p99 {bare['p99_ms']:6.1f} ms"
        )
        print(
            f"  bare, one commit per request: {each['per_s']:8.0f} requests/s  p50 {each['p50_ms']:6.1f} ms   "
            f"p99 {each['p99_ms']:6.1f} ms"
        )
        print(f"  ratio arena/bare throughput: {arena['per_s'] / bare['per_s']:.2f}")
        print(
            f"  ratio arena/bare committing each request: {arena['per_s'] / each['per_s']:.2f} (target >= 2)"
        )
        print(
            f"  server CPU per request: arena {arena['cpu_ms']:.2f} ms, bare {bare['cpu_ms']:.2f} ms "
            f"(ratio {bare['cpu_ms'] / arena['cpu_ms']:.2f})"
        )
        print(
            f"  load generator CPU per request: {arena['client_cpu_ms']:.2f} ms (arena run), "
            f"{bare['client_cpu_ms']:.2f} ms (bare run)"
        )
        # Little's law: N phones that each wait for an answer before sending again keep N requests in the
        # server, so the mean latency cannot be below N / throughput, however the time is spent.
        print(
            f"  queueing floor (reviewers / throughput): arena {1000 * args.reviewers / arena['per_s']:.1f} ms, "
            f"bare {1000 * args.reviewers / bare['per_s']:.1f} ms"
        )
        print(
            f"  file: {arena['in_file']} submissions for {arena['expected']} ballots, "
            f"{arena['lost']} acknowledged lost, {arena['duplicates']} duplicates, integrity {arena['integrity']}"
        )
        ok = all(
            r["lost"] == 0
            and r["duplicates"] == 0
            and r["in_file"] == r["expected"]
            and r["integrity"] == "ok"
            for r in arenas
        )
        paced = load_run(workdir, args.reviewers, think_s=args.think)
        print(
            f"paced: each reviewer pauses up to {args.think:.1f} s before each ballot "
            f"({paced['per_s']:.0f} ballots/s offered and served)"
        )
        print(f"  arena serve : p50 {paced['p50_ms']:6.1f} ms   p99 {paced['p99_ms']:6.1f} ms")
        ok = ok and paced["lost"] == 0 and paced["duplicates"] == 0 and paced["in_file"] == paced["expected"]
        if not args.skip_fault:
            fault = fault_run(workdir, args.reviewers)
            print(
                f"fault: SIGKILL after {fault['committed_before_kill']} commits, restarted; "
                f"{fault['retries']} client retries, {fault['seconds']:.2f} s"
            )
            print(
                f"  {fault['acknowledged']} acknowledged, {fault['lost']} lost, {fault['duplicates']} duplicates, "
                f"{fault['in_file']}/{fault['expected']} in the file, integrity {fault['integrity']}"
            )
            ok = (
                ok
                and fault["lost"] == 0
                and fault["duplicates"] == 0
                and fault["integrity"] == "ok"
                and fault["in_file"] == fault["expected"]
            )
    print("nothing lost, nothing doubled" if ok else "FAILED: see above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
