"""The console's keyboard shortcuts, declared once: the main window binds them, the help panel lists them.

Function keys come first because a clicker or a single key is what a host can
hit while talking; each also has a Ctrl chord where one is easy to remember.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    name: str  # the main window's action name
    keys: tuple[str, ...]  # QKeySequence portable text, first one shown first
    label: str  # translated


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def session_shortcuts() -> tuple[Shortcut, ...]:
    """The live-session shortcuts (translated at call time, so a language switch applies)."""
    return (
        Shortcut("next_presenter", ("F7", "Ctrl+Right"), _t("Next presenter")),
        Shortcut("toggle_timer", ("F5", "Ctrl+Space"), _t("Start / pause the timer")),
        Shortcut("extend_timer", ("Ctrl+E",), _t("Extend the timer")),
        Shortcut("reset_timer", ("Ctrl+Shift+R",), _t("Reset the timer")),
        Shortcut("toggle_scoring", ("F6",), _t("Open / close scoring for the current presenter")),
        Shortcut("open_all", ("Ctrl+F6",), _t("Open scoring for every presenter")),
        Shortcut("close_all", ("Ctrl+Shift+F6",), _t("Close scoring for every presenter")),
        Shortcut("reveal_next", ("F8",), _t("Reveal the next result")),
        Shortcut("reveal_previous", ("Shift+F8",), _t("Step the reveal back")),
        Shortcut("toggle_projector", ("F9",), _t("Show / hide the projector")),
    )


def general_shortcuts() -> tuple[Shortcut, ...]:
    return (
        Shortcut("new_contest", ("Ctrl+N",), _t("New contest from a setup file")),
        Shortcut("open_contest", ("Ctrl+O",), _t("Open a contest file")),
        Shortcut("undo", ("Ctrl+Z",), _t("Undo a setup edit")),
        Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), _t("Redo a setup edit")),
        Shortcut("help", ("F1",), _t("Show / hide this help")),
        Shortcut("quit", ("Ctrl+Q",), _t("Quit")),
    )


def all_shortcuts() -> tuple[Shortcut, ...]:
    return session_shortcuts() + general_shortcuts()
