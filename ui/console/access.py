"""Reviewer access: the LAN address and port, the server switch, each reviewer's link and QR code,
and the read-only projector screen's link (for a second display driven by another computer).

The host picks the address among the laptop's interfaces (a laptop often has
Wi-Fi, Ethernet and a VPN at once; only the room's network works for phones).
The printable cards are written in a worker thread once arena.cards exists.
The host may type the room's Wi-Fi name (and password): the projector's welcome
and the cards show it.

Signals:
    wifi_changed(str): the Wi-Fi line for the projector changed ('' when none).
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arena.server.links import screen_link
from ui.console.deferred_imports import cards_writer, module_present
from ui.console.room_check import RoomCheck
from ui.console.tasks import run_in_background

QR_PIXELS = 220
SIZE_FROM_ROWS = 100  # the link table sizes its columns from this many rows (names and links are alike)


def interface_addresses() -> list[tuple[str, str]]:
    """(address, interface name) of every IPv4 address that is up, loopback last."""
    found = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((ip.toString(), iface.humanReadableName()))
    found.sort(key=lambda pair: QHostAddress(pair[0]).isLoopback())
    if not any(address == "127.0.0.1" for address, _ in found):
        found.append(("127.0.0.1", "loopback"))
    return found


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    import segno  # only once a QR code is drawn: a faster start

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap.scaled(pixels, pixels, Qt.KeepAspectRatio, Qt.SmoothTransformation)


class AccessPage(QWidget):
    wifi_changed = Signal(str)

    def __init__(self, controller, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.addLayout(self._server_row())
        self.status = QLabel(objectName="serverStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._screen_row())
        layout.addLayout(self._wifi_row())
        self.room_check = RoomCheck(controller, qr_pixmap)
        layout.addWidget(self.room_check)
        body = QHBoxLayout()
        self.table = QTableWidget(0, 3, objectName="linkTable")
        # Columns sized from the first rows only: measuring 500 reviewers' links slowed opening a contest.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reviewer"), self.tr("Group"), self.tr("Personal link")]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_qr)
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        self.qr = QLabel(objectName="qrCode", alignment=Qt.AlignCenter)
        self.qr.setMinimumSize(QR_PIXELS, QR_PIXELS)
        self.qr_caption = QLabel(alignment=Qt.AlignCenter, wordWrap=True)
        copy = QPushButton(self.tr("Copy link"), objectName="copyLink")
        copy.clicked.connect(self._copy_link)
        self.cards = QPushButton(self.tr("Printable cards (PDF)…"), objectName="cardsButton")
        self.cards.clicked.connect(lambda: self.write_cards())
        side.addWidget(self.qr)
        side.addWidget(self.qr_caption)
        side.addWidget(copy)
        side.addStretch(1)
        side.addWidget(self.cards)
        # the cards' own line: a server refresh (a setup change, the server starting) never hides it
        self.cards_note = QLabel(objectName="cardsNote", wordWrap=True)
        side.addWidget(self.cards_note)
        self._cards_busy = False
        body.addLayout(side, 1)
        layout.addLayout(body, 1)
        controller.server_changed.connect(self.refresh)
        controller.bridge.setup_changed.connect(self.refresh)
        self.refresh()

    def _server_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Address for phones:")))
        self.address = QComboBox(objectName="addressCombo")
        wanted = self.settings.get("server/address")
        for address, name in interface_addresses():
            if QHostAddress(address).isLoopback():  # never the default: interface_addresses puts it last
                name = self.tr("this laptop only: phones cannot reach it")
            self.address.addItem(f"{address}  ({name})", address)
        if wanted and self.address.findData(wanted) >= 0:
            self.address.setCurrentIndex(self.address.findData(wanted))
        row.addWidget(self.address, 2)
        row.addWidget(QLabel(self.tr("Port:")))
        self.port = QSpinBox(objectName="portSpin")
        self.port.setRange(1024, 65535)
        self.port.setValue(self.settings.get("server/port"))
        row.addWidget(self.port)
        self.switch = QPushButton(objectName="serverSwitch")
        self.switch.clicked.connect(self.toggle_server)
        row.addWidget(self.switch)
        return row

    def _screen_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Projector screen (read-only, for a second display):")))
        self.screen_link = QLabel(objectName="screenLink")
        self.screen_link.setTextInteractionFlags(Qt.TextSelectableByMouse)
        row.addWidget(self.screen_link, 1)
        self.copy_screen = QPushButton(self.tr("Copy screen link"), objectName="copyScreenLink")
        self.copy_screen.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.current_screen_link())
        )
        row.addWidget(self.copy_screen)
        return row

    def _wifi_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Room Wi-Fi (on the projector and the cards):")))
        self.wifi = QLineEdit(self.settings.get("room/wifi"), objectName="wifiName")
        self.wifi.setPlaceholderText(self.tr("network name"))
        self.wifi_password = QLineEdit(self.settings.get("room/wifi_password"), objectName="wifiPassword")
        self.wifi_password.setPlaceholderText(self.tr("password (optional)"))
        for field in (self.wifi, self.wifi_password):
            field.editingFinished.connect(self._wifi_edited)
            row.addWidget(field, 1)
        return row

    def _wifi_edited(self) -> None:
        self.settings.set("room/wifi", self.wifi.text().strip())
        self.settings.set("room/wifi_password", self.wifi_password.text().strip())
        self.wifi_changed.emit(self.join_hint())

    def join_hint(self) -> str:
        """The line the projector's welcome shows above the joining steps ('' when no Wi-Fi is set)."""
        name, password = self.settings.get("room/wifi"), self.settings.get("room/wifi_password")
        if not name:
            return ""
        if password:
            return self.tr("Wi-Fi: {name}   password: {password}").format(name=name, password=password)
        return self.tr("Wi-Fi: {name}").format(name=name)

    def current_screen_link(self) -> str:
        """The screen's secret link while the server runs, else ''."""
        base = self.controller.base_url
        return screen_link(base, self.controller.store.screen_token()) if base else ""

    def toggle_server(self) -> None:
        if self.controller.server is not None:
            self.controller.stop_server()
            return
        address = self.address.currentData()
        if not self._cards_still_work(address):
            return
        address = self.address.currentData()  # the host may have gone back to the cards' address
        self.settings.set("server/address", address)
        self.settings.set("server/port", self.port.value())
        try:
            self.controller.start_server(address, self.port.value())
        except (OSError, RuntimeError) as exc:
            self.status.setText(self.tr("The server could not start: {error}").format(error=exc))

    def _cards_still_work(self, address: str) -> bool:
        """The printed cards carry an address: starting elsewhere warns, and offers to keep their address
        and port, or to start anyway (and reprint). False when the host cancels."""
        from arena.cards import printed_base  # not at start-up: arena.cards pulls in the PDF fonts

        printed = printed_base(self.controller.store)
        if not printed:
            return True
        old = QUrl(printed)
        if old.host() == address and old.port() == self.port.value():
            return True
        box = QMessageBox(
            QMessageBox.Warning, self.tr("The printed cards use another address"), "", parent=self
        )
        box.setObjectName("cardsAddress")
        box.setText(
            self.tr(
                "The cards were printed for {old}. Phones that scan them will not find the server at {new}."
            ).format(old=printed, new=f"http://{address}:{self.port.value()}")
        )
        keep = None
        if self.address.findData(old.host()) >= 0:
            keep = box.addButton(self.tr("Use the cards' address"), QMessageBox.AcceptRole)
        anyway = box.addButton(self.tr("Start anyway (reprint the cards)"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        if keep is not None and box.clickedButton() is keep:
            self.address.setCurrentIndex(self.address.findData(old.host()))
            self.port.setValue(old.port())
            return True
        return box.clickedButton() is anyway

    def resume_if_live(self) -> bool:
        """Reopening a live contest (after a crash): serve the phones again on the address they know."""
        wanted = self.settings.get("server/address")
        if not (
            self.settings.get("server/resume")
            and self.controller.server_available
            and wanted
            and self.controller.state().phase == "live"
            and self.address.findData(wanted) >= 0
        ):
            return False
        self.address.setCurrentIndex(self.address.findData(wanted))
        self.toggle_server()
        return self.controller.server is not None

    def refresh(self) -> None:
        running = self.controller.server is not None
        available = self.controller.server_available
        self.switch.setText(self.tr("Stop the server") if running else self.tr("Start the server"))
        self.switch.setEnabled(available)
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        if not available:
            self.status.setText(self.tr("The reviewers' server is not part of this build yet."))
        elif running and QHostAddress(self.address.currentData() or "").isLoopback():
            self.status.setText(
                self.tr(
                    "The server runs on {url}, which is this laptop only: phones cannot reach it. Stop the "
                    "server and choose the address of the room's network."
                ).format(url=self.controller.base_url)
            )
            self.status.setStyleSheet("color: #c62828; font-weight: bold")
        elif running:
            self.status.setText(
                self.tr(
                    "Phones on the room's network open {url} (each reviewer has a personal link below)."
                ).format(url=self.controller.base_url)
            )
        else:
            self.status.setText(self.tr("Start the server so that reviewers can score from their phones."))
        if not (running and QHostAddress(self.address.currentData() or "").isLoopback()):
            self.status.setStyleSheet("")
        self.cards.setEnabled(running and module_present("arena.cards") and not self._cards_busy)
        self.screen_link.setText(self.current_screen_link() or self.tr("(start the server)"))
        self.copy_screen.setEnabled(bool(self.current_screen_link()))
        missing = self.tr("Available once the cards module is installed.")
        self.cards.setToolTip("" if module_present("arena.cards") else missing)
        self._fill_table()

    def _fill_table(self) -> None:
        reviewers = self.controller.contest().reviewers
        self.table.setRowCount(len(reviewers))
        for row, r in enumerate(reviewers):
            link = self.controller.link_of(r.token)
            for col, text in enumerate((r.name, r.group, link or self.tr("(start the server)"))):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, link)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._show_qr()

    def selected_link(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.UserRole) if rows else ""

    def _show_qr(self) -> None:
        link = self.selected_link()
        if not link:
            self.qr.setPixmap(QPixmap())
            self.qr_caption.setText(self.tr("Select a reviewer to show their QR code."))
            return
        self.qr.setPixmap(qr_pixmap(link))
        row = self.table.selectionModel().selectedRows()[0].row()
        self.qr_caption.setText(self.table.item(row, 0).text())

    def _copy_link(self) -> None:
        if self.selected_link():
            QGuiApplication.clipboard().setText(self.selected_link())

    def write_cards(self, out: str | None = None, open_when_done: bool = True) -> None:
        write_cards = cards_writer()
        if write_cards is None:
            return
        if not out:
            default = str(Path(self.controller.path).with_suffix(".cards.pdf"))
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the cards"), default, "PDF (*.pdf)")
            if not out:
                return
        self._cards_busy = True
        self.cards.setEnabled(False)
        self.cards_note.setText(self.tr("Writing the cards…"))
        path, base = str(self.controller.path), self.controller.base_url
        wifi, password = self.settings.get("room/wifi"), self.settings.get("room/wifi_password")
        run_in_background(
            lambda: write_cards(path, out, base, wifi, password),
            lambda _: self._cards_done(out, open_when_done),
            self._cards_failed,
        )

    def _cards_done(self, out: str, open_when_done: bool) -> None:
        self._cards_busy = False
        self.refresh()
        self.cards_note.setText(self.tr("Cards written to {path}").format(path=out))
        if open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(out))

    def _cards_failed(self, message: str) -> None:
        self._cards_busy = False
        self.refresh()
        self.cards_note.setText(self.tr("The cards could not be written: {error}").format(error=message))
