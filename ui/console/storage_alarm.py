"""The alarm the host cannot miss when the contest file's disk is full and phones' ballots are refused.

A red banner stays in the status bar and a message box opens once per episode; both go away when
the next ballot is saved (the host freed some space). The phones meanwhile keep their ballots and
show their own message (code storage_full, answered 507).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class StorageAlarm(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="storageAlarm")
        self.setStyleSheet(
            "QLabel { background: #c62828; color: white; font-weight: bold; padding: 4px 12px; }"
        )
        self.retranslate()
        self.box: QMessageBox | None = None
        self.hide()

    def retranslate(self) -> None:
        self.setText(self.tr("Disk full: ballots are NOT being saved. Free some disk space now."))

    def raise_alarm(self) -> None:
        window = self.window()
        if hasattr(window, "statusBar") and self.parent() is window:
            window.statusBar().addPermanentWidget(self)  # the bar appears with the alarm
        self.show()
        if self.box is None or not self.box.isVisible():
            self.box = QMessageBox(
                QMessageBox.Critical,
                self.tr("The disk is full"),
                self.tr(
                    "The disk holding the contest file is full: reviewers' ballots are being refused and "
                    "their phones keep them until there is room. Free some disk space (delete or move "
                    "files); the next ballot saved clears this alarm."
                ),
                QMessageBox.Ok,
                self.window(),
            )
            self.box.setObjectName("storageAlarmBox")
            self.box.open()

    def clear(self) -> None:
        self.hide()
