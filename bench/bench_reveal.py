"""The projector through a reveal at scale: how long the GUI thread is busy per F12 (issue 16).

    python bench/bench_reveal.py [--reviewers 500] [--presenters 100] [--criteria 10] [--steps 10]

Builds a scored contest (by default 500 reviewers x 100 presenters x 10 criteria, every ballot in;
bench/scale_contest.py), closes it, opens the projector offscreen at 1920x1080 on the results scene
and takes --steps reveal steps through Session, as the console's F12 does. For each step it prints
the GUI thread's wall and CPU time from the action to the scene painted, and how many tallies were
computed. It runs the steps twice in one process: first with the tally keyed as before this change
(by the host marker, which every host action moves: a reveal step recomputed the whole tally), then
as now (by the tally marker, which a reveal step does not move), so the two are compared in one run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from arena.changes import Changes  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import Store  # noqa: E402
from arena.tally import shared  # noqa: E402
from scale_contest import write_contest  # noqa: E402
from ui.app import make_app  # noqa: E402
from ui.bridge import CoreBridge  # noqa: E402
from ui.projector import ProjectorWindow  # noqa: E402


def steps(store: Store, session: Session, count: int) -> list[tuple[float, float, int]]:
    """(wall ms, GUI thread CPU ms, tallies computed) per reveal step, the scene painted each time."""
    bridge = CoreBridge()
    session.changes.subscribe(bridge.on_change)
    window = ProjectorWindow(store, bridge)
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    session.set_scene("results")
    QApplication.processEvents()
    window.repaint()
    figures = []
    for _ in range(count):
        computed, wall, cpu = shared.computed, time.monotonic(), time.thread_time()
        session.reveal_next()
        QApplication.processEvents()
        window.repaint()
        figures.append(
            ((time.monotonic() - wall) * 1000, (time.thread_time() - cpu) * 1000, shared.computed - computed)
        )
    window.close()
    return figures


def line(name: str, figures: list[tuple[float, float, int]]) -> str:
    walls, cpus = [f[0] for f in figures], [f[1] for f in figures]
    return (
        f"  {name}: per step wall median {statistics.median(walls):.0f} ms, max {max(walls):.0f} ms;"
        f" GUI thread CPU median {statistics.median(cpus):.0f} ms; tallies computed {sum(f[2] for f in figures)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=500)
    parser.add_argument("--presenters", type=int, default=100)
    parser.add_argument("--criteria", type=int, default=10)
    parser.add_argument("--steps", type=int, default=10)
    args = parser.parse_args()
    make_app()
    folder = Path(tempfile.mkdtemp(prefix="arena-reveal-"))
    path = folder / "reveal.arena"
    # every presenter scored (the builder leaves the last one open for the console's burst)
    write_contest(path, args.reviewers, args.presenters, args.criteria)
    store = Store.open(path)
    session = Session(store, changes=Changes())
    session.close_contest()
    print(f"reveal: {args.reviewers} reviewers x {args.presenters} presenters x {args.criteria} criteria")
    new_key = shared._key
    shared._key = lambda s: (s.last_submission_id(), s.host_marker())  # as before: every action
    before = steps(store, session, args.steps)
    shared._key = new_key
    after = steps(store, session, args.steps)
    print(line("keyed by the host marker (before)", before))
    print(line("keyed by the tally marker (now)", after))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
