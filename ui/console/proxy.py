"""Proxy entry: the host types in a paper ballot for a reviewer without a phone.

The laptop may be mirrored to the projector, so the dialog never shows anyone's
marks: it lists the reviewers still missing for the presenter first, every field
starts empty (a blank field refuses to save; it is not a zero), and a reviewer
who already has a ballot is only named with when it came in ("entering replaces
it", asked before saving). What the host types goes to the core as typed, so a
mark off the criterion's step is refused with the step named, never rounded.
The marks go through the same rules as a phone's (one call into the intake, arena.intake)
and are recorded with the source "host" plus a session-log line.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from arena.intake import ballot_units
from arena.store import BallotRefused
from ui.console.guard import ask
from ui.console.noun import console_noun
from ui.console.refusal_text import refusal_text

NAMES_SHOWN = 20


def _local_time(received_at: str) -> str:
    try:
        return datetime.fromisoformat(received_at.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    except ValueError:
        return received_at


class ProxyBallotDialog(QDialog):
    def __init__(self, controller, presenter_id: int | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.contest = controller.contest()
        self.receipt = None
        self.setWindowTitle(self.tr("Enter a paper ballot"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("For a reviewer without a phone. The ballot is recorded as entered by the host."))
        )
        form = QFormLayout()
        self.presenter = QComboBox(objectName="proxyPresenter")
        for p in self.contest.presenters:
            self.presenter.addItem(p.name, p.id)
        if presenter_id is not None:
            self.presenter.setCurrentIndex(max(0, self.presenter.findData(presenter_id)))
        self.missing = QLabel(objectName="proxyMissing", wordWrap=True)
        self.reviewer = QComboBox(objectName="proxyReviewer")
        form.addRow(console_noun(self.contest), self.presenter)
        form.addRow(self.missing)
        form.addRow(self.tr("Reviewer"), self.reviewer)
        self.marks: dict[str, QLineEdit] = {}
        for c in self.contest.criteria:
            box = QLineEdit(objectName=f"mark:{c.name}")
            box.setPlaceholderText(self.tr("0 to {max}, step {step}").format(max=c.max, step=c.step))
            self.marks[c.name] = box
            form.addRow(c.name, box)
        self.note = QLineEdit(objectName="proxyNote")
        self.note.setPlaceholderText(self.tr("e.g. paper form no. 12"))
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.message = QLabel(objectName="proxyMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.presenter.currentIndexChanged.connect(self._fill_reviewers)
        self.reviewer.currentIndexChanged.connect(self._reviewer_changed)
        self._fill_reviewers()

    def _fill_reviewers(self) -> None:
        """The reviewers still missing for the chosen presenter first, then those who have a ballot;
        recused reviewers are not offered."""
        presenter = self.contest.presenters[self.presenter.currentIndex()]
        submitted = self.controller.store.submitted_pairs()
        eligible = [r for r in self.contest.reviewers if presenter.name not in r.recuse]
        missing = [r for r in eligible if (r.id, presenter.id) not in submitted]
        done = [r for r in eligible if (r.id, presenter.id) in submitted]
        self.reviewer.blockSignals(True)
        self.reviewer.clear()
        for r in missing:
            self.reviewer.addItem(f"{r.name}（{r.group}）", r.id)
        if missing and done:
            self.reviewer.insertSeparator(self.reviewer.count())
        for r in done:
            self.reviewer.addItem(
                self.tr("{name}（{group}）— has a ballot").format(name=r.name, group=r.group), r.id
            )
        self.reviewer.blockSignals(False)
        if missing:
            names = "、".join(r.name for r in missing[:NAMES_SHOWN])
            if len(missing) > NAMES_SHOWN:
                names += self.tr(" and {n} more").format(n=len(missing) - NAMES_SHOWN)
            self.missing.setText(
                self.tr("Still missing for {presenter} (%n): {names}", "", len(missing)).format(
                    presenter=presenter.name, names=names
                )
            )
        else:
            self.missing.setText(
                self.tr("Every reviewer has a ballot for {presenter}.").format(presenter=presenter.name)
            )
        self._reviewer_changed()

    def _origin(self) -> tuple[str, str] | None:
        reviewer_id, presenter_id = self.reviewer.currentData(), self.presenter.currentData()
        return self.controller.store.counted_ballot_origin(reviewer_id, presenter_id) if reviewer_id else None

    def _reviewer_changed(self) -> None:
        """Fresh empty fields for each reviewer; an earlier ballot is named, never shown."""
        for box in self.marks.values():
            box.clear()
        origin = self._origin()
        self.message.setText(self._existing_text(origin) if origin else "")

    def _existing_text(self, origin: tuple[str, str]) -> str:
        source, received_at = origin
        at = _local_time(received_at)
        if source == "phone":
            return self.tr("Already submitted by phone at {time}; entering replaces it.").format(time=at)
        return self.tr("Already has a ballot (entered at {time}); entering replaces it.").format(time=at)

    def set_marks(self, marks: dict[str, object]) -> None:
        """Type these marks (as text) into the fields."""
        for name, value in marks.items():
            self.marks[name].setText(str(value))

    def submit(self) -> None:
        closed = self.controller.state().phase == "closed"  # the core refuses it: say that, not a blank
        blank = [name for name, box in self.marks.items() if not box.text().strip()]
        if blank and not closed:
            self.message.setText(
                self.tr("Enter a mark for {criteria}: a blank field is not a zero.").format(
                    criteria="、".join(blank)
                )
            )
            return
        marks = {name: box.text().strip() for name, box in self.marks.items()}
        try:
            if not closed:
                ballot_units(self.contest, marks)  # a refused mark is said before any question
            origin = self._origin()
            if origin and not closed and not self._replace_confirmed(origin):
                return
            self.receipt = self.controller.record_proxy_ballot(
                self.reviewer.currentData(), self.presenter.currentData(), marks, self.note.text().strip()
            )
        except BallotRefused as exc:
            self.message.setText(self._refusal(exc))
            return
        self.accept()

    def _replace_confirmed(self, origin: tuple[str, str]) -> bool:
        return ask(
            self,
            self.tr("Replace a ballot"),
            self._existing_text(origin) + "\n\n" + self.tr("Save the paper ballot in its place?"),
            self.tr("Replace it"),
        )

    def _refusal(self, exc: BallotRefused) -> str:
        """The rule that refused the ballot in the host's words, naming the mark it was about."""
        reviewer = next((r.name for r in self.contest.reviewers if r.id == self.reviewer.currentData()), "")
        return refusal_text(
            exc,
            [c.name for c in self.contest.criteria],
            reviewer=reviewer,
            presenter=self.presenter.currentText(),
        )
