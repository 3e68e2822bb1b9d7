"""Backups of a contest file: consistent copies in a folder beside it, the latest 20 kept.

`contest.arena` is backed up into `contest.arena.backups/` as
`contest-YYYYMMDD-HHMMSS-<reason>.arena`, with SQLite's online backup API, so a
copy taken while phones are writing is a consistent snapshot (every committed
ballot before it, none half-written). The console takes one at the contest's
start, after each close of scoring, at the contest's close and every 10 minutes
while live, on a worker thread with its own connection; the CLI and the open-error
messages point at `latest_backup`.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

KEEP = 20
SUFFIX = ".backups"
REASONS = ("start", "scoring_closed", "contest_closed", "periodic", "manual")


def backup_folder(path: str | os.PathLike) -> Path:
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def list_backups(path: str | os.PathLike) -> list[Path]:
    """The backups of this contest file, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(path).stem}-*.arena"), key=lambda p: p.name, reverse=True)


def latest_backup(path: str | os.PathLike) -> Path | None:
    found = list_backups(path)
    return found[0] if found else None


def write_backup(path: str | os.PathLike, reason: str = "manual", now: datetime | None = None) -> Path:
    """Copy the contest file into its backup folder (own connections; safe beside a live writer).

    Returns the new backup's path; older backups beyond the latest KEEP are removed.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    path = Path(path)
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.arena"
    partial = target.with_name("." + target.name + ".part")  # never listed: a crash leaves no half copy
    source = sqlite3.connect(path, timeout=10)
    try:
        copy = sqlite3.connect(partial)
        try:
            # In one step: under WAL a reader never blocks the ballot writers, and a sliced copy would
            # restart each time a ballot lands (the copy is a snapshot of one moment).
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(partial, target)
    for old in list_backups(path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target
