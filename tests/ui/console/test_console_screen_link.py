"""The access page shows the read-only projector screen's link, with a copy button, while the server runs."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_console_access import start


def test_the_screen_link_is_shown_copied_and_opens_the_screen(open_console, qtbot, demo_path, free_port):
    window = open_console(demo_path)
    access = window.access
    assert not access.copy_screen.isEnabled()  # no server, no link
    start(window, qtbot, free_port)
    port = window.controller.server.port
    link = f"http://127.0.0.1:{port}/screen/{window.controller.store.screen_token()}"
    assert access.screen_link.text() == link
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(access.copy_screen, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == link
    page = httpx.get(link, timeout=5)
    assert page.status_code == 200 and "screen.js" in page.text
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert not access.copy_screen.isEnabled() and access.screen_link.text() == "(start the server)"
