"""The marks a room gives, remembered per setup, so that a burst of ballots is not a burst of Decimal work.

Turning "12.5" into units (and units back into "12.5" for the receipt) goes through
Decimal, which was the largest share of the server's own Python time per ballot after
the framework. A room gives the same few values over and over (a criterion out of 40
in steps of 0.5 has 81), so `MarkBook` remembers each value it has seen accepted and
looks it up next time. Only accepted marks are remembered, so every refusal still
comes from `ballot_units` itself, with its code and message; a ballot with anything
not remembered (or a criterion given twice or missing) is checked in full. A new
MarkBook is made whenever the setup is re-read, so a changed max or step is never
answered from memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from ..ballots import ballot_units
from ..model import Contest
from ..store import BallotRefused

REMEMBERED = (str, int, float)  # a bool is an int to Python, so types are compared exactly, never isinstance
LONGEST_TEXT = 24  # a longer mark is checked every time rather than kept: memory stays small whatever comes
MOST = 20_000  # entries per setup, for the same reason


def shown(value: Decimal) -> str:
    """A mark as the phone shows it: "12.5", "10" (never "1E+1")."""
    return format(value.normalize(), "f")


class MarkBook:
    def __init__(self, contest: Contest):
        self.contest = contest
        self._count = len(contest.criteria)
        self._by_id = {c.id: c for c in contest.criteria}
        # The same key -> criterion map ballot_units builds (names, then ids as text, in this order).
        self._criterion_of: dict[str, int] = {}
        for c in contest.criteria:
            self._criterion_of[c.name] = c.id
            self._criterion_of[str(c.id)] = c.id
        self._units_of: dict[tuple, tuple[int, int]] = {}  # (key, type, raw) -> (criterion id, units)
        self._text_of: dict[tuple[int, int], str] = {}  # (criterion id, units) -> "12.5"

    def units(self, marks: Mapping[str, object]) -> dict[int, int]:
        """What `ballot_units(contest, marks)` returns, or raises, with accepted marks looked up."""
        units: dict[int, int] = {}
        for key, raw in marks.items():
            known = self._units_of.get((key, raw.__class__, raw)) if raw.__class__ in REMEMBERED else None
            if known is None or known[0] in units:
                return self._checked(marks)
            units[known[0]] = known[1]
        if len(units) != self._count:
            return self._checked(marks)
        return units

    def _checked(self, marks: Mapping[str, object]) -> dict[int, int]:
        try:
            units = ballot_units(self.contest, marks)
        except ArithmeticError:  # a number too big for decimal arithmetic
            raise BallotRefused("out_of_range", "a mark is out of range") from None
        if len(self._units_of) < MOST:
            for key, raw in marks.items():
                if raw.__class__ in REMEMBERED and (raw.__class__ is not str or len(raw) <= LONGEST_TEXT):
                    criterion_id = self._criterion_of[str(key)]
                    self._units_of[(key, raw.__class__, raw)] = (criterion_id, units[criterion_id])
        return units

    def text(self, criterion_id: int, units: int) -> str:
        """Units of a criterion as the phone shows the mark."""
        key = (criterion_id, units)
        found = self._text_of.get(key)
        if found is None:
            found = shown(self._by_id[criterion_id].from_units(units))
            if len(self._text_of) < MOST:
                self._text_of[key] = found
        return found
