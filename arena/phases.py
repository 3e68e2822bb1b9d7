"""The presenter timer in phases (issue 17): reading the phases of a setup, and where the clock is in them.

A contest may name a default ordered list of phases (陈述 5 min, then 答询 5 min); a presenter may
have their own. Without any, a presenter's single time limit is their one unnamed phase, so a
contest set up before phases existed times exactly as before.

Setup form (JSON, in the "scoring" block; the Excel contest sheet has the same keys):
    "phases": [{"name": "陈述", "minutes": 5}, {"name": "答询", "minutes": 5}]   or "陈述 5, 答询 5"
    "auto_open_scoring": true        scoring opens by itself when the last phase ends
    "auto_close_minutes": 3          scoring closes by itself 3 minutes after it opened (0: never)
A presenter row may carry "phases" in either form; it replaces the default for that presenter.
The presenter's time limit becomes the sum of their phases.

Problems are arena.problems.Problem (a place, a code and its parameters; English in ENGLISH there):
    phases_not_list     raw             not a list of phases nor a text like "陈述 5, 答询 5"
    phase_unreadable    index, raw      one item is neither {"name", "minutes"} nor "name minutes"
    phase_name_missing  index           a phase without a name
    phase_minutes_bad   index, raw      not a number of minutes above 0 and at most 600
    phases_too_many     count, maximum  more phases than a projector can sensibly show
    auto_close_bad      raw             not a whole number of minutes from 0 to 600
Qt-free.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from .model import Phase, Presenter, Timing
from .problems import Problem

MAX_PHASES = 9
MAX_MINUTES = 600
WARNING_S = 60  # phones and the console warn this long before scoring closes by itself

_SEPARATORS = re.compile(r"[,，;；+＋、\n]+")
_ITEM = re.compile(r"^(.*?)\s*(\d+(?:\.\d+)?)\s*(?:分钟|分|min|mins|minutes?)?$", re.IGNORECASE)


def problem(where, code: str, **params) -> Problem:
    return Problem(where, code, params)


def parse_phases(raw, where: str, problems: list) -> tuple[Phase, ...]:
    """The phases of a JSON list or a text like "陈述 5, 答询 5"; () for nothing given."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ()
    if isinstance(raw, str):
        items = [part.strip() for part in _SEPARATORS.split(raw) if part.strip()]
    elif isinstance(raw, list):
        items = raw
    else:
        problems.append(problem(where, "phases_not_list", raw=str(raw)))
        return ()
    if len(items) > MAX_PHASES:
        problems.append(problem(where, "phases_too_many", count=len(items), maximum=MAX_PHASES))
        return ()
    phases = []
    for index, item in enumerate(items, start=1):
        if isinstance(item, dict):
            name, minutes = str(item.get("name") or "").strip(), item.get("minutes")
        elif isinstance(item, str) and (match := _ITEM.match(item)):
            name, minutes = match.group(1).strip(), match.group(2)
        else:
            problems.append(problem(where, "phase_unreadable", index=index, raw=str(item)))
            continue
        if not name:
            problems.append(problem(where, "phase_name_missing", index=index))
        seconds = _seconds(minutes)
        if seconds is None:
            problems.append(problem(where, "phase_minutes_bad", index=index, raw=str(minutes)))
        elif name:
            phases.append(Phase(name, seconds))
    return tuple(phases)


def _seconds(minutes) -> int | None:
    try:
        value = Decimal(str(minutes).strip()) * 60
    except (InvalidOperation, ValueError):
        return None
    if not value.is_finite() or value <= 0 or value > MAX_MINUTES * 60 or round(value) == 0:
        return None
    return int(round(value))  # to the second: "0.3333" minutes is 20 s


def _whole_minutes(raw) -> int | None:
    """Seconds of a whole number of minutes from 0 to MAX_MINUTES (blank: 0), else None."""
    if raw is None or str(raw).strip() == "":
        return 0
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value > MAX_MINUTES or value % 1:
        return None
    return int(value) * 60


def _flag(raw) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() not in ("", "0", "false", "no", "n", "否", "不", "off")
    return bool(raw)


def parse_timing(
    scoring: dict, rows: list, presenters: list[Presenter], locate, problems: list
) -> tuple[Timing, list[Presenter]]:
    """The contest's Timing and its presenters with their own phases and time limits (the sum of
    the phases that apply). `scoring` is the setup's scoring block, `rows` the presenter rows."""
    scoring = scoring if isinstance(scoring, dict) else {}
    rows = rows if isinstance(rows, list) else []
    default = parse_phases(scoring.get("phases"), locate("scoring", -1, "phases"), problems)
    raw_close = scoring.get("auto_close_minutes")
    close_s = _whole_minutes(raw_close)
    if close_s is None:
        problems.append(problem(locate("scoring", -1, "auto_close_minutes"), "auto_close_bad", raw=raw_close))
        close_s = 0
    timing = Timing(default, _flag(scoring.get("auto_open_scoring", False)), close_s)
    out = []
    for i, presenter in enumerate(presenters):
        row = rows[i] if i < len(rows) and isinstance(rows[i], dict) else {}
        own = parse_phases(row.get("phases"), locate("presenters", i, "phases"), problems)
        phases = own or default
        if phases:
            presenter = replace(presenter, phases=own, minutes=Decimal(sum(p.seconds for p in phases)) / 60)
        out.append(presenter)
    return timing, out


def phases_text(phases: tuple[Phase, ...]) -> str:
    """The text form a spreadsheet cell, the JSON and the console's editor show: "陈述 5, 答询 7.5"."""
    return ", ".join(f"{p.name} {_minutes_text(p.seconds)}" for p in phases)


def _minutes_text(seconds: int) -> str:
    return f"{Decimal(seconds) / 60:.4f}".rstrip("0").rstrip(".")  # 20 s: "0.3333", read back as 20 s


def timing_json(timing: Timing) -> dict:
    """The timing keys of the setup's scoring block (the inverse of parse_timing's)."""
    return {
        "phases": phases_text(timing.phases),
        "auto_open_scoring": timing.auto_open,
        "auto_close_minutes": timing.auto_close_s // 60,
    }


def phases_json(phases: tuple[Phase, ...]) -> str:
    """The stored form of a list of phases (a JSON list of {"name", "seconds"})."""
    return json.dumps([{"name": p.name, "seconds": p.seconds} for p in phases], ensure_ascii=False)


def read_phases(text: str) -> tuple[Phase, ...]:
    """Phases as stored by phases_json (written by us, checked when they were set up)."""
    return tuple(Phase(item["name"], int(item["seconds"])) for item in json.loads(text or "[]"))


def timing_row(timing: Timing) -> dict:
    """The contest table's timing columns."""
    return {
        "phases": phases_json(timing.phases),
        "auto_open": int(timing.auto_open),
        "auto_close_s": timing.auto_close_s,
    }


def effective_phases(presenter_phases, default, limit_s: int) -> tuple[Phase, ...]:
    """The phases that time a presenter: their own, else the contest's, else one of their time limit."""
    return tuple(presenter_phases) or tuple(default) or (Phase("", limit_s),)


@dataclass(frozen=True)
class PhaseNow:
    """Where the clock is: the phase running (its index and name), its seconds left (negative in
    overtime, which only the last phase has), and how many phases there are."""

    index: int
    name: str
    remaining_s: float
    count: int

    @property
    def last(self) -> bool:
        return self.index == self.count - 1


def phase_at(phases: tuple[Phase, ...], elapsed_s: float, extra_s: int = 0) -> PhaseNow:
    """The phase at `elapsed_s` seconds; an extension (`extra_s`) lengthens the last phase."""
    if not phases:
        return PhaseNow(0, "", extra_s - elapsed_s, 1)
    start = 0.0
    for index, phase in enumerate(phases):
        length = phase.seconds + (extra_s if index == len(phases) - 1 else 0)
        if index == len(phases) - 1 or elapsed_s < start + length:
            return PhaseNow(index, phase.name, start + length - elapsed_s, len(phases))
        start += length
    raise AssertionError("unreachable")
