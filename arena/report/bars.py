"""The report's ranking bar chart, drawn straight onto the PDF page as vector shapes and text.

Horizontal bars, the first presenter on top, each bar labelled with its score as
printed; the score axis starts where `axis_start` says (shared by every chunk of a
long ranking, so bars in different charts compare); shared ranks drawn in another
colour. Drawn by reportlab in the embedded font: sharp at any zoom, selectable
text, and no image to render and encode (matplotlib took about half a second to
import and two seconds for a hundred presenters' charts).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from .colours import INK, MUTED
from .grid import _width, fit

BAR_H = 0.26 * 72  # height given to each bar, in points
MAX_BARS = 30  # more presenters than this are drawn as several charts (one fits a page)
BAR = HexColor("#2f5d8a")
SHARED = HexColor("#b4533c")
GRIDLINE = HexColor("#dddddd")
LABEL_SIZE, VALUE_SIZE, TICK_SIZE = 8.5, 8, 8
AXIS_H = 32  # below the bars: tick labels and the axis title


def axis_start(values: Sequence[float], full: float = 100) -> float:
    """Where the score axis starts: a multiple of a tenth of the full score, at least a twentieth of it
    below the lowest score (0 at most). With the usual full score of 100: 10s, 5 below."""
    if not values:
        return 0
    tenth = full / 10
    start = max(0, math.floor((min(values) - tenth / 2) / tenth) * tenth)
    return int(start) if float(start).is_integer() else start


class RankingBars(Flowable):
    """One chart of `labels` (in order, top to bottom) with their `values` (0-`full`) and printed texts."""

    def __init__(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        value_texts: Sequence[str],
        *,
        start: float,
        width: float,
        font: str,
        highlight: Sequence[bool] = (),
        full: float = 100,
    ):
        super().__init__()
        self.labels, self.values, self.value_texts = list(labels), list(values), list(value_texts)
        self.start, self.width, self.font, self.full = start, width, font, full
        self.highlight = list(highlight) or [False] * len(self.labels)
        self.height = BAR_H * max(len(self.labels), 1) + AXIS_H + 6
        widest = max((_width(label, font, LABEL_SIZE) for label in self.labels), default=0)
        self.label_w = min(widest + 8, width * 0.38)
        # room on the right for the value printed after a full bar
        self.plot_w = width - self.label_w - _width(f"{full:.2f}", font, VALUE_SIZE) - 8

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def x_of(self, value: float) -> float:
        return self.label_w + (value - self.start) / (self.full - self.start) * self.plot_w

    def draw(self):
        canvas = self.canv
        top = self.height - 4
        bottom = AXIS_H
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(GRIDLINE)
        span = self.full - self.start
        step = self.full / 20 if self.start >= self.full * 0.6 else self.full / 10
        ticks = [self.start + i * step for i in range(int(span / step + 1e-9) + 1)]
        for tick in ticks:
            canvas.line(self.x_of(tick), bottom, self.x_of(tick), top)
        canvas.setStrokeColor(MUTED)
        canvas.line(self.label_w, bottom, self.label_w, top)
        canvas.line(self.label_w, bottom, self.x_of(self.full), bottom)
        canvas.setFont(self.font, TICK_SIZE)
        canvas.setFillColor(INK)
        for tick in ticks:
            canvas.line(self.x_of(tick), bottom, self.x_of(tick), bottom - 3)
            canvas.drawCentredString(self.x_of(tick), bottom - 3 - TICK_SIZE, f"{tick:g}")
        title = (
            f"最终得分（满分 {self.full:g}）"
            if self.start == 0
            else f"最终得分（横轴自 {self.start:g} 分起）"
        )
        canvas.drawCentredString(self.x_of((self.start + self.full) / 2), 2, title)
        for i, (label, value, text, shared) in enumerate(
            zip(self.labels, self.values, self.value_texts, self.highlight)
        ):
            middle = top - (i + 0.5) * BAR_H
            bar_h = BAR_H * 0.62
            canvas.setFillColor(SHARED if shared else BAR)
            canvas.rect(
                self.label_w, middle - bar_h / 2, self.x_of(value) - self.label_w, bar_h, stroke=0, fill=1
            )
            canvas.setFillColor(INK)
            canvas.setFont(self.font, LABEL_SIZE)
            canvas.drawRightString(
                self.label_w - 4,
                middle - LABEL_SIZE * 0.35,
                fit(label, self.font, LABEL_SIZE, self.label_w - 8),
            )
            canvas.setFont(self.font, VALUE_SIZE)
            canvas.drawString(self.x_of(value) + 3, middle - VALUE_SIZE * 0.35, text)
