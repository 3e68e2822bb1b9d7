"""The bridge from the Qt-free core to the GUI thread.

The bridge subscribes to the contest's change notice (arena.changes) and re-emits each Change on
the GUI thread as the signals below (a Change published on another thread is queued over by Qt);
`notify` takes the server's own events (phones, storage_full). No widget is ever touched from
another thread, and nothing else emits these signals.

Signals:
    ballots_committed(list): ballots committed by the server (or the host), one list per change (a
        group commit's ballots together, so a screen handles a burst at once); each dict carries
        reviewer_id, presenter_id, submission_id, source, committed_at (time.monotonic()).
    session_changed(object): the session moved on; carries an arena.session.SessionState.
    phones_changed(int): the number of phones connected to the live feed.
    phone_reached(str): a device at this address reached the server's phone pages for the first time.
    setup_changed(): the host saved an edited setup (names, lists, queue order, recusals);
        anything that caches the setup re-reads it from the store.
    storage_full(): the disk holding the contest file is full: ballots are being refused (507).
    presence_changed(): a reviewer checked in or signed (arena.presence).
    audience_changed(): a phone joined the audience (issue 13).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from arena.changes import Change


class CoreBridge(QObject):
    _incoming = Signal(object)  # a Change, from any thread, handled on the GUI thread
    ballots_committed = Signal(list)
    session_changed = Signal(object)
    phones_changed = Signal(int)
    phone_reached = Signal(str)
    setup_changed = Signal()
    storage_full = Signal()
    presence_changed = Signal()
    audience_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.state_reader = None  # () -> SessionState, on the GUI thread: for changes found in the file
        self._detached = False
        self._incoming.connect(self._dispatch)

    def detach(self) -> None:
        """The contest was closed: changes still queued for the GUI thread are dropped."""
        self._detached = True
        self.state_reader = None

    def on_change(self, change: Change) -> None:
        """The change notice's subscriber: safe to call from any thread."""
        self._incoming.emit(change)

    def _dispatch(self, change: Change) -> None:
        if self._detached:
            return
        if change.setup:
            self.setup_changed.emit()
        state = change.state
        if change.session and state is None and self.state_reader is not None:
            state = self.state_reader()  # another process moved the session: read it here
        if change.session and state is not None:
            self.session_changed.emit(state)
        if change.events:
            self.ballots_committed.emit(list(change.events))
        if change.presence:
            self.presence_changed.emit()

    def notify(self, event: dict) -> None:
        """The server's own events (not changes to the contest): safe to call from any thread."""
        kind = event.get("type")
        if kind == "ballot":  # a ballot told by hand (a test kit, a benchmark): the same as a change notice
            self.on_change(Change.ballots([event]))
        elif kind == "phones":
            self.phones_changed.emit(int(event.get("count", 0)))
        elif kind == "visitor":
            self.phone_reached.emit(str(event.get("address", "")))
        elif kind == "storage_full":
            self.storage_full.emit()
        elif kind == "audience":
            self.audience_changed.emit()
