"""Registers Arena's shipped Chinese font with Qt, so no system CJK font is needed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from arena.fonts import BOLD, FAMILY, REGULAR


def register_qt_fonts(app: QApplication) -> str:
    """Load the font files and make the family the application's default; returns the family."""
    for path in (REGULAR, BOLD):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise RuntimeError(f"Qt could not load the font {path}")
    font = QFont(FAMILY)
    font.setPointSizeF(app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10)
    app.setFont(font)
    return FAMILY
