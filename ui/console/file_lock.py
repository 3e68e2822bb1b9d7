"""One console per contest file: a QLockFile next to the file, held while a window has it open.

Two consoles driving one live contest would fight over the queue, the timer and
the reviewers' server port, so a second window (in this process or another) is
told the file is already open, and by which process. The lock records the
holder's process id: a lock left by a crashed or killed app names a process
that no longer runs, so Qt treats it as stale and the file reopens at once.
The lock never expires by age (a meeting lasts hours).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject

from arena.model import InputError

UNREADABLE_LOCK_AGE_S = 5


class ContestInUse(InputError):
    """The contest file is open in another Arena window; the text is for the host."""


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def _lock_file(path: str | Path) -> QLockFile:
    lock = QLockFile(str(lock_path(path)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


def in_use(path: str | Path) -> bool:
    """True when another console (in any process) holds this contest file now."""
    probe = _lock_file(path)
    if probe.tryLock(0):
        probe.unlock()
        return False
    return probe.error() == QLockFile.LockError.LockFailedError


class ContestLock(QObject):
    """The hold of one console on one contest file."""

    def __init__(self, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._lock = _lock_file(self.path)

    def acquire(self) -> None:
        """Take the file, or raise ContestInUse naming the window that has it."""
        if self._lock.tryLock(0):
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # No lock can be written here (a read-only folder): the store says what it can do there.
            return
        pid, host, _app = self._lock.getLockInfo()
        if not pid and self._unreadable_lock_removed() and self._lock.tryLock(0):
            return
        raise ContestInUse(
            self.tr(
                "{file} is already open in another Arena window (process {pid} on {host}). Switch to that "
                "window, or close the contest there, then open it here."
            ).format(file=self.path.name, pid=pid or "?", host=host or "?")
        )

    def _unreadable_lock_removed(self) -> bool:
        """A lock file with no holder in it (a crash while it was written) must not block the file forever."""
        try:
            age = time.time() - lock_path(self.path).stat().st_mtime
        except OSError:  # gone already: the other window let go
            return True
        # A younger one may be a lock another window is writing at this very moment.
        return age > UNREADABLE_LOCK_AGE_S and self._lock.removeStaleLockFile()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
