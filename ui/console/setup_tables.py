"""The setup editor's table widget (rows that can be dragged to a new place), its undo step, and the
drop-down that picks a reviewer's group."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QTableWidget

KEY_ROLE, ID_ROLE = Qt.UserRole, Qt.UserRole + 1


class SnapshotCommand(QUndoCommand):
    """One edit, undone by restoring the snapshot before it."""

    def __init__(self, editor, before: dict, after: dict, text: str):
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the widgets already show the edit
            self._first = False
            return
        self.editor.load(self.after)

    def undo(self) -> None:
        self.editor.load(self.before)


class ListTable(QTableWidget):
    """A table of one setup list; rows can be dragged to a new place (the presenter queue)."""

    rows_dropped = Signal(list, int)

    def __init__(self, list_name: str, headers: list[str]):
        super().__init__(0, len(headers))
        self.list_name = list_name
        self.setObjectName(f"{list_name}Table")
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setDropIndicatorShown(True)
        self.default_triggers = self.editTriggers()  # given back when a closed contest is reopened for edits

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def select_rows(self, rows) -> None:
        """Select exactly these rows (whatever modifier keys Qt believes are held)."""
        flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
        self.selectionModel().clearSelection()
        for row in rows:
            self.selectionModel().select(self.model().index(row, 0), flags)

    def dropEvent(self, event) -> None:
        # QTableWidget's own move overwrites cells; the editor moves whole rows in its snapshot instead.
        if event.source() is not self:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint()).row()
        event.setDropAction(Qt.IgnoreAction)
        event.accept()
        self.rows_dropped.emit(self.selected_rows(), self.rowCount() if target < 0 else target)


class ChoiceDelegate(QStyledItemDelegate):
    """A cell filled by picking from a list (a reviewer's group), so a name cannot be mistyped."""

    def __init__(self, choices: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self.choices = choices  # asked each time: the groups can change while the editor is open

    def createEditor(self, parent, option, index) -> QComboBox:
        combo = QComboBox(parent, objectName="choiceEditor")
        combo.activated.connect(lambda _=0, c=combo: self._chosen(c))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        current = index.data(Qt.EditRole) or ""
        choices = [c for c in self.choices() if c]
        if (
            current and current not in choices
        ):  # an imported unknown group stays visible (and red) until changed
            choices.append(current)
        editor.clear()
        editor.addItems(choices)
        editor.setCurrentIndex(choices.index(current) if current in choices else -1)

    def setModelData(self, editor: QComboBox, model, index) -> None:
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentText(), Qt.EditRole)

    def _chosen(self, editor: QComboBox) -> None:
        # A pick is the whole edit: write it at once rather than when the cell loses focus.
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)
