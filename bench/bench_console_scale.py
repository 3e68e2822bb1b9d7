"""The console at scale, measured from outside: an event-loop lag probe while ballots arrive over HTTP.

    python bench/bench_console_scale.py [--size small big audience | all] [--human-seconds 30]
        [--human-ballots 100] [--no-tally] [--profile]

Runs the real console offscreen at 1366x768 on a generated contest in a temporary folder:
    small     300 reviewers x 20 presenters x 4 criteria, 19 presenters already scored
    big       500 reviewers x 100 presenters x 10 criteria, 99 presenters already scored (495k scores)
    audience  1,000 reviewers x 8 presenters x 1 criterion (an audience vote: one short ballot each)
The phones are another process posting ballots over real HTTP on 127.0.0.1 for the last presenter.

A 10 ms QTimer ticks throughout; a tick's lag is its gap minus 10 ms, and a freeze is a lag over 100 ms
(50 ms is also counted, the small contest's target). Prints, per size: the open time (call -> live
page painted), lag p50/p99/max and freezes during a burst (every reviewer at once), at human pace
(ballots spread over --human-seconds, resubmissions) and around two host actions; commit -> board
p50/p95 (a ballot committed by the server until its cell shows a tick, polled every tick); the setup
tab's first open and a Revert; RSS. --no-tally leaves the provisional tally out and --profile prints
where the GUI thread's time went during the burst (diagnosis).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from scale_contest import write_contest  # noqa: E402
from ui.app import make_app  # noqa: E402
from ui.console.main_window import MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402

SIZES = {"small": (300, 20, 4), "big": (500, 100, 10), "audience": (1000, 8, 1)}
TICK_MS = 10


# -- the phones (another process) --------------------------------------------------------------


def phone_worker(base: str, jobs: list, start: float, spread: float, refused: list) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        for i, (at, token, presenter_id, marks) in enumerate(jobs):
            if spread:
                time.sleep(max(0.0, start + at - time.monotonic()))
            reply = client.post(
                f"/api/r/{token}/ballots",
                json={"client_id": f"bench-{uuid.uuid4().hex}", "presenter_id": presenter_id, "marks": marks},
            )
            if reply.status_code != 200:
                refused.append(reply.status_code)


def run_phones(job_file: str) -> int:
    spec = json.loads(Path(job_file).read_text())
    jobs, phones, spread = spec["jobs"], spec["phones"], spec["spread"]
    start, refused = time.monotonic(), []
    threads = [
        threading.Thread(target=phone_worker, args=(spec["base"], jobs[i::phones], start, spread, refused))
        for i in range(phones)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if refused:
        print(f"phones: {len(refused)} refused ({sorted(set(refused))})", file=sys.stderr)
    return 0


# -- the probe ---------------------------------------------------------------------------------


class Probe:
    """A 10 ms timer: records each tick's lag, and when committed ballots first show on the board."""

    def __init__(self, board):
        self.board = board
        # (tick time, lag ms, CPU ms in the gap of the GUI thread, of the whole process)
        self.lags: list[tuple[float, float, float, float]] = []
        self.pending: dict[tuple[int, int], float] = {}  # (row, col) -> committed_at
        self.seen: list[float] = []
        self.committed = 0
        self._last = time.monotonic()
        self._cpu = time.thread_time()  # this (the GUI) thread's own CPU time
        self._process_cpu = time.process_time()  # every thread's (the server's too)
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def model(self):
        return getattr(self.board, "source_model", None) or self.board.grid.model()

    def committed_ballots(self, events: list[dict]) -> None:
        for event in events:
            self.committed += 1
            row = self.board._rows.get(event["reviewer_id"])
            col = self.board._columns.get(event["presenter_id"])
            self.pending[(row, col)] = event["committed_at"]

    def _tick(self) -> None:
        now, cpu, process_cpu = time.monotonic(), time.thread_time(), time.process_time()
        lag = (now - self._last) * 1000 - TICK_MS
        self.lags.append((now, lag, (cpu - self._cpu) * 1000, (process_cpu - self._process_cpu) * 1000))
        self._last, self._cpu, self._process_cpu = now, cpu, process_cpu
        if self.pending:
            model = self.model()
            for key in [k for k in self.pending if model.index(*k).data() == "✓"]:
                self.seen.append((now - self.pending.pop(key)) * 1000)

    def window(self, start: float, end: float) -> list[tuple[float, float, float]]:
        """(lag, GUI thread CPU, process CPU) of the ticks between start and end."""
        return [tick[1:] for tick in self.lags if start <= tick[0] <= end]


def lag_line(name: str, ticks: list[tuple[float, float, float]]) -> str:
    """Lag figures. Inside the freezes: the GUI thread's own CPU time and the whole process's (the server
    thread's too). A freeze in which the process used little CPU was spent waiting for a core (a loaded
    machine); process CPU well above the GUI thread's is another thread holding Python's lock."""
    if not ticks:
        return f"  {name}: no ticks"
    lags = [lag for lag, _, _ in ticks]
    ordered = sorted(lags)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    freezes = [tick for tick in ticks if tick[0] > 100]
    total, gui, process = (sum(f[i] for f in freezes) / 1000 for i in range(3))
    all_gui, all_process = (sum(t[i] for t in ticks) / 1000 for i in (1, 2))
    return (
        f"  {name}: lag p50 {statistics.median(ordered):.1f} ms, p99 {p99:.1f} ms, max {ordered[-1]:.0f} ms;"
        f" freezes >100 ms: {len(freezes)} (total {total:.1f} s; CPU in them: GUI thread {gui:.2f} s,"
        f" process {process:.2f} s), >50 ms: {sum(1 for x in lags if x > 50)}; ticks {len(lags)};"
        f" CPU in the whole window: GUI thread {all_gui:.2f} s, process {all_process:.2f} s"
    )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(len(ordered) * q) - 1))]


def wait(seconds: float, until=None) -> None:
    loop = QEventLoop()
    deadline = time.monotonic() + seconds
    poll = QTimer(interval=20)
    poll.timeout.connect(
        lambda: loop.quit() if time.monotonic() > deadline or (until is not None and until()) else None
    )
    poll.start()
    loop.exec()
    poll.stop()


def rss_mb(pid: int | str = "self") -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0.0
    for line in lines:
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def tally_process_rss(controller) -> str:
    """The tally's own process, when it has one (issue 16), beside the console's."""
    process = getattr(controller.tallies, "_process", None)
    return f" + tally process {rss_mb(process.pid):.0f} MB" if process is not None else ""


def post_ballots(folder: Path, name: str, base: str, jobs: list, phones: int, spread: float):
    job_file = folder / f"{name}.json"
    job_file.write_text(json.dumps({"base": base, "phones": phones, "spread": spread, "jobs": jobs}))
    return subprocess.Popen([sys.executable, __file__, "--phone-jobs", str(job_file)])


def burst_done(probe: Probe, phones: subprocess.Popen) -> bool:
    """The phones' process has ended (waited for here, never by blocking the GUI thread) and every
    committed ballot is shown."""
    return phones.poll() is not None and not probe.pending


def profiled(args):
    """cProfile on the GUI thread (only the thread that enables it is profiled), or None."""
    if not args.profile:
        return None
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    return profile


def print_profile(profile, what: str) -> None:
    if profile is None:
        return
    import pstats

    profile.disable()
    print(f"  GUI thread profile ({what}), by own time:")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(12)


class Stopwatch:
    """Wall time and this thread's own CPU time (on a loaded machine the CPU time is the steadier figure)."""

    def __enter__(self):
        self.wall, self.cpu = time.monotonic(), time.thread_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.monotonic() - self.wall, time.thread_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall * 1000:.0f} ms (GUI thread CPU {self.cpu * 1000:.0f} ms)"


def time_setup_editor(window) -> tuple[Stopwatch, Stopwatch]:
    """The setup tab's first open (built, shown, painted) and a Revert."""
    with Stopwatch() as built:
        editor = window.setup
        window.pages.setCurrentWidget(editor)
        window.repaint()
    with Stopwatch() as reverted:
        editor.revert()
        window.repaint()
    window.pages.setCurrentWidget(window.live)
    return built, reverted


def run_size(size: str, args) -> None:
    reviewers, presenters, criteria = SIZES[size]
    folder = Path(tempfile.mkdtemp(prefix=f"arena-scale-{size}-"))
    path = folder / "bench.arena"
    write_contest(path, reviewers, presenters, criteria)
    window = MainWindow(Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    with Stopwatch() as opened:
        window.open_contest(path)
        window.repaint()
    controller = window.controller
    if args.no_tally:  # diagnosis: the GUI thread's own costs, without the tally competing for the GIL
        window.live.results.recompute = lambda: None
    probe = Probe(window.live.board)
    controller.bridge.ballots_committed.connect(probe.committed_ballots)
    base = controller.start_server("127.0.0.1", 0)
    contest = controller.contest()
    last = contest.presenters[-1]
    controller.act("start")
    controller.act("goto", last.id)
    controller.act("open_scoring", None)
    wait(2.0)  # the start-up's own work settles before the burst

    def marks(rng):
        return {
            # "f": a normalized 10 is Decimal("1E+1"), which the phone page never sends and the server refuses
            str(c.id): format(c.from_units(rng.randint(c.max_units // 2, c.max_units)), "f")
            for c in contest.criteria
        }

    rng = random.Random(2)
    jobs = [(0, r.token, last.id, marks(rng)) for r in contest.reviewers]
    profile = profiled(args)
    t0 = time.monotonic()
    phones = post_ballots(folder, "burst", base, jobs, args.phones, 0)
    wait(180, until=lambda: burst_done(probe, phones))
    phones.wait(60)  # it has ended: returns at once
    t1 = time.monotonic()
    burst_committed = probe.committed
    wait(1.5)  # the tail: a re-tally or catch-up after the last ballot still counts
    print_profile(profile, "burst")
    burst = probe.window(t0, time.monotonic())
    burst_seen = list(probe.seen)
    probe.seen.clear()

    h = args.human_ballots
    spread = args.human_seconds
    human = [
        (spread * i / h, r.token, last.id, marks(rng)) for i, r in enumerate(rng.sample(contest.reviewers, h))
    ]
    t2 = time.monotonic()
    phones = post_ballots(folder, "human", base, human, 4, spread)
    wait(spread + 60, until=lambda: burst_done(probe, phones))
    phones.wait(60)  # it has ended: returns at once
    wait(1.5)
    human_lags = probe.window(t2, time.monotonic())
    human_seen = list(probe.seen)

    t3 = time.monotonic()
    controller.act("start_timer")
    wait(1.0)
    controller.act("close_scoring", None)
    wait(2.0)
    host = probe.window(t3, time.monotonic())
    probe.timer.stop()
    built, reverted = time_setup_editor(window)

    print(f"{size}: {reviewers} reviewers x {presenters} presenters x {criteria} criteria")
    print(f"  open: call -> live page painted {opened}")
    print(lag_line(f"burst of {len(jobs)} ballots, {burst_committed} committed ({t1 - t0:.1f} s)", burst))
    print(lag_line(f"human pace, {h} ballots over {spread:.0f} s", human_lags))
    print(lag_line("host actions (start timer, close scoring)", host))
    for name, seen in (("burst", burst_seen), ("human pace", human_seen)):
        if seen:
            print(
                f"  commit -> board ({name}, {len(seen)}): p50 {statistics.median(seen):.0f} ms,"
                f" p95 {pct(seen, 0.95):.0f} ms, max {max(seen):.0f} ms"
            )
    print(f"  setup editor: first open {built}, Revert {reverted}")
    print(f"  RSS {rss_mb():.0f} MB{tally_process_rss(controller)}", flush=True)
    window.close_contest_file()  # without the question a live contest asks when its window closes
    window.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", nargs="+", choices=[*SIZES, "all"], default=["all"])
    parser.add_argument("--phones", type=int, default=8, help="concurrent HTTP clients in the burst")
    parser.add_argument("--human-seconds", type=float, default=30)
    parser.add_argument("--human-ballots", type=int, default=100)
    parser.add_argument("--no-tally", action="store_true", help="diagnosis: no provisional tally")
    parser.add_argument("--profile", action="store_true", help="diagnosis: profile the GUI thread's burst")
    parser.add_argument(
        "--switch-interval", type=float, help="diagnosis: Python's thread switch interval in seconds"
    )
    parser.add_argument("--phone-jobs", help=argparse.SUPPRESS)  # internal: run as the phones' process
    args = parser.parse_args()
    if args.phone_jobs:
        return run_phones(args.phone_jobs)
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    make_app()
    for size in SIZES if "all" in args.size else args.size:
        run_size(size, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
