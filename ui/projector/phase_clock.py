"""The presenting scene's clock in phases (issue 17): the phase's name and its countdown, a flash and a
chime when a phase ends.

The time is recomputed on every tick from the session's elapsed time and the clock at the moment
that state arrived (`monotonic`, injectable), so it never drifts; the phase follows from the
state's list of phases (arena.phases.phase_at). Amber in a phase's last minute; past the end of the
last phase the overtime counts up in red. Crossing the end of a phase (seen between two ticks, or
between a state and the next tick) flashes the scene and calls `chime()`, when one is set; a new
presenter, a reset or a reopened window never chimes for time that passed before it looked. A
contest without named phases (one time limit) looks as it did before phases: no flash, no chime.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from arena.session import SessionState

from .theme import OVERTIME, TEXT, WARNING, FitLabel

LAST_MINUTE_S = 60
TICK_MS = 100  # fine enough that a second never shows late by more than a tenth
FLASH_PULSES = 3
FLASH_ON_MS, FLASH_OFF_MS = 220, 160
FLASH_COLOUR = QColor(255, 201, 64)  # the accent: a thick frame round the scene and a faint wash
FLASH_FRAME = 0.025  # of the scene's height


def clock_colour(remaining_s: float, last: bool) -> QColor:
    if remaining_s <= 0:
        return OVERTIME if remaining_s < 0 and last else WARNING
    return WARNING if remaining_s <= LAST_MINUTE_S else TEXT


def phase_title(name: str, index: int, count: int) -> str:
    """The phase title for named phases ("答询  2 / 2"); nothing for the single unnamed time limit."""
    if not name:
        return ""
    return f"{name}  {index + 1} / {count}" if count > 1 else name


class Flash(QWidget):
    """A see-through accent over the whole scene, pulsed a few times when a phase ends."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hide()
        self._left = 0
        self.pulses = 0  # how many times it flashed (tests read it)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._step)

    def pulse(self) -> None:
        self.pulses += 1
        self._left = FLASH_PULSES
        rect = self.parentWidget().rect()
        r, g, b = FLASH_COLOUR.red(), FLASH_COLOUR.green(), FLASH_COLOUR.blue()
        frame = max(4, round(rect.height() * FLASH_FRAME))
        # Text stays readable through it: a frame the eye catches and a faint wash, not a solid fill.
        self.setStyleSheet(
            f"background-color: rgba({r}, {g}, {b}, 40); border: {frame}px solid rgba({r}, {g}, {b}, 235)"
        )
        self.setGeometry(rect)
        self.raise_()
        self.show()
        self._timer.start(FLASH_ON_MS)

    def _step(self) -> None:
        if self.isVisible():
            self.hide()
            self._left -= 1
            if self._left > 0:
                self._timer.start(FLASH_OFF_MS)
        else:
            self.show()
            self._timer.start(FLASH_ON_MS)

    def stop(self) -> None:
        self._timer.stop()
        self.hide()


class PhaseCountdown:
    """Turns the session's timer into a phase title, a clock text and colour; ticks on the GUI thread."""

    def __init__(self, clock: FitLabel, title: FitLabel, flash: Flash, monotonic=time.monotonic):
        self.clock, self.title, self.flash = clock, title, flash
        self.monotonic = monotonic
        self.chime: Callable[[], None] | None = None  # set by the console (ui/chime.py); tests count calls
        self.phase_ends = 0  # how many phase ends this countdown has flashed for (tests read it)
        self.state: SessionState | None = None
        self.elapsed_at_state = 0.0
        self.state_seen_at = monotonic()
        self._seen: tuple | None = None  # (presenter, ends passed) at the last look
        self.timer = QTimer(clock)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)

    def follow(self, state: SessionState) -> None:
        if self._seen is not None and (
            self._seen[0] != state.current_presenter_id or state.timer_elapsed_s < self.elapsed() - 1.0
        ):
            self._seen = None  # a new presenter or a reset: start counting afresh, without a chime
        self.state = state
        self.elapsed_at_state = state.timer_elapsed_s
        self.state_seen_at = self.monotonic()
        if state.timer_running and state.scene == "presenting":
            self.timer.start()
        else:
            self.timer.stop()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self.flash.stop()

    def leave(self, state: SessionState) -> None:
        """The projector moves to another scene: a phase end that the move came with (scoring opening
        as the last phase ends) still chimes, then the clock stops."""
        seen, now = self._seen, state.phase_now()
        same = seen is not None and seen[0] == state.current_presenter_id and state.timer_running
        if same and now.name and now.index + (1 if now.last and now.remaining_s <= 0 else 0) > seen[1]:
            self.phase_ends += 1
            if self.chime is not None:
                self.chime()
        self._seen = None
        self.stop()

    def elapsed(self) -> float:
        if self.state is None or not self.state.timer_running:
            return self.elapsed_at_state
        return self.elapsed_at_state + (self.monotonic() - self.state_seen_at)

    def remaining(self) -> float:
        """Seconds left in the current phase (negative: overtime of the last)."""
        return self.state.phase_now(self.elapsed()).remaining_s if self.state else 0.0

    def refresh(self) -> None:
        if self.state is None:
            return
        now = self.state.phase_now(self.elapsed())
        self.title.set_text(phase_title(now.name, now.index, now.count))
        self.clock.set_text(clock_text(now.remaining_s))  # a no-op unless the second changed
        colour = clock_colour(now.remaining_s, now.last)
        if self.clock.palette().windowText().color() != colour:
            self.clock.set_color(colour)
        ends = now.index + (1 if now.last and now.remaining_s <= 0 else 0)
        seen, self._seen = self._seen, (self.state.current_presenter_id, ends)
        if not now.name:  # a single time limit, as before phases: no flash, no chime
            return
        if seen is not None and seen[0] == self.state.current_presenter_id and ends > seen[1]:
            self.phase_ends += ends - seen[1]
            self.flash.pulse()
            if self.chime is not None:
                self.chime()

    @property
    def label(self) -> FitLabel:
        return self.clock


def clock_text(remaining_s: float) -> str:
    """'04:59' while time is left (rounded up, so 0:00 appears only at the end), '+01:05' in overtime."""
    if remaining_s > 0:
        seconds = math.ceil(remaining_s - 1e-9)
        sign = ""
    else:
        seconds = math.floor(-remaining_s + 1e-9)
        sign = "+" if seconds > 0 else ""
    minutes, secs = divmod(seconds, 60)
    return f"{sign}{minutes:02d}:{secs:02d}"
