"""Provisional results for the host's eyes only: the tally as it stands, never sent to the projector.

Recomputed shortly after ballots arrive, in the controller's tally process (issue 16): a
request is made only while the worker is idle; ballots arriving meanwhile mark the results
out of date and one more tally follows the one running, so a burst costs a few tallies and
the GUI thread never waits for one. The table's cells are set again only where the text changed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arena.tally import fmt_score
from ui.console.noun import console_noun
from ui.console.steady_text import SteadyText

from .notice_text import NoticeText

RECOMPUTE_DELAY_MS = 150
# Between tallies during a stream, half as long as the last one took (at most MAX_PAUSE_MS): the tally
# runs in its own process now, but on a two-core laptop back-to-back tallies would take a core from the
# server for the whole burst.
PAUSE_PER_TALLY = 0.5
MAX_PAUSE_MS = 2000
NOTE_COLOR = QColor("#9a5b00")


class ProvisionalResults(QWidget):
    def __init__(self, controller, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.show_box = QCheckBox(self.tr("Show provisional results (this screen only)"))
        self.show_box.setObjectName("showProvisional")
        self.show_box.setChecked(settings.get("results/show_provisional"))
        self.show_box.toggled.connect(self._visibility_changed)
        # Rewritten by every tally: SteadyText repaints in place, the window is not laid out again.
        self.note = SteadyText(lines=2, objectName="provisionalNote")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("provisionalTable")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self._set_headers()
        controller.bridge.setup_changed.connect(self._set_headers)  # the presenter noun may have changed
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.show_box)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        # The tally's contest-wide warnings (leniency, uncounted marks), worded from their codes; a
        # presenter's own (small panels, quorum) are in the Notes column (issue 15).
        self.warnings = SteadyText(lines=3, objectName="provisionalWarnings")  # all of them in its tooltip
        self.warnings.setStyleSheet(f"color: {NOTE_COLOR.name()};")
        layout.addWidget(self.warnings)
        self.notice_text = NoticeText(self)
        self._timer = QTimer(self, singleShot=True, interval=RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self._out_of_date = False
        self._asked_at = time.monotonic()
        self.worker = controller.tallies
        if self.worker is not None:
            self.worker.ready.connect(self._show)
            self.worker.failed.connect(self._failed)
        self._visibility_changed(self.show_box.isChecked())

    def _set_headers(self) -> None:
        noun = console_noun(self.controller.contest())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), noun, self.tr("Score"), self.tr("Ballots"), self.tr("Notes")]
        )

    def schedule(self) -> None:
        # Throttle, not debounce: during a steady stream of ballots the results still move.
        self._out_of_date = True
        if not self._timer.isActive():
            self._timer.start()

    def _visibility_changed(self, shown: bool) -> None:
        self.settings.set("results/show_provisional", shown)
        self.table.setVisible(shown)
        self.note.setVisible(shown)
        self.warnings.setVisible(shown and bool(self.warnings.text()))
        if shown and self.worker is not None and self.worker.latest is not None:
            self._show(self.worker.latest)
        if shown:
            self.recompute()

    def recompute(self) -> None:
        """Ask the worker for a tally of the file as it is now (the answer comes to `_show`)."""
        if self.worker is None:
            self.note.setText(
                self.tr("Provisional results appear here once the scoring module is installed.")
            )
            self.table.setRowCount(0)
            return
        if self.worker.busy:  # one more follows the running one, when it is delivered
            self._out_of_date = True
            return
        self._out_of_date = False
        self._asked_at = time.monotonic()
        self.worker.request()

    def _failed(self, error: str) -> None:
        # The tally is another team's module; a bug there must not stop the meeting.
        self.note.setText(self.tr("The results could not be computed: {error}").format(error=error))
        self._follow_up()

    def _follow_up(self) -> None:
        if self._out_of_date and not self._timer.isActive():
            self._timer.start()

    def _show(self, result) -> None:
        """A tally from the worker: redraw the table (when shown) and catch up if ballots came meanwhile."""
        # The first answer's time includes starting the tally process: it says nothing of the tally's.
        took_ms = (time.monotonic() - self._asked_at) * 1000 if self.worker.requested > 1 else 0
        self._timer.setInterval(max(RECOMPUTE_DELAY_MS, min(MAX_PAUSE_MS, int(PAUSE_PER_TALLY * took_ms))))
        self._follow_up()
        if not self.show_box.isChecked():
            return
        state = self.controller.state()
        self.note.setText(
            self.tr("Final results (the contest is closed).")
            if state.phase == "closed"
            else self.tr("Provisional: scores are still coming in.")
        )
        self.table.setRowCount(len(result.presenters))
        changed = False
        for row, pr in enumerate(result.presenters):
            rank = "" if pr.rank is None else (f"{pr.rank}=" if pr.shared_rank else str(pr.rank))
            notes = "; ".join(self.notice_text.say(w) for w in pr.warnings) if pr.score is not None else ""
            cells = (rank, pr.presenter.name, fmt_score(pr.score), f"{pr.ballots}/{pr.eligible}", notes)
            for col, text in enumerate(cells):
                item = self.table.item(row, col)
                if item is not None and item.text() == text:
                    continue  # a burst moves a few cells of 500: only those are set again
                changed = True
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setToolTip(text)
                    item.setForeground(NOTE_COLOR)
                self.table.setItem(row, col, item)
        if changed:
            self.table.resizeColumnsToContents()
        self._show_warnings(result)

    def _show_warnings(self, result) -> None:
        lines = [self.notice_text.say(w) for w in result.warnings]
        self.warnings.setText("\n".join(lines))
        if self.warnings.isHidden() == bool(lines):  # shown or hidden again: the one relayout it needs
            self.warnings.setVisible(bool(lines))

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]
