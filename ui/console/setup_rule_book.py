"""The setup editor's rule-book fields (issue 15): rounding stages, the smallest panel trimmed, the full score.

Rounding stages are typed in the workbook's compact form ("total:1; final:2",
stage:decimals[:rule]) and shown underneath in words, as a host reads a rule book.
The values go into the setup document's `scoring` object exactly as
arena.setup.contest_to_dict writes them (keys left out when at their default), so
an untouched setup compares equal and undo sees only real edits.

Signals:
    changed(): the host edited one of the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox

from arena.rounding import Rounding, Stage, parse_stages, stages_json

KEYS = ("rounding", "trim_min", "full_score")


class RuleBookFields(QObject):
    """The three fields' widgets, added as rows of the editor's scoring form (`add_to`)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.trim_min = QSpinBox(objectName="trimMinSpin")
        self.trim_min.setRange(0, 999)
        self.trim_min.setSpecialValueText(self.tr("2k + 1 (default)"))
        self.trim_min.setToolTip(self.tr("Groups with fewer totals (or marks) than this are not trimmed"))
        self.trim_min.valueChanged.connect(self._changed)
        self.rounding = QLineEdit(objectName="roundingEdit")
        self.rounding.setPlaceholderText(self.tr("none: exact to the end (e.g. total:1; final:2)"))
        self.rounding.setToolTip(
            self.tr(
                "stage:decimals[:rule]; stages total, criterion, weighted, group, final; "
                "rules half_up (default), half_even, down"
            )
        )
        self.rounding.editingFinished.connect(self._changed)
        self.words = QLabel(objectName="roundingWords", wordWrap=True)
        self.full_score = QLineEdit(objectName="fullScoreEdit")
        self.full_score.setPlaceholderText("100")
        self.full_score.editingFinished.connect(self._changed)
        self._loading = False

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Trim only from"), self.trim_min)
        form.addRow(self.tr("Rounding stages"), self.rounding)
        form.addRow("", self.words)
        form.addRow(self.tr("Full score"), self.full_score)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._show_words()
            self.changed.emit()

    def _show_words(self) -> None:
        stages, problems = parse_stages(self.rounding.text().strip())
        self.words.setText("" if problems else self.stage_words(stages))

    def show_values(self, scoring: dict) -> None:
        self._loading = True
        self.trim_min.setValue(int(scoring.get("trim_min") or 0))
        raw = scoring.get("rounding") or []
        stages, _ = parse_stages(raw)
        self.rounding.setText(raw if isinstance(raw, str) else Rounding(stages).text())
        self._show_words()
        self.full_score.setText(
            "" if str(scoring.get("full_score", "100")) == "100" else str(scoring["full_score"])
        )
        self._loading = False

    def values(self) -> dict:
        """The three keys as contest_to_dict writes them; unparsable text is kept for the checks to report."""
        out: dict = {}
        text = self.rounding.text().strip()
        stages, problems = parse_stages(text)
        if problems:
            out["rounding"] = text
        elif stages:
            out["rounding"] = stages_json(stages)
        if self.trim_min.value():
            out["trim_min"] = self.trim_min.value()
        full = self.full_score.text().strip()
        if full and full != "100":
            out["full_score"] = full
        return out

    def set_editable(self, editable: bool) -> None:
        for widget in (self.trim_min, self.rounding, self.full_score):
            widget.setEnabled(editable)

    def stage_words(self, stages: tuple[Stage, ...]) -> str:
        if not stages:
            return self.tr("Exact to the end; the published score is rounded half up to two decimals.")
        names = {
            "total": self.tr("each reviewer's total"),
            "criterion": self.tr("each criterion's aggregate"),
            "weighted": self.tr("each criterion's weighted value"),
            "group": self.tr("each group's score"),
            "final": self.tr("the final score"),
        }
        rules = {
            "half_up": self.tr("half up"),
            "half_even": self.tr("half to even"),
            "down": self.tr("toward zero"),
        }
        line = self.tr("{stage} to {decimals} decimal(s), {rule}")
        separator = self.tr("; ", "between rounding stages")
        return separator.join(
            line.format(stage=names[s.stage], decimals=s.decimals, rule=rules[s.rule]) for s in stages
        )
