"""How long the GUI thread is held while the console takes a backup (target: no gap over 50 ms).

    python bench/bench_backup.py [--megabytes 40]

Builds a demo contest padded to about the given size (the submission log grows like a long day's),
opens it in the real console offscreen, ticks a 5 ms timer on the GUI thread and asks the backup
keeper for a copy. Prints the copy's time and the GUI thread's longest gap between ticks during the
copy, against the same measure with no backup running (the baseline, same run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlite3  # noqa: E402

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from arena.demo import write_demo  # noqa: E402
from ui.console.main_window import MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402


def padded_demo(path: Path, megabytes: int) -> None:
    write_demo(path, ballots=True).close()
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT * FROM submissions LIMIT 1").fetchone()
    columns = [c[1] for c in conn.execute("PRAGMA table_info(submissions)")]
    big = "x" * 2000
    n = 0
    with conn:
        while path.stat().st_size < megabytes * 1_000_000:
            values = dict(zip(columns, row))
            values.update(id=None, client_id=f"pad-{n}", raw=big)
            conn.executemany(
                f"INSERT INTO submissions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [tuple({**values, "client_id": f"pad-{n}-{i}"}[c] for c in columns) for i in range(500)],
            )
            n += 1
            conn.commit()
    conn.close()


def longest_gap(app, seconds: float, during=None) -> tuple[float, float]:
    """The GUI thread's longest gap between 5 ms ticks while `during` runs (or for `seconds`)."""
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    done = []
    if during is not None:
        during(lambda: done.append(time.perf_counter()))
    while (during is not None and not done) or (during is None and time.perf_counter() - started < seconds):
        app.processEvents(QEventLoop.AllEvents, 5)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    took = (done[0] if done else time.perf_counter()) - started
    return max(gaps) * 1000, took * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    path = folder / "big.arena"
    padded_demo(path, args.megabytes)
    window = MainWindow(Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
    window.open_contest(path)
    keeper = window.controller.backups

    def backup(finished):
        keeper.backed_up.connect(lambda _target: finished())
        keeper.request("manual")

    idle_gap, _ = longest_gap(app, 1.0)
    gap, took = longest_gap(app, 0, backup)
    size = path.stat().st_size / 1e6
    print(f"file {size:.1f} MB; backup took {took:.0f} ms")
    print(f"GUI thread longest gap: {gap:.1f} ms during the backup, {idle_gap:.1f} ms idle (baseline)")
    window.close_contest_file()


if __name__ == "__main__":
    main()
