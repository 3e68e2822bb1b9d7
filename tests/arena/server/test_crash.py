"""The server process killed (SIGKILL) in the middle of the ballots: nothing acknowledged is lost.

Phones retry with the same client id until they get an answer; after a restart
every ballot is in the file exactly once and the file is sound.
"""

from __future__ import annotations

import asyncio
import os
import signal

import httpx

from arena.server.child import free_port, serve_in_child, stop


async def _phone(client, token, ballots, acked):
    for body in ballots:
        while True:  # what a phone's outbox does: the same id again until the server answers
            try:
                resp = await client.post(f"/api/r/{token}/ballots", json=body)
            except httpx.TransportError:
                await asyncio.sleep(0.05)
                continue
            if resp.status_code >= 500:
                await asyncio.sleep(0.05)
                continue
            assert resp.status_code == 200, resp.text
            acked[body["client_id"]] = resp.json()["receipt"]
            break


def test_sigkill_mid_load_loses_nothing_and_doubles_nothing(live):
    live.session.open_scoring()
    ballots = {
        r.token: [
            {"client_id": f"crash-{r.id:03d}-{p.id:03d}", "presenter_id": p.id, "marks": live.marks("7")}
            for p in live.presenters
            if p.name not in r.recuse
        ]
        for r in live.reviewers
    }
    expected = sum(len(b) for b in ballots.values())
    port = free_port()
    procs = [serve_in_child(live.path, port)]
    acked: dict[str, str] = {}

    async def run():
        limits = httpx.Limits(max_connections=len(ballots))
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=10
        ) as client:
            phones = asyncio.gather(*(_phone(client, t, b, acked) for t, b in ballots.items()))
            while live.submissions() < expected // 4:  # well into the load
                await asyncio.sleep(0.01)
            os.kill(procs[0].pid, signal.SIGKILL)
            procs[0].wait()
            killed_at = live.submissions()
            procs.append(await asyncio.to_thread(serve_in_child, live.path, port))
            await phones
            return killed_at

    try:
        killed_at = asyncio.run(run())
    finally:
        for proc in procs:
            stop(proc)
    assert 0 < killed_at < expected  # the kill really came in the middle
    assert len(acked) == expected
    rows = live.store.conn.execute(
        "SELECT client_id, count(*) FROM submissions GROUP BY client_id"
    ).fetchall()
    assert {cid for cid, _ in rows} == set(acked)  # every acknowledged ballot is in the file...
    assert {n for _, n in rows} == {1}  # ...exactly once
    assert live.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
