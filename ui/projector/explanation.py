"""The explanation beside the results spotlight: why the revealed presenter has its score.

Laid out like the web view's (resources/web/screen.js): one row per group with
its weight and, right-aligned in the accent colour, its score; then the totals
trimming dropped (reviewers by their anonymous label, the total in plain white,
since it did not count); then notes and how many reviewers scored, muted. Every
row is its own FitLabel, so the legibility test checks each one, and the rows
share one type size, so the block reads as a table. The facts come from
arena.scenes.explanation, shared with the web view; only the wording is here.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from .theme import ACCENT, MUTED, TEXT, FitLabel, same_size

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NAME_SHARE = 0.55  # of the panel's width; the value column has the rest
INDENT_SHARE = 0.05
LINE_SHARE = 0.72  # of a row's height: the type size


class ExplanationRow:
    """A label on the left and a value on the right: bold accent for a score, plain for a dropped total."""

    def __init__(self, parent: QWidget):
        self.name = FitLabel(parent, align=LEFT)
        self.score = FitLabel(parent, bold=True, color=ACCENT, align=RIGHT, tabular=True)
        self.dropped = FitLabel(parent, align=RIGHT, tabular=True)

    def labels(self) -> tuple[FitLabel, ...]:
        return self.name, self.score, self.dropped


class ExplanationPanel(QWidget):
    """Rows of (label, value, kind); kind is 'score', 'dropped' or 'note' (a muted line of its own)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.rows: list[ExplanationRow] = []
        self.lines: list[tuple[str, str, str]] = []
        self.row_height = 0.0

    def place(self, x: int, y: int, width: int, height: int, row_height: float) -> None:
        self.setGeometry(x, y, width, height)
        self.row_height = row_height
        self._lay_out()

    def set_lines(self, lines: list[tuple[str, str, str]]) -> None:
        if lines != self.lines:
            self.lines = lines
            self._lay_out()

    def text(self) -> str:
        """Every line as read, label then value (tests and accessibility read this)."""
        return "\n".join(f"{name} {value}".strip() for name, value, _ in self.lines)

    def _lay_out(self) -> None:
        while len(self.rows) < len(self.lines):
            self.rows.append(ExplanationRow(self))
        if not self.lines:
            for row in self.rows:
                self._fill(row, "", "", "note")
            return
        height = min(self.row_height, self.height() / len(self.lines))
        font = height * LINE_SHARE
        width = self.width()
        for i, row in enumerate(self.rows):
            name, value, kind = self.lines[i] if i < len(self.lines) else ("", "", "note")
            top = round(i * height)
            indent = round(width * INDENT_SHARE) if kind == "dropped" else 0
            name_width = width if kind == "note" else round(width * NAME_SHARE)
            row.name.place(QRect(indent, top, name_width - indent, round(height)), font)
            for label in (row.score, row.dropped):
                label.place(QRect(name_width, top, width - name_width, round(height)), font)
            self._fill(row, name, value, kind)
        shown = [label for row in self.rows for label in row.labels() if label.text()]
        same_size(shown)  # one type size for the whole block: it reads as a table

    @staticmethod
    def _fill(row: ExplanationRow, name: str, value: str, kind: str) -> None:
        row.name.set_color(MUTED if kind == "note" else TEXT)
        row.name.set_text(name)
        row.score.set_text(value if kind == "score" else "")
        row.dropped.set_text(value if kind == "dropped" else "")
        for label in row.labels():
            label.setVisible(bool(label.text()))
