"""Qt's translation system for the console and the projector.

Source strings are English (tr()); every resources/translations/*_<lang>.qm is
loaded, so the projector's catalogue joins the console's without any wiring.
Qt's own catalogue (standard dialog buttons) is loaded too when Qt ships it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from arena.resources import resource_path

LANGUAGES = ("zh_CN", "en")
TRANSLATIONS = resource_path("translations")
_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for any Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the installed translators with those of `language` ('system' resolves it); returns them."""
    language = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return []
    for qm in sorted(TRANSLATIONS.glob(f"*_{language}.qm")):
        _load(app, lambda t, qm=qm: t.load(str(qm)))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, lambda t: t.load(f"qtbase_{language}", qt_dir))
    return list(_installed)


def _load(app: QCoreApplication, load) -> None:
    translator = QTranslator(app)
    if load(translator):
        app.installTranslator(translator)
        _installed.append(translator)
