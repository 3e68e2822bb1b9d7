"""The console's hold on its contest file, through the core's lock (arena/file_lock.py), worded for the host.

The same lock is taken by `arena serve`, so a console and a command-line server
never drive one contest at once. This module only says the refusal in the host's
language, from the holder that the core's ContestInUse carries.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from arena import file_lock
from arena.file_lock import CONSOLE, SERVER, in_use, lock_path
from arena.model import InputError

__all__ = ["ContestInUse", "ContestLock", "in_use", "lock_path"]


class ContestInUse(file_lock.ContestInUse):
    """The core's refusal, its text in the host's language."""

    def __init__(self, core: file_lock.ContestInUse, text: str):
        InputError.__init__(self, text)
        self.file, self.holder, self.params = core.file, core.holder, core.params


class ContestLock(QObject):
    """The hold of one console on one contest file."""

    def __init__(self, path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._lock = file_lock.ContestLock(self.path, CONSOLE)

    def acquire(self) -> None:
        """Take the file, or raise ContestInUse naming the window or server that has it."""
        try:
            self._lock.acquire()
        except file_lock.ContestInUse as exc:
            raise ContestInUse(exc, self.refusal_text(exc)) from None

    def refusal_text(self, exc: file_lock.ContestInUse) -> str:
        pid, host = exc.holder.pid or "?", exc.holder.host or "?"
        if exc.holder.program == SERVER:
            text = self.tr(
                "{file} is being served by “arena serve” (process {pid} on {host}). Stop that server "
                "(Ctrl+C where it runs), then open the contest here."
            )
        else:
            text = self.tr(
                "{file} is already open in another Arena window (process {pid} on {host}). Switch to that "
                "window, or close the contest there, then open it here."
            )
        return text.format(file=exc.file, pid=pid, host=host)

    def release(self) -> None:
        self._lock.release()
