"""The presenting scene: who is on stage, the phase (陈述, 答询) and a large countdown.

The countdown (phase_clock.PhaseCountdown) is recomputed on every tick from the
session's elapsed time and the monotonic clock at the moment that state arrived, so
it never drifts and a paused timer shows exactly what the session says. It turns
amber in a phase's last minute and, past the end, counts the overtime up in red;
the end of each phase flashes the scene and chimes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .data import ProjectorData
from .phase_clock import Flash, PhaseCountdown, clock_text  # noqa: F401 (clock_text: its old home)
from .scene import Scene
from .theme import ACCENT, MUTED, FitLabel

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
        self.phase = FitLabel(self, bold=True, color=ACCENT, align=CENTER)
        self.countdown = PhaseCountdown(self.clock, self.phase, Flash(self))

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(4, 3, 44, 8), self.vh(4.2))
        self.contest_title.place(self.box(50, 3, 46, 8), self.vh(3.4))
        self.presenter_name.place(self.box(4, 13, 92, 27), self.vh(11))
        self.speaker.place(self.box(4, 40, 92, 9), self.vh(5))
        self.phase.place(self.box(4, 49, 92, 9), self.vh(6.5))
        self.clock.place(self.box(4, 57, 92, 34), self.vh(28))
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
