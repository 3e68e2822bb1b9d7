"""Why a paper ballot was refused, in the host's language.

The intake (arena.intake) and arena.store refuse a ballot with a stable code, an English
detail (for the CLI, the phones' API and the logs) and the names and numbers it
is about as parameters (`BallotRefused.params`). The console words each code
through tr() from those parameters; nothing reads the English detail back.
"""

from __future__ import annotations

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
        detailed = self.with_details().get(exc.code)
        if detailed is not None and exc.params:
            try:
                return detailed.format(**exc.params)
            except KeyError:  # parameters of another shape: the plain wording below
                pass
        if exc.code in self.plain():
            return self.plain()[exc.code].format(reviewer=reviewer, presenter=presenter)
        return str(exc)  # a code this console does not know yet: the core's own words


def refusal_text(exc: BallotRefused, criteria: list[str], reviewer: str = "", presenter: str = "") -> str:
    """A ballot refusal in the host's language, with the criterion's name and numbers kept."""
    return RefusalText().explain(exc, criteria, reviewer, presenter)
