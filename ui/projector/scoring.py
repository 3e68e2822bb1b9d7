"""The scoring scene: which presenter is being scored and how many ballots are in, never a score.

A committed ballot changes only two things on screen, the count and the bar,
each repainted in place: nothing is rebuilt, so nothing flickers.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from arena.scenes import counted_ids, scoring_status

from .data import ProjectorData
from .room_code import RIGHT_EDGE, RoomCode
from .scene import Scene
from .theme import ACCENT, DONE, MUTED, TEXT, TRACK, FitLabel

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ProgressBar(QWidget):
    """A thick rounded bar; `repainted(done, monotonic time)` is emitted after each paint (for the benchmark).

    Signals:
        repainted(int, float): painted showing `done` ballots, at time.monotonic().
    """

    repainted = Signal(int, float)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.done, self.total = 0, 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_progress(self, done: int, total: int) -> None:
        if (done, total) != (self.done, self.total):
            self.done, self.total = done, total
            self.update()

    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total else 0.0

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        whole = QRectF(self.rect())
        radius = whole.height() / 2
        painter.setBrush(TRACK)
        painter.drawRoundedRect(whole, radius, radius)
        filled = self.fraction()
        if filled > 0:
            bar = QRectF(whole.x(), whole.y(), max(whole.height(), whole.width() * filled), whole.height())
            painter.setBrush(DONE if filled >= 1 else ACCENT)
            painter.drawRoundedRect(bar, radius, radius)
        painter.end()
        self.repainted.emit(self.done, time.monotonic())


class ScoringScene(Scene):
    name = "scoring"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(data, parent)
        self.heading = FitLabel(self, color=MUTED)
        self.contest_title = FitLabel(self, color=MUTED, align=RIGHT)
        self.presenter_name = FitLabel(self, bold=True, align=CENTER, wrap=True)
        self.speaker = FitLabel(self, color=MUTED, align=CENTER, wrap=True)
        self.count = FitLabel(self, bold=True, align=CENTER, tabular=True)
        self.caption = FitLabel(self, color=MUTED, align=CENTER)
        self.bar = ProgressBar(self)
        self.status = FitLabel(self, bold=True, align=CENTER)
        self.room_code = RoomCode(self)  # issue 13: the audience's room link while it may join

    def arrange(self, width: int, height: int) -> None:
        w = RIGHT_EDGE - 4 if self.room_code.link else 92
        self.heading.place(self.box(4, 3, 44, 8), self.vh(4.2))
        self.contest_title.place(self.box(50, 3, 46, 8), self.vh(3.4))
        self.presenter_name.place(self.box(4, 13, 92, 25), self.vh(10))
        self.speaker.place(self.box(4, 38, 92, 9), self.vh(4.6))
        self.count.place(self.box(4, 49, w, 20), self.vh(17))
        self.caption.place(self.box(4, 69, w, 7), self.vh(4.2))
        self.bar.setGeometry(self.box(10, 78, w - 12, 6))
        self.status.place(self.box(4, 87, w, 8), self.vh(4.6))
        side = int(min(width * 0.18, height * 0.38))
        self.room_code.place(int(width * (RIGHT_EDGE + 3) / 100), int(height * 0.48), side)

    def set_room_link(self, link: str) -> None:
        self.room_code.set_link(link, self.tr("Audience: scan to vote"))
        self.arrange(self.width(), self.height())

    def counted_ids(self) -> tuple[int, ...]:
        """Whose ballots the scene counts (the rule is shared with the web view: arena.scenes)."""
        return counted_ids(self.state)

    def render_state(self) -> None:
        closed = self.state.phase == "closed"  # not "scoring" any more once the contest is closed
        self.heading.set_text(self.tr("Scoring has ended") if closed else self.tr("Scoring"))
        self.contest_title.set_text(self.data.contest.title)
        ids = self.counted_ids()
        presenter = self.data.presenter(ids[0]) if len(ids) == 1 else None
        if presenter is not None:
            self.presenter_name.set_text(presenter.name)
            self.speaker.set_text("  ·  ".join(part for part in (presenter.speaker, presenter.unit) if part))
        else:
            self.presenter_name.set_text(self.tr("All presenters") if ids else "")
            self.speaker.set_text(self.tr("%n presenter(s) open for scoring", "", len(ids)) if ids else "")
        self.refresh_progress()

    def refresh_progress(self) -> None:
        """Re-count the ballots on screen (called for every committed ballot)."""
        if self.state is None:
            return
        ids = self.counted_ids()
        done = sum(self.data.submitted(pid) for pid in ids)
        total = sum(self.data.eligible.get(pid, 0) for pid in ids)
        self.count.set_text(f"{done} / {total}")
        single = len(ids) <= 1
        self.caption.set_text(self.tr("reviewers have scored") if single else self.tr("ballots are in"))
        self.bar.set_progress(done, total)
        self.status.set_text(self._status_text(ids, done, total))
        self.status.set_color(DONE if total and done >= total else TEXT)

    def _status_text(self, ids: tuple[int, ...], done: int, total: int) -> str:
        status = scoring_status(self.state, ids, done, total)
        if status == "closed":
            return self.tr("Scoring is closed")
        if status == "all_in":
            return self.tr("All ballots are in")
        if status == "open":
            return self.tr("Scoring is open: please score on your phone")
        return self.tr("Scoring opens shortly")
