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


def test_starting_on_another_address_than_the_cards_warns(
    open_console, qtbot, demo_path, free_port, tmp_path
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from arena.cards import write_cards

    write_cards(demo_path, tmp_path / "cards.pdf", f"http://127.0.0.1:{free_port}")
    window = open_console(demo_path)
    access = window.access
    window.pages.setCurrentWidget(access)
    access.address.setCurrentIndex(access.address.findData("127.0.0.1"))
    access.port.setValue(free_port + 1 if free_port < 65535 else free_port - 1)
    seen = []

    def answer(choice):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "cardsAddress":
            QTimer.singleShot(20, lambda: answer(choice))
            return
        seen.append(box.text())
        buttons = {b.text(): b for b in box.buttons()}
        buttons[choice].click()

    QTimer.singleShot(0, lambda: answer("Cancel"))
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert seen and f"The cards were printed for http://127.0.0.1:{free_port}" in seen[0]
    assert window.controller.server is None

    QTimer.singleShot(0, lambda: answer("Use the cards' address"))
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert len(seen) == 2 and window.controller.server is not None
    assert window.controller.base_url == f"http://127.0.0.1:{free_port}"
