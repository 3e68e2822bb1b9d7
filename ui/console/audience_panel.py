"""The live page's audience box (issue 13): how many phones joined, their ballots, and closing joining.

Shown only when the contest has an audience group. It re-reads the audience's state (one query) a
moment after the server says a phone joined, after an audience ballot, and when the server starts
or stops; it never shows a phone or a mark. While joining is open and the server runs, the room
link goes to the projector (its welcome and scoring scenes show it as a QR code).

Signals:
    room_link_changed(str): the room link the projector should show ("" hides the code).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from arena.audience_cards import room_link

COALESCE_MS = 300  # a burst of joins re-reads the state once


class AudiencePanel(QGroupBox):
    room_link_changed = Signal(str)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Audience (大众评审)"))
        self.controller = controller
        self.link = ""
        self.count = QLabel(objectName="audienceCount")
        self.ballots = QLabel(objectName="audienceBallots")
        self.toggle = QPushButton(objectName="audienceJoining")
        self.toggle.clicked.connect(self.toggle_joining)
        row = QHBoxLayout(self)
        row.addWidget(self.count, 1)
        row.addWidget(self.ballots)
        row.addWidget(self.toggle)
        self._timer = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._timer.timeout.connect(self.refresh)
        bridge = controller.bridge
        if hasattr(bridge, "audience_changed"):
            bridge.audience_changed.connect(self.schedule)
        bridge.ballots_committed.connect(
            lambda events: any(e.get("audience") for e in events) and self.schedule()
        )
        controller.server_changed.connect(self.refresh)
        self.refresh()

    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def state(self) -> dict | None:
        return self.controller.store.audience_state()

    def refresh(self) -> None:
        state = self.state()
        self.setVisible(state is not None)
        if state is None:
            return
        self.count.setText(
            self.tr("{n} of {cap} phones joined").format(n=state["joined"], cap=state["cap"])
            + " · "
            + (self.tr("joining open") if state["joining"] else self.tr("joining closed"))
        )
        ballots = sum(self.controller.store.audience_ballot_counts().values())
        self.ballots.setText(self.tr("Audience ballots: {n}").format(n=ballots))
        self.toggle.setText(self.tr("Close joining") if state["joining"] else self.tr("Reopen joining"))
        base = self.controller.base_url
        link = room_link(base, state["room_token"]) if base and state["joining"] else ""
        if link != self.link:
            self.link = link
            self.room_link_changed.emit(link)

    def toggle_joining(self) -> None:
        state = self.state()
        if state is None:
            return
        self.controller.store.set_audience_joining(not state["joining"])  # logged in the session log
        self.refresh()

    def shutdown(self) -> None:
        self._timer.stop()
