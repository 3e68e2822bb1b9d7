"""The final ranking scene: a table of every presenter with a bar per row, shared ranks shown as such.

The bars are drawn with QPainter at the window's own size (crisp on any
projector, no matplotlib start-up cost) on a 0-100 scale, the scale of every
score, so that their lengths never exaggerate small differences.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from arena.tally import PresenterResult, fmt_score

from .data import ProjectorData
from .scene import Scene
from .theme import ACCENT, MUTED, TRACK, WARNING, FitLabel, rank_text, same_size

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FULL_SCALE = 100  # every final score is on the 0-100 scale
TABLE_TOP, TABLE_BOTTOM = 13, 97  # percent of the height
TABLE_LEFT, TABLE_RIGHT, COLUMN_GAP = 4, 96, 4  # percent of the width
ONE_COLUMN_MAX = 12
# Each row's parts, as fractions of its column's width; two columns give the names more of theirs.
PARTS = {
    1: {"rank": (0.0, 0.16), "name": (0.17, 0.5), "bar": (0.51, 0.84), "score": (0.85, 1.0)},
    2: {"rank": (0.0, 0.17), "name": (0.18, 0.63), "bar": (0.64, 0.83), "score": (0.84, 1.0)},
}


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
        self.headers = [
            (
                FitLabel(self, color=MUTED, align=LEFT),
                FitLabel(self, color=MUTED, align=LEFT),
                FitLabel(self, color=MUTED, align=RIGHT),
            )
            for _ in range(2)
        ]
        self.bars = RankingBars(self)
        self.cells: list[tuple[FitLabel, FitLabel, FitLabel]] = []
        self.results: list[PresenterResult] = []

    def _ensure_rows(self, count: int) -> None:
        while len(self.cells) < count:
            self.cells.append(
                (
                    FitLabel(self, bold=True, color=ACCENT, align=LEFT),
                    FitLabel(self, bold=True, align=LEFT, wrap=True),
                    FitLabel(self, bold=True, color=ACCENT, align=RIGHT, tabular=True),
                )
            )
        for i, row in enumerate(self.cells):
            for label in row:
                label.setVisible(i < count)

    def columns(self) -> int:
        """A long list is set in two columns so that names stay readable on a 1024x768 projector."""
        return 1 if len(self.results) <= ONE_COLUMN_MAX else 2

    def row_height(self) -> float:
        """Percent of the height per table row (the header row included), at most 11%."""
        per_column = math.ceil(len(self.results) / self.columns())
        return min(11.0, (TABLE_BOTTOM - TABLE_TOP) / (per_column + 1))

    def cell(self, column: int, part: str, y: float, height: float) -> QRect:
        """The rectangle of one part (rank, name, bar, score) of a row in the given column."""
        count = self.columns()
        width = (TABLE_RIGHT - TABLE_LEFT - COLUMN_GAP * (count - 1)) / count
        x = TABLE_LEFT + column * (width + COLUMN_GAP)
        start, end = PARTS[count][part]
        return self.box(x + start * width, y, (end - start) * width, height)

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(4, 3, 56, 8), self.vh(5.5))
        self.provisional.place(self.box(60, 3, 36, 8), self.vh(3.6))
        self._ensure_rows(len(self.results))
        row, columns = self.row_height(), self.columns()
        font = self.vh(row * 0.5)
        for column, (rank, name, score) in enumerate(self.headers):
            for label in (rank, name, score):
                label.setVisible(column < columns)
            rank.place(self.cell(column, "rank", TABLE_TOP, row), font * 0.75)
            name.place(self.cell(column, "name", TABLE_TOP, row), font * 0.75)
            score.place(self.cell(column, "score", TABLE_TOP, row), font * 0.75)
        self.bars.setGeometry(self.box(0, 0, 100, 100))
        per_column = math.ceil(len(self.results) / columns) if self.results else 1
        bar_rows = []
        for i, ((rank, name, score), result) in enumerate(zip(self.cells, self.results)):
            column, line = divmod(i, per_column)
            y = TABLE_TOP + (line + 1) * row
            rank.place(self.cell(column, "rank", y, row), font)
            name.place(self.cell(column, "name", y, row), font)
            score.place(self.cell(column, "score", y, row), font)
            value = float(result.score) if result.score is not None else None
            bar_rows.append((self.cell(column, "bar", y, row), value, result.rank == 1))
        self.bars.set_rows(bar_rows)

    def render_state(self) -> None:
        results = list(self.data.tally().presenters)
        if len(results) != len(self.results):
            self.results = results
            self.arrange(self.width(), self.height())
        self.results = results
        self.heading.set_text(self.tr("{title} · Final ranking").format(title=self.data.contest.title))
        provisional = self.data.tally().provisional
        self.provisional.set_text(self.tr("Provisional: scoring is still open") if provisional else "")
        for rank, name, score in self.headers:
            rank.set_text(self.tr("Rank"))
            name.set_text(self.data.contest.presenter_noun or self.tr("Presenter"))
            score.set_text(self.tr("Score"))
        for (rank, name, score), result in zip(self.cells, results):
            rank.set_text(rank_text(result.rank, result.shared_rank))
            name.set_text(result.presenter.name)
            score.set_text(fmt_score(result.score) or "—")
        self.arrange(self.width(), self.height())
        shown = self.cells[: len(results)]
        same_size([rank for rank, _, _ in shown])
        same_size([score for _, _, score in shown])
