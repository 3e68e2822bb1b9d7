"""The setup editor's recusal grid as a model/view table: reviewers (rows) by presenters (columns).

One check box per pair, drawn from a set of ticked pairs (no widget item per cell): a 500 x 100
contest's grid is filled in milliseconds instead of the seconds 50,000 QTableWidgetItems took.

Signals:
    edited(): the host ticked or unticked a pair (not emitted by `fill`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView


class RecusalModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reviewers: list[tuple] = []  # (key, name)
        self.presenters: list[tuple] = []
        self.ticked: set[tuple] = set()  # (reviewer key, presenter key)
        self.frozen = False

    def fill(self, snap: dict, frozen: bool) -> None:
        self.beginResetModel()
        self.reviewers = [(r["_key"], r["name"]) for r in snap["reviewers"]]
        self.presenters = [(p["_key"], p["name"]) for p in snap["presenters"]]
        self.ticked = {tuple(pair) for pair in snap["recusals"]}
        self.frozen = frozen
        self.endResetModel()

    def pairs(self) -> list[list]:
        """The ticked pairs among the rows and columns shown, sorted (the snapshot's form)."""
        rows = {key for key, _ in self.reviewers}
        cols = {key for key, _ in self.presenters}
        return sorted([r, p] for r, p in self.ticked if r in rows and p in cols)

    def _pair(self, index) -> tuple:
        return self.reviewers[index.row()][0], self.presenters[index.column()][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.reviewers)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.presenters)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.CheckStateRole:
            return Qt.Checked if self._pair(index) in self.ticked else Qt.Unchecked
        return None

    def flags(self, index):
        return Qt.ItemIsEnabled if self.frozen else Qt.ItemIsEnabled | Qt.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.CheckStateRole or self.frozen:
            return False
        pair = self._pair(index)
        on = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        if on == (pair in self.ticked):
            return False
        (self.ticked.add if on else self.ticked.discard)(pair)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        self.edited.emit()
        return True

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        return (self.presenters if orientation == Qt.Horizontal else self.reviewers)[section][1]


class RecusalGrid(QTableView):
    """The view; `model_` holds the ticks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("recusalGrid")
        self.model_ = RecusalModel(self)
        self.setModel(self.model_)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setDefaultSectionSize(64)

    def fill(self, snap: dict, frozen: bool) -> None:
        self.model_.fill(snap, frozen)

    def pairs(self) -> list[list]:
        return self.model_.pairs()

    def tick(self, reviewer: int, presenter: int, on: bool = True) -> bool:
        """Tick or untick one cell as the host's click does (for tests)."""
        state = Qt.Checked if on else Qt.Unchecked
        return self.model_.setData(self.model_.index(reviewer, presenter), state, Qt.CheckStateRole)
