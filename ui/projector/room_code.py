"""The audience's room QR code on the projector (issue 13): a white card in a corner of the welcome
and scoring scenes while the audience may join; hidden (and the scene uses its full width) otherwise."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from .theme import projector_font

RIGHT_EDGE = 76  # percent of the width the scene's text keeps while the code is shown


class RoomCode(QWidget):
    """The room link as a QR code with a caption underneath; `link` "" hides it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.link = ""
        self.caption = ""
        self._matrix: list[list[bool]] = []
        self.hide()

    def set_link(self, link: str, caption: str) -> None:
        if (link, caption) == (self.link, self.caption):
            return
        self.link, self.caption = link, caption
        if link:
            import segno  # only once the audience is open: a faster start

            qr = segno.make(link, error="m", micro=False)
            self._matrix = [[bool(m) for m in row] for row in qr.matrix_iter(scale=1, border=2)]
        else:
            self._matrix = []
        self.setVisible(bool(link))
        self.update()

    def place(self, x: int, y: int, side: int) -> None:
        """A square code of `side` pixels with its caption below, its top-left at (x, y)."""
        self.setGeometry(x, y, side, int(side * 1.22))

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self._matrix:
            return
        painter = QPainter(self)
        side = self.width()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(0, 0, side, side), side * 0.04, side * 0.04)
        module = side / len(self._matrix)
        painter.setBrush(QColor("#000000"))
        for r, row in enumerate(self._matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(c * module, r * module, module + 0.5, module + 0.5))
        painter.setFont(projector_font(max(8, int(side * 0.085)), bold=True))
        painter.setPen(QColor("#ffc940"))
        painter.drawText(
            QRectF(0, side, side, self.height() - side), Qt.AlignmentFlag.AlignCenter, self.caption
        )
        painter.end()
