"""The live board: who has submitted for which presenter, never what anyone scored.

A grid of reviewers (rows) by presenters (columns): a tick for a counted
ballot, a dash where the reviewer is recused, blank where a ballot is missing;
above it, per-group counts and the names still missing for the current presenter
(at most two lines each, a second only when a text needs it), a filter "only who is missing" and a
search. The grid is a model/view table (board_model.py): a ballot repaints its one cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arena.model import Contest

from .steady_text import SteadyText
from .board_model import MISSING, RECUSED, SUBMITTED, BoardFilter, BoardModel

__all__ = ["Board", "SUBMITTED", "RECUSED", "MISSING"]
MAX_NAMES_SHOWN = 100  # the missing names' text (elided on the board, whole in its tooltip) stops here
MISSING_LINES = 2  # the most lines the counts and the missing names take (a second only when needed)
LABELS_MS = 100  # during a burst the counts' and names' texts are redrawn at most this often


class BoardView(QTableView):
    """The grid; rowCount()/columnCount() are the rows and columns it shows now (after the filter)."""

    def rowCount(self) -> int:  # noqa: N802 (as QTableWidget names it)
        return self.model().rowCount()

    def columnCount(self) -> int:  # noqa: N802
        return self.model().columnCount()


class Board(QWidget):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The counts change with every burst: SteadyText repaints them in place (a QLabel laid the
        # window out again, and the grid measured its 500 row names each time, issue 16).
        self.summary = SteadyText(objectName="boardSummary")
        # per-group counts for the current presenter: "区级领导 7/8, ..."
        self.groups = SteadyText(lines=MISSING_LINES, objectName="boardGroups")
        # Who is still missing, the count first: two lines, elided, the names in the tooltip; the
        # filter "only who is missing" lists them all in the grid.
        self.missing = SteadyText(lines=MISSING_LINES, alignment=Qt.AlignLeft | Qt.AlignTop)
        self.missing.setObjectName("boardMissing")
        tools = QHBoxLayout()
        self.only_missing = QCheckBox(self.tr("Only who is missing"))
        self.only_missing.setObjectName("boardOnlyMissing")
        self.only_missing.setToolTip(
            self.tr("Show only the reviewers whose ballot for the current presenter is missing")
        )
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Search reviewers or groups"))
        self.search.setClearButtonEnabled(True)
        tools.addWidget(self.summary, 1)  # one line: the count, the filter and the search side by side
        tools.addWidget(self.only_missing)
        tools.addWidget(self.search)
        self.search.setMaximumWidth(220)
        self.source_model = BoardModel(self)
        self.rows_shown = BoardFilter(self)
        self.rows_shown.setSourceModel(self.source_model)
        self.only_missing.toggled.connect(self.rows_shown.set_only_missing)
        self.search.textChanged.connect(self.rows_shown.set_search)
        self.grid = BoardView()
        self.grid.setObjectName("boardGrid")
        self.grid.setModel(self.rows_shown)
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.NoSelection)
        self.grid.verticalHeader().setDefaultSectionSize(20)
        self.grid.setSortingEnabled(True)
        self.grid.sortByColumn(-1, Qt.AscendingOrder)  # the setup's order until the host clicks a column
        layout.addLayout(tools)
        counts = QHBoxLayout()  # the groups' counts beside who is missing: one line, the grid keeps its rows
        counts.addWidget(self.groups, 2)
        counts.addWidget(self.missing, 3)
        layout.addLayout(counts)
        layout.addWidget(self.grid, 1)
        # A ballot repaints its cell at once; the texts above (500 names, the groups' counts) follow
        # at most every LABELS_MS, so a burst of 500 ballots redraws them a few times, not 500.
        self._labels = QTimer(self, singleShot=True, interval=LABELS_MS)
        self._labels.timeout.connect(self._show_labels)
        self.reload_setup()

    def reload_setup(self) -> None:
        """Rebuild rows and columns from the setup (after opening or editing it)."""
        self.contest: Contest = self.controller.contest()
        reviewers, presenters = self.contest.reviewers, self.contest.presenters
        by_name = {p.name: p.id for p in presenters}
        self.recused = {(r.id, by_name[n]) for r in reviewers for n in r.recuse if n in by_name}
        self._rows = {r.id: i for i, r in enumerate(reviewers)}
        self._columns = {p.id: i for i, p in enumerate(presenters)}
        self.eligible = {p.id: len(reviewers) for p in presenters}
        self._eligible_cache: tuple = (None, [])  # (presenter id, its eligible reviewers)
        for _reviewer, pid in self.recused:
            self.eligible[pid] -= 1
        state = self.controller.state()
        # The model starts with the store's ballots: one read and a reset, not 50,000 cell changes.
        submitted = self.controller.store.submitted_pairs()
        self.source_model.reset(self.contest, self.recused, submitted, state.current_presenter_id)
        self.submitted = self.source_model.submitted
        header = self.grid.horizontalHeader()
        header.setDefaultSectionSize(max(40, header.fontMetrics().horizontalAdvance("对象对象") + 12))
        self.follow_state(state)

    def refresh(self) -> None:
        """Re-read from the store: one query for the ballots, one for the session; only changed cells repaint."""
        self.source_model.set_submitted(self.controller.store.submitted_pairs())
        self.follow_state(self.controller.state())

    @property
    def counted(self) -> dict[int, int]:
        """Ballots shown per presenter (the queue's counts), from the model's per-presenter sets."""
        return {pid: len(reviewers) for pid, reviewers in self.source_model.by_presenter.items()}

    def refresh_presenters(self, presenter_ids) -> None:
        """Re-read the ballots of these presenters only (after a burst that named them): one indexed
        query each, so ballots written by another process or straight to the file still show."""
        changed = 0
        for pid in presenter_ids:
            if pid in self._columns:
                changed += self.source_model.set_column(pid, self.controller.store.submitted_for(pid))
        if changed:
            self.follow_state(self.controller.state())

    def follow_state(self, state) -> None:
        """The session moved (no store read): the current column, the counts, the summary."""
        self.current = current = state.current_presenter_id
        self.open_ids = set(state.open_presenter_ids)
        self.closed_ids = {pid for pid, window in state.scoring.items() if window == "closed"}
        moved = current != self.source_model.current
        if self.only_missing.isChecked() and moved:
            self.rows_shown.beginFilterChange()
            self.source_model.set_current(current)
            self.rows_shown.refilter()
        else:
            self.source_model.set_current(current)
        if moved:
            self.show_current_column()
        self._count_missing()
        self._show_labels()

    def show_current_column(self) -> None:
        """Scroll the grid sideways to the current presenter's column (100 columns do not fit); the
        rows the host scrolled to stay."""
        col = self._columns.get(self.current) if self.current is not None else None
        if col is None or self.rows_shown.rowCount() == 0:
            return
        rows = self.grid.verticalScrollBar().value()
        self.grid.scrollTo(self.rows_shown.index(0, col), QAbstractItemView.EnsureVisible)
        self.grid.verticalScrollBar().setValue(rows)

    def current_column_visible(self) -> bool:
        """Whether the current presenter's column is in view (for tests)."""
        col = self._columns.get(self.current) if self.current is not None else None
        if col is None:
            return False
        left = self.grid.columnViewportPosition(col)
        return left >= 0 and left + self.grid.columnWidth(col) <= self.grid.viewport().width()

    def _count_missing(self) -> None:
        model = self.source_model

        def missing(ids) -> int:
            return sum(self.eligible.get(pid, 0) - model.counted(pid) for pid in ids)

        self.missing_open = missing(self.open_ids)
        self.missing_closed = missing(self.closed_ids)  # scoring closed on them: never "all done"
        current = self.current
        known = current is not None and current in self._columns
        self.missing_current = self.eligible[current] - model.counted(current) if known else None

    def ballots_arrived(self, pairs) -> None:
        """Show committed ballots (reviewer id, presenter id) at once, without a query: their cells
        repaint, the counts are kept exact, and the texts above follow within LABELS_MS."""
        if any(r not in self._rows or p not in self._columns for r, p in pairs):
            self.refresh()  # a setup change the board has not seen yet
            return
        labels = False
        for reviewer_id, presenter_id in pairs:
            if not self.source_model.add(reviewer_id, presenter_id):
                continue
            if presenter_id in self.open_ids:
                self.missing_open -= 1
            elif presenter_id in self.closed_ids:
                self.missing_closed -= 1
            if presenter_id == self.current:
                self.missing_current -= 1
                labels = True
            elif self.current is None:  # the count of every ballot
                labels = True
        if labels and not self._labels.isActive():
            self._labels.start()

    def _eligible_for(self, current: int) -> list:
        """The reviewers who may score this presenter, in setup order (kept while it stays current)."""
        if self._eligible_cache[0] != current:
            recused = self.recused
            self._eligible_cache = (
                current,
                [r for r in self.contest.reviewers if (r.id, current) not in recused],
            )
        return self._eligible_cache[1]

    def _show_labels(self) -> None:
        """The texts above the grid from the counts as they are now (the numbers are kept exact at once)."""
        self._labels.stop()
        current = self.current
        presenter = next((p for p in self.contest.presenters if p.id == current), None)
        if presenter is None:
            self.summary.setText(self.tr("%n ballot(s) counted so far.", "", len(self.submitted)))
            self.groups.setText("")
            self.missing.setText("")
            return
        eligible = self._eligible_for(current)
        ballots = self.source_model.by_presenter.get(current, set())  # reviewer ids: one set lookup each
        missing = [r.name for r in eligible if r.id not in ballots]
        done = len(eligible) - len(missing)
        self.summary.setText(
            self.tr("{presenter}: {done} of {eligible} ballots in.").format(
                presenter=presenter.name, done=done, eligible=len(eligible)
            )
        )
        self.groups.setText(self.tr(", ").join(self._group_counts(eligible, ballots)))
        if missing:
            shown = "、".join(missing[:MAX_NAMES_SHOWN])
            if len(missing) > MAX_NAMES_SHOWN:
                shown += self.tr(" and {n} more").format(n=len(missing) - MAX_NAMES_SHOWN)
            self.missing.setText(self.tr("Still missing (%n): {names}", "", len(missing)).format(names=shown))
        else:
            all_in = self.tr("Every ballot is in for {presenter}.")
            self.missing.setText(all_in.format(presenter=presenter.name))

    def _group_counts(self, eligible, ballots: set[int]) -> list[str]:
        """ "区级领导 7/8" per group, in the setup's order of groups."""
        counts: dict[str, list[int]] = {g.name: [0, 0] for g in self.contest.groups}
        for r in eligible:
            count = counts.get(r.group) or counts.setdefault(r.group, [0, 0])
            count[1] += 1
            count[0] += r.id in ballots
        return [
            self.tr("{group} {done}/{eligible}").format(group=name, done=done, eligible=total)
            for name, (done, total) in counts.items()
            if total
        ]

    @property
    def labels_pending(self) -> bool:
        """A ballot arrived whose counts and names are not drawn yet (they are within LABELS_MS)."""
        return self._labels.isActive()

    def group_counts(self) -> str:
        """The per-group line as shown (for tests)."""
        return self.groups.text()

    def shown_reviewers(self) -> list[str]:
        """The reviewers' names in the rows the grid shows now, top to bottom (for tests)."""
        rows = self.rows_shown
        return [
            self.contest.reviewers[rows.mapToSource(rows.index(i, 0)).row()].name
            for i in range(rows.rowCount())
        ]

    def cell(self, reviewer_name: str, presenter_name: str) -> str:
        """The mark shown for one reviewer and presenter (for tests and the benchmark)."""
        row = next(i for i, r in enumerate(self.contest.reviewers) if r.name == reviewer_name)
        col = next(i for i, p in enumerate(self.contest.presenters) if p.name == presenter_name)
        return self.source_model.index(row, col).data()
