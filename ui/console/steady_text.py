"""A text that changes often without moving anything around it: the clock, the counts, the next step.

A QLabel asks its layout to be redone on every setText (its size may have changed). On the live page
that meant the whole window was laid out again five times a second for the clock, and on every burst
of ballots for the counts above the board: each time the board's headers measured 500 names again.
`SteadyText` reserves its room once (a number of lines of its font, the width of a sample text) and a
new text only repaints it: one line is elided with "…"; with more lines allowed it takes a further
line only when a text needs it (the one relayout) and elides the last. The whole text is its tooltip
when it does not fit. A style sheet's colour and weight apply as on a label.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN = 2


class SteadyText(QWidget):
    def __init__(
        self,
        text: str = "",
        *,
        lines: int = 1,
        sample: str = "",
        alignment: Qt.AlignmentFlag = Qt.AlignLeft | Qt.AlignVCenter,
        objectName: str = "",  # noqa: N803 (as Qt's own keyword)
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self._text = text
        self._lines = max(1, lines)
        # The width it asks for (a clock: "+00:00"); without a sample, as narrow as the layout likes.
        self._sample = sample
        self._alignment = alignment
        self._whole = True  # the last paint showed all of the text (else the tooltip shows it)
        self._shown_lines = 1  # up to `lines`: the room grows only when a longer text needs it
        self.setSizePolicy(QSizePolicy.Preferred if sample else QSizePolicy.Ignored, QSizePolicy.Fixed)
        self._fit()

    # -- the label's interface -----------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel)
        if text == self._text:
            return
        self._text = text
        self._follow_lines()  # a relayout only when the number of lines changes (rare)
        self.update()  # else a repaint of this widget only: no layout anywhere moves

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802
        self._alignment = alignment
        self.update()

    def clear(self) -> None:
        self.setText("")

    # -- its room ------------------------------------------------------------------------------

    def _fit(self) -> None:
        metrics = QFontMetricsF(self.font())
        self.setFixedHeight(int(metrics.lineSpacing() * self._shown_lines + 2 * MARGIN + 0.999))
        self.updateGeometry()

    def _follow_lines(self) -> None:
        if self._lines == 1:
            return
        needed = min(self._lines, self._line_count(self.width() - 2 * MARGIN)) if self._text else 1
        if needed != self._shown_lines:
            self._shown_lines = needed
            self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        if event.size().width() != event.oldSize().width():
            self._follow_lines()  # narrower: the text may need its second line now
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._fit()  # a new font (or a style sheet's weight) needs other room: the one relayout
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self._sample) if self._sample else 0
        return QSize(int(width + 2 * MARGIN + 0.999), self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint() if self._sample else QSize(0, self.height())

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self._text:
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        shown, self._whole = self._laid_out(area.width(), self._shown_lines)
        painter.drawText(area, int(self._alignment), shown)

    def event(self, event) -> bool:
        # The whole text as a tooltip when it did not fit, looked up when asked: setting a tooltip on
        # every change cost a ToolTipChange event each time.
        if event.type() == QEvent.ToolTip:
            if self._whole or not self._text:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._text, self)
            return True
        return super().event(event)

    def _line_count(self, width: float) -> int:
        return len(self._wrapped(self._text[: self._room(width, self._lines + 1)], width))

    def _room(self, width: float, lines: int) -> int:
        """At most the characters that could fill these lines (a list of 100 names fills two lines with a
        fraction of them): laying the text out then does not cost more as the text grows."""
        return int(width / max(1.0, QFontMetricsF(self.font()).averageCharWidth()) * lines * 2) + 1

    def _wrapped(self, text: str, width: float) -> list[tuple[int, int]]:
        """Where each line starts and how long it is, wrapped to `width`."""
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font())  # a line break, same length
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            starts.append((line.textStart(), line.textLength()))
        layout.endLayout()
        return starts

    def _laid_out(self, width: float, lines: int) -> tuple[str, bool]:
        """The text as it fits in `width` and the lines: (the text to draw, whether all of it fits)."""
        metrics = QFontMetricsF(self.font())
        if lines == 1:
            shown = metrics.elidedText(self._text, Qt.ElideRight, width)
            return shown, shown == self._text
        text = self._text[: self._room(width, lines)]
        starts = self._wrapped(text, width)
        if len(starts) <= lines and text == self._text:  # all of it, broken where the layout broke it
            return "\n".join(text[s : s + n].rstrip("\n") for s, n in starts), True
        kept = [text[s : s + n].rstrip("\n") for s, n in starts[: lines - 1]]
        last_start = starts[min(lines, len(starts)) - 1][0]
        rest = text[last_start:].replace("\n", " ") + ("…" if text != self._text else "")
        last = metrics.elidedText(rest, Qt.ElideRight, width)
        return "\n".join([*kept, last]), False


def set_enabled(widget: QWidget, on: bool) -> None:
    """Enable or disable a widget only when that changes: setEnabled with the same value still sends an
    EnabledChange, which the live page's style sheet answers by polishing the widget and laying the page
    out again (a provisional tally every second of a burst did that, issue 16)."""
    if widget.isEnabled() != on:
        widget.setEnabled(on)
