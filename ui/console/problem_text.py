"""The setup rules' messages (English in the Qt-free core) in the host's language.

arena.setup and arena.store word their problems in English for the CLI and the
logs; the console matches the known forms and says them through tr(), keeping
the names and numbers they carry. An unknown form is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject


class ProblemText(QObject):
    def forms(self) -> list[tuple[str, str]]:
        """(the core's wording as a regular expression, the host's wording with the same fields)."""
        return [
            (r"is required", self.tr("is required")),
            (r"'(?P<a>.*)' is not a number", self.tr("“{a}” is not a number")),
            (r"must be a positive number, not (?P<a>.*)", self.tr("must be a positive number, not {a}")),
            (
                r"the step (?P<a>\S+) does not divide the max (?P<b>\S+)",
                self.tr("the step {a} does not divide the maximum {b}"),
            ),
            (
                r"duplicate name '(?P<a>.*)' \(also #(?P<b>\d+)\)",
                self.tr("the name “{a}” is used twice (also row {b})"),
            ),
            (r"unknown group '(?P<a>.*)'", self.tr("no group is called “{a}”")),
            (r"unknown presenter '(?P<a>.*)'", self.tr("no presenter is called “{a}”")),
            (
                r"unknown rule '(?P<a>.*)'",
                self.tr("the tie-break rule “{a}” names no current group or criterion"),
            ),
            (
                r"the list is empty: at least one entry is needed",
                self.tr("the list is empty: at least one row is needed"),
            ),
            (
                r"criterion (?P<a>.*) already has scores and cannot be removed",
                self.tr("criterion {a} already has scores and cannot be removed"),
            ),
            (
                r"criterion (?P<a>.*) already has scores: its max and step cannot change",
                self.tr("criterion {a} already has scores: its maximum and step cannot change"),
            ),
            (
                r"(?:reviewer|presenter) (?P<a>.*) already has ballots and cannot be removed",
                self.tr("{a} already has ballots and cannot be removed"),
            ),
            (
                r"(?P<a>.*) already scored (?P<b>.*): the recusal cannot be added",
                self.tr("{a} already scored {b}: the recusal cannot be added"),
            ),
            # issue 15: the rule-book fields and recusal strings
            (
                r"(?P<a>'.*') can be read as more than one list of presenters \((?P<b>.*)\); use the list form",
                self.tr("{a} can be read as more than one list of presenters ({b}): give them as a list"),
            ),
            (
                r"rounding stages cannot be combined with leniency correction",
                self.tr("rounding stages cannot be combined with leniency correction"),
            ),
            (
                r"the criterion and weighted stages need level: criterion \(each criterion on its own\)",
                self.tr("the criterion and weighted stages need each criterion's marks trimmed separately"),
            ),
            (
                r"a reviewer's total does not enter the score when each criterion is trimmed on its own",
                self.tr(
                    "a reviewer's total does not enter the score when each criterion is trimmed on its own"
                ),
            ),
            (
                r"must be at least (?P<a>\d+) to drop (?P<b>\d+) at each end",
                self.tr("must be at least {a} to drop {b} at each end"),
            ),
            (
                r"stage (?P<a>\d+): .*",
                self.tr("rounding stage {a} is not in the form stage:decimals[:rule]"),
            ),
            (
                r"the contest is closed: only the contest details \(title, date, venue, organizer\) can still be "
                r"corrected; refused: (?P<a>.*)",
                self.tr(
                    "the contest is closed: only the contest details (title, date, venue, organizer) can "
                    "still be corrected; refused: {a}"
                ),
            ),
        ]

    def translate(self, message: str) -> str:
        for pattern, text in self.forms():
            match = re.fullmatch(pattern, message)
            if match:
                return text.format(**match.groupdict())
        return message


def translate_problem(message: str) -> str:
    """One core message in the host's language (unchanged when its form is not known)."""
    return ProblemText().translate(message)
