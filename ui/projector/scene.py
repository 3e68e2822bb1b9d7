"""The base of every projector scene: a full-window picture laid out in fractions of its size.

Scenes place their labels by hand in `arrange` (in percent of width and height)
rather than through layouts: the geometry is then known before any text is set,
and each FitLabel can shrink to its rectangle without layouts fighting back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QLinearGradient, QPainter
from PySide6.QtWidgets import QWidget

from arena.session import SessionState

from .data import ProjectorData
from .theme import BACKGROUND_BOTTOM, BACKGROUND_TOP


class Scene(QWidget):
    name = ""

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.state: SessionState | None = None

    # -- for subclasses -------------------------------------------------------------

    def arrange(self, width: int, height: int) -> None:
        """Place every child for this size (called on every resize)."""

    def render_state(self) -> None:
        """Fill the children from self.state and self.data (text in the current language)."""

    # -- shared ---------------------------------------------------------------------

    def show_state(self, state: SessionState) -> None:
        self.state = state
        self.render_state()

    def box(self, x: float, y: float, w: float, h: float) -> QRect:
        """A rectangle given in percent of the scene's width (x, w) and height (y, h)."""
        W, H = self.width(), self.height()
        return QRect(round(x * W / 100), round(y * H / 100), round(w * W / 100), round(h * H / 100))

    def vh(self, percent: float) -> float:
        """A length in percent of the scene's height: the unit every type size is given in."""
        return percent * self.height() / 100

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.arrange(self.width(), self.height())
        if self.state is not None and self.isVisible():
            self.render_state()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        # A resize that happened while hidden is delivered just before showing, when the scene does
        # not count as visible yet: fill it in again now that it is.
        if self.state is not None:
            self.render_state()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        # Hidden scenes are rendered afresh when they are shown; a closed window's store may be gone.
        if event.type() == QEvent.Type.LanguageChange and self.state is not None and self.isVisible():
            self.render_state()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, BACKGROUND_TOP)
        gradient.setColorAt(1, BACKGROUND_BOTTOM)
        painter.fillRect(self.rect(), gradient)
        painter.end()
