"""The contest's presenter noun in the console (arena/nouns.py): the setup's own, else 汇报对象 / "Presenter"."""

from __future__ import annotations

from PySide6.QtCore import QObject

from arena.nouns import presenter_noun


class NounText(QObject):
    def default(self) -> str:
        return self.tr("Presenter")


def console_noun(contest) -> str:
    """What the console heads presenter columns and fields with, in the host's language."""
    return presenter_noun(contest, NounText().default())
