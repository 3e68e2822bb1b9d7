"""The console's backups of the open contest: when they are taken, always off the GUI thread.

A copy goes into the folder beside the file (arena.backups) when the contest starts,
after each close of scoring, when the contest closes, and every 10 minutes while it
is live. The copy runs on a worker thread with its own SQLite connection (the GUI
thread only starts it and hears back); requests that arrive while one runs are
folded into one more copy afterwards.

Signals:
    backed_up(str): a backup was written (its path).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from arena.backups import write_backup
from arena.session import SessionState
from ui.console.tasks import run_in_background

PERIOD_MS = 10 * 60 * 1000


class BackupKeeper(QObject):
    backed_up = Signal(str)

    def __init__(self, controller, period_ms: int = PERIOD_MS, parent: QObject | None = None):
        super().__init__(parent or controller)
        self.controller = controller
        self._last: SessionState = controller.state()
        self._running = False
        self._pending: str | None = None
        self._timer = QTimer(self, interval=period_ms)
        self._timer.timeout.connect(lambda: self.request("periodic"))
        controller.bridge.session_changed.connect(self._session_moved)
        self._follow_phase(self._last)

    def _session_moved(self, state: SessionState) -> None:
        before, self._last = self._last, state
        closed_before = sum(1 for s in before.scoring.values() if s == "closed")
        closed_now = sum(1 for s in state.scoring.values() if s == "closed")
        if before.phase == "setup" and state.phase == "live":
            self.request("start")
        elif before.phase != "closed" and state.phase == "closed":
            self.request("contest_closed")
        elif closed_now > closed_before:
            self.request("scoring_closed")
        self._follow_phase(state)

    def _follow_phase(self, state: SessionState) -> None:
        if state.phase == "live" and not self._timer.isActive():
            self._timer.start()
        elif state.phase != "live":
            self._timer.stop()

    def request(self, reason: str) -> None:
        """Take a backup now (or right after the one running)."""
        if self._running:
            self._pending = reason
            return
        self._running = True
        path = self.controller.path
        run_in_background(lambda: write_backup(path, reason), self._done, self._failed)

    def _done(self, target) -> None:
        self._running = False
        self.backed_up.emit(str(target))
        self._next()

    def _failed(self, message: str) -> None:
        self._running = False
        self.controller.error.emit(self.tr("The backup could not be written: {error}").format(error=message))
        self._next()

    def _next(self) -> None:
        if self._pending is not None:
            reason, self._pending = self._pending, None
            self.request(reason)

    def stop(self) -> None:
        self._timer.stop()
        self._pending = None
