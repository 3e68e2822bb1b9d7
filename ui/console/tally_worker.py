"""The tally off the GUI thread and out of its process: one child process with its own connection.

A 500 x 100 contest's tally takes over half a second of pure Python. On the GUI thread it froze
the console for that long after every burst; in a thread of the console's process it still held
the interpreter's lock against the GUI thread and the reviewers' server (freezes of 0.5-2 s in a
burst). Here `request()` hands the work to one long-lived child process (multiprocessing,
"spawn": the same in the PyInstaller bundle, where main.py calls freeze_support), which runs
arena.tally.child.serve: one tally at a time; requests made while it runs collapse into one,
the latest, sent next; a result whose request has been overtaken by a newer one is dropped,
never shown. The child runs exactly `arena.tally.tally` on its own connection, in one snapshot
of the file, and sends back the light form (arena.tally.child.light: no per-reviewer totals).

A reader thread in this process waits on the child's pipe (without the interpreter's lock) and
hands each result to the GUI thread through a queued signal.

Signals (delivered on the GUI thread):
    ready(object): the newest requested tally (an arena.tally.Tally, light form).
    failed(str): the tally raised, or the tally process ended; the text is for the host.
"""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from arena.tally.child import serve

STOP_TIMEOUT_S = 10
STOP_GRACE_S = 0.5  # closing the contest waits this long for a running tally before ending the child
MAX_RESTARTS = 3  # a child that dies this many times in a row without a result is not started again


class _Relay(QObject):
    """Lives on the GUI thread; its signal, emitted by the reader thread, is queued there."""

    done = Signal(int, int, object, str)  # the child's generation, the request's number, result, error


class TallyWorker(QObject):
    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, path: str | Path, tally=None, parent: QObject | None = None, lighten: bool = True):
        """`tally`: a picklable callable(store) run in the child instead of arena.tally.tally (tests)."""
        super().__init__(parent)
        self.path = Path(path)
        self._lock = threading.Lock()
        self._wanted = 0  # the newest request's number
        self._sent = 0  # the request the child is working on (or last worked on)
        self._running = False  # a request is with the child
        self._stopping = False
        self.requested = 0  # requests made (for tests)
        self.dropped = 0  # results dropped as overtaken (for tests)
        self.latest = None  # the newest result shown
        self._relay = _Relay(self)
        self._relay.done.connect(self._arrived)
        self._args = (tally, lighten)
        self._generation = 0
        self._dead = False  # the reader found the child's end of file (its exit may not be reaped yet)
        self._deaths = 0  # in a row, without a result between them
        self._start()

    def _start(self) -> None:
        """A child process and the thread that reads its results (again after the child died)."""
        context = multiprocessing.get_context("spawn")
        requests_in, self._requests = context.Pipe(duplex=False)
        self._results, results_out = context.Pipe(duplex=False)
        self._process = context.Process(
            target=serve, args=(str(self.path), requests_in, results_out, *self._args), name="arena-tally"
        )
        self._process.daemon = True
        self._process.start()
        requests_in.close()  # the child's ends: this process keeps only its own
        results_out.close()
        self._generation += 1
        self._reader = threading.Thread(
            target=self._read, args=(self._generation, self._results), name="arena-tally-reader", daemon=True
        )
        self._reader.start()

    @property
    def busy(self) -> bool:
        """A tally is running or asked for (never while the child is dead: the next request starts one)."""
        with self._lock:
            return not self._dead and (self._running or self._sent < self._wanted)

    def request(self) -> int:
        """Ask for a tally of the file as it is now; returns the request's number."""
        with self._lock:
            self._wanted += 1
            self.requested += 1
            number = self._wanted
            if not self._running and not self._stopping:
                if self._dead or not self._process.is_alive():  # it died earlier (reported then): a new one
                    if self._deaths >= MAX_RESTARTS:  # it cannot start here: no endless spawning
                        return number
                    self._restart()
                self._send(number)
            return number

    def _send(self, number: int) -> None:
        """Under the lock: hand one request to the child (it has none)."""
        self._sent, self._running = number, True
        try:
            self._requests.send(number)
        except OSError:  # the child is gone; the reader reports it
            self._running = False

    def _restart(self) -> None:
        self._reader.join(timeout=STOP_TIMEOUT_S)  # it read the dead child's end of file and stopped
        self._requests.close()
        self._results.close()
        self._process.join(timeout=STOP_TIMEOUT_S)
        self._process.close()
        self._dead = False
        self._start()

    def stop(self) -> None:
        """End the child and the reader; no result is delivered after this."""
        with self._lock:
            if self._stopping:
                return
            self._stopping = True
        self._relay.done.disconnect(self._arrived)
        try:
            self._requests.send(None)
        except OSError:
            pass
        self._process.join(timeout=STOP_GRACE_S)
        if self._process.is_alive():  # mid-tally: it only reads the file, so ending it loses nothing
            self._process.terminate()
            self._process.join(timeout=STOP_TIMEOUT_S)
        self._requests.close()
        self._reader.join(timeout=STOP_TIMEOUT_S)
        self._results.close()
        self._process.close()

    # -- the reader thread ---------------------------------------------------------------------

    def _read(self, generation: int, results) -> None:
        while True:
            try:
                number, result, error = results.recv()
            except (EOFError, OSError):  # the child ended: on stop, or it died
                self._relay.done.emit(generation, 0, None, "")
                return
            self._relay.done.emit(generation, number, result, error)

    # -- back on the GUI thread ----------------------------------------------------------------

    def _arrived(self, generation: int, number: int, result, error: str) -> None:
        with self._lock:
            if self._stopping or generation != self._generation:  # after the file closed, or a dead child's
                return
            if number == 0:  # the child died (killed, out of memory): the next request starts another
                self._running, self._dead = False, True
                self._deaths += 1
        if number == 0:
            self.failed.emit(self.tr("the tally process ended"))
            return
        with self._lock:
            self._deaths = 0
            if number == self._sent:
                self._running = False
            overtaken = number < self._wanted
            if overtaken and not self._running:  # the file changed since: the newest request goes next
                self._send(self._wanted)
        if overtaken:
            self.dropped += 1
            return
        if error:
            self.failed.emit(error)
            return
        self.latest = result
        self.ready.emit(result)
