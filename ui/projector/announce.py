"""The 亮分 scene: one presenter's score announced to the room, strike by strike.

Every counted total stands in an anonymous slot (评委1..n, shuffled per presenter), one row
per reviewer group (per group and criterion with per-criterion trimming); the dropped highest
and lowest are struck through one at a time, then each row's score appears, then the final
score with the sentence the host reads aloud, and the ranking of the presenters announced so
far when the setup asks for it. The facts and their timing come from arena.scenes.announcement
(rules in arena/announce.py), shared with the web screen; only the wording and layout are here.
The scene re-renders itself when the next step is due, from the session's elapsed time plus its
own monotonic clock (`monotonic`, replaceable in tests), so it never drifts from the web screen.
"""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QWidget

from arena import scenes

from .data import ProjectorData
from .scene import Scene
from .slots import STRUCK, SlotBoard, SlotCell, SlotRow, StrikeLayer
from .theme import ACCENT, MUTED, TEXT, WARNING, FitLabel, rank_text, same_size

CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROWS_TOP, ROWS_BOTTOM = 26, 66  # percent of the height
MAX_ROW = 12.5
MAX_RANKING_ROWS = 8
MAX_SENTENCE_LINES = 5  # one per group (a contest has a few groups) and the weighted final


class AnnounceScene(Scene):
    name = "announce"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None, monotonic=time.monotonic):
        super().__init__(data, parent)
        self.monotonic = monotonic
        self.state_seen_at = monotonic()
        self.facts: dict | None = None
        self.heading = FitLabel(self, color=MUTED)
        self.contest_title = FitLabel(self, color=MUTED, align=RIGHT)
        self.presenter_name = FitLabel(self, bold=True, align=CENTER, wrap=True)
        self.speaker = FitLabel(self, color=MUTED, align=CENTER, wrap=True)
        self.board = SlotBoard(self)
        self.strikes = StrikeLayer(self, self.board)
        self.rows: list[SlotRow] = []
        self.notes = [FitLabel(self, color=WARNING, align=LEFT) for _ in range(4)]
        self.sentence = [FitLabel(self, align=LEFT) for _ in range(MAX_SENTENCE_LINES)]
        self.final = FitLabel(self, bold=True, color=ACCENT, align=LEFT, tabular=True)
        self.ranking_heading = FitLabel(self, color=MUTED, align=LEFT)
        self.ranking = [
            (FitLabel(self, align=LEFT), FitLabel(self, align=LEFT), FitLabel(self, align=RIGHT))
            for _ in range(MAX_RANKING_ROWS)
        ]
        self.next_step = QTimer(self, singleShot=True)
        self.next_step.timeout.connect(self.render_state)

    # -- state and time ---------------------------------------------------------------

    def show_state(self, state) -> None:
        self.state_seen_at = self.monotonic()
        super().show_state(state)

    def elapsed(self) -> float:
        """Seconds since the host announced, now (the session's figure plus the time since it came)."""
        return self.state.announce_elapsed_s + max(0.0, self.monotonic() - self.state_seen_at)

    def current_facts(self) -> dict | None:
        state = dataclasses.replace(self.state, announce_elapsed_s=self.elapsed())
        return scenes.announcement(self.data.scene_source(), state)["announce"]

    # -- content ----------------------------------------------------------------------

    def render_state(self) -> None:
        self.next_step.stop()
        if self.state is None:
            return
        self.heading.set_text(self.tr("Announcing the score"))
        self.contest_title.set_text(self.data.contest.title)
        facts = self.facts = self.current_facts()
        if facts is None:
            self._empty()
            return
        who = facts["presenter"]
        self.presenter_name.set_text(who["name"])
        self.speaker.set_text("  ·  ".join(part for part in (who["speaker"], who["unit"]) if part))
        ranking = bool(facts.get("ranking"))
        self._rows(facts if not ranking else {**facts, "rows": []})  # the ranking takes the slots' place
        self._notes(facts if not ranking else {**facts, "rows": [], "per_criterion": False})
        self._ending(facts)
        self.arrange(self.width(), self.height())
        if facts["next_in_s"] is not None and self.isVisible():
            self.next_step.start(max(10, round(facts["next_in_s"] * 1000)))

    def _empty(self) -> None:
        for label in (self.presenter_name, self.speaker, *self.sentence, self.final, self.ranking_heading):
            label.set_text("")
        self.presenter_name.set_text(self.tr("No score to announce"))
        self.facts = {"rows": [], "ranking": []}
        self._rows(self.facts)
        for label in self.notes:
            label.set_text("")
        for row in self.ranking:
            for label in row:
                label.set_text("")
        self.arrange(self.width(), self.height())

    def _rows(self, facts: dict) -> None:
        while len(self.rows) < len(facts["rows"]):
            self.rows.append(SlotRow(self.board))
        weights = {g["group"]: g["weight"] for g in facts.get("groups", [])}
        cells: list[SlotCell] = []
        for i, row in enumerate(self.rows):
            shown = facts["rows"][i] if i < len(facts["rows"]) else None
            if shown is None:
                row.name.set_text("")
                row.score.set_text("")
                for cell in row.cells:
                    cell.caption.set_text("")
                    cell.value.set_text("")
                continue
            label = (
                self.tr("%1 (weight %2)")
                .replace("%1", shown["group"])
                .replace("%2", weights.get(shown["group"], ""))
            )
            if shown["criterion"]:
                label = f"{shown['group']} · {shown['criterion']}"
            row.name.set_text(label)
            row.score.set_text(shown["score"] or "")
            while len(row.cells) < len(shown["cells"]):
                row.cells.append(SlotCell(self.board))
            for j, cell in enumerate(row.cells):
                data = shown["cells"][j] if j < len(shown["cells"]) else None
                cell.caption.set_text(self.tr("Judge %1").replace("%1", str(data["slot"])) if data else "")
                cell.value.set_text(data["value"] if data else "")
                cell.struck = data["struck"] if data else None
                cell.tied = data["tied"] if data else None
                cell.value.set_color(STRUCK if cell.struck else TEXT)
                if data:
                    cells.append(cell)
        self.board.cells = cells
        for row in self.rows:
            for label in (row.name, row.score, *[x for c in row.cells for x in c.labels()]):
                label.setVisible(bool(label.text()))

    def _notes(self, facts: dict) -> None:
        lines = []
        if facts.get("per_criterion") and any(g["score"] for g in facts["groups"]):
            parts = [
                self.tr("%1 %2").replace("%1", g["group"]).replace("%2", g["score"] or "—")
                for g in facts["groups"]
            ]
            lines.append(self.tr("Group scores: %1").replace("%1", self.tr(", ").join(parts)))
        for row in facts["rows"]:
            where = row["group"] if not row["criterion"] else f"{row['group']} · {row['criterion']}"
            for tie in row["ties"]:
                text = (
                    self.tr("%1: %2 scores share the highest, %3; the rule drops %4")
                    if tie["end"] == "highest"
                    else self.tr("%1: %2 scores share the lowest, %3; the rule drops %4")
                )
                lines.append(
                    text.replace("%1", where)
                    .replace("%2", str(tie["count"]))
                    .replace("%3", tie["value"])
                    .replace("%4", str(tie["dropped"]))
                )
        if len(lines) > len(self.notes):
            lines = lines[: len(self.notes) - 1] + [
                self.tr("…and %n more", "", len(lines) - len(self.notes) + 1)
            ]
        for i, label in enumerate(self.notes):
            label.set_text(lines[i] if i < len(lines) else "")
            label.setVisible(bool(label.text()))
        self.note_count = len(lines)

    def sentence_lines(self, sentence: dict) -> list[str]:
        """What the host reads aloud: "去掉一个最高分 95.00 分，去掉一个最低分 79.50 分，最后得分 87.97 分"
        with one group; with several, one line per group and then the weighted final score."""
        comma = self.tr(", ")
        if sentence["mode"] == "criteria":
            final = self.tr("weighted final score %1") if sentence["weighted"] else self.tr("final score %1")
            dropped = self.tr("the highest and lowest mark of each criterion dropped")
            return [comma.join([dropped, final.replace("%1", sentence["final"])])]
        lines = []
        for g in sentence["groups"]:
            bits = []
            if sentence["mode"] == "totals" and not g["trimmed"]:
                bits.append(self.tr("too few scores to drop any"))
            if g["highest"]:
                bits.append(self._dropped(g["highest"], "highest"))
            if g["lowest"]:
                bits.append(self._dropped(g["lowest"], "lowest"))
            if sentence["weighted"]:
                bits.append(self.tr("group score %1").replace("%1", g["score"]))
                lines.append(self.tr("%1: %2").replace("%1", g["group"]).replace("%2", comma.join(bits)))
            else:
                lines.append(comma.join([*bits, self.tr("final score %1").replace("%1", sentence["final"])]))
        if sentence["weighted"]:
            lines.append(self.tr("weighted final score %1").replace("%1", sentence["final"]))
        return lines

    def _dropped(self, values: list[str], end: str) -> str:
        joined = self.tr(", ").join(values)
        if len(values) == 1:
            text = (
                self.tr("dropping the highest score %1")
                if end == "highest"
                else self.tr("dropping the lowest score %1")
            )
            return text.replace("%1", joined)
        text = (
            self.tr("dropping the %1 highest scores %2")
            if end == "highest"
            else self.tr("dropping the %1 lowest scores %2")
        )
        return text.replace("%1", str(len(values))).replace("%2", joined)

    def _ending(self, facts: dict) -> None:
        lines = self.sentence_lines(facts["sentence"]) if facts["sentence"] else []
        for i, label in enumerate(self.sentence):
            label.set_text(lines[i] if i < len(lines) else "")
            label.setVisible(bool(label.text()))
        self.final.set_text(self.tr("Final score %1").replace("%1", facts["final"]) if facts["final"] else "")
        rows = facts.get("ranking") or []
        self.ranking_heading.set_text(self.tr("Ranking so far") if rows else "")
        current = facts["presenter"]["name"]
        if len(rows) > MAX_RANKING_ROWS:  # keep the announced presenter in view
            mine = next(i for i, r in enumerate(rows) if r["name"] == current)
            start = min(max(0, mine - MAX_RANKING_ROWS // 2), len(rows) - MAX_RANKING_ROWS)
            rows = rows[start : start + MAX_RANKING_ROWS]
        for i, (rank, name, score) in enumerate(self.ranking):
            row = rows[i] if i < len(rows) else None
            rank.set_text(rank_text(row["rank"], row["shared"]) if row else "")
            name.set_text(row["name"] if row else "")
            score.set_text(row["score"] or "" if row else "")
            colour = ACCENT if row and row["name"] == current else TEXT
            for label in (rank, name, score):
                label.set_color(colour)
                label.setVisible(bool(label.text()))
        for label in (self.final, self.ranking_heading):
            label.setVisible(bool(label.text()))

    # -- layout -----------------------------------------------------------------------

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(4, 3, 44, 7), self.vh(3.8))
        self.contest_title.place(self.box(50, 3, 46, 7), self.vh(3.2))
        self.presenter_name.place(self.box(4, 10, 92, 10), self.vh(7.5))
        self.speaker.place(self.box(4, 20, 92, 5), self.vh(3.2))
        self.board.setGeometry(self.rect())
        self.strikes.setGeometry(self.rect())
        self._arrange_rows()
        notes = getattr(self, "note_count", 0)
        for i, label in enumerate(self.notes):
            label.place(self.box(4, ROWS_BOTTOM + 0.5 + i * 3.6, 92, 3.6), self.vh(2.6))
        top = ROWS_BOTTOM + 1 + 3.6 * min(notes, len(self.notes))
        text_width = 92
        room = 97 - top
        lines = [label for label in self.sentence if label.text()]
        line = min(4.2, room * 0.6 / max(1, len(lines)))
        for i, label in enumerate(self.sentence):
            label.place(self.box(4, top + i * line, text_width, line), self.vh(line * 0.72))
        same_size(lines)
        said = line * len(lines)
        self.final.place(
            self.box(4, top + said, text_width, room - said), self.vh(min(9, (room - said) * 0.8))
        )
        self._arrange_ranking()
        self.strikes.raise_()
        self.strikes.update()
        self.board.update()

    def _arrange_rows(self) -> None:
        """Every total: a heading line per row (group and weight, its score on the right) over a strip
        of slots, caption above value. Only the dropped ones (or per-criterion marks): one line per
        row, the name on the left and each slot as "评委3 94.00"."""
        rows = [r for r in self.rows if r.name.text()]
        if not rows:
            return
        compact = not (self.facts or {}).get("totals_shown", True)
        height = min(MAX_ROW if not compact else 8.0, (ROWS_BOTTOM - ROWS_TOP) / len(rows))
        columns = max(1, max(len([c for c in r.cells if c.value.text()]) for r in rows))
        for i, row in enumerate(rows):
            y = ROWS_TOP + i * height
            if compact:
                row.name.place(self.box(4, y, 30, height), self.vh(height * 0.5))
                row.score.place(self.box(84, y, 12, height), self.vh(height * 0.55))
                left, width, top, tall = 35, 48, y + height * 0.08, height * 0.84
            else:
                head = height * 0.3
                row.name.place(self.box(4, y, 70, head), self.vh(head * 0.8))
                row.score.place(self.box(76, y, 20, head), self.vh(head * 0.85))
                left, width, top, tall = 4, 92, y + head, height - head
            cell_width = width / max(columns, 3 if compact else 5)
            for j, cell in enumerate(row.cells):
                rect = self.box(left + j * cell_width, top, cell_width, tall * 0.94)
                cell.rect = rect
                inner = rect.adjusted(round(rect.width() * 0.05), 0, -round(rect.width() * 0.05), 0)
                if compact:
                    half = inner.width() // 2
                    cap = QRect(inner.x(), inner.y(), half, inner.height())
                    val = QRect(inner.x() + half, inner.y(), inner.width() - half, inner.height())
                    cell.caption.place(cap, cap.height() * 0.5)
                    cell.value.place(val, val.height() * 0.6)
                else:
                    cap = QRect(inner.x(), inner.y(), inner.width(), round(inner.height() * 0.4))
                    val = QRect(inner.x(), cap.bottom() + 1, inner.width(), inner.height() - cap.height())
                    cell.caption.place(cap, cap.height() * 0.66)
                    cell.value.place(val, val.height() * 0.66)
        same_size([c.value for r in rows for c in r.cells])
        same_size([c.caption for r in rows for c in r.cells])
        same_size([r.name for r in rows])
        same_size([r.score for r in rows])

    def _arrange_ranking(self) -> None:
        """The ranking so far, in the slots' place once the final score has been read."""
        shown = [row for row in self.ranking if row[1].text()]
        self.ranking_heading.place(self.box(4, ROWS_TOP, 92, 5), self.vh(3.2))
        if not shown:
            return
        top = ROWS_TOP + 5.5
        height = min(6.0, (ROWS_BOTTOM - top) / len(shown))
        for i, (rank, name, score) in enumerate(self.ranking):
            y = top + i * height
            font = self.vh(height * 0.62)
            rank.place(self.box(4, y, 20, height), font)
            name.place(self.box(25, y, 55, height), font)
            score.place(self.box(81, y, 15, height), font)
        same_size([label for row in shown for label in row])

    def hideEvent(self, event) -> None:  # noqa: N802
        self.next_step.stop()
        super().hideEvent(event)
