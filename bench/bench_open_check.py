"""What the damage check costs when a contest file is opened (Store.open), on a large file.

    python bench/bench_open_check.py [--reviewers 500] [--presenters 100] [--criteria 10] [--repeat 5]

Builds a contest in a temporary folder (by default 500 reviewers x 100 presenters x 10 criteria,
every presenter but the last scored: about 495k scores), then times, in the same run:
    open, checked     Store.open as every command calls it (check="pages": every page)
    open, setup only  as the console calls it (check="setup": the small tables; the rest in the background)
    open, unchecked   the same open without the check (check="none", the baseline)
    quick_check       PRAGMA quick_check(1) alone, and PRAGMA integrity_check(1) for comparison
Prints the medians in milliseconds, the file's size and the check's share of the open.
"""

from __future__ import annotations

import argparse
import statistics
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arena.store import Store  # noqa: E402
from scale_contest import write_contest  # noqa: E402


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=500)
    parser.add_argument("--presenters", type=int, default=100)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.arena"
        write_contest(path, args.reviewers, args.presenters, args.criteria)
        size_mb = path.stat().st_size / 1e6

        def open_checked():
            Store.open(path).close()

        def open_setup():
            Store.open(path, check="setup").close()

        def open_unchecked():
            Store.open(path, check="none").close()

        def pragma(name):
            def run():
                conn = sqlite3.connect(path)
                try:
                    assert conn.execute(f"PRAGMA {name}(1)").fetchone()[0] == "ok"
                finally:
                    conn.close()

            return run

        open_checked()  # the first open migrates nothing but warms the page cache for every figure
        checked = timed(open_checked, args.repeat)
        setup = timed(open_setup, args.repeat)
        unchecked = timed(open_unchecked, args.repeat)
        quick = timed(pragma("quick_check"), args.repeat)
        full = timed(pragma("integrity_check"), args.repeat)
    print(
        f"file: {args.reviewers} reviewers x {args.presenters} presenters x {args.criteria} criteria, "
        f"{size_mb:.1f} MB"
    )
    print(f'open, checked     {checked:8.1f} ms   (check="pages": the commands)')
    print(f'open, setup only  {setup:8.1f} ms   (check="setup": the console; the rest in the background)')
    print(f"open, unchecked   {unchecked:8.1f} ms   (baseline)")
    print(f"quick_check(1)    {quick:8.1f} ms")
    print(f"integrity_check   {full:8.1f} ms")
    print(f"the check's share: {checked - unchecked:.1f} ms, x{checked / unchecked:.1f} the unchecked open")


if __name__ == "__main__":
    main()
