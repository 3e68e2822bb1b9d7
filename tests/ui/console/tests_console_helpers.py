"""Helpers shared by the console tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_message_box(button) -> list[str]:
    """Click `button` on the next message box that opens; returns its text once it has."""
    seen = []
    tries = iter(range(1500))  # about 30 s, then give up: the test's own assertion reports it

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)
    return seen


def answer_guard(yes: bool, shot: str | None = None) -> list[dict]:
    """Answer the next guarded-action question (ui/console/guard.py): "yes" clicks the action's own
    button, otherwise No. Returns what the box said and which button was its default; `shot` saves a
    picture of the box there first."""
    seen = []
    tries = iter(range(1500))

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "guardedAction":
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        no = box.button(QMessageBox.No)
        if shot:
            box.grab().save(shot)
        seen.append({"text": box.text(), "default_is_no": box.defaultButton() is no})
        target = next(b for b in box.buttons() if b is not no) if yes else no
        target.click()

    QTimer.singleShot(0, click)
    return seen
