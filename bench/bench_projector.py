"""Benchmark: commit-to-repaint latency of the projector's scoring progress over 200 submissions.

A "server" thread owns its own Store connection (as the LAN server does),
commits one ballot at a time and calls `bridge.notify` with the commit's
time.monotonic(); the GUI thread re-counts and the progress bar repaints. The
latency is from the commit returning to the end of the bar's paint. The
contest has 240 reviewers, so each of the 200 ballots moves the bar.

Run: python bench/bench_projector.py [--size 1920x1080]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from arena.demo import demo_contest  # noqa: E402
from arena.model import Reviewer  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import BallotIn, Store  # noqa: E402
from ui.bridge import CoreBridge  # noqa: E402
from ui.fonts import register_qt_fonts  # noqa: E402
from ui.projector import ProjectorWindow  # noqa: E402

SUBMISSIONS = 200
REVIEWERS = 240


def big_room_contest():
    """The demo's criteria and groups with 240 reviewers and no recusals."""
    contest = demo_contest()
    groups = [g.name for g in contest.groups]
    reviewers = tuple(Reviewer(f"评委{i:03d}", groups[i % len(groups)]) for i in range(REVIEWERS))
    return dataclasses.replace(contest, reviewers=reviewers)


def server_thread(
    path: Path,
    presenter_id: int,
    bridge: CoreBridge,
    painted: threading.Event,
    committed_at: dict[int, float],
) -> None:
    server = Store.open(path)
    criteria = server.criteria()
    units = {c.id: int(c.max_units * Decimal("0.8")) for c in criteria}
    try:
        for i, reviewer in enumerate(server.reviewers()[:SUBMISSIONS]):
            painted.clear()
            server.record_ballot(BallotIn(reviewer.id, presenter_id, units, f"bench-{i}"), "phone")
            committed = time.monotonic()
            committed_at[i + 1] = committed  # the count the bar must show for this ballot
            bridge.notify(
                {
                    "type": "ballot",
                    "reviewer_id": reviewer.id,
                    "presenter_id": presenter_id,
                    "source": "phone",
                    "committed_at": committed,
                }
            )
            if not painted.wait(5):
                raise RuntimeError(f"submission {i + 1} was never painted")
            time.sleep(0.005)  # phones do not all press at the same microsecond
    finally:
        server.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080", help="projector window size, e.g. 1024x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_qt_fonts(app)
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / "bench.arena"
    Store.create(path, big_room_contest()).close()
    store = Store.open(path)
    bridge = CoreBridge()
    session = Session(store)
    session.subscribe(bridge.session_changed.emit)
    window = ProjectorWindow(store, bridge)
    window.resize(width, height)
    window.show()
    presenter_id = store.presenters()[0].id
    session.goto(presenter_id)
    session.open_scoring([presenter_id])
    window.settle()
    app.processEvents()

    latencies: list[float] = []
    painted = threading.Event()
    committed_at: dict[int, float] = {}

    def on_repaint(done: int, at: float) -> None:
        if done in committed_at and not painted.is_set():
            latencies.append(at - committed_at.pop(done))
            painted.set()
            if done == SUBMISSIONS:
                app.quit()

    window.progress_bar().repainted.connect(on_repaint)
    worker = threading.Thread(
        target=server_thread,
        name="bench-server",
        args=(path, presenter_id, bridge, painted, committed_at),
        daemon=True,
    )
    worker.start()
    QTimer.singleShot(120_000, app.quit)  # a watchdog: a lost repaint must not hang the benchmark
    app.exec()
    worker.join(10)
    window.settle()  # a fade still running would paint into a window that is gone
    app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    folder.cleanup()

    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * len(ms))) - 1)]
    print(
        f"projector commit-to-repaint, {len(ms)} submissions, window {width}x{height}, "
        f"platform {app.platformName()}"
    )
    print(
        f"  p50 {statistics.median(ms):.1f} ms   p95 {p95:.1f} ms   max {ms[-1]:.1f} ms   "
        f"mean {statistics.fmean(ms):.1f} ms"
    )
    return 0 if len(ms) == SUBMISSIONS else 1


if __name__ == "__main__":
    sys.exit(main())
