"""The tally worker (issue 16): off the GUI thread, one at a time, the latest request wins, stale results
dropped, and the same result the GUI thread computes.

The worker runs the real `arena.tally.tally` on the real contest file; where a test must hold a tally
mid-run it wraps the real function with a gate the test opens.
"""

from __future__ import annotations

import threading

from arena import tally as scoring
from arena.demo import write_demo
from arena.store import BallotIn, Store
from arena.tally import tally_json
from ui.console.tally_worker import TallyWorker


def _demo(tmp_path):
    path = tmp_path / "demo.arena"
    write_demo(path, ballots=True).close()
    return path


def _changed_ballot(store) -> BallotIn:
    """A reviewer changes their mind: the first ballot again, every mark now the lowest."""
    contest = store.contest()
    reviewer, presenter = sorted(store.submitted_pairs())[0]
    units = {c.id: 0 for c in contest.criteria}
    return BallotIn(reviewer, presenter, units, client_id="worker-test")


def test_the_worker_computes_exactly_what_the_gui_thread_computes(qtbot, tmp_path):
    path = _demo(tmp_path)
    worker = TallyWorker(path, scoring.tally)
    try:
        with qtbot.waitSignal(worker.ready, timeout=20_000) as blocker:
            worker.request()
        with Store.open(path) as store:
            here = scoring.tally(store)
        assert tally_json(blocker.args[0]) == tally_json(here)
        assert any(p.score is not None for p in here.presenters)  # a real tally, not an empty one
    finally:
        worker.stop()


def test_a_result_arriving_after_a_newer_request_is_dropped(qtbot, tmp_path):
    path = _demo(tmp_path)
    gate, started = threading.Event(), threading.Event()

    def gated_tally(store):
        started.set()
        assert gate.wait(20)
        return scoring.tally(store)

    worker = TallyWorker(path, gated_tally)
    shown = []
    worker.ready.connect(shown.append)
    try:
        with Store.open(path) as store:
            before = tally_json(scoring.tally(store))
            worker.request()  # request 1: its tally starts and waits at the gate (its snapshot not yet taken)
            assert started.wait(20)
            store.record_ballot(_changed_ballot(store), "host", require_open=False)
            worker.request()  # request 2, made while 1 runs: 1's result is now stale
            assert worker.busy
            gate.set()
            qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
            assert worker.dropped == 1  # request 1's result arrived after request 2 and was never shown
            # What is shown is request 2's tally: the changed ballot counts.
            assert tally_json(shown[0]) == tally_json(scoring.tally(store)) != before
            qtbot.wait(200)
            assert len(shown) == 1  # nothing else arrives
    finally:
        worker.stop()


def test_requests_made_while_a_tally_runs_collapse_into_one(qtbot, tmp_path):
    path = _demo(tmp_path)
    gate, started = threading.Event(), threading.Event()
    runs = []

    def gated_tally(store):
        runs.append(1)
        started.set()
        assert gate.wait(20)
        return scoring.tally(store)

    worker = TallyWorker(path, gated_tally)
    shown = []
    worker.ready.connect(shown.append)
    try:
        worker.request()
        assert started.wait(20)
        for _ in range(5):
            worker.request()
        gate.set()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
        qtbot.wait(200)
        assert len(runs) == 2  # the running one and the latest of the five, not six tallies
        assert worker.dropped == 1
    finally:
        worker.stop()
