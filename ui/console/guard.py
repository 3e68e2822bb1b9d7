"""Guarded live actions: nothing puts a result or a ranking in front of the room by accident.

While the contest is still open (not closed), an action that would show a result, a
ranking or a score's explanation on the projector and the web screen asks first,
naming exactly what the room will see, with No as the default answer. Quitting or
closing the file while the contest is live asks too: the phones lose the server.

`room_will_see` is the pure part (what would appear, or None when nothing new does);
`ask` is the one dialog every guarded action goes through.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from arena.scenes import ranked, reveal_order, revealed
from arena.session import SessionState
from arena.tally import fmt_score

GUARD_OBJECT_NAME = "guardedAction"


def _line(result) -> str:
    return QCoreApplication.translate("Guard", "No. {rank} {name} {score}").format(
        rank=result.rank, name=result.presenter.name, score=fmt_score(result.score)
    )


def room_will_see(tally, state: SessionState, action: str, scene: str | None = None) -> str | None:
    """What the projector and the web screen would show after `action` while the contest is open,
    or None when the action shows no result (the contest is closed, or nothing new appears)."""
    if state.phase == "closed" or tally is None:
        return None
    results = ranked(tally)
    if action == "reveal_next":
        step = state.reveal_step + 1
        if step <= len(results):
            return QCoreApplication.translate("Guard", "the result {line}").format(
                line=_line(reveal_order(results)[step - 1])
            )
        shown = revealed(results, step)
        return _list(shown) if shown and state.scene != "results" else None
    if action == "reveal_previous":
        shown = revealed(results, max(0, state.reveal_step - 1))
        return _list(shown) if shown else None
    if action == "set_scene" and scene == "results":
        shown = revealed(results, state.reveal_step)
        return _list(shown) if shown and state.scene != "results" else None
    if action == "set_scene" and scene == "ranking":
        if state.scene == "ranking":
            return None
        return QCoreApplication.translate(
            "Guard", "the full ranking of {n} presenter(s), each with a score"
        ).format(n=len(results))
    if action == "set_explanation" and not state.explain:
        shown = revealed(results, state.reveal_step)
        if shown and state.scene == "results":
            return QCoreApplication.translate(
                "Guard", "why {name} has {score}: each group's score and the totals dropped"
            ).format(name=shown[-1].presenter.name, score=fmt_score(shown[-1].score))
    return None


def _list(shown) -> str:
    return QCoreApplication.translate("Guard", "the results revealed so far: {lines}").format(
        lines="; ".join(_line(r) for r in shown)
    )


def ask(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question whose default answer is No (Enter or Escape keep things as they are)."""
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.NoButton, parent)
    box.setObjectName(GUARD_OBJECT_NAME)
    go = box.addButton(yes, QMessageBox.YesRole)
    stay = box.addButton(QMessageBox.No)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is go


def ask_before_showing(parent: QWidget | None, what: str) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("Guard", "Show a result while the contest is open?"),
        QCoreApplication.translate(
            "Guard",
            "Scoring is not finished: the contest is still open.\n\n"
            "The projector and the web screen will show {what}.\n\nShow it to the room now?",
        ).format(what=what),
        QCoreApplication.translate("Guard", "Show it now"),
    )


def ask_before_leaving_live(parent: QWidget | None) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("Guard", "The contest is live"),
        QCoreApplication.translate(
            "Guard",
            "The contest is live. If Arena closes now, the reviewers' phones lose the server "
            "and cannot submit until the file is opened again.\n\n"
            "Nothing is lost: opening the file again resumes the contest where it is.",
        ),
        QCoreApplication.translate("Guard", "Close anyway"),
    )
