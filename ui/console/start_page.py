"""The start page: new contest from a setup file, open a contest, recent files, the demo.

Signals:
    open_requested(str): open this contest file.
    new_requested(): create a contest from an Excel template or JSON setup.
    demo_requested(): open a fresh copy of the demo contest (its ballots seeded, to try the reveal).
    practice_requested(): open a fresh practice contest without scores (to try the phones).
    template_requested(): save a blank Excel template to fill in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    demo_requested = Signal()
    practice_requested = Signal()
    template_requested = Signal()
    browse_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        title = QLabel(self.tr("Arena — live scoring contest"))
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Set up the contest from the Excel template, give each reviewer their link, "
                "then run the queue: reviewers score on their phones and the result is ready "
                "the moment the last score arrives."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        steps = QLabel(
            self.tr(
                "The day's steps: 1. Setup (check the lists)  →  2. Reviewer access: start the server on "
                "the room's network address  →  3. Print the cards  →  4. Projector: F9 (full screen on the "
                "second screen)  →  5. Live session: start the contest."
            ),
            objectName="daySteps",
            wordWrap=True,
        )
        layout.addWidget(steps)
        layout.addSpacing(12)
        layout.addLayout(self._buttons())
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Recent contests (double-click to open):")))
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.UserRole)))
        layout.addWidget(self.recent, 1)
        self.set_recent(recent)

    def _buttons(self) -> QGridLayout:
        row = QGridLayout()  # three a row: the page still fits a small window
        for i, (text, signal, name) in enumerate(
            (
                (self.tr("New contest from a setup…"), self.new_requested, "newButton"),
                (self.tr("Open a contest file…"), self.browse_requested, "openButton"),
                (
                    self.tr("Practice contest (no scores, to try phones)"),
                    self.practice_requested,
                    "practiceButton",
                ),
                (self.tr("Demo with scores (ballots seeded)"), self.demo_requested, "demoButton"),
                (self.tr("Save the Excel template…"), self.template_requested, "templateButton"),
            )
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setMinimumHeight(44)
            button.clicked.connect(signal.emit)
            row.addWidget(button, i // 3, i % 3)
        return row

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}    —    {Path(path).parent}")
            item.setData(Qt.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("No contest opened yet."))
            placeholder.setFlags(Qt.NoItemFlags)
            self.recent.addItem(placeholder)
