"""The setup editor: contest details, criteria, groups, reviewers, presenters and recusals as tables.

Every edit is checked at once by the import's own rules (bad cells turn red
with the reason as tooltip), can be undone, and is saved to the contest file
only with "Save"; once scores exist, saving asks first and the store refuses
anything that would change what a recorded score means. Once the contest is
closed the results are final: everything but the contest details is read-only,
with a note saying so (the store refuses the rest too).

Signals:
    saved(list): the setup was written; carries the change lines that were logged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arena.io import read_setup, write_setup_json, write_template
from arena.model import BALLOT_MODES, METHODS, REVEAL_MODES, TRIM_LEVELS, InputError
from ui.console.problem_text import input_error_text, problem_line, problem_message
from ui.console.recusal_grid import RecusalGrid
from ui.console.setup_model import (
    COLUMNS,
    INFO_FIELDS,
    adopt_ids,
    copy_snapshot,
    empty_row,
    move_rows,
    snapshot_of,
    validate,
)
from ui.console.setup_review_options import KEYS as REVIEW_KEYS
from ui.console.setup_review_options import ReviewFields
from ui.console.setup_rule_book import KEYS as RULE_BOOK_KEYS
from ui.console.setup_rule_book import RuleBookFields
from ui.console.setup_rules import TieBreakEditor
from ui.console.setup_tables import ID_ROLE, KEY_ROLE, ChoiceDelegate, ListTable, SnapshotCommand

BAD_CELL = QColor("#ffcdd2")


class SetupEditor(QWidget):
    saved = Signal(list)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.undo_stack = QUndoStack(self)
        self._loading = False
        self.frozen = False  # the contest is closed: only the details may change
        self.locked_widgets: list[QWidget] = []
        layout = QVBoxLayout(self)
        self.closed_note = QLabel(
            self.tr(
                "The contest is closed and its results are final: criteria, groups, reviewers, recusals, "
                "presenters and the scoring method can no longer change. Only the contest details (title, "
                "date, venue, organizer) can still be corrected; each correction is written to the session "
                "log."
            ),
            objectName="closedNote",
        )
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a; padding: 6px; }"
        )
        self.closed_note.hide()
        layout.addWidget(self.closed_note)
        layout.addLayout(self._info_form())
        self.tabs = QTabWidget(objectName="setupTabs")
        self.tables: dict[str, ListTable] = {}
        headers = {
            "criteria": [self.tr("Criterion"), self.tr("Max points"), self.tr("Step"), self.tr("Weight")],
            "groups": [self.tr("Group"), self.tr("Weight")],
            "reviewers": [self.tr("Name"), self.tr("Group"), self.tr("Position")],
            "presenters": [
                self.tr("Presenter"),
                self.tr("Speaker"),
                self.tr("Unit"),
                self.tr("Minutes"),
                self.tr("Phases (name minutes, …)"),
            ],
        }
        tab_names = {
            "criteria": self.tr("Criteria"),
            "groups": self.tr("Groups"),
            "reviewers": self.tr("Reviewers"),
            "presenters": self.tr("Presenters (queue order)"),
        }
        for list_name in COLUMNS:
            self.tabs.addTab(self._list_tab(list_name, headers[list_name]), tab_names[list_name])
        self.recusals = RecusalGrid()  # a model/view table: no widget item per pair (issue 16)
        self.recusals.model_.edited.connect(self._edited)
        self.tabs.addTab(self.recusals, self.tr("Recusals"))
        self.tie_break = TieBreakEditor()
        self.tie_break.changed.connect(self._edited)
        self.tabs.addTab(self.tie_break, self.tr("Tie-break order"))
        from ui.console.objective_tab import ObjectiveTab  # issue 13: 实绩, shown read-only

        self.objective = ObjectiveTab(controller)
        self.tabs.addTab(self.objective, self.tr("Objective (实绩)"))
        layout.addWidget(self.tabs, 1)
        self.problems = QListWidget(objectName="problemList")
        self.problems.setMaximumHeight(90)
        layout.addWidget(self.problems)
        layout.addLayout(self._bottom_row())
        self.revert()
        self.set_frozen(controller.state().phase == "closed")
        controller.bridge.session_changed.connect(self._session_moved)
        controller.bridge.setup_changed.connect(self._setup_moved)

    # -- building ---------------------------------------------------------------------------

    def _info_form(self) -> QHBoxLayout:
        row = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        labels = {
            "title": self.tr("Title"),
            "date": self.tr("Date"),
            "venue": self.tr("Venue"),
            "organizer": self.tr("Organizer"),
            "presenter_noun": self.tr("What is presented (e.g. 产业链, 项目, 选手)"),
        }
        self.info: dict[str, QLineEdit] = {}
        for field in INFO_FIELDS:
            edit = QLineEdit(objectName=f"info:{field}")
            edit.editingFinished.connect(self._edited)
            self.info[field] = edit
            left.addRow(labels[field], edit)
        self.method = QComboBox(objectName="methodCombo")
        for method, text in zip(
            METHODS, (self.tr("Mean"), self.tr("Trimmed mean (drop highest and lowest)"), self.tr("Median"))
        ):
            self.method.addItem(text, method)
        self.trim = QSpinBox(objectName="trimSpin")
        self.trim.setRange(0, 20)
        self.mode = QComboBox(objectName="ballotModeCombo")
        for mode, text in zip(
            BALLOT_MODES, (self.tr("Score each presenter in turn"), self.tr("Score everyone at the end"))
        ):
            self.mode.addItem(text, mode)
        self.level = QComboBox(objectName="trimLevelCombo")
        for level, text in zip(
            TRIM_LEVELS, (self.tr("Each reviewer's total"), self.tr("Each criterion's marks separately"))
        ):
            self.level.addItem(text, level)
        self.leniency = QCheckBox(self.tr("Leniency correction"), objectName="leniencyCheck")
        self.leniency.setToolTip(
            self.tr(
                "Standardises each reviewer's totals before averaging, so a strict and a generous reviewer "
                "weigh the same; results are labelled as corrected."
            )
        )
        self.leniency.clicked.connect(self._edited)
        for widget in (self.method, self.mode, self.level):
            widget.activated.connect(self._edited)
        self.locked_widgets += [self.method, self.trim, self.mode, self.leniency]
        self.trim.valueChanged.connect(self._edited)
        right.addRow(self.tr("Method"), self.method)
        right.addRow(self.tr("Drop highest/lowest"), self.trim)
        right.addRow(self.tr("What is trimmed"), self.level)
        right.addRow("", self.leniency)
        right.addRow(self.tr("How reviewers score"), self.mode)
        self.rule_book = RuleBookFields(self)  # issue 15: trim_min, rounding stages, full score
        self.rule_book.changed.connect(self._edited)
        self.rule_book.add_to(right)
        self.review = ReviewFields(self)  # issue 17: comments, the outlier question
        self.review.changed.connect(self._edited)
        self.review.add_to(right)
        self._announce_form(right)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        return row

    def _announce_form(self, form: QFormLayout) -> None:
        """How results reach the room: the staged reveal at the end, or 亮分 after each presenter."""
        self.reveal = QComboBox(objectName="revealModeCombo")
        for mode, text in zip(
            REVEAL_MODES,
            (self.tr("Reveal all at the end, last place first"), self.tr("Announce each score once scored")),
        ):
            self.reveal.addItem(text, mode)
        self.announce_totals = QCheckBox(self.tr("Show every reviewer's total"), objectName="announceTotals")
        self.announce_totals.setToolTip(
            self.tr("Off: the announcement shows only the dropped highest and lowest and the final score.")
        )
        self.announce_ranking = QCheckBox(self.tr("Show the ranking so far"), objectName="announceRanking")
        self.reveal.activated.connect(self._edited)
        for box in (self.announce_totals, self.announce_ranking):
            box.clicked.connect(self._edited)
        self.locked_widgets += [self.reveal, self.announce_totals, self.announce_ranking]
        form.addRow(self.tr("Announcing results"), self.reveal)
        form.addRow("", self.announce_totals)
        form.addRow("", self.announce_ranking)

    def _list_tab(self, list_name: str, headers: list[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        table = ListTable(list_name, headers)
        table.itemChanged.connect(self._edited)
        table.rows_dropped.connect(lambda rows, target, n=list_name: self.move(n, rows, target))
        self.tables[list_name] = table
        if list_name == "reviewers":
            self.group_delegate = ChoiceDelegate(lambda: [g["name"] for g in self.snap["groups"]], table)
            table.setItemDelegateForColumn(COLUMNS["reviewers"].index("group"), self.group_delegate)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        for text, action in (
            (self.tr("Add"), self.add_row),
            (self.tr("Remove"), self.remove_rows),
            (self.tr("Move up"), lambda n: self.shift(n, -1)),
            (self.tr("Move down"), lambda n: self.shift(n, +1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action, n=list_name: a(n))
            buttons.addWidget(button)
            self.locked_widgets.append(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo"), objectName="undoButton")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Redo"), objectName="redoButton")
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)  # the stack only signals changes: nothing to undo yet
        self.redo_button.setEnabled(False)
        self.status = QLabel(objectName="setupStatus")
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        for text, action in (
            (self.tr("Import Excel or JSON…"), self.import_file),
            (self.tr("Export Excel…"), self.export_excel),
            (self.tr("Export JSON…"), self.export_json),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: a())
            row.addWidget(button)
            if action == self.import_file:  # an import replaces the lists
                self.locked_widgets.append(button)
        row.addWidget(self.status, 1)
        revert = QPushButton(self.tr("Revert"), objectName="revertButton")
        revert.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), objectName="saveButton")
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(revert)
        row.addWidget(self.save_button)
        return row

    # -- the document <-> the widgets ---------------------------------------------------------

    def load(self, snap: dict) -> None:
        """Show a snapshot in every widget (after opening, undo, redo, import)."""
        self._loading = True
        self.snap = copy_snapshot(snap)
        for field, edit in self.info.items():
            edit.setText(snap["info"].get(field, ""))
        scoring = snap["scoring"]
        self.method.setCurrentIndex(max(0, self.method.findData(scoring.get("method", "mean"))))
        self.trim.setValue(int(scoring.get("trim") or 0))
        self.mode.setCurrentIndex(max(0, self.mode.findData(scoring.get("ballot_mode", "per_presenter"))))
        self.level.setCurrentIndex(max(0, self.level.findData(scoring.get("level", "total"))))
        self.leniency.setChecked(bool(scoring.get("leniency")))
        self.rule_book.show_values(scoring)
        self.review.show_values(scoring)
        self.reveal.setCurrentIndex(max(0, self.reveal.findData(scoring.get("reveal_mode", "at_end"))))
        self.announce_totals.setChecked(bool(scoring.get("announce_totals", True)))
        self.announce_ranking.setChecked(bool(scoring.get("announce_ranking", True)))
        for list_name, table in self.tables.items():
            self._fill_table(table, snap[list_name])
        self._fill_recusals(snap)
        self._loading = False
        self._check()
        self._enable_rules()

    def _fill_table(self, table: ListTable, rows: list[dict]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, field in enumerate(COLUMNS[table.list_name]):
                item = QTableWidgetItem(row[field])
                item.setData(KEY_ROLE, row["_key"])
                item.setData(ID_ROLE, row["id"])
                table.setItem(r, c, item)

    def _fill_recusals(self, snap: dict) -> None:
        self.recusals.fill(snap, self.frozen)

    def read(self) -> dict:
        """The snapshot the widgets show now."""
        snap = {
            "info": {f: e.text().strip() for f, e in self.info.items()},
            "scoring": {
                **{k: v for k, v in self.snap["scoring"].items() if k not in RULE_BOOK_KEYS + REVIEW_KEYS},
                **self.rule_book.values(),
                **self.review.values(),
                "method": self.method.currentData(),
                "trim": self.trim.value(),
                "ballot_mode": self.mode.currentData(),
                "level": self.level.currentData(),
                "leniency": self.leniency.isChecked(),
                "tie_break": self.tie_break.rules(),
                "reveal_mode": self.reveal.currentData(),
                "announce_totals": self.announce_totals.isChecked(),
                "announce_ranking": self.announce_ranking.isChecked(),
            },
        }
        for list_name, table in self.tables.items():
            rows = []
            for r in range(table.rowCount()):
                first = table.item(r, 0)
                rows.append(
                    {
                        "_key": first.data(KEY_ROLE),
                        "id": first.data(ID_ROLE),
                        **{
                            f: (table.item(r, c).text().strip() if table.item(r, c) else "")
                            for c, f in enumerate(COLUMNS[list_name])
                        },
                    }
                )
            snap[list_name] = rows
        snap["recusals"] = self.recusals.pairs()
        return snap

    # -- after the close ------------------------------------------------------------------------

    def set_frozen(self, frozen: bool) -> None:
        """Read-only (but the contest details) once the contest is closed, with the note saying why."""
        self.frozen = frozen
        self.closed_note.setVisible(frozen)
        for widget in self.locked_widgets:
            widget.setEnabled(not frozen)
        self._enable_rules()
        for table in self.tables.values():
            table.setEditTriggers(QAbstractItemView.NoEditTriggers if frozen else table.default_triggers)
            table.setDragDropMode(QAbstractItemView.NoDragDrop if frozen else QAbstractItemView.DragDrop)
        self._loading = True
        self._fill_recusals(self.snap)
        self._loading = False

    def _setup_moved(self) -> None:
        """Another part changed the setup (the draw set the queue): show it, unless edits are pending."""
        if self.undo_stack.isClean():
            self.revert()

    def _session_moved(self, state) -> None:
        if (state.phase == "closed") != self.frozen:
            if state.phase == "closed":
                self.revert()  # edits not saved before the close could not be saved any more
            self.set_frozen(state.phase == "closed")

    # -- edits --------------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        # The widgets already show this edit: refilling the table from inside its own
        # itemChanged would pull the cell out from under the editor.
        self.apply(self.read(), self.tr("Edit"), reload=False)
        self._enable_rules()

    def _enable_rules(self) -> None:
        # What is trimmed only matters for the trimmed mean; nothing is editable after the close.
        self.level.setEnabled(not self.frozen and self.method.currentData() == "trimmed")
        self.tie_break.set_editable(not self.frozen)
        self.rule_book.set_editable(not self.frozen)
        self.review.set_editable(not self.frozen)

    def apply(self, after: dict, text: str, reload: bool = True) -> None:
        """Record one edit on the undo stack and show it."""
        if after == self.snap:
            return
        before = self.snap
        if reload:
            self.load(after)
        else:
            self.snap = copy_snapshot(after)
            if _headers(before) != _headers(after):
                self._loading = True
                self._fill_recusals(after)
                self._loading = False
            self._check()
        self.undo_stack.push(SnapshotCommand(self, before, copy_snapshot(after), text))

    def add_row(self, list_name: str) -> None:
        snap = self.read()
        snap[list_name].append(empty_row(list_name))
        self.apply(snap, self.tr("Add a row"))
        table = self.tables[list_name]
        table.setCurrentCell(table.rowCount() - 1, 0)

    def remove_rows(self, list_name: str) -> None:
        rows = self.tables[list_name].selected_rows()
        if not rows:
            return
        snap = self.read()
        snap[list_name] = [row for i, row in enumerate(snap[list_name]) if i not in rows]
        self.apply(snap, self.tr("Remove rows"))

    def move(self, list_name: str, rows: list[int], target: int) -> None:
        if not rows:
            return
        snap = self.read()
        snap[list_name] = move_rows(snap[list_name], rows, target)
        self.apply(snap, self.tr("Move rows"))

    def shift(self, list_name: str, delta: int) -> None:
        rows = self.tables[list_name].selected_rows()
        if not rows:
            return
        target = rows[0] - 1 if delta < 0 else rows[-1] + 2
        self.move(list_name, rows, max(0, target))
        table = self.tables[list_name]
        first = max(0, rows[0] + delta)
        table.select_rows(range(first, min(table.rowCount(), first + len(rows))))

    # -- validation --------------------------------------------------------------------------

    def _check(self) -> None:
        self.contest, problems = validate(self.snap)
        self._loading = True
        for table in self.tables.values():
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    table.item(r, c).setBackground(QBrush())
                    table.item(r, c).setToolTip("")
        self.problems.clear()
        self.tie_break.show_rules(
            self.snap["scoring"].get("tie_break") or [],
            [g["name"].strip() for g in self.snap["groups"]],
            [c["name"].strip() for c in self.snap["criteria"]],
        )
        for problem in problems:
            list_name, row, field = problem.where.list, problem.where.index, problem.where.field
            table = self.tables.get(list_name)
            message = problem_message(problem)
            if table is not None and 0 <= row < table.rowCount():
                col = COLUMNS[list_name].index(field) if field in COLUMNS[list_name] else 0
                table.item(row, col).setBackground(QBrush(BAD_CELL))
                table.item(row, col).setToolTip(message)
                self.problems.addItem(f"{table.horizontalHeaderItem(col).text()} #{row + 1}: {message}")
            else:
                self.problems.addItem(problem_line(problem))
        self._loading = False
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)
        count = self.tr("%n problem(s) to fix before saving.", "", len(problems))
        self.status.setText(count if problems else "")

    # -- files and saving --------------------------------------------------------------------------

    def revert(self) -> None:
        self.undo_stack.clear()
        self.load(snapshot_of(self.controller.contest()))

    def save(self, confirm: bool = True) -> bool:
        if self.contest is None:
            return False
        if confirm and self.frozen:
            answer = QMessageBox.question(
                self,
                self.tr("Correct the details of a closed contest"),
                self.tr(
                    "The contest is closed. Save the corrected contest details? The correction is written to "
                    "the session log with the values before and after."
                ),
            )
            if answer != QMessageBox.Yes:
                return False
        elif confirm and self.controller.store.has_scores():
            answer = QMessageBox.question(
                self,
                self.tr("Change a contest that has scores"),
                self.tr(
                    "This contest already has scores. Save these changes? They are written to the session "
                    "log; changes that would alter a recorded score are refused."
                ),
            )
            if answer != QMessageBox.Yes:
                return False
        try:
            changes = self.controller.update_setup(self.contest)
        except InputError as exc:
            reasons = "; ".join(problem_line(p) for p in exc.problems)
            self.status.setText(self.tr("Not saved: {reason}").format(reason=reasons))
            return False
        self.revert()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(changes)
        return True

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a setup"), "", self.tr("Setup files (*.xlsx *.json)")
            )
            if not path:
                return
        try:
            contest = read_setup(path)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("The setup file has problems"), input_error_text(exc))
            return
        label = self.tr("Import {name}").format(name=Path(path).name)
        self.apply(adopt_ids(snapshot_of(contest), self.snap), label)

    def export_excel(self, path: str | None = None) -> None:
        self._export(path, "Excel (*.xlsx)", ".xlsx", write_template)

    def export_json(self, path: str | None = None) -> None:
        self._export(path, "JSON (*.json)", ".json", lambda p, c: write_setup_json(c, p))

    def _export(self, path, pattern, suffix, writer) -> None:
        if self.contest is None:
            self.status.setText(self.tr("Fix the problems before exporting."))
            return
        if not path:
            default = str(Path(self.controller.path).with_suffix(suffix))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the setup"), default, pattern)
            if not path:
                return
        writer(path, self.contest)
        self.status.setText(self.tr("Exported to {path}").format(path=path))


def _headers(snap: dict) -> tuple:
    return tuple((r["_key"], r["name"]) for r in snap["reviewers"]), tuple(
        (p["_key"], p["name"]) for p in snap["presenters"]
    )
