"""Why a contest file could not be opened, as a code with parameters (each interface words it).

Codes:
- "missing": there is no file at the path.
- "not_arena": the file is not an Arena contest (another kind of file, or not a database at all).
- "newer": written by a newer Arena (params: version, supported).
- "damaged": an Arena file whose pages are damaged (SQLite reports a malformed database).

Every error carries the path and the latest backup of that file, if there is one, so each
interface can suggest opening it.
"""

from __future__ import annotations

import os
from pathlib import Path

from .backups import latest_backup
from .model import InputError

ENGLISH = {
    "missing": "{path}: no such contest file",
    "not_arena": "{path}: not an Arena contest file",
    "newer": "{path} was written by a newer Arena (file version {version}, this Arena reads up to "
    "{supported}); please update Arena",
    "damaged": "{path}: the contest file is damaged and cannot be read",
}


class ContestFileError(InputError):
    """A contest file that cannot be opened: `code`, `path`, `params`, `backup` (or None)."""

    def __init__(self, code: str, path: str | os.PathLike, **params):
        self.code = code
        self.path = Path(path)
        self.params = params
        self.backup = latest_backup(path) if code in ("damaged", "not_arena") else None
        super().__init__(english(code, self.path, self.backup, params))


def english(code: str, path: Path, backup: Path | None, params: dict) -> str:
    """The CLI's wording: one line, naming the file and the latest backup."""
    text = ENGLISH[code].format(path=path, **params)
    if backup is not None:
        text += f"; the latest backup is {backup}"
    elif code == "damaged":
        text += "; no backup of it was found"
    return text
