"""Missing ballots in the host's words, and the question asked before scoring closes on them.

The facts come from arena.missing (codes and parameters); this module only words them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from arena.missing import GroupGap, PresenterGap
from ui.console.guard import ask

NAMES_SHOWN = 12


def _effect(code: str, params: dict) -> str:
    if code == "no_ballot":
        text = QCoreApplication.translate(
            "Missing", "{group} has no ballot at all: its weight is left out of this result."
        )
    elif code == "under_half":
        text = QCoreApplication.translate(
            "Missing", "{group}: under half its reviewers scored; its weight rests on {done} of {eligible}."
        )
    else:  # too_small_to_trim
        text = QCoreApplication.translate(
            "Missing",
            "{group}: {done} ballot(s) are too few to drop the highest and lowest (needs {needed}); "
            "nothing is trimmed.",
        )
    return text.format(**params)


def _group(gap: GroupGap) -> str:
    names = "、".join(gap.missing[:NAMES_SHOWN])
    if len(gap.missing) > NAMES_SHOWN:
        names += QCoreApplication.translate("Missing", " and {n} more").format(
            n=len(gap.missing) - NAMES_SHOWN
        )
    return QCoreApplication.translate(
        "Missing", "{group}: {done} of {eligible} scored; missing: {names}"
    ).format(group=gap.group, done=gap.done, eligible=gap.eligible, names=names)


def describe_gaps(gaps: list[PresenterGap]) -> str:
    """Who is missing for each presenter, by group, then what it does to the result."""
    lines = []
    for gap in gaps:
        count = gap.missing_count
        heading = QCoreApplication.translate("Missing", "{presenter}: %n ballot(s) missing", "", count)
        lines.append(heading.format(presenter=gap.presenter))
        lines += ["  · " + _group(g) for g in gap.groups]
        lines += ["  ⚠ " + _effect(code, params) for g in gap.groups for code, params in g.effects]
    return "\n".join(lines)


def confirm_close_with_gaps(parent: QWidget | None, gaps: list[PresenterGap], what: str) -> bool:
    """Ask before closing scoring while ballots are missing (default No); True when nothing is missing."""
    if not gaps:
        return True
    total = sum(g.missing_count for g in gaps)
    text = QCoreApplication.translate(
        "Missing",
        "%n ballot(s) are missing. Close {what} anyway? Late ballots can still be typed in "
        "from paper until the contest is closed.",
        "",
        total,
    ).format(what=what)
    return ask(
        parent,
        QCoreApplication.translate("Missing", "Ballots are missing"),
        text + "\n\n" + describe_gaps(gaps),
        QCoreApplication.translate("Missing", "Close anyway"),
    )
