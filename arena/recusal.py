"""Reading a reviewer's `recuse` field: a list of presenter names, or one string of them.

A string is split on the Chinese and English list separators (，,、;；) except where
a presenter's own name contains one: "Smith, Jones & Co" stays one name when the
contest has a presenter of that name. When a string can be read as two different
lists of known presenters, it is refused with a message asking for the list form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SEPARATORS = "，,、;；"
_SPLIT = re.compile(f"([{SEPARATORS}])")


class AmbiguousRecusal(ValueError):
    """The string names known presenters in more than one way: `text` and two of its `readings`."""

    def __init__(self, text: str, readings: list[tuple[str, ...]]):
        self.text = text
        self.readings = [list(r) for r in readings]
        shown = " or ".join(" + ".join(f"“{name}”" for name in r) for r in readings)
        super().__init__(
            f"{text!r} can be read as more than one list of presenters ({shown}); use the list form"
        )


def split_recuse(raw, presenters: Iterable[str]) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, str):
        return tuple(s for s in (str(x).strip() for x in raw) if s)
    known = set(presenters)
    text = raw.strip()
    if not text:
        return ()
    pieces = _SPLIT.split(text)  # name, sep, name, sep, ... name
    words, seps = pieces[0::2], pieces[1::2]
    readings = _readings(words, seps, known)
    if len(readings) > 1:
        raise AmbiguousRecusal(raw, readings[:2])
    if readings:
        return readings[0]
    return tuple(w.strip() for w in words if w.strip())  # unknown names are reported by the caller


def _readings(words: list[str], seps: list[str], known: set[str]) -> list[tuple[str, ...]]:
    """Every way to join consecutive pieces back into known presenter names (at most a few)."""
    n = len(words)
    ways: list[list[tuple[str, ...]]] = [[] for _ in range(n + 1)]
    ways[n] = [()]
    for start in range(n - 1, -1, -1):
        name = words[start]
        for end in range(start + 1, n + 1):
            if end > start + 1:
                name += seps[end - 2] + words[end - 1]
            stripped = name.strip()
            if not stripped:  # an empty piece (",," or a trailing comma) is just skipped
                if end == start + 1:
                    ways[start] += ways[end]
                continue
            if stripped in known:
                ways[start] += [(stripped, *rest) for rest in ways[end]]
        ways[start] = ways[start][:3]
    return list(dict.fromkeys(ways[0]))
