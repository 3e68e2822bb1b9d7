"""One Arena program at a time on a contest file: the console and `arena serve` take the same lock.

Two programs driving one live contest would fight over the queue, the timer and
the reviewers' server port. The lock is a hidden file beside the contest
(`.NAME.arena.lock`) locked by the operating system (flock on Linux and macOS, a
byte-range lock on Windows) and holding a line of JSON that names the holder:
its process id, host and program ("console" or "server"). The system releases
the lock when its process ends, however it ends, so a crashed or killed app
never blocks the file (a file left behind is just reopened), and a lock never
expires by age (a meeting lasts hours). The lock is per open file, so a second
window of the same process is refused too.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from .model import InputError

CONSOLE, SERVER = "console", "server"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows opens files as text without it
_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: one far past the holder's line keeps it readable


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@dataclass(frozen=True)
class Holder:
    """Who has the file open, as its lock file says (fields empty when it could not be read)."""

    pid: int | None = None
    host: str = ""
    program: str = ""


class ContestInUse(InputError):
    """The contest file is open in another Arena program. Code `contest_in_use`, with file and holder."""

    code = "contest_in_use"

    def __init__(self, path: str | Path, holder: Holder):
        self.file = Path(path).name
        self.holder = holder
        self.params = {"file": self.file, "pid": holder.pid, "host": holder.host, "program": holder.program}
        where = f"process {holder.pid or '?'} on {holder.host or '?'}"
        if holder.program == SERVER:
            text = f"{self.file} is open in another Arena: `arena serve` ({where}). Stop that server first."
        else:
            text = f"{self.file} is open in another Arena window ({where}). Close the contest there first."
        super().__init__(text)


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError: someone holds it
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def holder(path: str | Path) -> Holder:
    """What the lock file of `path` says about its holder (an empty Holder if it says nothing readable)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8") or "{}")
        return Holder(int(data["pid"]), str(data.get("host", "")), str(data.get("program", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return Holder()


class ContestLock:
    """The hold of one program (console or server) on one contest file; also a context manager."""

    def __init__(self, path: str | Path, program: str):
        self.path = Path(path)
        self.program = program
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the file, or raise ContestInUse naming the program that has it.

        Where no lock file can be written (a read-only folder) the file is opened without
        one: the store says what can be done there.
        """
        if self._fd is not None:
            return
        target = lock_path(self.path)
        for _ in range(10):  # retried only when a holder removed the file between our open and our lock
            try:
                fd = os.open(target, os.O_RDWR | os.O_CREAT | _BINARY, 0o644)
            except OSError:
                return
            if not _try_os_lock(fd):
                os.close(fd)
                raise ContestInUse(self.path, holder(self.path))
            if self._same_file(fd, target):
                break
            _os_unlock(fd)
            os.close(fd)
        else:
            raise ContestInUse(self.path, holder(self.path))
        record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "program": self.program})
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, record.encode("utf-8") + b"\n")
        self._fd = fd

    @staticmethod
    def _same_file(fd: int, target: Path) -> bool:
        """The locked file is still the one at the path (not one a leaving holder just unlinked)."""
        try:
            return os.path.samestat(os.fstat(fd), os.stat(target))
        except OSError:
            return False

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            lock_path(self.path).unlink()  # while still locked: no one can be holding it through this path
        except OSError:  # Windows refuses while another process has it open: it stays, unlocked
            pass
        try:
            _os_unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> ContestLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def in_use(path: str | Path) -> bool:
    """True when another program (in any process, or another window of this one) holds the file now."""
    try:
        fd = os.open(lock_path(path), os.O_RDWR | _BINARY)
    except OSError:  # no lock file: no one holds it
        return False
    try:
        if not _try_os_lock(fd):
            return True
        _os_unlock(fd)
        return False
    finally:
        os.close(fd)
