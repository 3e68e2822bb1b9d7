"""Benchmark of the phase timer's cost on the live session (issue 17).

    python bench/bench_phase_tick.py [--rounds 2000]

The console calls Session.tick() five times a second and Session.state() after every host action.
Prints, from the same run on the demo contest (8 presenters, 29 reviewers): Session.state() without
phases (the baseline) and with phases and both automatic windows, and Session.tick() with the
options off (one small read) and on (the reads that decide whether a step is due, a window open),
each with its ratio to the baseline. Target: a tick well under a millisecond, so 5 a second cost
nothing the host could notice.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arena.demo import demo_contest  # noqa: E402
from arena.model import Phase, Timing  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.setup import contest_to_dict, parse_setup  # noqa: E402
from arena.store import Store  # noqa: E402


def timed(fn, rounds: int) -> float:
    """Median microseconds of `fn()` over `rounds` calls (after a few to warm the caches)."""
    for _ in range(20):
        fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6


def session_on(folder: Path, name: str, timing: Timing) -> Session:
    contest = parse_setup(contest_to_dict(dataclasses.replace(demo_contest(), timing=timing)))
    Store.create(folder / name, contest).close()
    session = Session(Store.open(folder / name))
    session.start()
    session.start_timer()
    session.open_scoring([session.state().current_presenter_id])
    return session


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = session_on(folder, "plain.arena", Timing())
        phased = session_on(
            folder, "phased.arena", Timing((Phase("陈述", 300), Phase("答询", 300)), True, 180)
        )
        base = timed(plain.state, rounds)
        rows = [
            ("Session.state(), no phases (baseline)", base),
            ("Session.state(), phases + auto open/close", timed(phased.state, rounds)),
            ("Session.tick(), options off", timed(plain.tick, rounds)),
            ("Session.tick(), options on, nothing due", timed(phased.tick, rounds)),
        ]
        for label, micros in rows:
            print(f"{label:45s} {micros:8.1f} µs   x{micros / base:.2f}")
        plain.store.close()
        phased.store.close()


if __name__ == "__main__":
    main()
