"""The final ranking scene: a table of every presenter with a bar per row, shared ranks shown as such.

The bars are drawn with QPainter at the window's own size (crisp on any
projector, no matplotlib start-up cost) on a 0-100 scale, the scale of every
score, so that their lengths never exaggerate small differences.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from arena.scoring import PresenterResult, fmt_score

from .data import ProjectorData
from .scene import Scene
from .theme import ACCENT, MUTED, TRACK, WARNING, FitLabel, rank_text

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FULL_SCALE = 100  # every final score is on the 0-100 scale
TABLE_TOP, TABLE_BOTTOM = 13, 97  # percent of the height


class RankingBars(QWidget):
    """One horizontal bar per table row, aligned with the rows the scene has placed."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.rows: list[tuple[QRect, float | None, bool]] = []  # (row rect here, score, first place)

    def set_rows(self, rows: list[tuple[QRect, float | None, bool]]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, score, first in self.rows:
            track = QRectF(rect).adjusted(0, rect.height() * 0.22, 0, -rect.height() * 0.22)
            radius = track.height() / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, radius, radius)
            if score is not None:
                length = max(track.height(), track.width() * min(1.0, max(0.0, score / FULL_SCALE)))
                painter.setBrush(ACCENT if first else ACCENT.darker(135))
                painter.drawRoundedRect(QRectF(track.x(), track.y(), length, track.height()), radius, radius)
        painter.end()


class RankingScene(Scene):
    name = "ranking"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(data, parent)
        self.heading = FitLabel(self, bold=True)
        self.provisional = FitLabel(self, bold=True, color=WARNING, align=RIGHT)
        self.header_rank = FitLabel(self, color=MUTED, align=LEFT)
        self.header_name = FitLabel(self, color=MUTED, align=LEFT)
        self.header_score = FitLabel(self, color=MUTED, align=RIGHT)
        self.bars = RankingBars(self)
        self.cells: list[tuple[FitLabel, FitLabel, FitLabel]] = []
        self.results: list[PresenterResult] = []

    def _ensure_rows(self, count: int) -> None:
        while len(self.cells) < count:
            self.cells.append((
                FitLabel(self, bold=True, color=ACCENT, align=LEFT),
                FitLabel(self, bold=True, align=LEFT, wrap=True),
                FitLabel(self, bold=True, color=ACCENT, align=RIGHT, tabular=True),
            ))
        for i, row in enumerate(self.cells):
            for label in row:
                label.setVisible(i < count)

    def row_height(self) -> float:
        """Percent of the height per table row (the header row included), at most 11%."""
        return min(11.0, (TABLE_BOTTOM - TABLE_TOP) / (len(self.results) + 1))

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(4, 3, 56, 8), self.vh(5.5))
        self.provisional.place(self.box(60, 3, 36, 8), self.vh(3.6))
        row = self.row_height()
        font = self.vh(row * 0.5)
        self.header_rank.place(self.box(4, TABLE_TOP, 14, row), font * 0.75)
        self.header_name.place(self.box(19, TABLE_TOP, 28, row), font * 0.75)
        self.header_score.place(self.box(82, TABLE_TOP, 14, row), font * 0.75)
        self.bars.setGeometry(self.box(48, TABLE_TOP, 33, TABLE_BOTTOM - TABLE_TOP))
        self._ensure_rows(len(self.results))
        bar_rows = []
        for i, (rank, name, score) in enumerate(self.cells[: len(self.results)]):
            y = TABLE_TOP + (i + 1) * row
            rank.place(self.box(4, y, 14, row), font)
            name.place(self.box(19, y, 28, row), font)
            score.place(self.box(82, y, 14, row), font)
            bar_rect = self.box(48, y, 33, row).translated(-self.bars.x(), -self.bars.y())
            result = self.results[i]
            value = float(result.score) if result.score is not None else None
            bar_rows.append((bar_rect, value, result.rank == 1))
        self.bars.set_rows(bar_rows)

    def render_state(self) -> None:
        results = list(self.data.tally().presenters)
        if len(results) != len(self.results):
            self.results = results
            self.arrange(self.width(), self.height())
        self.results = results
        self.heading.set_text(self.tr("Final ranking"))
        provisional = self.data.tally().provisional
        self.provisional.set_text(self.tr("Provisional: scoring is still open") if provisional else "")
        self.header_rank.set_text(self.tr("Rank"))
        self.header_name.set_text(self.tr("Presenter"))
        self.header_score.set_text(self.tr("Score"))
        for (rank, name, score), result in zip(self.cells, results):
            rank.set_text(rank_text(result.rank, result.shared_rank))
            name.set_text(result.presenter.name)
            score.set_text(fmt_score(result.score) or "—")
        self.arrange(self.width(), self.height())
