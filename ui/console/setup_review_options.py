"""The setup editor's fields for what reviewers add to a ballot (issue 17): comments (评语) and the
outlier question (畸高畸低).

The values go into the setup document's `scoring` object exactly as arena.setup.contest_to_dict
writes them (arena.review_options: keys left out at their default), so an untouched setup compares
equal and undo sees only real edits.

Signals:
    changed(): the host edited one of the fields.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout

from arena.review_options import COMMENT_MODES, KEYS

__all__ = ["KEYS", "ReviewFields"]


class ReviewFields(QObject):
    """The comment mode, the outlier threshold and whether the phone may name the median."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.comments = QComboBox(objectName="commentsCombo")
        for mode, text in zip(
            COMMENT_MODES, (self.tr("No comments"), self.tr("Optional comment"), self.tr("Comment required"))
        ):
            self.comments.addItem(text, mode)
        self.comments.setToolTip(self.tr("A comment of up to 500 characters under the marks on the phone"))
        self.outlier = QDoubleSpinBox(objectName="outlierSpin")
        self.outlier.setRange(0, 100)
        self.outlier.setDecimals(1)
        self.outlier.setSingleStep(5)
        self.outlier.setSpecialValueText(self.tr("Never ask"))
        self.outlier.setSuffix(self.tr(" points"))
        self.outlier.setToolTip(
            self.tr(
                "The phone asks the reviewer to confirm a total further than this from the median of the "
                "others' totals for that presenter (an optional reason; it never blocks)"
            )
        )
        self.show_median = QCheckBox(
            self.tr("The question may name the median"), objectName="outlierMedianCheck"
        )
        self.comments.activated.connect(self._changed)
        self.outlier.editingFinished.connect(self._changed)
        self.show_median.clicked.connect(self._changed)
        self._loading = False

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Reviewers' comments"), self.comments)
        form.addRow(self.tr("Ask to confirm a total beyond"), self.outlier)
        form.addRow("", self.show_median)

    def _changed(self, *_args) -> None:
        self.show_median.setEnabled(self.outlier.isEnabled() and self.outlier.value() > 0)
        if not self._loading:
            self.changed.emit()

    def show_values(self, scoring: dict) -> None:
        self._loading = True
        self.comments.setCurrentIndex(max(0, self.comments.findData(scoring.get("comments", "off"))))
        try:
            points = float(Decimal(str(scoring.get("outlier_points") or 0)))
        except InvalidOperation:
            points = 0.0
        self.outlier.setValue(points)
        self.show_median.setChecked(bool(scoring.get("outlier_show_median")))
        self._changed()
        self._loading = False

    def values(self) -> dict:
        """The three keys as contest_to_dict writes them (left out at their defaults)."""
        out: dict = {}
        if self.comments.currentData() != "off":
            out["comments"] = self.comments.currentData()
        if self.outlier.value() > 0:
            out["outlier_points"] = f"{Decimal(str(round(self.outlier.value(), 1))).normalize():f}"
            if self.show_median.isChecked():
                out["outlier_show_median"] = True
        return out

    def set_editable(self, editable: bool) -> None:
        for widget in (self.comments, self.outlier):
            widget.setEnabled(editable)
        self.show_median.setEnabled(editable and self.outlier.value() > 0)
