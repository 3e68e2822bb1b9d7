"""Why a contest file would not open, in the host's language, with the way out.

The core raises arena.open_errors.ContestFileError with a code; this module words
it through tr(), names the file, and when a backup exists offers to open the
latest one instead (the caller opens it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from arena.open_errors import ContestFileError


def open_error_text(error: ContestFileError) -> str:
    name = str(error.path)
    if error.code == "missing":
        text = QCoreApplication.translate("OpenError", "There is no contest file at {file}.")
    elif error.code == "newer":
        text = QCoreApplication.translate(
            "OpenError",
            "{file} was written by a newer version of Arena (file version {version}; this Arena reads "
            "up to {supported}). Update Arena to open it.",
        )
    elif error.code == "damaged":
        text = QCoreApplication.translate(
            "OpenError",
            "{file} is damaged and cannot be read (part of the file is unreadable: a failing disk, "
            "an interrupted copy or a removed USB stick).",
        )
    else:
        text = QCoreApplication.translate("OpenError", "{file} is not an Arena contest file.")
    text = text.format(file=name, **error.params)
    if error.backup is not None:
        text += "\n\n" + QCoreApplication.translate(
            "OpenError", "The latest backup of it is {backup}. Open the backup instead?"
        ).format(backup=str(error.backup))
    elif error.code == "damaged":
        text += "\n\n" + QCoreApplication.translate(
            "OpenError", "No backup of it was found beside it (in {folder})."
        ).format(folder=error.path.name + ".backups")
    return text


def show_open_error(parent: QWidget | None, error: ContestFileError) -> Path | None:
    """Tell the host; returns the backup to open when they choose it, else None."""
    box = QMessageBox(
        QMessageBox.Warning,
        QCoreApplication.translate("OpenError", "Cannot open the contest"),
        open_error_text(error),
        QMessageBox.NoButton,
        parent,
    )
    box.setObjectName("openError")
    backup = None
    if error.backup is not None:
        backup = box.addButton(
            QCoreApplication.translate("OpenError", "Open the latest backup"), QMessageBox.AcceptRole
        )
    box.addButton(QMessageBox.Close)
    box.exec()
    return error.backup if backup is not None and box.clickedButton() is backup else None
