"""What the phase timer does by itself (issue 17): which automatic step is due now, if any.

Pure functions of the clock, the contest's timing options, the open windows and the session
state; `Session.tick` applies the step they name (logged like a host action, with "auto": true).
One step per tick, in this order: close the windows whose time is up, warn the phones and the
console `WARNING_S` seconds before that, open the current presenter's scoring once their last
phase has ended. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .phases import WARNING_S


@dataclass(frozen=True)
class DueStep:
    action: str  # "close", "warn" or "open"
    presenters: tuple[int, ...]


def _epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def closing_in(now: float, auto_close_s: int, windows) -> dict[int, float]:
    """Open presenter id -> seconds until their window closes by itself (only with an auto-close)."""
    if not auto_close_s:
        return {}
    return {pid: _epoch(opened) + auto_close_s - now for pid, opened, _ in windows if opened}


def due_step(now: float, auto_open: bool, auto_close_s: int, windows, state, mode: str) -> DueStep | None:
    """The automatic step due at `now`, or None. `windows`: (presenter id, opened at, warned) of the
    open windows; `state`: the SessionState; `mode`: the contest's ballot mode."""
    if state.phase != "live":
        return None
    left = closing_in(now, auto_close_s, windows)
    due = tuple(pid for pid, seconds in left.items() if seconds <= 0)
    if due:
        return DueStep("close", due)
    warned = {pid for pid, _, was_warned in windows if was_warned}
    warn = tuple(pid for pid, seconds in left.items() if seconds <= WARNING_S and pid not in warned)
    if warn:
        return DueStep("warn", warn)
    current = state.current_presenter_id
    if (
        auto_open
        and mode == "per_presenter"  # all at the end: the host opens every window at once
        and current is not None
        and state.scoring.get(current) == "pending"
        and state.timer_elapsed_s > 0
        and state.remaining_s <= 0
    ):
        return DueStep("open", (current,))
    return None
