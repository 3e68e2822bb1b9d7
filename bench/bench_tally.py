"""Benchmark of the tally: a big generated contest against a bare scan, and the demo re-tally.

    /work/venv/bin/python bench/bench_tally.py [--presenters 100 --reviewers 500 --criteria 10]

Prints, from the same run over the same file: the full tally (every method and
level), a bare `SELECT presenter_id, SUM(value) FROM scores GROUP BY presenter_id`,
their ratio (target: the default tally within 3x), and re-tallying the scored
demo contest (8 x 30 x 4; target under 20 ms, as it runs after every ballot).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arena.demo import write_demo  # noqa: E402
from arena.model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules  # noqa: E402
from arena.tally import tally  # noqa: E402
from arena.store import Store  # noqa: E402

BARE_SCAN = "SELECT presenter_id, SUM(value) FROM scores GROUP BY presenter_id"


def generated_contest(presenters: int, reviewers: int, criteria: int, rules: ScoringRules) -> Contest:
    groups = (Group("领导", Decimal(50)), Group("部门", Decimal(30)), Group("代表", Decimal(20)))
    return Contest(
        title="benchmark",
        scoring=rules,
        criteria=tuple(Criterion(f"标准{i}", Decimal(10), Decimal("0.5")) for i in range(criteria)),
        groups=groups,
        reviewers=tuple(Reviewer(f"评委{i}", groups[i % 3].name) for i in range(reviewers)),
        presenters=tuple(Presenter(f"对象{i}") for i in range(presenters)),
    )


def fill(store: Store, seed: int = 1) -> int:
    rng = random.Random(seed)
    c = store.contest()
    rows = [
        (r.id, p.id, k.id, rng.randint(k.max_units // 2, k.max_units))
        for p in c.presenters
        for r in c.reviewers
        for k in c.criteria
    ]
    store.load_generated_scores(rows, "benchmark data")
    return len(rows)


def best_of(fn, repeat: int) -> tuple[float, float]:
    """(best, median) wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def _stages(text: str) -> tuple:
    from arena.rounding import parse_stages

    return parse_stages(text)[0]


def set_rules(path: Path, rules: ScoringRules, base: Contest) -> Store:
    """A copy of the generated file under other rules: same scores, rules changed in the setup."""
    store = Store.create(path, replace(base, scoring=rules), overwrite=True)
    fill(store)
    return store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presenters", type=int, default=100)
    parser.add_argument("--reviewers", type=int, default=500)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--all-methods", action="store_true", help="also time median, per-criterion trimming, leniency"
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="arena-bench-tally-"))
    default = ScoringRules(method="trimmed", trim=1)
    contest = generated_contest(args.presenters, args.reviewers, args.criteria, default)
    start = time.perf_counter()
    store = Store.create(tmp / "big.arena", contest)
    n = fill(store)
    print(
        f"generated {n:,} scores ({args.presenters} presenters x {args.reviewers} reviewers x "
        f"{args.criteria} criteria) in {time.perf_counter() - start:.1f} s"
    )
    tally(store)  # warm the page cache for both measurements alike
    scan_best, scan_med = best_of(lambda: store.conn.execute(BARE_SCAN).fetchall(), args.repeat)
    tally_best, tally_med = best_of(lambda: tally(store), args.repeat)
    print(f"bare scan (GROUP BY presenter):     best {scan_best:8.1f} ms   median {scan_med:8.1f} ms")
    print(f"full tally (trimmed k=1, totals):   best {tally_best:8.1f} ms   median {tally_med:8.1f} ms")
    print(f"ratio tally / bare scan:            {tally_best / scan_best:.2f}x (target <= 3x)")
    store.close()
    if args.all_methods:
        others = {
            "median, totals": ScoringRules(method="median"),
            "trimmed k=1, per criterion": ScoringRules(method="trimmed", trim=1, trim_level="criterion"),
            "trimmed k=1, leniency": ScoringRules(method="trimmed", trim=1, leniency=True),
            # issue 15: rounding stages (each reviewer's total to 0.1, the group and final to 0.01)
            "trimmed k=1, totals, rounding stages": ScoringRules(
                method="trimmed", trim=1, rounding=_stages("total:1; group:2; final:2")
            ),
            "trimmed k=1, per criterion, rounding stages": ScoringRules(
                method="trimmed", trim=1, trim_level="criterion", rounding=_stages("criterion:2; weighted:2")
            ),
        }
        for label, rules in others.items():
            with set_rules(tmp / "other.arena", rules, contest) as other:
                best, med = best_of(lambda: tally(other), max(1, args.repeat // 2))
                print(
                    f"full tally ({label}):{' ' * max(1, 19 - len(label))}best {best:8.1f} ms   "
                    f"median {med:8.1f} ms   ({best / scan_best:.2f}x)"
                )
    demo = write_demo(tmp / "demo.arena", ballots=True)
    demo_best, demo_med = best_of(lambda: tally(demo), 50)
    print(
        f"demo re-tally (8 x 30 x 4):         best {demo_best:8.2f} ms   median {demo_med:8.2f} ms "
        "(target < 20 ms)"
    )
    demo.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
