"""The tally worker (issue 16): a child process, one tally at a time, the latest request wins, stale
results dropped, and exactly the result the GUI thread computes.

The worker runs the real `arena.tally.tally` in its real child process on the real contest file; where
a test must hold a tally mid-run it passes the real function behind a gate (tally_gates.py) that the
test opens through a multiprocessing Event.
"""

from __future__ import annotations

import functools
import multiprocessing

from arena import tally as scoring
from arena.demo import write_demo
from arena.store import BallotIn, Store
from arena.tally import tally_json
from arena.tally.child import light
from tests.ui.console.tally_gates import broken_start, gated_tally
from ui.console.tally_worker import MAX_RESTARTS, TallyWorker

WAIT_MS = 60_000


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


def _gate():
    context = multiprocessing.get_context("spawn")
    started, gate, runs = context.Event(), context.Event(), context.Value("i", 0)
    return started, gate, runs, functools.partial(gated_tally, started, gate, runs)


def test_the_worker_computes_exactly_what_the_gui_thread_computes(qtbot, tmp_path):
    path = _demo(tmp_path)
    full = TallyWorker(path, lighten=False)
    shown = TallyWorker(path)  # what the console uses: the light form
    try:
        with qtbot.waitSignal(full.ready, timeout=WAIT_MS) as whole:
            full.request()
        with qtbot.waitSignal(shown.ready, timeout=WAIT_MS) as lighter:
            shown.request()
        with Store.open(path) as store:
            here = scoring.tally(store)
        assert tally_json(whole.args[0]) == tally_json(here)  # the child's tally, field for field
        assert any(p.score is not None for p in here.presenters)  # a real tally, not an empty one
        # The light form: every field the console shows is the full tally's; only the totals are left out.
        assert tally_json(lighter.args[0]) == tally_json(light(here))
        assert all(p.totals == () for p in lighter.args[0].presenters)
        assert [(p.presenter.name, p.rank, p.score, p.warnings) for p in lighter.args[0].presenters] == [
            (p.presenter.name, p.rank, p.score, p.warnings) for p in here.presenters
        ]
    finally:
        full.stop()
        shown.stop()


def test_a_result_arriving_after_a_newer_request_is_dropped(qtbot, tmp_path):
    path = _demo(tmp_path)
    started, gate, runs, tally = _gate()
    worker = TallyWorker(path, tally)
    shown = []
    worker.ready.connect(shown.append)
    try:
        with Store.open(path) as store:
            before = tally_json(light(scoring.tally(store)))
            worker.request()  # request 1: its tally starts in the child and waits at the gate
            assert started.wait(WAIT_MS / 1000)
            store.record_ballot(_changed_ballot(store), "host", require_open=False)
            worker.request()  # request 2, made while 1 runs: 1's result is now stale
            assert worker.busy
            gate.set()
            qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT_MS)
            assert worker.dropped == 1  # request 1's result arrived after request 2 and was never shown
            # What is shown is request 2's tally: the changed ballot counts.
            assert tally_json(shown[0]) == tally_json(light(scoring.tally(store))) != before
            qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
            assert len(shown) == 1 and runs.value == 2  # nothing else was tallied or shown
    finally:
        worker.stop()


def test_requests_made_while_a_tally_runs_collapse_into_one(qtbot, tmp_path):
    path = _demo(tmp_path)
    started, gate, runs, tally = _gate()
    worker = TallyWorker(path, tally)
    shown = []
    worker.ready.connect(shown.append)
    try:
        worker.request()
        assert started.wait(WAIT_MS / 1000)
        for _ in range(5):
            worker.request()
        gate.set()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
        assert runs.value == 2  # the running one and the latest of the five, not six tallies
        assert worker.dropped == 1 and len(shown) == 1
    finally:
        worker.stop()


def test_a_tally_process_that_dies_is_reported_and_started_again(qtbot, tmp_path):
    path = _demo(tmp_path)
    worker = TallyWorker(path)
    try:
        with qtbot.waitSignal(worker.ready, timeout=WAIT_MS):
            worker.request()
        with qtbot.waitSignal(worker.failed, timeout=WAIT_MS) as failure:
            worker._process.kill()  # as the system would end it (out of memory)
        assert failure.args[0] == "the tally process ended"
        assert not worker.busy
        # The next request starts a new process: the provisional results carry on.
        with qtbot.waitSignal(worker.ready, timeout=WAIT_MS) as again:
            worker.request()
        assert any(p.score is not None for p in again.args[0].presenters)
    finally:
        worker.stop()


def test_a_tally_process_that_keeps_dying_is_not_started_again_and_again(qtbot, tmp_path):
    path = _demo(tmp_path)
    worker = TallyWorker(path, broken_start)
    failures = []
    worker.failed.connect(failures.append)
    try:
        for attempt in range(1, MAX_RESTARTS + 1):
            worker.request()
            qtbot.waitUntil(lambda: len(failures) == attempt, timeout=WAIT_MS)  # evaluated in this iteration
        assert not worker.busy
        generation = worker._generation
        worker.request()  # no fourth process: the host has been told the results cannot be computed
        assert worker._generation == generation == MAX_RESTARTS
        assert failures == ["the tally process ended"] * MAX_RESTARTS and worker.latest is None
    finally:
        worker.stop()


def test_closing_the_contest_ends_a_tally_still_running(qtbot, tmp_path):
    path = _demo(tmp_path)
    started, gate, runs, tally = _gate()
    worker = TallyWorker(path, tally)
    shown = []
    worker.ready.connect(shown.append)
    worker.request()
    assert started.wait(WAIT_MS / 1000)  # the child is mid-tally, held at a gate nobody opens
    worker.stop()  # does not wait for it: the child, which only reads, is ended
    assert worker._reader.is_alive() is False
    assert shown == [] and worker.latest is None
