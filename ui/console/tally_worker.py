"""The tally off the GUI thread: one worker thread with its own connection to the contest file.

A 500 x 100 contest's tally takes over a second; run on the GUI thread, it froze the console
for that long after every burst of ballots. Here `request()` hands the work to one thread
(one tally at a time); requests made while it runs collapse into one, the latest, run next;
a result whose request has been overtaken by a newer one is dropped, never shown. The worker
runs exactly `arena.tally.tally` on its own read connection, in one snapshot of the file,
so its result is the one the GUI thread would have computed.

Signals (delivered on the GUI thread):
    ready(object): the newest requested tally (an arena.tally.Tally).
    failed(str): the tally raised; the text is the exception's, for the host.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from arena.store import Store


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted by the worker thread, are queued there."""

    done = Signal(int, object, str)


class TallyWorker(QObject):
    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, path: str | Path, tally, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._tally = tally
        self._wake = threading.Condition()
        self._wanted = 0  # the newest request's number
        self._taken = 0  # the request the worker last started on
        self._stopping = False
        self._running = False
        self.requested = 0  # requests made (for tests)
        self.dropped = 0  # results dropped as overtaken (for tests)
        self.latest = None  # the newest result shown
        self._relay = _Relay(self)
        self._relay.done.connect(self._arrived)
        self._thread = threading.Thread(target=self._run, name="arena-tally", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        """A tally is running or asked for."""
        with self._wake:
            return self._taken < self._wanted or self._running

    def request(self) -> int:
        """Ask for a tally of the file as it is now; returns the request's number."""
        with self._wake:
            self._wanted += 1
            self.requested += 1
            self._wake.notify()
            return self._wanted

    def stop(self) -> None:
        """Let the thread finish its tally (if any) and end; no result is delivered after this."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._relay.done.disconnect(self._arrived)
        self._thread.join(timeout=30)

    # -- the worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        store = None
        try:
            while True:
                with self._wake:
                    while self._taken >= self._wanted and not self._stopping:
                        self._wake.wait()
                    if self._stopping:
                        return
                    self._taken = number = self._wanted
                    self._running = True
                try:
                    if store is None:
                        store = Store(Store._connect(self.path), self.path)
                    result, error = self._tally(store), ""
                except Exception as exc:  # a bug in the tally must not stop the meeting
                    result, error = None, str(exc) or type(exc).__name__
                with self._wake:
                    self._running = False
                    if self._stopping:
                        return
                self._relay.done.emit(number, result, error)
        finally:
            if store is not None:
                store.close()

    # -- back on the GUI thread ----------------------------------------------------------------

    def _arrived(self, number: int, result, error: str) -> None:
        with self._wake:
            if self._stopping:  # queued before the file closed: nobody may read the store now
                return
            overtaken = number < self._wanted
        if overtaken:  # the file changed since this tally's snapshot was asked for: a newer one is coming
            self.dropped += 1
            return
        if error:
            self.failed.emit(error)
            return
        self.latest = result
        self.ready.emit(result)
