"""The welcome scene (the contest, when and where, how reviewers join) and the blank pause scene."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from .data import ProjectorData
from .room_code import RIGHT_EDGE, RoomCode
from .scene import Scene
from .theme import ACCENT, BACKGROUND_BOTTOM, MUTED, FitLabel

CENTER = Qt.AlignmentFlag.AlignCenter


class WelcomeScene(Scene):
    name = "welcome"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(data, parent)
        self.join_hint = ""  # e.g. the room's Wi-Fi name, set by the console
        self.title = FitLabel(self, bold=True, align=CENTER, wrap=True)
        self.when_where = FitLabel(self, color=MUTED, align=CENTER, wrap=True)
        self.organizer = FitLabel(self, color=MUTED, align=CENTER, wrap=True)
        self.join_heading = FitLabel(self, bold=True, color=ACCENT, align=CENTER)
        self.join_steps = FitLabel(self, align=CENTER, wrap=True)
        self.room_code = RoomCode(self)  # issue 13: the audience's room link while it may join

    def arrange(self, width: int, height: int) -> None:
        w = RIGHT_EDGE - 6 if self.room_code.link else 88
        self.title.place(self.box(6, 14, w, 30), self.vh(10))
        self.when_where.place(self.box(6, 46, w, 10), self.vh(5))
        self.organizer.place(self.box(6, 56, w, 8), self.vh(3.6))
        self.join_heading.place(self.box(6, 70, w, 7), self.vh(4.6))
        self.join_steps.place(self.box(6, 77, w, 16), self.vh(3.8))
        side = int(min(width * 0.2, height * 0.6))
        self.room_code.place(int(width * (RIGHT_EDGE + 2) / 100), int(height * 0.2), side)

    def render_state(self) -> None:
        contest = self.data.contest
        self.title.set_text(contest.title)
        self.when_where.set_text("  ·  ".join(part for part in (contest.date, contest.venue) if part))
        organizer = self.tr("Organised by %1").replace("%1", contest.organizer) if contest.organizer else ""
        self.organizer.set_text(organizer)
        self.join_heading.set_text(self.tr("Reviewers: how to join"))
        steps = self.tr(
            "Scan the QR code on your personal card with your phone and score on the page it opens."
        )
        if self.join_hint:
            steps = f"{self.join_hint}\n{steps}"
        self.join_steps.set_text(steps)

    def set_room_link(self, link: str) -> None:
        self.room_code.set_link(link, self.tr("Audience: scan to vote"))
        self.arrange(self.width(), self.height())


class BlankScene(Scene):
    """The pause: a dark screen, nothing to read (the room looks at the speaker or the host)."""

    name = "blank"

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND_BOTTOM.darker(300))
        painter.end()
