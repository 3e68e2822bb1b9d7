"""The setup editor's tie-break chain: an ordered list of rules picked from the current groups and criteria.

A rule is stored as the setup file spells it ("group:<name>", "criterion:<name>",
"dropped", "median"); the list shows it in words. A rule naming a group or
criterion that no longer exists (renamed or removed) stays in the list, red,
until the host removes it: the import's rules refuse it, so saving is blocked.

Signals:
    changed(): the host added, removed or moved a rule (one undoable edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

RULE_ROLE = Qt.UserRole
BAD_RULE = QColor("#ffcdd2")


class TieBreakEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Presenters with equal scores are compared by these rules, first to last; "
                    "presenters still equal share a place."
                ),
                wordWrap=True,
            )
        )
        self.list = QListWidget(objectName="tieBreakList")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.choice = QComboBox(objectName="tieBreakChoice")
        self.choice.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        row.addWidget(self.choice)
        self.buttons: list[QPushButton] = []
        for text, name, action in (
            (self.tr("Add"), "tieBreakAdd", self.add_chosen),
            (self.tr("Remove"), "tieBreakRemove", self.remove_current),
            (self.tr("Move up"), "tieBreakUp", lambda: self.shift(-1)),
            (self.tr("Move down"), "tieBreakDown", lambda: self.shift(+1)),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(lambda _=False, a=action: a())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)

    def rule_text(self, rule: str) -> str:
        """A rule in words, e.g. "Score of group 区级领导"."""
        kind, _, name = rule.partition(":")
        if kind == "group":
            return self.tr("Score of group {name}").format(name=name)
        if kind == "criterion":
            return self.tr("Mean mark on criterion {name}").format(name=name)
        if kind == "dropped":
            return self.tr("Fewer scores dropped by trimming")
        if kind == "median":
            return self.tr("Median of all reviewer totals")
        return rule

    # -- the editor <-> this widget -------------------------------------------------------------

    def show_rules(self, rules: list[str], groups: list[str], criteria: list[str]) -> None:
        """Show a chain, with the rules the current groups and criteria allow offered for adding."""
        self.choices = [f"group:{g}" for g in groups if g] + [f"criterion:{c}" for c in criteria if c]
        self.choices += ["dropped", "median"]
        current = self.list.currentRow()
        self.list.clear()
        for rule in rules:
            item = QListWidgetItem(self.rule_text(rule))
            item.setData(RULE_ROLE, rule)
            if rule not in self.choices:
                item.setBackground(QBrush(BAD_RULE))
                item.setToolTip(self.tr("No group or criterion of this name: remove this rule"))
            self.list.addItem(item)
        self.list.setCurrentRow(min(current, self.list.count() - 1))
        self.choice.clear()
        for rule in self.choices:
            if rule not in rules:
                self.choice.addItem(self.rule_text(rule), rule)

    def rules(self) -> list[str]:
        return [self.list.item(i).data(RULE_ROLE) for i in range(self.list.count())]

    def set_editable(self, editable: bool) -> None:
        for widget in (self.list, self.choice, *self.buttons):
            widget.setEnabled(editable)

    # -- the host's edits ---------------------------------------------------------------------------

    def add_chosen(self) -> None:
        rule = self.choice.currentData()
        if rule is None:
            return
        item = QListWidgetItem(self.rule_text(rule))
        item.setData(RULE_ROLE, rule)
        self.list.addItem(item)
        self.list.setCurrentRow(self.list.count() - 1)
        self.choice.removeItem(self.choice.currentIndex())
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.changed.emit()

    def shift(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.insertItem(target, self.list.takeItem(row))
        self.list.setCurrentRow(target)
        self.changed.emit()
