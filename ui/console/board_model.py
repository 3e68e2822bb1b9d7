"""The live board's data as a Qt model: reviewers (rows) by presenters (columns), marks only.

The model holds the set of submitted pairs, the recusals and the current presenter; it
reports changes cell by cell (dataChanged for exactly the cells whose mark or shade moved),
so a ballot repaints one cell, not the 50,000 of a 500 x 100 contest. `BoardFilter` sits
between it and the view: "only who is missing" for the current presenter, a search over
names and groups, and sorting by any column.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from arena.model import Contest

SUBMITTED, RECUSED, MISSING = "✓", "—", ""
CURRENT_COLUMN = QColor("#fff4cc")


class BoardModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.reviewers: tuple = ()
        self.presenters: tuple = ()
        self.submitted: set[tuple[int, int]] = set()
        self.recused: set[tuple[int, int]] = set()
        self.current: int | None = None
        self.by_presenter: dict[int, set[int]] = {}  # presenter id -> reviewers with a ballot
        self.row_names: list[str] = []
        self.column_names: list[str] = []
        self._shade = QBrush(CURRENT_COLUMN)

    # -- the setup and the state ---------------------------------------------------------------

    def reset(self, contest: Contest, recused: set, submitted: set, current: int | None) -> None:
        """A new setup: rows and columns built again (after opening or editing it)."""
        self.beginResetModel()
        self.reviewers, self.presenters = contest.reviewers, contest.presenters
        # Headers worded once: the vertical header asks for all 500 while it sizes itself.
        self.row_names = [f"{r.name}（{r.group}）" for r in self.reviewers]
        self.column_names = [p.name for p in self.presenters]
        self.rows = {r.id: i for i, r in enumerate(self.reviewers)}
        self.columns = {p.id: i for i, p in enumerate(self.presenters)}
        self.recused, self.submitted, self.current = set(recused), set(submitted), current
        self.by_presenter = {}
        for reviewer_id, presenter_id in self.submitted:
            self.by_presenter.setdefault(presenter_id, set()).add(reviewer_id)
        self.endResetModel()

    def counted(self, presenter_id: int) -> int:
        """Ballots shown for one presenter (kept per presenter: no scan of the 50,000 pairs)."""
        return len(self.by_presenter.get(presenter_id, ()))

    def set_submitted(self, submitted: set) -> int:
        """Take the store's submitted pairs; only cells that changed are reported. Returns how many."""
        changed = (submitted - self.submitted) | (self.submitted - submitted)
        for reviewer_id, presenter_id in changed:
            self._toggle(reviewer_id, presenter_id)
        return len(changed)

    def set_column(self, presenter_id: int, reviewer_ids: set[int]) -> int:
        """Take one presenter's submitted reviewers from the store; only changed cells are reported."""
        have = self.by_presenter.get(presenter_id, set())
        changed = reviewer_ids ^ have
        for reviewer_id in changed:
            self._toggle(reviewer_id, presenter_id)
        return len(changed)

    def add(self, reviewer_id: int, presenter_id: int) -> bool:
        """One committed ballot; False when the pair was already shown."""
        if (reviewer_id, presenter_id) in self.submitted:
            return False
        self._toggle(reviewer_id, presenter_id)
        return True

    def _toggle(self, reviewer_id: int, presenter_id: int) -> None:
        pair = (reviewer_id, presenter_id)
        column = self.by_presenter.setdefault(presenter_id, set())
        if pair in self.submitted:
            self.submitted.discard(pair)
            column.discard(reviewer_id)
        else:
            self.submitted.add(pair)
            column.add(reviewer_id)
        self._changed(reviewer_id, presenter_id)

    def set_current(self, presenter_id: int | None) -> None:
        """Shade the current presenter's column (two columns repainted when it moves)."""
        if presenter_id == self.current:
            return
        old, self.current = self.current, presenter_id
        for pid in (old, presenter_id):
            col = self.columns.get(pid) if pid is not None else None
            if col is not None and self.reviewers:
                self.dataChanged.emit(
                    self.index(0, col), self.index(len(self.reviewers) - 1, col), [Qt.BackgroundRole]
                )

    def _changed(self, reviewer_id: int, presenter_id: int) -> None:
        row, col = self.rows.get(reviewer_id), self.columns.get(presenter_id)
        if row is not None and col is not None:
            index = self.index(row, col)
            self.dataChanged.emit(index, index, [Qt.DisplayRole])

    # -- what a cell says ----------------------------------------------------------------------

    def mark(self, row: int, col: int) -> str:
        pair = (self.reviewers[row].id, self.presenters[col].id)
        return SUBMITTED if pair in self.submitted else RECUSED if pair in self.recused else MISSING

    def is_missing(self, row: int, presenter_id: int) -> bool:
        pair = (self.reviewers[row].id, presenter_id)
        return pair not in self.submitted and pair not in self.recused

    # -- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.reviewers)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.presenters)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.mark(index.row(), index.column())
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == Qt.BackgroundRole and self.presenters[index.column()].id == self.current:
            return self._shade
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        return (self.column_names if orientation == Qt.Horizontal else self.row_names)[section]


class BoardFilter(QSortFilterProxyModel):
    """Rows the host asked for: all, or only those missing for the current presenter; matching a search."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_missing = False
        self.search = ""

    def set_only_missing(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_missing = on
        self.refilter()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.search = text.strip().casefold()
        self.refilter()

    def refilter(self) -> None:
        """The rows again (the current presenter moved, or the host changed the filter)."""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        board: BoardModel = self.sourceModel()
        if self.only_missing and (board.current is None or not board.is_missing(row, board.current)):
            return False
        if self.search:
            reviewer = board.reviewers[row]
            return self.search in reviewer.name.casefold() or self.search in reviewer.group.casefold()
        return True

    def lessThan(self, left, right) -> bool:  # noqa: N802
        # A column sorts ticks first, then blanks (missing), then recusals; a tie keeps the setup's order.
        order = {SUBMITTED: 0, MISSING: 1, RECUSED: 2}
        a, b = order[left.data()], order[right.data()]
        return (a, left.row()) < (b, right.row())
