"""The projector's look: colours, fonts sized from the window's height, and labels that always fit.

A projector in a meeting room is read from ten metres away, often at 1024x768,
so every size here is a fraction of the window's height, and every label is
placed in a rectangle and shrinks its own font until its text fits there:
nothing is ever elided or clipped, whatever the length of a presenter's name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from arena.fonts import FAMILY

# High contrast on a dark ground: white text, one warm accent, traffic-light states.
BACKGROUND_TOP = QColor("#0b1426")
BACKGROUND_BOTTOM = QColor("#050a14")
TEXT = QColor("#ffffff")
MUTED = QColor("#b8c4d9")  # still above 9:1 against the background
ACCENT = QColor("#ffc940")  # ranks and scores
WARNING = QColor("#ffa726")  # the last minute of a countdown
OVERTIME = QColor("#ff5252")
DONE = QColor("#5ee07a")
TRACK = QColor("#24324d")  # the empty part of bars

SMALLEST_PIXEL_SIZE = 6  # a label shrinks this far rather than clip its text
ONE_LINE_SHRINK = 0.6  # a wrapping label stays on one line while this much of its size is enough


def projector_font(pixel_size: int, *, bold: bool = False, tabular: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(SMALLEST_PIXEL_SIZE, int(pixel_size)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if tabular:  # equal-width digits: a ticking clock must not wobble
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def text_fits(font: QFont, text: str, width: int, height: int, *, wrap: bool) -> bool:
    """Would `text` in `font` show whole inside width x height (wrapping at words when allowed)?"""
    metrics = QFontMetrics(font)
    if not wrap:
        return metrics.horizontalAdvance(text) <= width and metrics.height() <= height
    bounds = metrics.boundingRect(QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text)
    return bounds.width() <= width and bounds.height() <= height


def rank_text(rank: int | None, shared: bool) -> str:
    """'No. 3', or 'Tied No. 2' for a shared rank (并列第2 in Chinese); a dash when unranked."""
    if rank is None:
        return "—"
    if shared:
        return QCoreApplication.translate("ProjectorRank", "Tied No. %1").replace("%1", str(rank))
    return QCoreApplication.translate("ProjectorRank", "No. %1").replace("%1", str(rank))


class FitLabel(QLabel):
    """A label placed in a rectangle whose font shrinks from a target size until the text fits.

    `sample` (optional) is the text the size is chosen for, so that a clock's
    digits keep one size as they change.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        bold: bool = False,
        color: QColor = TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        wrap: bool = False,
        tabular: bool = False,
    ):
        super().__init__(parent)
        self._bold, self._tabular = bold, tabular
        self._target = 20
        self.sample: str | None = None
        self.wrap_allowed = wrap
        self.setAlignment(align)
        self.setMargin(0)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_color(color)

    def set_color(self, color: QColor) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.setPalette(palette)

    def place(self, rect: QRect, pixel_size: float) -> None:
        """Occupy `rect` with text of at most `pixel_size` pixels."""
        self._target = max(SMALLEST_PIXEL_SIZE, int(pixel_size))
        self.setGeometry(rect)
        self._fit()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit()

    def _fit(self) -> None:
        """Largest font up to the target that shows the text whole; one line is preferred while
        it needs no more than a modest shrink, because a name broken over two lines reads worse."""
        texts = [self.text()] + ([self.sample] if self.sample else [])
        width, height = self.width(), self.height()
        single = self._largest_fitting(texts, width, height, wrap=False)
        if self.wrap_allowed and single < self._target * ONE_LINE_SHRINK:
            wrapped = self._largest_fitting(texts, width, height, wrap=True)
            size, wrap = (wrapped, True) if wrapped > single else (single, False)
        else:
            size, wrap = single, False
        if wrap != self.wordWrap():
            self.setWordWrap(wrap)
        font = projector_font(size, bold=self._bold, tabular=self._tabular)
        if font != self.font():
            self.setFont(font)

    def _largest_fitting(self, texts: list[str], width: int, height: int, *, wrap: bool) -> int:
        size = self._target
        while size > SMALLEST_PIXEL_SIZE:
            font = projector_font(size, bold=self._bold, tabular=self._tabular)
            if all(text_fits(font, t, width, height, wrap=wrap) for t in texts):
                break
            size = max(SMALLEST_PIXEL_SIZE, min(size - 1, int(size * 0.94)))
        return size


def same_size(labels: list[FitLabel]) -> None:
    """Give a column of labels one size, the smallest any of them needed: a table reads evenly."""
    shown = [label for label in labels if label.text()]
    if not shown:
        return
    smallest = min(label.font().pixelSize() for label in shown)
    for label in shown:
        if label.font().pixelSize() != smallest:
            label.place(label.geometry(), smallest)
