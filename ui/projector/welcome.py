"""The welcome scene (the contest, when and where, how reviewers join, who has checked in) and the blank
pause scene."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from arena.welcome_facts import checkin_lines

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
        # Issue 17: "区级领导 7/8 已签到" per group, once anyone checked in.
        self.checkins = FitLabel(self, color=ACCENT, align=CENTER, wrap=True)
        self.room_code = RoomCode(self)  # issue 13: the audience's room link while it may join

    def arrange(self, width: int, height: int) -> None:
        w = RIGHT_EDGE - 6 if self.room_code.link else 88  # the room code takes the right side
        side = int(min(width * 0.2, height * 0.6))
        self.room_code.place(int(width * (RIGHT_EDGE + 2) / 100), int(height * 0.2), side)
        if self.checkins.text():  # room for the check-in counts between the organiser and the steps
            self.title.place(self.box(6, 8, w, 28), self.vh(9))
            self.when_where.place(self.box(6, 37, w, 9), self.vh(4.6))
            self.organizer.place(self.box(6, 46, w, 7), self.vh(3.4))
            self.checkins.place(self.box(6, 54, w, 15), self.vh(3.8))
            self.join_heading.place(self.box(6, 71, w, 7), self.vh(4.6))
            self.join_steps.place(self.box(6, 78, w, 16), self.vh(3.8))
            return
        self.checkins.place(self.box(0, 0, 0, 0), 1)
        self.title.place(self.box(6, 14, w, 30), self.vh(10))
        self.when_where.place(self.box(6, 46, w, 10), self.vh(5))
        self.organizer.place(self.box(6, 56, w, 8), self.vh(3.6))
        self.join_heading.place(self.box(6, 70, w, 7), self.vh(4.6))
        self.join_steps.place(self.box(6, 77, w, 16), self.vh(3.8))

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
        shown = bool(self.checkins.text())
        self.checkins.set_text(self.checkin_text())
        if shown != bool(self.checkins.text()):
            self.arrange(self.width(), self.height())

    def checkin_text(self) -> str:
        """Per group "区级领导 7/8 已签到" (and the names, when the setup asks), once anyone checked in.
        The facts are the web screen's too (arena.welcome_facts); only the wording is here."""
        store = self.data.store
        _, with_names = store.presence_options()
        closed = self.state is not None and self.state.phase == "closed"
        parts = []
        for count in checkin_lines(self.data.contest, store.checkins(), with_names, closed):
            line = self.tr("%1 %2/%3 checked in").replace("%1", count["group"])
            line = line.replace("%2", str(count["checked_in"])).replace("%3", str(count["reviewers"]))
            if count.get("names"):
                line += self.tr(": ") + self.tr(", ").join(count["names"])
            parts.append(line)
        return ("\n" if with_names else "    ").join(parts)

    def presence_changed(self) -> None:
        """Someone checked in (or the host changed the options): redraw if this scene is up."""
        if self.state is not None:
            self.render_state()

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
