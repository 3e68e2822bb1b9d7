"""Fixtures for the console tests: settings in tmp_path, English by default, windows closed at the end."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.console.main_window import MainWindow
from ui.fonts import register_qt_fonts
from ui.i18n import install_translators
from ui.settings import Settings


@pytest.fixture
def settings(tmp_path, qapp):
    register_qt_fonts(qapp)
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set("language", "en")
    install_translators(qapp, "en")
    yield s
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def open_console(qtbot, settings):
    """open_console(path) -> a shown MainWindow on that contest file (closed after the test)."""
    windows = []

    def make(path=None) -> MainWindow:
        window = MainWindow(settings)
        windows.append(window)
        if path is not None:
            assert window.open_contest(path)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need an active window
        return window

    yield make
    for window in windows:
        try:
            window.close_contest_file()  # without the question a live contest asks when the window closes
            window.close()
        except RuntimeError:  # already deleted by the test
            pass


@pytest.fixture
def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
