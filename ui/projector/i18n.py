"""Loads the projector's Chinese translation (resources/translations/projector_zh_CN.qm)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from arena.resources import resource_path

TRANSLATIONS = resource_path("translations")


def install_projector_translation(app: QCoreApplication, locale: str = "zh_CN") -> QTranslator | None:
    """Install the projector's strings for `locale`; returns the translator (to remove it later) or None."""
    translator = QTranslator(app)
    if not translator.load(f"projector_{locale}", str(TRANSLATIONS)):
        return None
    app.installTranslator(translator)
    return translator
