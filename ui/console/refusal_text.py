"""Why a paper ballot was refused, in the host's language.

arena.ballots and arena.store refuse a ballot with a stable code and an English
detail (for the CLI, the phones' API and the logs). The console says each code
through tr(), keeping the criterion's name and the numbers the detail carries.
The detail starts with the criterion's name, which may itself contain ": ", so
the name is matched against the contest's criteria rather than split off.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from arena.store import BallotRefused

# The detail after "<criterion>: " for the codes that name one criterion and its numbers.
_DETAILS = {
    "not_a_number": r"'?(?P<value>.*?)'? is not a number",
    "out_of_range": r"(?P<value>\S+) is outside 0 to (?P<max>\S+)",
    "off_step": r"(?P<value>\S+) is not a multiple of (?P<step>\S+)",
}


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
        fields = _fields(exc.code, str(exc), criteria)
        if fields is not None:
            return self.with_details()[exc.code].format(**fields)
        if exc.code in self.plain():
            return self.plain()[exc.code].format(reviewer=reviewer, presenter=presenter)
        return str(exc)  # a code this console does not know yet: the core's own words


def _fields(code: str, detail: str, criteria: list[str]) -> dict[str, str] | None:
    """The names and numbers in a refusal's detail, or None when it is not in a known form."""
    if code in _DETAILS:
        for name in sorted(criteria, key=len, reverse=True):  # "创新" must not take "创新举措"'s detail
            if detail.startswith(f"{name}: "):
                match = re.fullmatch(_DETAILS[code], detail[len(name) + 2 :])
                return {"criterion": name, **match.groupdict()} if match else None
        return None
    patterns = {
        "unknown_criterion": r"unknown criterion '?(?P<key>.*?)'?",
        "duplicate_criterion": r"(?P<criterion>.*) is given twice",
        "missing_criterion": r"no mark for (?P<criteria>.*)",
    }
    match = re.fullmatch(patterns[code], detail) if code in patterns else None
    return match.groupdict() if match else None


def refusal_text(exc: BallotRefused, criteria: list[str], reviewer: str = "", presenter: str = "") -> str:
    """A ballot refusal in the host's language, with the criterion's name and numbers kept."""
    return RefusalText().explain(exc, criteria, reviewer, presenter)
