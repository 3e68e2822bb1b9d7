"""The draw dialog (抽签, issue 13): the host walks the three logged steps of arena.draw in front of the room.

1. "Show the commitment": a secret seed is made and its SHA-256 goes on the projector (draw scene);
2. each witness types a name and numbers or dice throws, added one by one;
3. "Reveal the seed and set the order": the order is derived, the queue set, the projector shows it.

A draw in force can be cancelled here (with a reason; logged and printed in the report) before a new
one. Refusals come from the core as codes (DrawRefused) and are worded here; the last one stays in
its own label (`problem`), which no refresh rewrites.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arena.draw import Draw, DrawRefused, cancel_draw, draw_in_force


class DrawDialog(QDialog):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draw the speaking order"))
        self.controller = controller
        self.draw = Draw(controller.session)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "1. Show the commitment on the projector before anyone types.  2. Each witness types "
                "numbers or dice throws.  3. Reveal the seed: the order follows from the seed and the "
                "inputs, and anyone can recompute it (arena verify)."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.commit_button = QPushButton(self.tr("1. Show the commitment"), objectName="drawCommit")
        self.commit_button.clicked.connect(self.commit)
        layout.addWidget(self.commit_button)
        self.commitment = QLineEdit(objectName="drawCommitment", readOnly=True)
        self.commitment.setFont(mono)
        self.commitment.setPlaceholderText(self.tr("SHA-256 of the secret seed"))
        layout.addWidget(self.commitment)
        grid = QGridLayout()
        self.witness_name = QLineEdit(objectName="witnessName", placeholderText=self.tr("Witness's name"))
        self.witness_input = QLineEdit(
            objectName="witnessInput", placeholderText=self.tr("Numbers or dice throws, e.g. 3 5 1")
        )
        self.add_button = QPushButton(self.tr("2. Add this witness"), objectName="drawAddWitness")
        self.add_button.clicked.connect(self.add_witness)
        self.witness_input.returnPressed.connect(self.add_witness)
        grid.addWidget(self.witness_name, 0, 0)
        grid.addWidget(self.witness_input, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        layout.addLayout(grid)
        self.witnesses = QListWidget(objectName="drawWitnesses")
        self.witnesses.setMaximumHeight(90)
        layout.addWidget(self.witnesses)
        self.reveal_button = QPushButton(
            self.tr("3. Reveal the seed and set the order"), objectName="drawReveal"
        )
        self.reveal_button.clicked.connect(self.reveal)
        layout.addWidget(self.reveal_button)
        self.seed = QLineEdit(objectName="drawSeed", readOnly=True)
        self.seed.setFont(mono)
        layout.addWidget(self.seed)
        self.order = QListWidget(objectName="drawOrder")
        layout.addWidget(self.order, 1)
        self.problem = QLabel(objectName="drawProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel the draw in force…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.setObjectName("drawCancel")
        self.cancel_button.clicked.connect(self.cancel_previous)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._enable()

    # -- the steps ----------------------------------------------------------------------------

    def commit(self) -> None:
        if self._run(self.draw.commit):
            self.commitment.setText(self.draw.commitment)
            self.witness_name.setFocus()

    def add_witness(self) -> None:
        added = self._run(self.draw.add_witness, self.witness_name.text(), self.witness_input.text())
        if added:
            name, value = added
            self.witnesses.addItem(f"{name}: {value}")
            self.witness_name.clear()
            self.witness_input.clear()
            self.witness_name.setFocus()

    def reveal(self) -> None:
        order = self._run(self.draw.reveal)
        if order:
            names = {p.id: p.name for p in self.controller.store.presenters()}
            self.seed.setText(self.draw.seed_hex or "")
            self.order.addItems([f"{i}. {names[pid]}" for i, pid in enumerate(order, 1)])

    def cancel_previous(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel the draw"), self.tr("Why is the draw cancelled? (logged and printed)")
        )
        if ok:
            self.cancel_with_reason(reason)

    def cancel_with_reason(self, reason: str) -> None:
        if self._run(cancel_draw, self.controller.session, reason) is not None:
            self.problem.setText(self.tr("The draw was cancelled: a new one can be made."))

    # -- helpers --------------------------------------------------------------------------------

    def _run(self, step, *args):
        """Run one step; a refusal is worded in the problem label. Returns the step's result or None."""
        try:
            result = step(*args)
        except DrawRefused as exc:
            self.problem.setText(self.refusal_text(exc))
            result = None
        else:
            self.problem.setText("")
        self._enable()
        return result

    def _enable(self) -> None:
        committed, revealed = self.draw.commitment is not None, self.draw.order is not None
        setup = self.controller.store.session_row()["phase"] == "setup"
        in_force = draw_in_force(self.controller.store.session_log()) is not None
        self.commit_button.setEnabled(setup and not committed)
        for widget in (self.witness_name, self.witness_input, self.add_button):
            widget.setEnabled(committed and not revealed)
        self.reveal_button.setEnabled(committed and not revealed and bool(self.draw.witnesses))
        self.cancel_button.setEnabled(setup and in_force and not (committed and not revealed))

    def refusal_text(self, exc: DrawRefused) -> str:
        texts = {
            "draw_started": self.tr("The contest has started: the order can no longer be drawn."),
            "draw_exists": self.tr("Draw %1 already set the order. Cancel it first to draw again."),
            "draw_none": self.tr("There is no draw to cancel."),
            "draw_step": self.tr("The steps go in order: commitment, witnesses, reveal."),
            "draw_no_witness": self.tr("At least one witness must type an input before the reveal."),
            "draw_no_presenters": self.tr("The contest has no presenters to draw."),
            "witness_name": self.tr("A witness needs a name (one line, at most 40 characters)."),
            "witness_input": self.tr("Type numbers or dice throws: digits, spaces, commas (at most 64)."),
        }
        text = texts.get(exc.code, str(exc))
        return text.replace("%1", str(exc.params.get("number", "")))
