"""Benchmark of the archive: the PDF report (and verify, export, cards) for a big contest.

    /work/venv/bin/python bench/bench_report.py [--presenters 100 --reviewers 500 --criteria 4]

Generates a contest of 100 presenters x 500 reviewers in three groups, one whole
ballot per (reviewer, presenter) each with its own log entry (executemany in one
transaction), closes it, then prints the wall time of: write_report (with its
page count and size), verify against that report, the xlsx export and the
reviewer cards. Times are single runs; on a shared machine the CPU time is the steadier figure.
Then the demo contest's report as a host makes it, `python -m arena.cli report` in a fresh
process (imports included), the median of 3 runs. Targets: big report < 5 s, demo report < 1 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arena.model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import BallotIn, Store  # noqa: E402

CRITERIA = (("工作成效", 40), ("创新举措", 25), ("下步计划", 25), ("汇报表现", 10), ("材料质量", 10))


def generated_contest(presenters: int, reviewers: int, criteria: int) -> Contest:
    groups = (
        Group("区级领导", Decimal(50)),
        Group("部门负责人", Decimal(30)),
        Group("代表委员", Decimal(20)),
    )
    return Contest(
        title=f"基准测试擂台赛（{presenters} 个对象 × {reviewers} 位评委）",
        date="2024-06-01",
        venue="大会堂",
        organizer="基准测试",
        scoring=ScoringRules(method="trimmed", trim=2, tie_break=("group:区级领导", "median")),
        criteria=tuple(Criterion(name, Decimal(mx), Decimal("0.5")) for name, mx in CRITERIA[:criteria]),
        groups=groups,
        reviewers=tuple(Reviewer(f"评委{i:03d}", groups[i % 3].name) for i in range(reviewers)),
        presenters=tuple(Presenter(f"产业链{i:03d}", speaker=f"汇报人{i:03d}") for i in range(presenters)),
    )


def fill(store: Store, seed: int = 7) -> int:
    rng = random.Random(seed)
    c = store.contest()
    quality = {p.id: rng.uniform(0.6, 0.95) for p in c.presenters}
    ballots = [
        BallotIn(
            r.id,
            p.id,
            {
                k.id: max(0, min(k.max_units, round((quality[p.id] + rng.gauss(0, 0.06)) * k.max_units)))
                for k in c.criteria
            },
            f"bench-{r.id}-{p.id}",
        )
        for p in c.presenters
        for r in c.reviewers
    ]
    store.load_generated_ballots(ballots, "benchmark data")
    return len(ballots)


def timed(label: str, fn):
    """Run fn, printing wall time and this process's CPU time (steadier on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    print(f"{label:<34} {time.perf_counter() - start:7.2f} s wall  {time.process_time() - cpu:7.2f} s cpu")
    return value


def demo_report(tmp: Path, runs: int = 3) -> None:
    """`arena report` on the demo contest with ballots, each run a new process as from the command line."""
    import statistics
    import subprocess

    from arena.demo import write_demo

    demo = tmp / "demo.arena"
    write_demo(demo, ballots=True).close()
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-c", CHILD_REPORT, str(demo), str(tmp / "demo.pdf")],
            check=True,
            capture_output=True,
            text=True,
        )
        walls.append(time.perf_counter() - start)
        cpus.append(float(child.stdout.split()[-1]))
    print(
        f"{'demo report (new process, median)':<34} {statistics.median(walls):7.2f} s wall"
        f"  {statistics.median(cpus):7.2f} s cpu"
    )


def compare(other: Path, path: Path, tmp: Path, runs: int = 3) -> None:
    """write_report on the same big file, in new processes alternating between `other` and this checkout."""
    import statistics
    import subprocess

    root = Path(__file__).resolve().parents[1]
    cpus: dict[str, list[float]] = {"other": [], "this": []}
    walls: dict[str, list[float]] = {"other": [], "this": []}
    for _ in range(runs):
        for label, checkout in (("other", other), ("this", root)):
            code = f"import sys; sys.path.insert(0, {str(checkout)!r})\n" + CHILD_WRITE_REPORT
            start = time.perf_counter()
            child = subprocess.run(
                [sys.executable, "-c", code, str(path), str(tmp / f"{label}.pdf")],
                check=True,
                capture_output=True,
                text=True,
                cwd=checkout,
            )
            walls[label].append(time.perf_counter() - start)
            cpus[label].append(float(child.stdout.split()[-1]))
    for label in cpus:
        print(
            f"{'write_report, new process (' + label + ')':<34} {statistics.median(walls[label]):7.2f} s wall"
            f"  {statistics.median(cpus[label]):7.2f} s cpu  (median of {runs})"
        )
    print(f"  this / other: {statistics.median(cpus['this']) / statistics.median(cpus['other']):.2f} (cpu)")


CHILD_WRITE_REPORT = (
    "import os\n"
    "from arena.report import write_report\n"
    "write_report(sys.argv[1], sys.argv[2])\n"
    "t = os.times()\n"
    "print(t.user + t.system)\n"
)


# The report command in a fresh interpreter; prints its own CPU time (user + system) at the end.
CHILD_REPORT = (
    "import os, sys\n"
    "from arena.cli import main\n"
    "code = main(['report', sys.argv[1], sys.argv[2]])\n"
    "t = os.times()\n"
    "print(t.user + t.system)\n"
    "sys.exit(code)\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presenters", type=int, default=100)
    parser.add_argument("--reviewers", type=int, default=500)
    parser.add_argument("--criteria", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the generated files to look at")
    parser.add_argument("--compare", help="another checkout: its write_report timed in turn with this one's")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="arena-bench-report-"))
    path = tmp / "big.arena"

    def generate():
        with Store.create(path, generated_contest(args.presenters, args.reviewers, args.criteria)) as store:
            n = fill(store)
            Session(store).close_contest()
        return n

    n = timed("generate contest", generate)
    print(
        f"  {n:,} ballots ({args.presenters} presenters x {args.reviewers} reviewers"
        f" x {args.criteria} criteria)"
    )

    from arena.cards import write_cards
    from arena.exports import export
    from arena.report import write_report
    from arena.verify import verify

    from pypdf import PdfReader

    pdf = timed("write_report (PDF)", lambda: write_report(path, tmp / "report.pdf"))
    print(f"  {len(PdfReader(pdf).pages)} pages, {pdf.stat().st_size / 1e6:.1f} MB")
    result = timed("verify (file + report hash)", lambda: verify(path, pdf))
    print(f"  ok={result.ok} problems={len(result.problems)}")
    timed("export .xlsx", lambda: export(path, tmp / "export.xlsx"))
    timed("export .csv", lambda: export(path, tmp / "export.csv"))
    timed(
        f"cards ({args.reviewers} reviewers)",
        lambda: write_cards(path, tmp / "cards.pdf", "http://10.0.0.1:8700"),
    )
    demo_report(tmp)
    if args.compare:
        compare(Path(args.compare), path, tmp)
    if args.keep:
        print(f"files in {tmp}")
    else:
        shutil.rmtree(tmp)
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
