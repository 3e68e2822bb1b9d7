"""The results scene: the reveal, one presenter per step, from last place to first.

The newest revealed presenter is in the spotlight (rank, name, final score) and
fades in; those revealed before are listed below, best first. On the host's
demand the spotlight also explains its score: each group's score and weight
and the reviewer totals that were dropped, with reviewers shown anonymously.
The step and the explanation toggle come from the session (persisted in the
contest file), so a restart resumes the reveal exactly where it was, explained
or not.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt
from PySide6.QtWidgets import QGraphicsOpacityEffect, QWidget

from arena import scenes
from arena.tally import PresenterResult, fmt_score

from .data import ProjectorData, revealed
from .explanation import ExplanationPanel
from .scene import Scene
from .theme import ACCENT, MUTED, WARNING, FitLabel, rank_text, same_size

CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MAX_EARLIER_ROWS = 8  # more would be unreadable at the back of the room; the ranking scene shows all
SPOTLIGHT_FADE_MS = 900


class ResultRow:
    """One earlier-revealed presenter: rank, name, score."""

    def __init__(self, parent: QWidget):
        self.rank = FitLabel(parent, bold=True, color=ACCENT, align=LEFT)
        self.name = FitLabel(parent, align=LEFT, wrap=True)
        self.score = FitLabel(parent, bold=True, color=ACCENT, align=RIGHT, tabular=True)

    def labels(self) -> tuple[FitLabel, ...]:
        return self.rank, self.name, self.score

    def set_visible(self, visible: bool) -> None:
        for label in self.labels():
            label.setVisible(visible)


class ResultsScene(Scene):
    name = "results"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(data, parent)
        self.explain = False
        self.shown_step = -1
        self.heading = FitLabel(self, color=MUTED)
        self.provisional = FitLabel(self, bold=True, color=WARNING, align=RIGHT)
        # The spotlight is one transparent layer over the scene, so it can fade as a whole.
        self.spotlight = QWidget(self)
        self.rank = FitLabel(self.spotlight, bold=True, color=ACCENT, align=CENTER)
        self.presenter_name = FitLabel(self.spotlight, bold=True, align=CENTER, wrap=True)
        self.speaker = FitLabel(self.spotlight, color=MUTED, align=CENTER, wrap=True)
        self.score = FitLabel(self.spotlight, bold=True, color=ACCENT, align=CENTER, tabular=True)
        self.explanation = ExplanationPanel(self.spotlight)
        self.rows = [ResultRow(self) for _ in range(MAX_EARLIER_ROWS)]
        self.row_count = 0
        self.fade = None

    # -- layout ---------------------------------------------------------------------

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(4, 3, 50, 8), self.vh(4.2))
        self.provisional.place(self.box(56, 3, 40, 8), self.vh(3.6))
        self.spotlight.setGeometry(self.rect())
        self.spotlight.raise_()
        self._arrange_spotlight()
        self._arrange_rows()

    def _arrange_spotlight(self) -> None:
        """The spotlight fills the upper part; alone on screen (nothing revealed before) it is larger
        and centred, rather than leaving the lower half of the wall empty."""
        top, k = (12, 1.0) if self.row_count else (16, 1.25)
        x, w = (4, 52) if self.explain else (4, 92)
        self.rank.place(self.box(x, top, w, 9 * k), self.vh(6.5 * k))
        self.presenter_name.place(self.box(x, top + 9 * k, w, 17 * k), self.vh(8.5 * k))
        self.speaker.place(self.box(x, top + 26 * k, w, 6 * k), self.vh(3.8 * k))
        self.score.place(self.box(x, top + 32 * k, w, 13 * k), self.vh(11 * k))
        panel = self.box(58, top, 38, 45 * k)
        self.explanation.place(panel.x(), panel.y(), panel.width(), panel.height(), self.vh(4.4 * k))
        self.explanation.setVisible(self.explain)

    def _arrange_rows(self) -> None:
        """Rows as tall as the space allows for the number shown (a few rows read large)."""
        row_height = min(6.5, 37 / max(1, self.row_count))
        for i, row in enumerate(self.rows):
            y = 60 + i * row_height
            font = self.vh(row_height * 0.62)
            row.rank.place(self.box(6, y, 14, row_height), font)
            row.name.place(self.box(21, y, 59, row_height), font)
            row.score.place(self.box(80, y, 14, row_height), font)

    def follow_explanation(self, visible: bool) -> None:
        """The host's toggle (`SessionState.explain`): the spotlight makes room for the explanation."""
        if visible != self.explain:
            self.explain = visible
            self.arrange(self.width(), self.height())

    # -- content --------------------------------------------------------------------

    def render_state(self) -> None:
        self.follow_explanation(self.state.explain)
        # The contest's title with the scene's name: a photo of the screen says which contest it was.
        self.heading.set_text(self.tr("{title} · Results").format(title=self.data.contest.title))
        tally = self.data.tally()
        self.provisional.set_text(self.tr("Provisional: scoring is still open") if tally.provisional else "")
        ranked = self.data.ranked()
        shown = revealed(ranked, self.state.reveal_step)
        if shown:
            self._spotlight(shown[-1])
        else:
            self._announce(len(ranked))
        self._earlier(shown[:-1])
        if len(shown) != self.shown_step:
            if self.shown_step >= 0 and len(shown) > self.shown_step:
                self._fade_in_spotlight()
            self.shown_step = len(shown)

    def _announce(self, count: int) -> None:
        self.rank.set_text("")
        self.presenter_name.set_text(self.tr("The results, from last place to first"))
        self.speaker.set_text(self.tr("%n presenter(s) ranked", "", count))
        self.score.set_text("")
        self.explanation.set_lines([])

    def _spotlight(self, result: PresenterResult) -> None:
        presenter = result.presenter
        self.rank.set_text(rank_text(result.rank, result.shared_rank))
        self.presenter_name.set_text(presenter.name)
        self.speaker.set_text("  ·  ".join(part for part in (presenter.speaker, presenter.unit) if part))
        self.score.set_text(fmt_score(result.score))
        self.explanation.set_lines(self.explain_lines(result) if self.explain else [])

    def _earlier(self, earlier: list[PresenterResult]) -> None:
        best_first = list(reversed(earlier))[:MAX_EARLIER_ROWS]
        alone_before = not self.row_count
        self.row_count = len(best_first)
        if alone_before != (not self.row_count):
            self._arrange_spotlight()
        self._arrange_rows()  # back to full size before the columns are evened out again
        for i, row in enumerate(self.rows):
            if i < len(best_first):
                result = best_first[i]
                row.rank.set_text(rank_text(result.rank, result.shared_rank))
                row.name.set_text(result.presenter.name)
                row.score.set_text(fmt_score(result.score))
                row.set_visible(True)
            else:
                for label in row.labels():
                    label.set_text("")
                row.set_visible(False)
        same_size([row.rank for row in self.rows])
        same_size([row.score for row in self.rows])

    def explain_lines(self, result: PresenterResult) -> list[tuple[str, str, str]]:
        """Group scores and weights, then what trimming left out (reviewers by group and number only),
        as (label, value, kind) rows for the panel. The facts come from arena.scenes.explanation, as
        on the web view; only the wording is here."""
        facts = scenes.explanation(result, self.data.tally().method, self.data.store.anonymity_secret())
        lines = [
            (
                self.tr("%1 (weight %2)").replace("%1", group["group"]).replace("%2", group["weight"]),
                group["score"] or "—",
                "score",
            )
            for group in facts["groups"]
        ]
        objective = self.tr("Objective: %1 (weight %2)")  # issue 13: 实绩, weighted in with the groups
        lines += [
            (objective.replace("%1", o["item"]).replace("%2", o["weight"]), o["score"] or "—", "score")
            for o in facts.get("objective", ())
        ]
        lines += self._dropped_lines(facts)
        scored = self.tr("%1 of %2 reviewers scored")
        lines.append(
            (scored.replace("%1", str(facts["ballots"])).replace("%2", str(facts["eligible"])), "", "note")
        )
        return lines

    def _dropped_lines(self, facts: dict) -> list[tuple[str, str, str]]:
        """Dropped totals one per row; marks dropped per criterion (too many to list) counted per group."""
        lines = []
        for total in facts["dropped"]:
            value = self.tr("%1 (highest)") if total["reason"] == "highest" else self.tr("%1 (lowest)")
            who = self.tr("%1 reviewer %2").replace("%1", total["group"]).replace("%2", str(total["slot"]))
            lines.append((who, value.replace("%1", total["total"]), "dropped"))
        for marks in facts["dropped_marks"]:
            text = self.tr(
                "%1: %n mark(s) dropped, the highest and lowest of each criterion", "", marks["count"]
            )
            lines.append((text.replace("%1", marks["group"]), "", "note"))
        lines += [(self._panel_note(note), "", "note") for note in facts["panel_notes"]]
        return [(self.tr("Dropped:"), "", "note"), *lines] if lines else []

    def _panel_note(self, note: dict) -> str:
        """A group too small to trim, or trimmed down to fewer than 3 kept (marks or totals)."""
        marks = note["unit"] == "marks"
        if note["code"] == "not_trimmed":
            text = (
                self.tr("%1: %2 marks per criterion, fewer than %3; none dropped")
                if marks
                else self.tr("%1: %2 scores, fewer than %3; none dropped")
            )
            return (
                text.replace("%1", note["group"])
                .replace("%2", str(note["n"]))
                .replace("%3", str(note["minimum"]))
            )
        text = (
            self.tr("%1: %2 marks per criterion, %3 kept after dropping")
            if marks
            else self.tr("%1: %2 scores, %3 kept after dropping")
        )
        return (
            text.replace("%1", note["group"]).replace("%2", str(note["n"])).replace("%3", str(note["kept"]))
        )

    def _fade_in_spotlight(self) -> None:
        """The newly revealed presenter appears slowly: calm, and the room's eyes follow it."""
        if self.fade is not None:
            self.fade.stop()
        effect = self.spotlight.graphicsEffect()
        if effect is None:
            effect = QGraphicsOpacityEffect(self.spotlight)
            self.spotlight.setGraphicsEffect(effect)
        effect.setEnabled(True)
        self.fade = QPropertyAnimation(effect, b"opacity", self)
        self.fade.setDuration(SPOTLIGHT_FADE_MS)
        self.fade.setStartValue(0.0)
        self.fade.setEndValue(1.0)
        self.fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        # Disabled rather than removed: setGraphicsEffect(None) corrupts None's refcount in PySide6 6.12.
        self.fade.finished.connect(lambda: effect.setEnabled(False))
        self.fade.start()

    def fading(self) -> bool:
        effect = self.spotlight.graphicsEffect()
        return effect is not None and effect.isEnabled()
