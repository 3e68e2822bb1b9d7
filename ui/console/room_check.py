"""Is the room's network letting phones through? A live answer on the Reviewer access page.

Venue Wi-Fi often isolates clients from each other and a desktop firewall may block
the port: the laptop then serves nobody while everything looks fine on it. This
panel shows a "test from a phone" QR code (the server's welcome page, which answers
at once), says as soon as a phone has reached the server (its welcome page, a phone's
page, the live feed or a ballot) and from which addresses (arena.server.visitors), and,
when nothing has arrived a few minutes after the server started, shows a short
troubleshooting list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

QUIET_MS = 3 * 60 * 1000  # no phone this long after the start: show the troubleshooting list
QR_PIXELS = 120
SHOWN_ADDRESSES = 6  # then "and N more"


class RoomCheck(QGroupBox):
    def __init__(self, controller, qr_pixmap, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roomCheck")
        self.setTitle(self.tr("Can phones reach this laptop?"))
        self.controller = controller
        self._qr_pixmap = qr_pixmap
        self.reached = False
        self.addresses: list[str] = []  # where phones reached the server from, in order of arrival
        row = QHBoxLayout(self)
        self.qr = QLabel(objectName="testQr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        row.addWidget(self.qr)
        column = QVBoxLayout()
        self.status = QLabel(objectName="roomStatus", wordWrap=True)
        self.reached_from = QLabel(objectName="roomReachedFrom", wordWrap=True)
        self.reached_from.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.help = QLabel(objectName="roomHelp", wordWrap=True)
        self.help.setTextFormat(Qt.RichText)
        self.help.setText(
            self.tr(
                "<b>No phone has reached the server yet.</b><ul>"
                "<li>Venue Wi-Fi often keeps devices apart (client isolation): start this laptop's own "
                "hotspot and have the phones join it.</li>"
                "<li>A firewall may block the port: allow Arena when the system asks, or open the port.</li>"
                "<li>The phones must be on the same network as this laptop (not mobile data, not a "
                "guest network).</li></ul>"
            )
        )
        column.addWidget(self.status)
        column.addWidget(self.reached_from)
        column.addWidget(self.help)
        row.addLayout(column, 1)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self._refresh)
        controller.bridge.phones_changed.connect(lambda n: n and self._phone_arrived())
        controller.bridge.phone_reached.connect(self._visitor)
        controller.bridge.ballots_committed.connect(
            lambda events: any(e.get("source") == "phone" for e in events) and self._phone_arrived()
        )
        controller.server_changed.connect(self._server_changed)
        self._server_changed()

    def _server_changed(self) -> None:
        running = bool(self.controller.base_url)
        self.reached = False
        self.addresses = []  # a new server: its own visitors
        if running:
            self.qr.setPixmap(self._qr_pixmap(self.controller.base_url + "/", QR_PIXELS))
            self._quiet.start()
        else:
            self.qr.clear()
            self._quiet.stop()
        self._refresh()

    def _phone_arrived(self) -> None:
        if not self.reached:  # said once: a burst of 500 ballots changes nothing here
            self._reached()

    def _visitor(self, address: str) -> None:
        if address and address not in self.addresses:
            self.addresses.append(address)
            self._reached()  # a new address to show
        else:
            self._phone_arrived()

    def _reached(self) -> None:
        self.reached = True
        self._quiet.stop()
        self._refresh()

    def _addresses_text(self) -> str:
        if not self.addresses:
            return ""
        shown = [
            self.tr("{address} (this laptop)").format(address=a) if _loopback(a) else a
            for a in self.addresses[:SHOWN_ADDRESSES]
        ]
        text = self.tr("Reached from: {addresses}").format(addresses=self.tr(", ").join(shown))
        more = len(self.addresses) - SHOWN_ADDRESSES
        return text + (self.tr(" and %n more", "", more) if more > 0 else "")

    def _refresh(self) -> None:
        running = bool(self.controller.base_url)
        if not running:
            self.status.setText(self.tr("Start the server, then scan this test code with a phone."))
        elif self.reached:
            self.status.setText(self.tr("A phone has reached the server: the room's network works."))
        else:
            self.status.setText(
                self.tr(
                    "Test from a phone: scan this code on the room's Wi-Fi; the page should open at once."
                )
            )
        self.reached_from.setText(self._addresses_text() if running else "")
        self.reached_from.setVisible(running and bool(self.addresses))
        quiet_too_long = running and not self.reached and not self._quiet.isActive()
        self.help.setVisible(quiet_too_long)


def _loopback(address: str) -> bool:
    return address.startswith("127.") or address in ("::1", "localhost")
