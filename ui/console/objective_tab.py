"""The setup editor's 实绩 tab (issue 13): the objective items shown read-only, and their import.

One row per presenter, one column per item ("name (weight %, source)"), each cell "value → score"
as the tally converts it; under the table the items' SHA-256 and whether the start has locked them.
"Import values…" reads a .xlsx (sheet 实绩) or .json values file (arena.objective_io) and replaces
the items before the start; a refusal or a bad file is worded in its own label (`problem`), which
no refresh rewrites.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arena.changes import Change
from arena.model import InputError
from arena.objective import ObjectiveRefused, objective_hash
from arena.objective_io import read_values
from arena.tally import fmt_score
from arena.tally.objective import converted


class ObjectiveTab(QWidget):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        self.note = QLabel(wordWrap=True, objectName="objectiveNote")
        layout.addWidget(self.note)
        self.table = QTableWidget(objectName="objectiveTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.digest = QLabel(objectName="objectiveHash", wordWrap=True)
        row.addWidget(self.digest, 1)
        self.import_button = QPushButton(self.tr("Import values…"), objectName="objectiveImport")
        self.import_button.clicked.connect(lambda: self.import_values())
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.problem = QLabel(objectName="objectiveProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.problem)
        controller.bridge.setup_changed.connect(self.refresh)
        controller.bridge.session_changed.connect(lambda _state: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        contest = self.controller.store.contest()
        locked = self.controller.store.session_row()["phase"] != "setup"
        items = converted(contest)
        self.import_button.setEnabled(not locked)
        self.note.setText(
            self.tr(
                "Objective items (实绩) are scored before the meeting (e.g. by the commerce bureau) and "
                "weighted in with the groups. Import them from the Excel template's 实绩 sheet or a JSON "
                "file; they are locked when the contest starts."
            )
            if items
            else self.tr("This contest has no objective items (实绩). Import a values file to add some.")
        )
        self.table.clear()
        self.table.setRowCount(len(contest.presenters))
        self.table.setColumnCount(len(items))
        headers = [
            self.tr("{name} ({weight}%, {source})").format(
                name=item.name, weight=f"{item.weight.normalize():f}", source=item.source or "—"
            )
            for item, _ in items
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([p.name for p in contest.presenters])
        for c, (item, scores) in enumerate(items):
            for r, presenter in enumerate(contest.presenters):
                value = item.value_of(presenter.name)
                text = (
                    "—"
                    if value is None
                    else f"{value.normalize():f} → {fmt_score(scores.get(presenter.name))}"
                )
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not items:
            self.digest.setText("")
            return
        state = self.tr("locked at the start") if locked else self.tr("may change until the start")
        digest = self.tr("SHA-256 {hash} ({state})")
        self.digest.setText(digest.format(hash=objective_hash(contest.objective), state=state))

    def import_values(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import objective values"), "", self.tr("Values (*.xlsx *.json)")
            )
            if not path:
                return False
        store = self.controller.store
        try:
            items = read_values(path, store.contest())
            store.set_objective(items, Path(path).name)
        except ObjectiveRefused:
            self.problem.setText(self.tr("The contest has started: the objective values are locked."))
            return False
        except InputError as exc:
            self.problem.setText(self.tr("Not imported: {reason}").format(reason=str(exc)))
            return False
        self.problem.setText(self.tr("Imported from {name}.").format(name=Path(path).name))
        self.controller.changes.publish(Change(setup=True))  # the tally and every screen re-read
        return True
