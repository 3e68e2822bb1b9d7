"""The phase timer's setup problems (arena.phases.PhaseProblem: a code and its parameters) in the
host's language, worded from the code, never from the core's English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def phase_problem_text(code: str, params: dict) -> str:
    texts = {
        "phases_not_list": QCoreApplication.translate(
            "PhaseProblem", "“{raw}” is not a list of phases (for example: 陈述 5, 答询 5)"
        ),
        "phase_unreadable": QCoreApplication.translate(
            "PhaseProblem", "phase {index}: “{raw}” is not a name and minutes (for example: 陈述 5)"
        ),
        "phase_name_missing": QCoreApplication.translate("PhaseProblem", "phase {index} has no name"),
        "phase_minutes_bad": QCoreApplication.translate(
            "PhaseProblem", "phase {index}: “{raw}” is not a number of minutes above 0 and at most 600"
        ),
        "phases_too_many": QCoreApplication.translate("PhaseProblem", "{count} phases: at most {maximum}"),
        "auto_close_bad": QCoreApplication.translate(
            "PhaseProblem", "“{raw}” is not a whole number of minutes from 0 to 600"
        ),
    }
    return texts[code].format(**params) if code in texts else code
