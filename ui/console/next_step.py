"""What the host should do next, so that the right button is obvious at every moment of the meeting.

A pure function of the session state and the ballots still missing; the live
page highlights the suggested button and says the step in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from arena.session import SessionState


def next_step(
    state: SessionState,
    mode: str,
    missing_current: int | None,
    missing_open: int,
    reveal_left: int | None = None,
    announce_pending: bool = False,
) -> str:
    """The suggested action: a live-page button name, "close_scoring" (the scoring toggle when every
    ballot is in), "" while waiting for ballots, or "done" when the final ranking is up.
    `reveal_left` is how many results are still to reveal (None when unknown). `announce_pending`: the
    setup announces each score (亮分) and the current presenter's, closed, has not been announced yet."""
    if state.phase == "setup":
        return "start"
    if state.phase == "closed":
        if reveal_left is None or reveal_left > 0:
            return "reveal_next"
        return "show_ranking" if state.scene != "ranking" else "done"
    current = state.scoring.get(state.current_presenter_id)
    if mode == "all_at_end":
        return _all_at_end(state, current, missing_open)
    if current == "open":
        return "close_scoring" if missing_current == 0 else ""
    if current == "closed" and announce_pending and state.phase == "live":
        return "announce"
    if current == "pending":
        untimed = not state.timer_running and state.timer_elapsed_s == 0
        return "toggle_timer" if untimed else "toggle_scoring"
    if state.next_presenter_id is not None:
        return "next_presenter"
    return "close_contest"


def _all_at_end(state: SessionState, current: str | None, missing_open: int) -> str:
    if state.open_presenter_ids:
        return "close_all" if missing_open == 0 else ""
    if current == "pending" and not state.timer_running and state.timer_elapsed_s == 0:
        return "toggle_timer"
    if state.next_presenter_id is not None:
        return "next_presenter"
    if any(s == "pending" for s in state.scoring.values()):
        return "open_all"
    return "close_contest"


def describe(step: str, missing: int | None, missing_closed: int = 0) -> str:
    """The step in the host's words; ballots missing where scoring already closed are always said."""
    texts = {
        "start": QCoreApplication.translate("NextStep", "Next: start the contest."),
        "toggle_timer": QCoreApplication.translate(
            "NextStep", "Next: start the timer when the presenter begins (F5)."
        ),
        "toggle_scoring": QCoreApplication.translate(
            "NextStep", "Next: open scoring when the presentation ends (F6)."
        ),
        "close_scoring": QCoreApplication.translate("NextStep", "Every ballot is in: close scoring (F6)."),
        "next_presenter": QCoreApplication.translate("NextStep", "Next: bring up the next presenter (F7)."),
        "open_all": QCoreApplication.translate(
            "NextStep", "Everyone has presented: open scoring for all (Ctrl+F6)."
        ),
        "close_all": QCoreApplication.translate(
            "NextStep", "Every ballot is in: close scoring for all (Ctrl+Shift+F6)."
        ),
        "close_contest": QCoreApplication.translate(
            "NextStep", "Everyone has been scored: close the contest, then reveal the results."
        ),
        "reveal_next": QCoreApplication.translate("NextStep", "Next: reveal the results step by step (F12)."),
        "show_ranking": QCoreApplication.translate(
            "NextStep", "Every result is revealed: show the final ranking."
        ),
        "done": QCoreApplication.translate(
            "NextStep", "The final ranking is on the projector. The PDF report is in the File menu."
        ),
        "announce": QCoreApplication.translate(
            "NextStep", "Scoring is closed: announce this presenter's score to the room (Alt+F12)."
        ),
    }
    if step == "":
        count = missing if missing is not None else 0  # computed apart: lupdate misreads `x or 0` here
        return QCoreApplication.translate("NextStep", "Waiting for ballots: %n still missing.", "", count)
    if missing_closed and step == "close_contest":
        return QCoreApplication.translate(
            "NextStep",
            "Everyone has presented; %n ballot(s) missing where scoring is closed. "
            "Close the contest when you accept that, then reveal the results.",
            "",
            missing_closed,
        )
    if missing_closed and step not in ("start", "done", "show_ranking"):
        return (
            texts[step]
            + " "
            + QCoreApplication.translate(
                "NextStep", "%n ballot(s) missing where scoring is closed.", "", missing_closed
            )
        )
    return texts[step]
