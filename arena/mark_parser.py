"""Marks as typed, read exactly: the one parser for phones, paper ballots and imports.

`parse_mark` takes ASCII decimal digits with at most one point (full-width digits and point, as
Chinese input methods type them, are read as their ASCII twins): no exponent, no underscore, no
sign (a leading "-" is a number below zero: out_of_range), no whitespace other than ASCII spaces
and tabs around it, no rounding by a decimal context. `mark_units` turns a mark into an exact
number of its criterion's steps or refuses it with a code (`not_a_number`, `out_of_range`,
`off_step`) and its parameters. No refusal repeats more than `ECHO_CHARS` of a client's input.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from .model import Criterion
from .store import BallotRefused

MAX_MARK_CHARS = 40  # longer text is not a mark anyone typed
ECHO_CHARS = 100  # no refusal repeats more of a client's input than this

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_MARK = re.compile(r"(-?)([0-9]+(?:\.[0-9]+)?)")


def clip(value: object, limit: int = ECHO_CHARS) -> str:
    """`value` as text for a message, at most `limit` characters of it."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_mark(raw: object) -> Decimal:
    """A mark as typed, exactly: "12.5", "１２．５", 12; raises ValueError for anything else."""
    if raw.__class__ is int:  # a JSON integer; never a bool (an int subclass) or a float's binary noise
        return Decimal(raw)
    if not isinstance(raw, str) or len(raw) > MAX_MARK_CHARS:
        raise ValueError("not a number")
    match = _MARK.fullmatch(raw.translate(_FULL_WIDTH).strip(" \t"))
    if match is None:
        raise ValueError("not a number")
    return Decimal(match[1] + match[2])  # "-0" keeps its sign: any sign at all is out of range


def criterion_units(criterion: Criterion, raw: object) -> int:
    """The mark for one criterion as an exact number of its steps; BallotRefused otherwise."""
    return mark_units(criterion.name, criterion.max, criterion.step, raw)


def mark_units(name: str, maximum: Decimal, step: Decimal, raw: object) -> int:
    if raw.__class__ is str:
        return _units_of_text(name, maximum, step, raw)
    return _units_uncached(name, maximum, step, raw)


@lru_cache(maxsize=8192)  # a room gives the same few marks over and over; refusals are not cached
def _units_of_text(name: str, maximum: Decimal, step: Decimal, raw: str) -> int:
    return _units_uncached(name, maximum, step, raw)


def _units_uncached(name: str, maximum: Decimal, step: Decimal, raw: object) -> int:
    try:
        value = parse_mark(raw)
    except ValueError:
        raise BallotRefused(
            "not_a_number", f"{name}: {clip(raw)} is not a number", criterion=name, value=clip(raw)
        ) from None
    if value.is_signed() or value > maximum:
        raise BallotRefused(
            "out_of_range",
            f"{name}: {value} is outside 0 to {maximum}",
            criterion=name,
            value=clip(str(value)),
            max=str(maximum),
        )
    units = Fraction(value) / Fraction(step)  # exact: no decimal context rounds anything here
    if units.denominator != 1:
        raise BallotRefused(
            "off_step",
            f"{name}: {value} is not a multiple of {step}",
            criterion=name,
            value=clip(str(value)),
            step=str(step),
        )
    return int(units)


def shown(value: Decimal) -> str:
    """A mark as the phone shows it: "12.5", "10" (never "1E+1")."""
    return format(value.normalize(), "f")
