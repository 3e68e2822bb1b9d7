"""The one watcher of the contest file: what another process (the CLI) changed, as a change notice.

Changes made in this process are announced on the change notice by whoever made them (arena.changes).
Another process — `arena import-scores`, a second console — cannot reach it, so once a second the
watcher looks at the file through the server's connection (one `PRAGMA data_version`, and more only
when it moved): a moved host marker is a setup or session change; a ballot nobody announced is a
ballot from elsewhere. It publishes them as `Change(..., external=True)`. Runs on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from ..changes import Change, Changes
from .room import Room

log = logging.getLogger(__name__)

WATCH_S = 0.5  # a look costs one PRAGMA; twice a second keeps a CLI change under a second away


class FileWatcher:
    def __init__(self, room: Room, changes: Changes, every_s: float | None = None):
        self.room = room
        self.changes = changes
        self.every_s = WATCH_S if every_s is None else every_s
        self._lock = threading.Lock()
        self._announced: set[int] = set()  # submission ids announced in this process, not yet seen here
        self._version: int | None = None
        self._marker: tuple | None = None
        self._last_id = 0
        self._host_moved_here = False

    def start(self) -> None:
        """Take the file as it is now as the starting point."""
        store = self.room.store
        self._version = store.data_version()
        self._marker = store.host_marker()
        self._last_id = store.last_submission_id()

    def announced(self, change: Change) -> None:
        """Called (from any thread) for every change announced in this process."""
        with self._lock:
            self._announced.update(e["submission_id"] for e in change.events)
            # A host action, or a host-side ballot (its session-log line), moves the host marker here:
            # not another process's doing. (Whoever heard it re-read the whole state anyway.)
            if not change.external and (
                change.host or any(e.get("source") != "phone" for e in change.events)
            ):
                self._host_moved_here = True

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self.every_s)
            try:
                self.look()
            except Exception:  # sqlite3.Error mostly; the next look tries again
                log.warning("could not look at the contest file; will retry", exc_info=True)

    def look(self) -> Change | None:
        """Publish what changed in the file since the last look and was not announced; returns it."""
        store = self.room.store
        version = store.data_version()
        if version == self._version:
            return None
        self._version = version
        marker = store.host_marker()
        with self._lock:
            host = marker != self._marker and not self._host_moved_here
            self._host_moved_here = False
        self._marker = marker
        rows = store.submissions_since(self._last_id)
        if rows:
            self._last_id = rows[-1][0]
        with self._lock:
            presenters = frozenset(p for sid, p in rows if sid not in self._announced)
            self._announced = {sid for sid in self._announced if sid > self._last_id}
        if not host and not presenters:
            return None
        change = Change(setup=host, session=host, presenters=presenters, external=True)
        self.changes.publish(change)
        return change
