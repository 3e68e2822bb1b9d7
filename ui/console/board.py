"""The live board: who has submitted for which presenter, never what anyone scored.

A grid of reviewers (rows) by presenters (columns): a tick for a counted
ballot, a dash where the reviewer is recused, blank where a ballot is missing;
above it, the names still missing for the current presenter.

Signals:
    refreshed(): the board now shows the store's state (the benchmark times commit-to-board with it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from arena.model import Contest

SUBMITTED, RECUSED, MISSING = "✓", "—", ""
CURRENT_COLUMN = QColor("#fff4cc")
MAX_NAMES_SHOWN = 40  # a room of 500: the label names the first ones and counts the rest


class Board(QWidget):
    refreshed = Signal()

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setObjectName("boardMissing")
        self.missing.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setObjectName("boardGrid")
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.NoSelection)
        self.grid.verticalHeader().setDefaultSectionSize(20)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addWidget(self.grid, 1)
        self.reload_setup()

    def reload_setup(self) -> None:
        """Rebuild rows and columns from the setup (after opening or editing it)."""
        self.contest: Contest = self.controller.contest()
        reviewers, presenters = self.contest.reviewers, self.contest.presenters
        self.grid.clear()
        self.grid.setRowCount(len(reviewers))
        self.grid.setColumnCount(len(presenters))
        self.grid.setVerticalHeaderLabels([f"{r.name}（{r.group}）" for r in reviewers])
        self.grid.setHorizontalHeaderLabels([p.name for p in presenters])
        for row in range(len(reviewers)):
            for col in range(len(presenters)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignCenter)
                self.grid.setItem(row, col, item)
        self.grid.resizeColumnsToContents()
        self._shaded = object()  # fresh cells: shade the current column on the first refresh
        self._rows = {r.id: i for i, r in enumerate(reviewers)}
        self._columns = {p.id: i for i, p in enumerate(presenters)}
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the store: one query for the ballots, one for the session."""
        self.submitted = submitted = self.controller.store.submitted_pairs()
        self.recused = recused = {
            (r.id, p.id)
            for r in self.contest.reviewers
            for p in self.contest.presenters
            if p.name in r.recuse
        }
        state = self.controller.state()
        self.current = current = state.current_presenter_id
        self.open_ids = set(state.open_presenter_ids)
        reshade = current != self._shaded
        for col, p in enumerate(self.contest.presenters):
            shade = QBrush(CURRENT_COLUMN) if p.id == current else QBrush()
            for row, r in enumerate(self.contest.reviewers):
                pair = (r.id, p.id)
                mark = SUBMITTED if pair in submitted else RECUSED if pair in recused else MISSING
                item = self.grid.item(row, col)
                if item.text() != mark:  # untouched cells cost nothing: a room of 500 is 4,000 cells
                    item.setText(mark)
                if reshade:
                    item.setBackground(shade)
        self._shaded = current
        self.missing_open = sum(
            1
            for p in self.contest.presenters
            if p.id in self.open_ids
            for r in self.contest.reviewers
            if (r.id, p.id) not in submitted and (r.id, p.id) not in recused
        )
        closed_ids = {pid for pid, window in state.scoring.items() if window == "closed"}
        self.missing_closed = sum(  # scoring closed on them: the next-step line must not say "all done"
            1
            for p in self.contest.presenters
            if p.id in closed_ids
            for r in self.contest.reviewers
            if (r.id, p.id) not in submitted and (r.id, p.id) not in recused
        )
        self._summarise(current, submitted, recused)
        self.refreshed.emit()

    def ballot_arrived(self, reviewer_id: int, presenter_id: int) -> None:
        """Show one committed ballot at once, without a query (a full refresh follows shortly)."""
        row = self._rows.get(reviewer_id)
        col = self._columns.get(presenter_id)
        if row is None or col is None:  # a setup change the board has not seen yet
            self.refresh()
            return
        if (reviewer_id, presenter_id) not in self.submitted and presenter_id in self.open_ids:
            self.missing_open -= 1
        self.submitted.add((reviewer_id, presenter_id))
        self.grid.item(row, col).setText(SUBMITTED)
        if presenter_id == self.current:
            self._summarise(self.current, self.submitted, self.recused)
        self.refreshed.emit()

    def _summarise(self, current, submitted, recused) -> None:
        presenter = next((p for p in self.contest.presenters if p.id == current), None)
        if presenter is None:
            self.summary.setText(self.tr("%n ballot(s) counted so far.", "", len(submitted)))
            self.missing.setText("")
            self.missing_current = None
            return
        eligible = [r for r in self.contest.reviewers if (r.id, current) not in recused]
        missing = [r.name for r in eligible if (r.id, current) not in submitted]
        self.missing_current = len(missing)
        done = len(eligible) - len(missing)
        self.summary.setText(
            self.tr("{presenter}: {done} of {eligible} ballots in.").format(
                presenter=presenter.name, done=done, eligible=len(eligible)
            )
        )
        if missing:
            shown = "、".join(missing[:MAX_NAMES_SHOWN])
            if len(missing) > MAX_NAMES_SHOWN:
                shown += self.tr(" and {n} more").format(n=len(missing) - MAX_NAMES_SHOWN)
            self.missing.setText(self.tr("Still missing: {names}").format(names=shown))
        else:
            all_in = self.tr("Every ballot is in for {presenter}.")
            self.missing.setText(all_in.format(presenter=presenter.name))

    def cell(self, reviewer_name: str, presenter_name: str) -> str:
        """The mark shown for one reviewer and presenter (for tests and the benchmark)."""
        row = next(i for i, r in enumerate(self.contest.reviewers) if r.name == reviewer_name)
        col = next(i for i, p in enumerate(self.contest.presenters) if p.name == presenter_name)
        return self.grid.item(row, col).text()
