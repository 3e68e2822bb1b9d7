"""Proxy entry: the host types in a paper ballot for a reviewer without a phone.

The marks go through the same rules as a phone's (arena.intake) and are
recorded with the source "host" plus a session-log line, so the archive shows
who entered them.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from arena.store import BallotRefused
from ui.console.refusal_text import refusal_text


def _decimals(step: Decimal) -> int:
    return max(0, -step.normalize().as_tuple().exponent)


class ProxyBallotDialog(QDialog):
    def __init__(self, controller, presenter_id: int | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.contest = controller.contest()
        self.receipt = None
        self.setWindowTitle(self.tr("Enter a paper ballot"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("For a reviewer without a phone. The ballot is recorded as entered by the host."))
        )
        form = QFormLayout()
        self.presenter = QComboBox(objectName="proxyPresenter")
        for p in self.contest.presenters:
            self.presenter.addItem(p.name, p.id)
        if presenter_id is not None:
            self.presenter.setCurrentIndex(max(0, self.presenter.findData(presenter_id)))
        self.reviewer = QComboBox(objectName="proxyReviewer")
        form.addRow(self.tr("Presenter"), self.presenter)
        form.addRow(self.tr("Reviewer"), self.reviewer)
        self.marks: dict[str, QDoubleSpinBox] = {}
        for c in self.contest.criteria:
            box = QDoubleSpinBox(objectName=f"mark:{c.name}")
            box.setDecimals(_decimals(c.step))
            box.setRange(0, float(c.max))
            box.setSingleStep(float(c.step))
            box.setSuffix(f" / {c.max}")
            self.marks[c.name] = box
            form.addRow(c.name, box)
        self.note = QLineEdit(objectName="proxyNote")
        self.note.setPlaceholderText(self.tr("e.g. paper form no. 12"))
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.message = QLabel(objectName="proxyMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.presenter.currentIndexChanged.connect(self._fill_reviewers)
        self.reviewer.currentIndexChanged.connect(self._show_existing)
        self._fill_reviewers()

    def _fill_reviewers(self) -> None:
        """Only reviewers allowed to score the chosen presenter are offered."""
        presenter = self.contest.presenters[self.presenter.currentIndex()]
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        for r in self.contest.reviewers:
            if presenter.name not in r.recuse:
                self.reviewer.addItem(f"{r.name}（{r.group}）", r.id)
        self.reviewer.blockSignals(False)
        self._show_existing()

    def _show_existing(self) -> None:
        reviewer_id, presenter_id = self.reviewer.currentData(), self.presenter.currentData()
        existing = self.controller.store.ballot_of(reviewer_id, presenter_id) if reviewer_id else {}
        for c in self.contest.criteria:
            self.marks[c.name].setValue(float(c.from_units(existing.get(c.id, 0))))
        self.message.setText(
            self.tr("This reviewer already has a ballot for this presenter; saving replaces it.")
            if existing
            else ""
        )

    def set_marks(self, marks: dict[str, float]) -> None:
        for name, value in marks.items():
            self.marks[name].setValue(value)

    def submit(self) -> None:
        marks = {name: f"{box.value():.{box.decimals()}f}" for name, box in self.marks.items()}
        try:
            self.receipt = self.controller.record_proxy_ballot(
                self.reviewer.currentData(), self.presenter.currentData(), marks, self.note.text().strip()
            )
        except BallotRefused as exc:
            self.message.setText(self._refusal(exc))
            return
        self.accept()

    def _refusal(self, exc: BallotRefused) -> str:
        """The rule that refused the ballot in the host's words, naming the mark it was about."""
        reviewer = next((r.name for r in self.contest.reviewers if r.id == self.reviewer.currentData()), "")
        return refusal_text(
            exc,
            [c.name for c in self.contest.criteria],
            reviewer=reviewer,
            presenter=self.presenter.currentText(),
        )
