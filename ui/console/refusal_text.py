"""Why a paper ballot was refused, in the host's language.

The intake (arena.intake) refuses a ballot with a stable code, its parameters (criterion,
value, max, step, key, criteria) and an English detail for the CLI and the logs. The console
words each code through tr() from the parameters; it never reads the English back.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from arena.store import BallotRefused


class RefusalText(QObject):
    def with_details(self) -> dict[str, str]:
        return {
            "not_a_number": self.tr("{criterion}: “{value}” is not a number"),
            "out_of_range": self.tr("{criterion}: {value} is outside 0 to {max}"),
            "off_step": self.tr("{criterion}: {value} is not a multiple of its step {step}"),
            "unknown_criterion": self.tr("There is no criterion called “{key}”"),
            "duplicate_criterion": self.tr("{criterion} is given twice"),
            "missing_criterion": self.tr("No mark for {criteria}"),
        }

    def plain(self) -> dict[str, str]:
        """The codes whose detail adds nothing the host does not see in the dialog."""
        return {
            "recused": self.tr("{reviewer} is recused from scoring {presenter}: choose another reviewer"),
            "closed": self.tr("The contest is closed: the scores are frozen and no ballot can be entered"),
            "replayed": self.tr("This ballot was already recorded with other marks; enter it again"),
            "not_a_number": self.tr("A mark is not a number"),
            "out_of_range": self.tr("A mark is outside its criterion's range"),
            "off_step": self.tr("A mark is not a multiple of its criterion's step"),
        }

    def explain(
        self, exc: BallotRefused, criteria: list[str], reviewer: str = "", presenter: str = ""
    ) -> str:
        detailed = self.with_details()
        fields = _fields(exc.code, exc.params, detailed) if exc.code in detailed else None
        if fields is not None:
            return detailed[exc.code].format(**fields)
        if exc.code in self.plain():
            return self.plain()[exc.code].format(reviewer=reviewer, presenter=presenter)
        return str(exc)  # a code this console does not know yet: the core's own words


def _fields(code: str, params: dict[str, str], keys: dict[str, str]) -> dict[str, str] | None:
    """The refusal's parameters this code's wording needs, or None when some are missing."""
    wanted = re.findall(r"{(\w+)}", keys[code])
    return params if all(w in params for w in wanted) else None


def refusal_text(exc: BallotRefused, criteria: list[str], reviewer: str = "", presenter: str = "") -> str:
    """A ballot refusal in the host's language, with the criterion's name and numbers kept."""
    return RefusalText().explain(exc, criteria, reviewer, presenter)
