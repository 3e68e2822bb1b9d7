"""One tally per change, shared by every screen that shows results (console, projector, web screen).

A burst of ballots is one change; the console's provisional results, the projector and the web
screen each ask for the tally after it, from their own threads and connections. `shared_tally(store)`
computes `scoring.tally` once per state of the file — keyed by the last submission and the tally
marker (every setup change and every host action a result depends on moves it; a reveal step, a
scene or the timer does not: at 500 x 100 each F12 cost the projector a 0.6 s tally on the GUI
thread) — and hands the same result to everyone asking about that state. Results are immutable, so sharing them across threads is safe.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..store import Store
from . import compute as scoring

_lock = threading.Lock()
_latest: dict[Path, tuple[tuple, object]] = {}  # contest file -> (its state's key, the tally of it)
computed = 0  # how many tallies were actually computed (tests and benchmarks read it)


def _key(store: Store) -> tuple:
    return (store.last_submission_id(), store.tally_marker())


def shared_tally(store: Store):
    """`scoring.tally(store)`, computed once per state of the contest file whoever asks."""
    global computed
    path = Path(store.path).resolve()
    with _lock, store.snapshot():  # the key and the tally read the same state of the file
        key = _key(store)
        known = _latest.get(path)
        if known is not None and known[0] == key:
            return known[1]
        result = scoring.tally(store)
        computed += 1
        _latest[path] = (key, result)
        return result
