"""The console's check-in and signature board (issue 17): who has checked in (签到) and who has signed
(签字确认), by group, with the two setup options (signing on the phone; names on the projector's welcome).

Checked in is not "phone connected": a reviewer checks in by pressing 签到 on their page, once. The
board reads arena.presence.board() and redraws on the bridge's presence_changed, session_changed,
setup_changed and ballots_committed (a host's correction after a signature), once per burst. The
options are changed through the controller, which announces them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arena.presence import BoardRow, board

SIGN_MODES = ("off", "at_end", "after_each")


def local_clock(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return iso


class PresenceBoard(QWidget):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sign_mode = QComboBox(objectName="signMode")
        for mode, text in zip(
            SIGN_MODES,
            (
                self.tr("Off"),
                self.tr("After the contest is closed"),
                self.tr("After each presenter's scoring is closed"),
            ),
        ):
            self.sign_mode.addItem(text, mode)
        self.welcome_names = QCheckBox(
            self.tr("The projector's welcome lists who has checked in"), objectName="welcomeNames"
        )
        form.addRow(self.tr("Reviewers sign their scores on the phone:"), self.sign_mode)
        form.addRow("", self.welcome_names)
        layout.addLayout(form)
        self.totals = QLabel(objectName="presenceTotals", wordWrap=True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals)
        self.table = QTableWidget(0, 4, objectName="presenceTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Reviewer"), self.tr("Checked in"), self.tr("Signed")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "Checking in is pressing 签到 on the reviewer's own page; it is not needed to score. "
                "A signature confirms the reviewer's own ballots; a score the host corrects afterwards "
                "marks it as signed before the correction."
            ),
            wordWrap=True,
        )
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        self.rows: list[BoardRow] = []
        self.mode = "off"
        self._redraw = QTimer(self, singleShot=True, interval=0)
        self._redraw.timeout.connect(self.refresh)
        bridge = controller.bridge
        for signal in (bridge.presence_changed, bridge.setup_changed, bridge.ballots_committed):
            signal.connect(self._soon)
        bridge.session_changed.connect(self._soon)
        self.sign_mode.currentIndexChanged.connect(self._options_edited)
        self.welcome_names.toggled.connect(self._options_edited)
        self.refresh()

    def _soon(self, *_args) -> None:
        self._redraw.start()

    def _options_edited(self, *_args) -> None:
        mode = self.sign_mode.currentData()
        names = self.welcome_names.isChecked()
        if (mode, names) != self.controller.store.presence_options():
            self.controller.set_presence_options(mode, names)

    def refresh(self) -> None:
        store = self.controller.store
        mode, names = store.presence_options()
        for widget in (self.sign_mode, self.welcome_names):
            widget.blockSignals(True)
        self.sign_mode.setCurrentIndex(max(0, SIGN_MODES.index(mode)))
        self.welcome_names.setChecked(names)
        for widget in (self.sign_mode, self.welcome_names):
            widget.blockSignals(False)
        self.mode, self.rows = board(store)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            cells = (row.group, row.name, local_clock(row.checked_in_at), self.signed_text(row))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 3 and any(s.precedes_correction for s in row.signed):
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        lines = []
        groups: dict[str, list[BoardRow]] = {}
        for row in self.rows:
            groups.setdefault(row.group, []).append(row)
        for group, members in groups.items():
            checked = sum(1 for r in members if r.checked_in_at)
            line = self.tr("%1: %2/%3 checked in").replace("%1", group)
            line = line.replace("%2", str(checked)).replace("%3", str(len(members)))
            if self.mode != "off":
                signed = sum(1 for r in members if r.signed)
                line += self.tr(", %1/%2 signed").replace("%1", str(signed)).replace("%2", str(len(members)))
            lines.append(line)
        self.totals.setText("\n".join(lines))

    def signed_text(self, row: BoardRow) -> str:
        if not row.signed:
            return self.tr("waiting") if row.to_sign else ""
        corrected = sum(1 for s in row.signed if s.precedes_correction)
        if self.mode == "after_each" or len(row.signed) > 1 or row.signed[0].scope != 0:
            text = self.tr("%1 presenter(s) signed").replace("%1", str(len(row.signed)))
        else:
            text = self.tr("signed at %1").replace("%1", local_clock(row.signed[0].at))
        if corrected:
            text += " · " + self.tr("signed before a correction by the host")
        return text


class CheckinCount(QLabel):
    """One line for the live page: "Checked in: 27/30" (all groups), redrawn when someone checks in."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent, objectName="checkinCount")
        self.controller = controller
        controller.bridge.presence_changed.connect(self.refresh)
        controller.bridge.setup_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        store = self.controller.store
        checked = len(store.checkins().keys() & {r.id for r in store.contest().reviewers})
        total = len(store.contest().reviewers)
        self.setText(self.tr("Checked in: %1/%2").replace("%1", str(checked)).replace("%2", str(total)))
