"""The slots of the 亮分 scene: "评委3" over a value, their boxes, and the strike-through lines.

A SlotBoard paints each slot's box under its labels; the StrikeLayer, a sibling raised above the
board, paints the red line through each struck value, so the strike is never hidden by a label.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from .theme import ACCENT, MUTED, OVERTIME, TRACK, WARNING, FitLabel

CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STRUCK = MUTED.darker(150)


class SlotCell:
    """One slot: "评委3" above the value; struck cells are muted and crossed out in red."""

    def __init__(self, parent: QWidget):
        self.caption = FitLabel(parent, color=MUTED, align=CENTER)
        self.value = FitLabel(parent, bold=True, align=CENTER, tabular=True)
        self.value.sample = "100.00"
        self.rect = QRect()
        self.struck: str | None = None
        self.tied: str | None = None

    def labels(self) -> tuple[FitLabel, ...]:
        return self.caption, self.value


class SlotBoard(QWidget):
    """Draws the slots' boxes under their labels; `StrikeLayer` draws the strikes over them."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.cells: list[SlotCell] = []

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for cell in self.cells:
            if not cell.value.isVisible():
                continue
            box = QRectF(cell.rect).adjusted(2, 2, -2, -2)
            radius = box.height() * 0.12
            painter.setBrush(TRACK.darker(130) if cell.struck else TRACK)
            if cell.tied:
                painter.setPen(QPen(WARNING, max(2.0, box.height() * 0.04)))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box, radius, radius)
        painter.end()


class StrikeLayer(QWidget):
    """The strike-through lines, above every label of the board."""

    def __init__(self, parent: QWidget, board: SlotBoard):
        super().__init__(parent)
        self.board = board
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for cell in self.board.cells:
            if not (cell.struck and cell.value.isVisible()):
                continue
            box = QRectF(cell.value.geometry()).translated(self.board.pos() - self.pos())
            width = cell.value.fontMetrics().horizontalAdvance(cell.value.text()) * 1.15
            pen = QPen(OVERTIME, max(3.0, box.height() * 0.09))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            y = box.center().y()
            painter.drawLine(box.center().x() - width / 2, y, box.center().x() + width / 2, y)
        painter.end()


class SlotRow:
    def __init__(self, parent: QWidget):
        self.name = FitLabel(parent, align=LEFT, wrap=True)
        self.score = FitLabel(parent, bold=True, color=ACCENT, align=RIGHT, tabular=True)
        self.score.sample = "100.00"
        self.cells: list[SlotCell] = []
