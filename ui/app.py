"""Starts the host console: high-DPI policy, fonts, translations, then the start page or a contest.

`python main.py` shows the start page, `python main.py --demo` opens a fresh
copy of the demo contest, `python main.py FILE.arena` opens that file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from arena.fonts import FAMILY
from ui.console.main_window import MainWindow, demo_file
from ui.fonts import register_qt_fonts
from ui.i18n import install_translators
from ui.settings import Settings

__all__ = ["run_gui", "make_app", "open_window", "demo_file"]


def make_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (150% laptops) sharp instead of rounded to 1x or 2x.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Arena")
        app.setOrganizationName("Arena")
    register_qt_fonts(app)
    return app


def open_window(args: list[str], settings: Settings | None = None) -> MainWindow:
    """The console window for the command-line arguments (shown; the caller runs the event loop)."""
    app = make_app()
    settings = settings or Settings()
    install_translators(app, settings.get("language"))
    window = MainWindow(settings)
    path = next((Path(a) for a in args if a.endswith(".arena")), None)
    if "--demo" in args:
        window.open_demo()
    elif path is not None:
        window.open_contest(path)
    window.show()
    return window


def run_gui(args: list[str]) -> int:
    app = make_app()
    window = open_window(args)
    app.aboutToQuit.connect(window.close_contest_file)  # stops the server thread cleanly
    if "--check-start" in args:
        QTimer.singleShot(0, lambda: _check_start(app, window))
    return app.exec()


CHECK_TALLY_S = 120  # --check-start waits this long for the tally process's first answer


def _check_start(app: QApplication, window: MainWindow, waited: float = 0) -> None:
    """--check-start: say what the started window has (for a smoke test), then close it as the host would."""
    from PySide6.QtGui import QFontDatabase

    opened = window.controller is not None
    tallies = window.controller.tallies if opened else None
    if tallies is not None and tallies.latest is None and waited < CHECK_TALLY_S:
        # The provisional tally comes from a process of its own: a bundle must be able to start it.
        QTimer.singleShot(100, lambda: _check_start(app, window, waited + 0.1))
        return
    if tallies is not None:
        print(f"tally: {'ready' if tallies.latest is not None else 'none'} (its own process)", flush=True)
    print(f"window: {window.windowTitle()!r} visible={window.isVisible()} contest_open={opened}", flush=True)
    print(
        f"font: {app.font().family()!r} loaded={app.font().family() in QFontDatabase.families()}", flush=True
    )
    window.close()
    app.exit(0 if window.isVisible() is False and app.font().family() == FAMILY else 1)
