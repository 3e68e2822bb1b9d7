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


def session_shortcuts() -> tuple[Shortcut, ...]:
    """The live-session shortcuts (translated at call time, so a language switch applies)."""
    return (
        Shortcut(
            "next_presenter", ("F7", "Ctrl+Right"), QCoreApplication.translate("Shortcuts", "Next presenter")
        ),
        Shortcut(
            "toggle_timer",
            ("F5", "Ctrl+Space"),
            QCoreApplication.translate("Shortcuts", "Start / pause the timer"),
        ),
        Shortcut("extend_timer", ("Ctrl+E",), QCoreApplication.translate("Shortcuts", "Extend the timer")),
        Shortcut(
            "reset_timer", ("Ctrl+Shift+R",), QCoreApplication.translate("Shortcuts", "Reset the timer")
        ),
        Shortcut(
            "toggle_scoring",
            ("F6",),
            QCoreApplication.translate("Shortcuts", "Open / close scoring for the current presenter"),
        ),
        Shortcut(
            "open_all",
            ("Ctrl+F6",),
            QCoreApplication.translate("Shortcuts", "Open scoring for every presenter"),
        ),
        Shortcut(
            "close_all",
            ("Ctrl+Shift+F6",),
            QCoreApplication.translate("Shortcuts", "Close scoring for every presenter"),
        ),
        # The keys that show results sit apart from the flow's F5-F7, past the projector's F9: a slip
        # of one key during the contest must not put a score on the screen (issue 14).
        Shortcut(
            "announce",
            ("Alt+F12",),
            QCoreApplication.translate("Shortcuts", "Announce the current presenter's score (asks first)"),
        ),
        Shortcut("reveal_next", ("F12",), QCoreApplication.translate("Shortcuts", "Reveal the next result")),
        Shortcut(
            "reveal_previous", ("Shift+F12",), QCoreApplication.translate("Shortcuts", "Step the reveal back")
        ),
        Shortcut(
            "toggle_explanation",
            ("Ctrl+F12",),
            QCoreApplication.translate("Shortcuts", "Explain the revealed score on the projector / hide it"),
        ),
        Shortcut(
            "toggle_projector", ("F9",), QCoreApplication.translate("Shortcuts", "Show / hide the projector")
        ),
    )


def general_shortcuts() -> tuple[Shortcut, ...]:
    return (
        Shortcut(
            "new_contest",
            ("Ctrl+N",),
            QCoreApplication.translate("Shortcuts", "New contest from a setup file"),
        ),
        Shortcut("open_contest", ("Ctrl+O",), QCoreApplication.translate("Shortcuts", "Open a contest file")),
        Shortcut("undo", ("Ctrl+Z",), QCoreApplication.translate("Shortcuts", "Undo a setup edit")),
        Shortcut(
            "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QCoreApplication.translate("Shortcuts", "Redo a setup edit")
        ),
        Shortcut("help", ("F1",), QCoreApplication.translate("Shortcuts", "Show / hide this help")),
        Shortcut("quit", ("Ctrl+Q",), QCoreApplication.translate("Shortcuts", "Quit")),
    )


def all_shortcuts() -> tuple[Shortcut, ...]:
    return session_shortcuts() + general_shortcuts()
