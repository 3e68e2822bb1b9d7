"""The tally in a process of its own: the loop the console's tally process runs (issue 16).

A 500 x 100 contest's tally is over half a second of pure Python. Run in a thread of the
console's process it held the interpreter's lock against the GUI thread and the reviewers'
server, and the console froze for as long. The console starts one long-lived child process
(multiprocessing, "spawn") that runs `serve`: it waits for a request number, tallies the file
on its own connection in one snapshot, and sends back (number, result, error). One request
at a time; the console decides which are stale.

What goes back is pickled. `light` leaves out each presenter's list of reviewer totals (the
bulk of a big tally, 50,000 objects, and a second of unpickling in the console): the console
shows ranks, scores, counts and warnings, never a reviewer's total; everything it keeps is
exactly the full tally's. Qt-free: the child never imports Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ..store import Store
from .compute import tally as full_tally
from .results import Tally


def light(result: Tally) -> Tally:
    """The tally without the presenters' lists of reviewer totals; every other field unchanged."""
    return dataclasses.replace(
        result, presenters=tuple(dataclasses.replace(p, totals=()) for p in result.presenters)
    )


def serve(path: str, requests, results, tally: Callable | None = None, lighten: bool = True) -> None:
    """The child's loop: a request number in, (number, tally or None, error text) out, until None or EOF.

    `tally(store)` defaults to arena.tally.tally; tests pass another picklable callable.
    """
    tally = tally or full_tally
    store = None
    try:
        while True:
            try:
                number = requests.recv()
            except (EOFError, OSError):  # the console went away
                return
            if number is None:
                return
            try:
                if store is None:
                    store = Store(Store._connect(Path(path)), Path(path))
                result = tally(store)
                reply = (number, light(result) if lighten else result, "")
            except Exception as exc:  # a bug in the tally must not stop the meeting: the host is told
                reply = (number, None, str(exc) or type(exc).__name__)
            try:
                results.send(reply)
            except (BrokenPipeError, OSError):
                return
    finally:
        if store is not None:
            store.close()
