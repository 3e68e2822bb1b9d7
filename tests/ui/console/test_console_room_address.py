"""The room address in the console (issue 14, item 7): loopback is never the default when the laptop has
a LAN address, and it is marked as "this laptop only", in the list and once the server runs on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QHostAddress


def test_loopback_is_last_and_marked_this_laptop_only(open_console, qtbot, demo_path, free_port):
    window = open_console(demo_path)
    access = window.access
    addresses = [access.address.itemData(i) for i in range(access.address.count())]
    loopback = access.address.findData("127.0.0.1")
    assert "this laptop only" in access.address.itemText(loopback)
    if any(not QHostAddress(a).isLoopback() for a in addresses):
        assert not QHostAddress(access.address.currentData()).isLoopback()  # the default is the LAN
        assert QHostAddress(addresses[-1]).isLoopback()

    window.pages.setCurrentWidget(access)
    access.address.setCurrentIndex(loopback)
    access.port.setValue(free_port)
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert window.controller.server is not None
    status = access.status.text()
    assert "this laptop only: phones cannot reach it" in status
    assert not status.startswith("Phones on the room's network open")
