"""The presenting scene: who is on stage and a large countdown.

The countdown is recomputed on every tick from the session's `remaining_s` and
the monotonic clock at the moment that state arrived, so it never drifts and a
paused timer shows exactly what the session says. It turns amber in the last
minute and, past zero, counts the overtime up in red.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from arena.session import SessionState

from .data import ProjectorData
from .scene import Scene
from .theme import MUTED, OVERTIME, TEXT, WARNING, FitLabel

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LAST_MINUTE_S = 60
TICK_MS = 100  # fine enough that a second never shows late by more than a tenth


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


def clock_colour(remaining_s: float):
    if remaining_s <= 0:
        return OVERTIME if remaining_s < 0 else WARNING
    return WARNING if remaining_s <= LAST_MINUTE_S else TEXT


class Countdown:
    """Turns the session's timer into the text and colour of a label, ticking on the GUI thread."""

    def __init__(self, label: FitLabel, monotonic=time.monotonic):
        self.label = label
        self.monotonic = monotonic
        self.remaining_at_state = 0.0
        self.state_seen_at = monotonic()
        self.running = False
        self.timer = QTimer(label)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)

    def follow(self, state: SessionState) -> None:
        self.remaining_at_state = state.remaining_s
        self.state_seen_at = self.monotonic()
        self.running = state.timer_running
        if self.running and state.scene == "presenting":
            self.timer.start()
        else:
            self.timer.stop()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def remaining(self) -> float:
        if not self.running:
            return self.remaining_at_state
        return self.remaining_at_state - (self.monotonic() - self.state_seen_at)

    def refresh(self) -> None:
        remaining = self.remaining()
        self.label.set_text(clock_text(remaining))  # a no-op unless the second changed
        colour = clock_colour(remaining)
        if self.label.palette().windowText().color() != colour:
            self.label.set_color(colour)


class PresentingScene(Scene):
    name = "presenting"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(data, parent)
        self.heading = FitLabel(self, color=MUTED)
        self.contest_title = FitLabel(self, color=MUTED, align=RIGHT)
        self.presenter_name = FitLabel(self, bold=True, align=CENTER, wrap=True)
        self.speaker = FitLabel(self, color=MUTED, align=CENTER, wrap=True)
        self.clock = FitLabel(self, bold=True, align=CENTER, tabular=True)
        self.clock.sample = "+00:00"
        self.next_up = FitLabel(self, color=MUTED, align=CENTER)
        self.countdown = Countdown(self.clock)

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(4, 3, 44, 8), self.vh(4.2))
        self.contest_title.place(self.box(50, 3, 46, 8), self.vh(3.4))
        self.presenter_name.place(self.box(4, 13, 92, 27), self.vh(11))
        self.speaker.place(self.box(4, 40, 92, 11), self.vh(5))
        self.clock.place(self.box(4, 52, 92, 38), self.vh(30))
        self.next_up.place(self.box(4, 91, 92, 7), self.vh(3.4))

    def render_state(self) -> None:
        state = self.state
        presenter = self.data.presenter(state.current_presenter_id)
        self.contest_title.set_text(self.data.contest.title)
        if presenter is None:
            self.heading.set_text(self.tr("Up next"))
            self.presenter_name.set_text("")
            self.speaker.set_text("")
        else:
            place, count = self.data.position(presenter.id)
            heading = self.tr("Now presenting  %1 / %2")
            self.heading.set_text(heading.replace("%1", str(place)).replace("%2", str(count)))
            self.presenter_name.set_text(presenter.name)
            self.speaker.set_text("  ·  ".join(part for part in (presenter.speaker, presenter.unit) if part))
        following = self.data.presenter(state.next_presenter_id)
        self.next_up.set_text(self.tr("Next: %1").replace("%1", following.name) if following else "")
        self.countdown.follow(state)
