"""Benchmark of what anonymity and the 亮分 scene add: labels from the secret, one announcement step.

    python bench/bench_announce.py [--presenters 8 --reviewers 500 --criteria 10]

Prints, from the same run over the same generated file: the old roster-order labels against the
HMAC-drawn archive labels (arena/anonymity.py), their share of one full tally, and the cost of one
step of the announce scene (what the web screen rebuilds when a strike is due: a tally plus the
announcement's plan), totals and per-criterion trimming.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from arena import scenes  # noqa: E402
from arena.anonymity import archive_labels  # noqa: E402
from arena.model import ScoringRules  # noqa: E402
from arena.tally import tally  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import Store  # noqa: E402
from bench_tally import best_of, fill, generated_contest  # noqa: E402


def roster_labels(contest) -> dict[int, str]:
    """The rule before issue 11: the place in the group, in setup order."""
    seen, out = defaultdict(int), {}
    for r in contest.reviewers:
        seen[r.group] += 1
        out[r.id] = f"{r.group} #{seen[r.group]}"
    return out


def announce_step(store: Store, session: Session, cached=None) -> float:
    """One rebuild of the announce view; with `cached`, the tally of an unchanged file is reused
    (what the web screen does when only the next step fell due)."""
    contest = store.contest()
    source = scenes.SceneSource(
        contest,
        scenes.eligible_counts(contest, store.recusals()),
        store.ballot_count,
        (lambda: cached) if cached is not None else (lambda: tally(store)),
        secret=store.anonymity_secret(),
        announced=store.announced_ids,
        marks=store.marks_of,
    )
    start = time.perf_counter()
    view = scenes.scene_view(source, session.state())
    assert view["announce"] is not None
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presenters", type=int, default=8)
    parser.add_argument("--reviewers", type=int, default=500)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="arena-bench-announce-"))
    rules = ScoringRules(method="trimmed", trim=1, reveal_mode="after_each")
    base = generated_contest(args.presenters, args.reviewers, args.criteria, rules)
    print(f"{args.presenters} presenters x {args.reviewers} reviewers x {args.criteria} criteria")
    for level in ("total", "criterion"):
        contest = replace(base, scoring=replace(rules, trim_level=level))
        with Store.create(tmp / f"{level}.arena", contest) as store:
            fill(store)
            stored, secret = store.contest(), store.anonymity_secret()
            if level == "total":
                old, _ = best_of(lambda: roster_labels(stored), args.repeat)
                new, _ = best_of(lambda: archive_labels(stored, secret), args.repeat)
                whole, _ = best_of(lambda: tally(store), args.repeat)
                print(f"labels, setup order (before):      best {old:8.3f} ms")
                print(
                    f"labels, drawn from the secret:     best {new:8.3f} ms   ({new / max(old, 1e-6):.1f}x)"
                )
                print(
                    f"one full tally (with the labels):  best {whole:8.1f} ms   labels {100 * new / whole:.1f} %"
                )
            session = Session(store)
            session.close_scoring()
            session.announce(stored.presenters[0].id)
            steps = sorted(announce_step(store, session) for _ in range(args.repeat))
            median = steps[len(steps) // 2]
            print(
                f"one announce step, {level + ' trimming:':20s} best {steps[0]:8.1f} ms   median {median:8.1f} ms"
            )
            known = tally(store)
            steps = sorted(announce_step(store, session, known) for _ in range(args.repeat))
            print(f"  the same, tally reused (a strike):    best {steps[0]:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
