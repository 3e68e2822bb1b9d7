"""The help panel: every keyboard shortcut (from the table the window binds) and the steps of a meeting."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ui.console.shortcuts import general_shortcuts, session_shortcuts


def key_text(keys: tuple[str, ...]) -> str:
    """Keys as the platform writes them (Ctrl on Linux and Windows, ⌘ on a Mac)."""
    return " / ".join(QKeySequence(k).toString(QKeySequence.NativeText) for k in keys)


class HelpPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.browser = QTextBrowser(objectName="helpText")
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser)
        self.browser.setHtml(self.html())

    def _key_column_width(self) -> int:
        """One width for the keys of both tables, so that their descriptions line up."""
        font = QFont(self.browser.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        return (
            max(
                metrics.horizontalAdvance(key_text(s.keys))
                for s in (*session_shortcuts(), *general_shortcuts())
            )
            + 16
        )

    def _table(self, title: str, shortcuts) -> str:
        width = self._key_column_width()
        rows = "".join(
            f"<tr><td width='{width}' style='padding:2px 12px 2px 0'><b>{escape(key_text(s.keys))}</b></td>"
            f"<td>{escape(s.label)}</td></tr>"
            for s in shortcuts
        )
        return f"<h3>{escape(title)}</h3><table>{rows}</table>"

    def html(self) -> str:
        steps = [
            self.tr("Setup: check the lists, the recusals and the scoring rules, then Save."),
            self.tr(
                "Reviewer access: pick the room's network address, start the server, hand out the "
                "links or the printed cards."
            ),
            self.tr(
                "Live session: start the contest, bring each presenter up, start the timer, open "
                "scoring, watch the board until every ballot is in, close scoring, next presenter."
            ),
            self.tr(
                "A reviewer without a phone: enter their paper ballot (it is logged as entered by the host)."
            ),
            self.tr(
                "When everyone has presented: close the contest (the scores are frozen), then reveal the "
                "results step by step on the projector."
            ),
            self.tr(
                "If the laptop crashes or the lid closes: reopen the file; the session resumes where it was."
            ),
        ]
        items = "".join(f"<li>{escape(s)}</li>" for s in steps)
        title, meeting = escape(self.tr("Help")), escape(self.tr("Running a meeting"))
        return (
            f"<h2>{title}</h2>"
            + self._table(self.tr("During the session"), session_shortcuts())
            + self._table(self.tr("Everywhere"), general_shortcuts())
            + f"<h3>{meeting}</h3><ol>{items}</ol>"
        )
