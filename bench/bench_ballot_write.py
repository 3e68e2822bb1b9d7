"""Benchmark of the ballot write path alone: the CPU one ballot costs inside the server's group commit.

    python bench/bench_ballot_write.py [--reviewers 300 --batch 32 --rounds 5]

No HTTP: the same contest and ballots as bench/bench_server.py (the demo's setup with N
reviewers, every presenter open, marks varying by ballot), checked by the intake's rules
(`BallotRules.check`, as a request does) and then committed through `GroupWriter.commit_batch` in groups of
--batch, as the writer thread does under load. Prints the CPU time per ballot of the commit
alone (process time, so the disk's fsync wait is left out) and of prepare + commit, the
median of --rounds rounds, each on a fresh copy of the file. A second pass commits the same
ballots again (every one a retry of a known client id) to time the idempotent path.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from arena.intake import GroupWriter  # noqa: E402
from arena.server.room import Room  # noqa: E402
from arena.store import Receipt  # noqa: E402
from bench_server import make_contest  # noqa: E402


def one_round(template: Path, work: Path, phones: list, batch: int) -> tuple[float, float, float, int]:
    """(commit CPU µs per ballot, prepare CPU µs per ballot, retry commit CPU µs per ballot, ballots)."""
    path = work / "round.arena"
    shutil.copy(template, path)
    room, writer = Room(path), GroupWriter(path)
    try:
        room.refresh(full=True)
        start = time.process_time()
        ballots = []
        for token, items in phones:
            reviewer = room.reviewer(token)
            for item in items:
                room.refresh_soon()
                ballots.append(
                    room.rules.check(reviewer.id, item["presenter_id"], item["marks"], item["client_id"])
                )
        prepare_s = time.process_time() - start
        commit_s = _commit_all(writer, ballots, batch)
        retry_s = _commit_all(writer, ballots, batch)
    finally:
        room.close()
        writer._close_store()
    n = len(ballots)
    return commit_s / n * 1e6, prepare_s / n * 1e6, retry_s / n * 1e6, n


def _commit_all(writer: GroupWriter, ballots: list, batch: int) -> float:
    spent = 0.0
    for i in range(0, len(ballots), batch):
        group = ballots[i : i + batch]
        start = time.process_time()
        results = writer.commit_batch(group)
        spent += time.process_time() - start
        refused = [r for r in results if not isinstance(r, Receipt)]
        if refused:
            raise SystemExit(f"a benchmark ballot was refused: {refused[0]}")
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=300)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="arena-bench-write-"))
    try:
        template = work / "template.arena"
        phones = make_contest(template, args.reviewers)
        rounds = [one_round(template, work, phones, args.batch) for _ in range(args.rounds)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    commit, prepare, retry, n = (statistics.median(column) for column in zip(*rounds))
    print(f"{int(n):,} ballots, groups of {args.batch}, median of {args.rounds} rounds (CPU time per ballot)")
    print(f"commit (GroupWriter.commit_batch): {commit:6.1f} µs   (rounds: {_list(r[0] for r in rounds)})")
    print(f"check (BallotRules.check):         {prepare:6.1f} µs")
    print(f"prepare + commit:                  {prepare + commit:6.1f} µs")
    print(f"retry of a committed ballot:       {retry:6.1f} µs")
    return 0


def _list(values) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
