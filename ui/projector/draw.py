"""The draw scene (抽签, issue 13): the commitment first, then the witnesses' inputs, then the order.

The room sees the SHA-256 of the secret seed before any witness types, so nobody (the host
included) can pick the seed after the inputs are known; then each witness's name and input as
they are logged; then the seed and the order it gives. The facts come from the session log
(arena.draw.draw_view); the scene only words and lays them out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from arena.draw import draw_view

from .data import ProjectorData
from .scene import Scene
from .theme import ACCENT, MUTED, FitLabel

CENTER = Qt.AlignmentFlag.AlignCenter


def grouped_hex(text: str) -> str:
    """64 hex digits as two lines of two groups of 16: readable from the back of the room."""
    groups = [text[i : i + 16] for i in range(0, len(text), 16)]
    return "\n".join(" ".join(groups[i : i + 2]) for i in range(0, len(groups), 2))


def order_text(names: list[str], per_line: int = 4) -> str:
    """The drawn order, numbered, a few to a line (a long list stays large enough to read)."""
    items = [f"{i}. {name}" for i, name in enumerate(names, 1)]
    return "\n".join("   ".join(items[i : i + per_line]) for i in range(0, len(items), per_line))


class DrawScene(Scene):
    name = "draw"

    def __init__(self, data: ProjectorData, parent: QWidget | None = None):
        super().__init__(data, parent)
        self.heading = FitLabel(self, bold=True, color=ACCENT, align=CENTER)
        self.step = FitLabel(self, color=MUTED, align=CENTER, wrap=True)
        self.commitment_label = FitLabel(self, color=MUTED, align=CENTER)
        self.commitment = FitLabel(self, bold=True, align=CENTER, wrap=True, tabular=True)
        self.witnesses = FitLabel(self, align=CENTER, wrap=True)
        self.seed = FitLabel(self, color=MUTED, align=CENTER, wrap=True, tabular=True)
        self.order = FitLabel(self, bold=True, align=CENTER, wrap=True)
        self.view: dict | None = None

    def arrange(self, width: int, height: int) -> None:
        self.heading.place(self.box(5, 4, 90, 9), self.vh(6.5))
        self.step.place(self.box(5, 13, 90, 6), self.vh(3.4))
        self.commitment_label.place(self.box(5, 21, 90, 5), self.vh(3))
        self.commitment.place(self.box(5, 26, 90, 15), self.vh(5.2))
        self.witnesses.place(self.box(5, 43, 90, 12), self.vh(4))
        self.seed.place(self.box(5, 56, 90, 8), self.vh(2.6))
        self.order.place(self.box(5, 65, 90, 31), self.vh(5))

    def render_state(self) -> None:
        names = {pid: p.name for pid, p in self.data.presenters.items()}
        self.view = view = draw_view(self.data.store.session_log(), names)
        self.heading.set_text(self.tr("Drawing the speaking order"))
        if view is None:
            for label in (self.commitment_label, self.commitment, self.witnesses, self.seed, self.order):
                label.set_text("")
            self.step.set_text(self.tr("No draw yet"))
            return
        if view["order"] is not None:
            step = self.tr("Step 3 of 3: the seed is revealed and gives the order")
        elif view["witnesses"]:
            step = self.tr("Step 2 of 3: the witnesses type numbers or dice throws")
        else:
            step = self.tr("Step 1 of 3: the commitment is shown before anyone types")
        self.step.set_text(step)
        self.commitment_label.set_text(self.tr("Commitment (SHA-256 of the secret seed)"))
        self.commitment.set_text(grouped_hex(view["commitment"]))
        self.witnesses.set_text("   ·   ".join(f"{w['name']}: {w['input']}" for w in view["witnesses"]))
        seed = self.tr("Seed: %1").replace("%1", view["seed"]) if view["seed"] else ""
        self.seed.set_text(seed)
        self.order.set_text(order_text(view["order"] or []))

    def text(self) -> str:
        """Everything the scene shows, in reading order (tests read this)."""
        labels = (self.heading, self.step, self.commitment_label, self.commitment, self.witnesses, self.seed)
        return "\n".join(label.text() for label in (*labels, self.order) if label.text())
