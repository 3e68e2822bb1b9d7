"""The live page's phase line (issue 17): the running phase, the automatic windows, the chime's settings.

The live page's tick (its QTimer, reading the session's injected clock) calls `tick()`: first the
session takes any automatic step that is due (ContestController.tick -> Session.tick: scoring opens
when the last phase ends, warns a minute before it closes by itself, closes), then this line shows:
- the phase (陈述 1 / 2), the next one, and whether scoring will open or close by itself;
- "closes in 0:42" for a window the phones were warned about, with the ballots still missing;
- after a window closed by itself, that it did and how many ballots it closed without, in its own
  label that no other refresh rewrites (closing with missing ballots is never silent);
- the chime: on/off and its volume (settings chime/enabled, chime/volume), heard on the projector.
The line takes no room for a contest timed as before phases (one time limit, no automatic windows).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from arena.session import SessionState
from ui.console.steady_text import SteadyText


def _mm_ss(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class PhasePanel(QWidget):
    def __init__(self, controller, settings, missing: Callable[[list[int]], int], parent=None):
        super().__init__(parent)
        self.controller, self.settings, self.missing = controller, settings, missing
        self.state: SessionState | None = None
        self._taken = 0.0
        self._names: dict[int, str] = {}
        self._options: tuple = (False, 0, "per_presenter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QWidget(objectName="phaseLine")  # shown only for a contest with phases or auto windows
        line = QHBoxLayout(self.line)
        line.setContentsMargins(0, 0, 0, 0)
        # Texts rewritten by the tick are SteadyText: a repaint, never the window laid out again.
        self.phase_name = SteadyText(sample=self.tr("Phase: {name} ({n} of {count})"), objectName="phaseName")
        self.phase_name.setStyleSheet("font-weight: bold")
        self.plan = SteadyText(objectName="phasePlan")
        self.plan.setStyleSheet("color: #555")
        self.chime = QCheckBox(self.tr("Chime at the end of each phase"), objectName="chimeEnabled")
        self.chime.setChecked(settings.get("chime/enabled"))
        self.chime.toggled.connect(lambda on: settings.set("chime/enabled", on))
        self.volume = QSlider(Qt.Horizontal, objectName="chimeVolume")
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(120)
        self.volume.setValue(settings.get("chime/volume"))
        self.volume.setToolTip(self.tr("Chime volume"))
        self.volume.valueChanged.connect(lambda v: settings.set("chime/volume", v))
        line.addWidget(self.phase_name)
        line.addWidget(self.plan, 1)
        line.addWidget(self.chime)
        line.addWidget(self.volume)
        layout.addWidget(self.line)
        self.closing = SteadyText(lines=2, objectName="closingWarning")  # "closes in 0:42", every second
        self.closing.setStyleSheet("color: #e65100; font-weight: bold")
        self.auto_note = QLabel(objectName="autoNote", wordWrap=True)
        self.auto_note.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.closing)
        layout.addWidget(self.auto_note)
        self.closing.hide()
        self.auto_note.hide()
        self.hide()  # a contest timed as before phases keeps the live page's height for the board

    def show_state(self, state: SessionState, taken_at: float, names: dict[int, str]) -> None:
        if self.state is None or self.state.current_presenter_id != state.current_presenter_id:
            self.auto_note.hide()  # the note is about the presenter it closed for
        self.state, self._taken, self._names = state, taken_at, names
        self._options = self.controller.store.timing_options()  # (auto open, auto close s, mode)
        auto_open, auto_close_s, _ = self._options
        self.line.setVisible(any(p.name for p in state.phases) or auto_open or bool(auto_close_s))
        self._fit()

    def _fit(self) -> None:
        """Take room on the page only while there is something to show."""
        self.setVisible(
            not self.line.isHidden() or not self.closing.isHidden() or not self.auto_note.isHidden()
        )

    def tick(self, now: float) -> None:
        """The automatic step due now (through the controller: logged, published), then the line."""
        before = self.state
        after = self.controller.tick() if self.state is not None and self.state.phase == "live" else None
        if after is not None and before is not None:
            self._note_auto_close(before, after)
        if self.state is None:
            return
        state = self.state
        elapsed = state.timer_elapsed_s + (now - self._taken if state.timer_running else 0)
        phase = state.phase_now(elapsed)
        self.phase_name.setText(
            self.tr("Phase: {name} ({n} of {count})").format(
                name=phase.name, n=phase.index + 1, count=phase.count
            )
            if phase.name
            else ""
        )
        self.plan.setText(self._plan_text(state, phase))
        self._show_closing(state, now)

    def _plan_text(self, state: SessionState, phase) -> str:
        parts = []
        if state.phases and phase.index + 1 < len(state.phases):
            parts.append(self.tr("then {name}").format(name=state.phases[phase.index + 1].name))
        auto_open, auto_close_s, mode = self._options
        if auto_open and mode == "per_presenter":
            parts.append(self.tr("scoring opens by itself when the last phase ends"))
        if auto_close_s:
            parts.append(
                self.tr("scoring closes by itself {minutes} min after it opened").format(
                    minutes=auto_close_s // 60
                )
            )
        return " · ".join(parts)

    def _show_closing(self, state: SessionState, now: float) -> None:
        warned = [pid for pid in state.closing if pid in state.warned]
        if not warned:
            if not self.closing.isHidden():
                self.closing.hide()
                self._fit()
            return
        left = min(state.closing[pid] for pid in warned) - (now - self._taken)
        missing = self.missing(warned)
        text = self.tr("Scoring closes by itself in {time}.").format(time=_mm_ss(left))
        if missing:
            text += " " + self.tr("%n ballot(s) still missing.", "", missing)
        self.closing.setText(text)
        if self.closing.isHidden():
            self.closing.show()
            self._fit()

    def _note_auto_close(self, before: SessionState, after: SessionState) -> None:
        closed = [p for p in before.open_presenter_ids if after.scoring.get(p) == "closed"]
        if not closed:
            return
        names = "、".join(self._names.get(p, str(p)) for p in closed)
        missing = self.missing(closed)
        text = self.tr("Scoring for {names} closed by itself on time.").format(names=names)
        if missing:
            text += " " + self.tr("It closed with %n ballot(s) missing.", "", missing)
        self.auto_note.setText(text)
        self.auto_note.show()
        self._fit()
