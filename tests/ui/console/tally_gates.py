"""Tallies for the tally worker's tests, run in its child process: the real tally behind a gate.

They are module-level functions (the child imports them by name) taking multiprocessing
Events and a Value made by the test, so a test can hold a tally mid-run and count the runs.
"""

from __future__ import annotations

from arena import tally as scoring

GATE_TIMEOUT_S = 60


def gated_tally(started, gate, runs, store):
    """Count the run, say it started, wait for the test to open the gate, then tally for real."""
    with runs.get_lock():
        runs.value += 1
    started.set()
    if not gate.wait(GATE_TIMEOUT_S):
        raise TimeoutError("the test never opened the gate")
    return scoring.tally(store)


def broken_start(store):
    """A tally process that cannot work here: it ends at once, as a child that cannot start would."""
    import os

    os._exit(3)
