"""Figures for the report, drawn with matplotlib's Agg canvas (no GUI backend, safe off the GUI thread).

matplotlib is imported inside the functions: importing it costs about half a
second, which must stay off the application's start-up path. pyplot is never
used, so no global figure manager or backend is involved.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

DPI = 200
BAR_INCHES = 0.26  # height given to each bar
MAX_BARS = 30  # more presenters than this are drawn as several charts (one fits a page)


def axis_start(values: Sequence[float], full: float = 100) -> float:
    """Where the score axis starts: a multiple of a tenth of the full score, at least a twentieth of it
    below the lowest score (0 at most). With the usual full score of 100: 10s, 5 below."""
    if not values:
        return 0
    tenth = full / 10
    start = max(0, math.floor((min(values) - tenth / 2) / tenth) * tenth)
    return int(start) if float(start).is_integer() else start


def ranking_bars_png(
    labels: Sequence[str],
    values: Sequence[float],
    value_texts: Sequence[str],
    *,
    start: int,
    width_inches: float = 6.6,
    highlight: Sequence[bool] = (),
    full: float = 100,
) -> bytes:
    """A horizontal bar chart, first label at the top, each bar labelled with its score as printed.

    `start` is where the score axis begins (shared by every chunk of a long ranking,
    so bars in different charts compare); `highlight` marks bars drawn darker (shared ranks).
    """
    from matplotlib.figure import Figure
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from .fonts import register_matplotlib

    register_matplotlib()
    count = len(labels)
    figure = Figure(figsize=(width_inches, 0.7 + BAR_INCHES * max(count, 1)), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(count))[::-1]  # the first presenter on top
    colours = ["#b4533c" if highlight and highlight[i] else "#2f5d8a" for i in range(count)]
    axes.barh(positions, [v - start for v in values], left=start, height=0.62, color=colours)
    for y, value, text in zip(positions, values, value_texts):
        axes.text(value + full * 0.003, y, text, va="center", ha="left", fontsize=8)
    axes.set_yticks(positions)
    axes.set_yticklabels(labels, fontsize=8.5, parse_math=False)  # a "$" in a name is not TeX
    axes.set_xlim(start, full)
    axes.set_ylim(-0.6, count - 0.4)
    axes.tick_params(axis="x", labelsize=8)
    label = f"最终得分（满分 {full:g}）" if start == 0 else f"最终得分（横轴自 {start:g} 分起）"
    axes.set_xlabel(label, fontsize=8.5)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout(pad=0.4)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
