"""The console's settings: each declared once (name, default, help) and kept with QSettings.

docs/console.md lists every setting; a test fails when one is declared here but
not documented there. Tests (and the crash-recovery subprocess) point the store
at a file with the ARENA_SETTINGS environment variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_ENV = "ARENA_SETTINGS"
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "language",
        "system",
        "Interface language: 'system' (follow the computer), 'zh_CN' (Simplified Chinese) or 'en'.",
    ),
    Setting(
        "server/address",
        "",
        "The LAN address put in reviewers' links; empty picks the first non-loopback interface.",
    ),
    Setting("server/port", 8700, "The port the reviewers' server listens on (the next free one is tried)."),
    Setting(
        "server/resume",
        True,
        "Reopening a contest that is live starts the reviewers' server again on the last address and port.",
    ),
    Setting("timer/extend_seconds", 60, "Seconds added by 'Extend timer'."),
    Setting("chime/enabled", True, "The projector chimes at the end of each phase of a presentation."),
    Setting("chime/volume", 70, "The chime's volume, 0 to 100 (percent of the recorded sound)."),
    Setting(
        "results/show_provisional",
        True,
        "Show provisional results on the console (never on the projector) while scores arrive.",
    ),
    Setting("recent_files", [], "The contest files opened most recently, newest first."),
    Setting("window/geometry", QByteArray(), "The console window's size and position, restored at start."),
    Setting("room/wifi", "", "The room's Wi-Fi name: the projector's welcome and the printed cards show it."),
    Setting("room/wifi_password", "", "Its password (optional), shown with it."),
    Setting(
        "projector/placements",
        "",
        "Per contest file (JSON): whether the projector window was shown, on which screen, full screen or "
        "not; reopening the file (after a crash too) brings it back there.",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def qsettings() -> QSettings:
    """Where settings live: the file named by ARENA_SETTINGS, else the platform's usual place."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("Arena", "Arena Console")


class Settings:
    """Typed access to the declared settings (an undeclared name is a programming error)."""

    def __init__(self, store: QSettings | None = None):
        self.store = store or qsettings()

    def get(self, name: str):
        default = _BY_NAME[name].default
        value = self.store.value(name, default)
        if isinstance(default, bool):
            return value in (True, "true", "True", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        return value

    def set(self, name: str, value) -> None:
        if name not in _BY_NAME:
            raise KeyError(name)
        self.store.setValue(name, value)
        self.store.sync()

    def add_recent(self, path: str | Path) -> list[str]:
        path = str(Path(path).resolve())
        recent = [p for p in self.get("recent_files") if p != path]
        recent = [path, *recent][:MAX_RECENT]
        self.set("recent_files", recent)
        return recent

    def recent_files(self) -> list[str]:
        """Recent files that still exist."""
        return [p for p in self.get("recent_files") if Path(p).is_file()]
