"""The rest of the damage check of a contest file the console has opened, off the GUI thread.

Checking every page of a large file takes about a second (bench/bench_open_check.py), so the
console opens a file with only its setup and session tables checked (Store.open check="setup")
and checks every page here in a worker thread. A damaged file found this way is closed and
explained exactly as one refused at open (ui/console/open_error_text.py), with its latest
backup offered.
"""

from __future__ import annotations

from arena.store import pages_damaged
from ui.console.tasks import run_in_background


def check_pages_in_background(window, controller) -> None:
    """Check every page of `controller`'s file; if damaged and still open, `window.found_damaged(path)`."""
    path = controller.path

    def done(damaged) -> None:
        if damaged and window.controller is controller:
            window.found_damaged(path)

    run_in_background(lambda: pages_damaged(path), done, lambda message: None)
