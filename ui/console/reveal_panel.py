"""The reveal panel: where the reveal stands, for the host and the MC only (never on the projector).

It says "3 of 8 revealed", the next rank, name and score to be read out, and once
every result is out, that the final ranking is the next step (with its button).

Signals:
    show_ranking_requested(): the host pressed "Show the final ranking".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from arena.scenes import ranked, reveal_order
from arena.session import SessionState
from arena.tally import fmt_score
from ui.console.steady_text import SteadyText, set_enabled


class RevealPanel(QGroupBox):
    show_ranking_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("revealPanel")
        self.setTitle(self.tr("Reveal (for you, not on the projector)"))
        layout = QVBoxLayout(self)
        # Rewritten by every provisional tally during a burst: SteadyText repaints them in place (a
        # QLabel laid the whole window out again each time, issue 16). The next result takes its
        # lines ("Next to reveal (F12):" and the result); on a 768-pixel screen a label got squeezed.
        self.status = SteadyText(lines=2, objectName="revealStatus")
        self.upcoming = SteadyText(lines=3, objectName="revealNext")  # the next result, "provisional"
        font = self.upcoming.font()
        font.setBold(True)
        self.upcoming.setFont(font)
        self.ranking_button = QPushButton(self.tr("Show the final ranking"), objectName="show_ranking")
        self.ranking_button.clicked.connect(self.show_ranking_requested)
        layout.addWidget(self.status)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.ranking_button)
        self.left: int | None = None  # results still to reveal; None before anything can be revealed

    def show_reveal(self, tally, state: SessionState) -> None:
        """Redraw from the tally and the session (the tally may be None: no scoring module)."""
        results = ranked(tally) if tally is not None else []
        total, step = len(results), min(state.reveal_step, len(results))
        self.left = total - step if tally is not None else None
        if state.phase != "setup" and tally is None:  # the worker's first tally is on its way
            self.status.setText(self.tr("Counting the results…"))
            self.upcoming.setText("")
            set_enabled(self.ranking_button, False)
            return
        if state.phase == "setup" or tally is None or total == 0:
            self.status.setText(self.tr("Nothing to reveal yet: no presenter has a result."))
            self.upcoming.setText("")
            set_enabled(self.ranking_button, False)
            self.left = 0 if tally is not None else None
            return
        self.status.setText(self.tr("%n of {total} revealed.", "", step).format(total=total))
        if step < total:
            nxt = reveal_order(results)[step]
            line = self.tr("Next to reveal (F12):\nNo. {rank} {name} {score}").format(
                rank=nxt.rank, name=nxt.presenter.name, score=fmt_score(nxt.score)
            )
            if state.phase != "closed":
                line += "\n" + self.tr("Provisional: the contest is still open.")
            self.upcoming.setText(line)
        elif state.scene == "ranking":
            self.upcoming.setText(self.tr("The final ranking is on the projector."))
        else:
            self.upcoming.setText(self.tr("Every result is revealed. Next: show the final ranking."))
        set_enabled(self.ranking_button, state.scene != "ranking")
