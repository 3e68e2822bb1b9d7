"""The bridge from the Qt-free core to the GUI thread.

The server thread calls `ballot_committed.emit(event)` through `notify`; because
the bridge lives on the GUI thread, Qt queues the signal there, and no widget is
ever touched from another thread.

Signals:
    ballot_committed(dict): a ballot was committed by the server (or the host);
        the dict carries reviewer_id, presenter_id, submission_id, source, committed_at (time.monotonic()).
    session_changed(object): the session moved on; carries an arena.session.SessionState.
    phones_changed(int): the number of phones connected to the live feed.
    setup_changed(): the host saved an edited setup (names, lists, queue order, recusals);
        anything that caches the setup re-reads it from the store.
    storage_full(): the disk holding the contest file is full: ballots are being refused (507).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CoreBridge(QObject):
    ballot_committed = Signal(dict)
    session_changed = Signal(object)
    phones_changed = Signal(int)
    setup_changed = Signal()
    storage_full = Signal()

    def notify(self, event: dict) -> None:
        """The callback handed to the core: safe to call from any thread."""
        kind = event.get("type", "ballot")
        if kind == "ballot":
            self.ballot_committed.emit(event)
        elif kind == "phones":
            self.phones_changed.emit(int(event.get("count", 0)))
        elif kind == "storage_full":
            self.storage_full.emit()
