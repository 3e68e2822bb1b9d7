"""The live session page: the queue, the countdown, the scoring windows, the board, the reveal.

Every button runs the same host action as its keyboard shortcut (through
ContestController.perform); the page redraws from the session state the bridge
delivers, so a change made by a shortcut, a button or a reopened file looks the same.

Signals:
    buttons_enabled(): the buttons' enabled states were set again (the window's menu follows them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from arena.missing import missing_ballots
from arena.session import SCENES, SessionState
from ui.console.board import Board
from ui.console.guard import ask_before_showing, room_will_see
from ui.console.missing_text import confirm_close_with_gaps, describe_gaps
from ui.console.next_step import describe, next_step
from ui.console.noun import console_noun
from ui.console.phase_panel import PhasePanel
from ui.console.presence_board import CheckinCount
from ui.console.proxy import ProxyBallotDialog
from ui.console.results import ProvisionalResults
from ui.console.reveal_panel import RevealPanel
from ui.console.steady_text import SteadyText, set_enabled

TICK_MS = 200
SUGGESTED_STYLE = 'QPushButton[suggested="true"] { border: 2px solid #1565c0; font-weight: bold; }'
CATCH_UP_MS = 250  # the queue's counts, at most 4 times a second
QUEUE_LINE_PADDING = 12  # a list line's margins beside its text, in pixels
SUGGEST_MS = 100  # during a burst the next-step hint is worded again at most this often


def format_clock(seconds: float) -> str:
    """mm:ss counting down; overtime shows as +mm:ss."""
    sign = "+" if seconds < 0 else ""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"


class LivePage(QWidget):
    buttons_enabled = Signal()  # the buttons' enabled states were set again (the menu follows them)

    def __init__(self, controller, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        # The wall clock, like the session's: after the lid was closed (a suspend, which a monotonic
        # clock does not count) the countdown shows the time that really passed.
        self._clock = controller.session.clock
        self.state: SessionState = controller.state()
        self._state_taken = self._clock()
        self.buttons: dict[str, QPushButton] = {}
        self.setStyleSheet(SUGGESTED_STYLE)
        outer = QHBoxLayout(self)
        outer.addWidget(self._queue_box(), 0)  # as wide as its longest line: the board needs the room
        middle = QVBoxLayout()
        middle.addWidget(self._now_box())
        from .audience_panel import AudiencePanel  # issue 13: shown only with an audience group

        self.audience = AudiencePanel(controller)
        middle.addWidget(self.audience)
        middle.addWidget(self._controls_box())
        # Side by side, not stacked: on a 1280x800 or 1366x768 laptop each keeps the page's full height
        # (at least 15 reviewers on the board and 8 presenters in the results).
        splitter = QSplitter(Qt.Horizontal, objectName="boardResultsSplitter")
        board_box = QGroupBox(self.tr("Who has submitted (no scores shown)"))
        self.board = Board(controller)
        QVBoxLayout(board_box).addWidget(self.board)
        results_box = QGroupBox(self.tr("Provisional results — host only"))
        self.results = ProvisionalResults(controller, settings)
        QVBoxLayout(results_box).addWidget(self.results)
        splitter.addWidget(board_box)
        splitter.addWidget(results_box)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        middle.addWidget(splitter, 1)
        outer.addLayout(middle, 1)
        bridge = controller.bridge
        bridge.session_changed.connect(self.show_state)
        bridge.ballots_committed.connect(self._ballots_arrived)
        bridge.phones_changed.connect(self._phones)
        controller.bridge.setup_changed.connect(self._setup_changed)
        controller.server_changed.connect(self._server_changed)
        if controller.tallies is not None:
            controller.tallies.ready.connect(self._tally_ready)
        self._burst_presenters: set[int] = set()
        self._catch_up = QTimer(self, singleShot=True, interval=CATCH_UP_MS)
        self._catch_up.timeout.connect(self._catch_up_with_store)
        self._suggest_soon = QTimer(self, singleShot=True, interval=SUGGEST_MS)
        self._suggest_soon.timeout.connect(self._suggest)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._server_changed()
        self._phones(0)
        self.show_state(self.state)
        self.results.schedule()

    # -- building ---------------------------------------------------------------------

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(lambda: self.perform(name))
        self.buttons[name] = button
        return button

    def _queue_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Queue ({noun})").format(noun=console_noun(self.controller.contest())))
        layout = QVBoxLayout(box)
        self.queue = QListWidget(objectName="queue")
        self.queue.setToolTip(self.tr("Double-click a presenter to bring them up now."))
        self.queue.itemActivated.connect(lambda item: self.controller.act("goto", item.data(Qt.UserRole)))
        layout.addWidget(self.queue, 1)
        self.reveal = RevealPanel()
        self.reveal.show_ranking_requested.connect(lambda: self.choose_scene("ranking"))
        self.buttons["show_ranking"] = self.reveal.ranking_button  # outlined when it is the next step
        layout.addWidget(self.reveal)
        how = QLabel(
            self.tr(
                "The projector: F9 shows it (full screen on the second screen), F11 on it toggles full screen."
            ),
            objectName="projectorHow",
            wordWrap=True,
        )
        how.setStyleSheet("color: #555")
        how.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # wraps to the queue's width
        layout.addWidget(how)
        return box

    def _now_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Now"))
        grid = QGridLayout(box)
        self.current = QLabel(objectName="currentPresenter")
        font = self.current.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.current.setFont(font)
        self.next = QLabel(objectName="nextPresenter")
        # The clock, the phase and the next step change while the host works: SteadyText repaints them
        # without laying the window out again (a QLabel did, five times a second, issue 16).
        self.timer = SteadyText("00:00", sample="+00:00 ", alignment=Qt.AlignRight | Qt.AlignVCenter)
        self.timer.setObjectName("timerLabel")
        timer_font = self.timer.font()
        timer_font.setPointSizeF(timer_font.pointSizeF() * 2.6)
        timer_font.setBold(True)
        self.timer.setFont(timer_font)
        self.phase = SteadyText(sample=self.tr("Closed — scores frozen"), objectName="phaseLabel")
        self.hint = SteadyText(lines=2, objectName="nextStep")
        self.hint.setStyleSheet("color: #0d47a1; font-weight: bold")
        self.phones = QLabel(objectName="phonesLabel")
        self.server = QLabel(objectName="serverLabel")
        grid.addWidget(self.current, 0, 0)
        grid.addWidget(self.timer, 0, 1, 2, 1)
        grid.addWidget(self.next, 1, 0)
        status = QHBoxLayout()  # one line for the phase and the server: height is scarce on a laptop
        status.addWidget(self.phase)
        status.addWidget(self.server, 1)
        status.addWidget(CheckinCount(self.controller))  # issue 17: 签到, not "phone connected"
        grid.addLayout(status, 2, 0)
        grid.addWidget(self.phones, 2, 1, Qt.AlignRight)
        grid.addWidget(self.hint, 3, 0, 1, 2)
        self.phase_panel = PhasePanel(self.controller, self.settings, lambda ids: self._missing_count(ids))
        grid.addWidget(self.phase_panel, 4, 0, 1, 2)  # issue 17: the phase, the automatic windows, the chime
        grid.setColumnStretch(0, 1)
        return box

    def _controls_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (
            (
                ("next_presenter", self.tr("Next presenter")),
                ("toggle_scoring", self.tr("Open scoring")),
                ("open_all", self.tr("Open scoring for all")),
                ("close_all", self.tr("Close scoring for all")),
                ("close_contest", self.tr("Close the contest…")),
            ),
            (
                ("toggle_timer", self.tr("Start timer")),
                ("extend_timer", self.tr("Extend timer")),
                ("reset_timer", self.tr("Reset timer")),
                ("proxy", self.tr("Enter a paper ballot…")),
                ("announce", self.tr("Announce this score…")),
            ),
            (  # the fourth and fifth places hold "Projector shows:" and its choice
                ("reveal_previous", self.tr("Reveal: step back")),
                ("reveal_next", self.tr("Reveal next")),
                ("toggle_explanation", self.tr("Explain the score")),
            ),
        )
        for r, row in enumerate(rows):
            for c, (name, text) in enumerate(row):
                grid.addWidget(self._button(name, text), r, c)
        explain = self.buttons["toggle_explanation"]
        explain.setCheckable(True)  # pressed while the projector explains; the session decides (show_state)
        explain.setToolTip(
            self.tr(
                "On the projector and the web screen: each group's score and weight and the totals "
                "dropped by trimming, reviewers anonymous, for the presenter just revealed."
            )
        )
        # Before the contest starts, "Start" takes the place of "Next presenter" (one is hidden).
        grid.addWidget(self._button("start", self.tr("Start the contest")), 0, 0)
        # Likewise the draw of the order (issue 13) takes the place of "Reveal: step back".
        grid.addWidget(self._button("draw", self.tr("Draw the order…")), 2, 0)
        self.scene = QComboBox(objectName="sceneCombo")
        for scene in SCENES:
            self.scene.addItem(self._scene_name(scene), scene)
        self.scene.activated.connect(lambda i: self.choose_scene(self.scene.itemData(i)))
        grid.addWidget(QLabel(self.tr("Projector shows:")), 2, 3, Qt.AlignRight)
        grid.addWidget(self.scene, 2, 4)
        return box

    def _scene_name(self, scene: str) -> str:
        return {
            "welcome": self.tr("Welcome"),
            "presenting": self.tr("Presenter and timer"),
            "scoring": self.tr("Scoring in progress"),
            "results": self.tr("Results (reveal)"),
            "ranking": self.tr("Full ranking"),
            "blank": self.tr("Blank"),
            "announce": self.tr("Announced score (亮分)"),
            "draw": self.tr("Draw of the speaking order (抽签)"),
        }[scene]

    # -- actions ------------------------------------------------------------------------

    def perform(self, name: str) -> None:
        """One host action by name: what a button click and its shortcut both do."""
        if name in ("reveal_next", "reveal_previous") and not self.buttons[name].isEnabled():
            return  # past the last result (or before the first) the key does nothing, like its button
        if name in ("reveal_next", "reveal_previous", "toggle_explanation") and not self._may_show(name):
            self.buttons["toggle_explanation"].setChecked(self.controller.state().explain)
            return
        if name == "draw":
            from ui.console.draw_dialog import DrawDialog

            DrawDialog(self.controller, self).exec()
        elif name == "proxy":
            self.enter_proxy_ballot()
        elif name == "close_contest":
            self.close_contest()
        elif name == "extend_timer":
            self.controller.act("extend_timer", self.settings.get("timer/extend_seconds"))
        elif name == "toggle_scoring":
            state = self.controller.state()
            current = state.current_presenter_id
            closing = state.scoring.get(current) == "open"
            if not closing or confirm_close_with_gaps(self, self.gaps([current]), self.tr("scoring")):
                self.controller.toggle_scoring()
        elif name == "open_all":
            self.controller.act("open_scoring", None)
        elif name == "close_all":
            open_ids = self.controller.state().open_presenter_ids
            if confirm_close_with_gaps(self, self.gaps(open_ids), self.tr("scoring for all")):
                self.controller.act("close_scoring", None)
        elif name == "announce":
            self.announce()
        elif name == "toggle_explanation":
            self.controller.act("set_explanation", not self.controller.state().explain)
            # A click ticks the button itself; the session has the last word, even if refused.
            self.buttons[name].setChecked(self.controller.state().explain)
        else:
            self.controller.act(name)

    def choose_scene(self, scene: str) -> None:
        """The "Projector shows" choice; a result or the ranking asks first while the contest is open."""
        if self._may_show("set_scene", scene):
            self.controller.act("set_scene", scene)
        state = self.controller.state()
        self.scene.setCurrentIndex(max(0, self.scene.findData(state.scene)))

    def _may_show(self, name: str, scene: str | None = None) -> bool:
        """True unless this would put a result before the room while the contest is open and the
        host says No when asked."""
        state = self.controller.state()
        action = "set_explanation" if name == "toggle_explanation" else name
        if state.phase == "closed":
            return True
        # The worker's newest tally words the question (a full tally here froze a big contest for a second).
        tally = self.controller.latest_tally() or self.controller.tally()
        what = room_will_see(tally, state, action, scene)
        return what is None or ask_before_showing(self, what)

    def enter_proxy_ballot(self) -> ProxyBallotDialog:
        dialog = ProxyBallotDialog(self.controller, self.state.current_presenter_id, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _missing_count(self, presenter_ids) -> int:
        return sum(g.missing_count for g in self.gaps(presenter_ids))

    def gaps(self, presenter_ids):
        """The ballots missing for these presenters, by group (arena.missing)."""
        return missing_ballots(self.board.contest, self.controller.store.submitted_pairs(), presenter_ids)

    def close_contest(self, confirm: bool = True) -> None:
        if confirm:
            text = self.tr(
                "Close the contest? Every scoring window closes and no further ballot is accepted. "
                "The scores are frozen for the results."
            )
            gaps = self.gaps(self.controller.state().queue)
            if gaps:
                total = sum(g.missing_count for g in gaps)
                text += "\n\n" + self.tr("%n ballot(s) are missing:", "", total) + "\n" + describe_gaps(gaps)
            default = QMessageBox.No if gaps else QMessageBox.Yes  # missing ballots: Enter keeps it open
            answer = QMessageBox.question(
                self, self.tr("Close the contest"), text, QMessageBox.Yes | QMessageBox.No, default
            )
            if answer != QMessageBox.Yes:
                return
        self.controller.act("close_contest")

    def announce(self, confirm: bool = True) -> None:
        """亮分: put the current presenter's score in front of the room, after asking (it cannot be unseen)."""
        presenter = next(
            (p for p in self.board.contest.presenters if p.id == self.state.current_presenter_id), None
        )
        if presenter is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Announce the score"),
                self.tr(
                    "Show {name}'s score to the room now? The projector and the web screen strike out the "
                    "dropped scores one by one and then show the final score."
                ).format(name=presenter.name),
            )
            if answer != QMessageBox.Yes:
                return
        self.controller.act("announce", presenter.id)

    # -- redrawing ------------------------------------------------------------------------

    def show_state(self, state: SessionState) -> None:
        self.state = state
        self._state_taken = self._clock()
        names = {p.id: p for p in self.board.contest.presenters}
        current, nxt = names.get(state.current_presenter_id), names.get(state.next_presenter_id)
        self.current.setText(current.name if current else self.tr("No presenter yet"))
        self.current.setToolTip(f"{current.speaker} {current.unit}" if current else "")
        self.next.setText(self.tr("Next: {name}").format(name=nxt.name) if nxt else self.tr("Next: —"))
        self.phase.setText(
            {
                "setup": self.tr("Not started"),
                "live": self.tr("Live"),
                "closed": self.tr("Closed — scores frozen"),
            }[state.phase]
        )
        self._fill_queue(state, names)
        self.reveal.show_reveal(self._tally_or_none() if state.phase != "setup" else None, state)
        self._enable(state)
        self.scene.setCurrentIndex(max(0, self.scene.findData(state.scene)))
        self.phase_panel.show_state(state, self._state_taken, {p.id: p.name for p in names.values()})
        self._tick()
        self.board.follow_state(state)  # no store read: the ballots come as events, one cell each
        self._suggest()
        self.results.schedule()

    def _fill_queue(self, state: SessionState, presenters: dict) -> None:
        labels = {"pending": self.tr("waiting"), "open": self.tr("scoring open"), "closed": self.tr("scored")}
        counted, eligible = self.board.counted, self.board.eligible  # kept by the board, no store read
        lines, widest = [], []
        for pid in state.queue:
            marker = "▶ " if pid == state.current_presenter_id else "    "
            line = f"{marker}{presenters[pid].name}  ·  {labels[state.scoring[pid]]}  ·  {{}}/{eligible[pid]}"
            lines.append((pid, line.format(counted.get(pid, 0)), pid == state.current_presenter_id))
            # Measured with the count at its total: the queue's width does not follow each ballot (a new
            # minimum width laid the whole window out again and repainted the board).
            widest.append((line.format(eligible[pid]), pid == state.current_presenter_id))
        shown = [self.queue.item(i) for i in range(self.queue.count())]
        if [item.data(Qt.UserRole) for item in shown] == [pid for pid, _, _ in lines]:
            # The same queue: only the lines whose count or state moved are set again (a burst's
            # catch-up rebuilt 100 items four times a second).
            for item, (_pid, text, bold) in zip(shown, lines, strict=True):
                if item.text() != text or item.font().bold() != bold:
                    item.setText(text)
                    font = item.font()
                    font.setBold(bold)
                    item.setFont(font)
        else:
            self.queue.clear()
            for pid, text, bold in lines:
                item = QListWidgetItem(text)
                item.setData(Qt.UserRole, pid)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.queue.addItem(item)
        # The widest line (the current one is bold) must show whole: a cut-off state misleads the host.
        width = (
            max((self._line_width(text, bold) for text, bold in widest), default=0)
            + 2 * self.queue.frameWidth()
            + self.queue.verticalScrollBar().sizeHint().width()
        )
        if width != self.queue.minimumWidth():  # setting it again would lay the window out again
            self.queue.setMinimumWidth(width)

    def _line_width(self, text: str, bold: bool) -> int:
        font = self.queue.font()
        font.setBold(bold)
        return QFontMetrics(font).horizontalAdvance(text) + QUEUE_LINE_PADDING

    def _enable(self, state: SessionState) -> None:
        live, has_current = state.phase == "live", state.current_presenter_id is not None
        self.buttons["start"].setVisible(state.phase == "setup")
        self.buttons["next_presenter"].setVisible(state.phase != "setup")
        self.buttons["draw"].setVisible(state.phase == "setup")
        self.buttons["reveal_previous"].setVisible(state.phase != "setup")
        for name in ("next_presenter", "open_all", "close_all", "close_contest", "proxy"):
            set_enabled(self.buttons[name], state.phase != "closed")
        set_enabled(self.buttons["next_presenter"], live and state.next_presenter_id is not None)
        for name in ("toggle_timer", "extend_timer", "reset_timer", "toggle_scoring"):
            set_enabled(self.buttons[name], live and has_current)
        is_open = state.scoring.get(state.current_presenter_id) == "open"
        self.buttons["toggle_scoring"].setText(
            self.tr("Close scoring") if is_open else self.tr("Open scoring")
        )
        self.buttons["toggle_timer"].setText(
            self.tr("Pause timer") if state.timer_running else self.tr("Start timer")
        )
        left = self.reveal.left  # nothing enabled that does nothing: no "reveal next" after the last
        set_enabled(self.buttons["reveal_next"], state.phase != "setup" and (left is None or left > 0))
        set_enabled(self.buttons["reveal_previous"], state.phase != "setup" and state.reveal_step > 0)
        self.buttons["toggle_explanation"].setChecked(state.explain)
        current_closed = state.scoring.get(state.current_presenter_id) == "closed" or state.phase == "closed"
        set_enabled(self.buttons["announce"], has_current and state.phase != "setup" and current_closed)
        self.buttons["announce"].setToolTip(
            self.tr("Only once this presenter's scoring is closed.") if not current_closed else ""
        )
        self.buttons_enabled.emit()

    def _suggest(self) -> None:
        """Say the next step and outline its button (nothing while ballots are still coming in)."""
        board = self.board
        mode = board.contest.scoring.ballot_mode
        step = next_step(
            self.state,
            mode,
            board.missing_current,
            board.missing_open,
            self.reveal.left,
            announce_pending=self._announce_pending(),
        )
        missing = board.missing_open if mode == "all_at_end" else board.missing_current
        self.hint.setText(describe(step, missing, board.missing_closed))
        target = "toggle_scoring" if step == "close_scoring" else step
        if target == getattr(self, "_suggested", None):
            return
        for name, button in self.buttons.items():
            button.setProperty("suggested", name == target)
            button.style().unpolish(button)
            button.style().polish(button)
        self._suggested = target

    def _tally_or_none(self):
        """The worker's newest tally (the reveal follows when a newer one arrives); never computed here."""
        return self.controller.latest_tally()

    def _tally_ready(self, result) -> None:
        if self.state.phase == "setup":
            return
        self.reveal.show_reveal(result, self.state)
        self._enable(self.state)
        self._suggest()

    def _announce_pending(self) -> bool:
        """Announce-after-each: the current presenter's scoring closed and their score not yet shown."""
        state = self.state
        if self.board.contest.scoring.reveal_mode != "after_each" or state.current_presenter_id is None:
            return False
        return state.current_presenter_id not in self.controller.store.announced_ids()

    def _tick(self) -> None:
        self.phase_panel.tick(self._clock())  # the phase timer's automatic steps first (issue 17)
        state = self.state
        if state.current_presenter_id is None:
            self.timer.setText("--:--")
            return
        elapsed = state.timer_elapsed_s + (self._clock() - self._state_taken if state.timer_running else 0)
        remaining = state.phase_now(elapsed).remaining_s  # of the running phase (one phase: the limit)
        self.timer.setText(format_clock(remaining))
        colour = "#c62828" if remaining < 0 else "#e65100" if remaining < 60 else ""
        style = f"color: {colour}" if colour else ""
        if self.timer.styleSheet() != style:  # restyling five times a second would cost a relayout each
            self.timer.setStyleSheet(style)

    def _ballots_arrived(self, events: list[dict]) -> None:
        """One group commit's ballots at once (an audience phone's are counted by its own box, issue 13)."""
        self.results.schedule()
        panel = [(e["reviewer_id"], e["presenter_id"]) for e in events if not e.get("audience")]
        if not panel:
            return
        # The board first, from the events alone: it is what the host watches while ballots arrive.
        # The queue counts and a re-read of the presenters named follow once per burst, not per ballot.
        self.board.ballots_arrived(panel)
        self._burst_presenters.update(presenter_id for _, presenter_id in panel)
        if not self._suggest_soon.isActive():
            self._suggest_soon.start()
        if not self._catch_up.isActive():
            self._catch_up.start()

    def _catch_up_with_store(self) -> None:
        # Once per burst: the presenters the burst named are re-read (an indexed query each; the full
        # re-read of a 500 x 100 contest took 0.1 s per burst), then the queue's counts.
        presenters, self._burst_presenters = self._burst_presenters, set()
        self.board.refresh_presenters(presenters)
        self._suggest()
        self._fill_queue(self.state, {p.id: p for p in self.board.contest.presenters})

    def _phones(self, count: int) -> None:
        self.phones.setText(self.tr("Phones connected: {n}").format(n=count))

    def _server_changed(self) -> None:
        if self.controller.base_url:
            self.server.setText(
                self.tr("Reviewers' server running at {url}").format(url=self.controller.base_url)
            )
        else:
            self.server.setText(self.tr("Reviewers' server not running (see Reviewer access)."))

    def _setup_changed(self) -> None:
        self.board.reload_setup()
        self.show_state(self.controller.state())

    def shutdown(self) -> None:
        """The file is closing: no timer may read the store after its connection is gone."""
        for timer in (self._catch_up, self._suggest_soon, self._ticker, self.results._timer):
            timer.stop()
        self.audience.shutdown()

    def remaining_seconds(self) -> float:
        elapsed = self.state.timer_elapsed_s + (
            self._clock() - self._state_taken if self.state.timer_running else 0
        )
        return self.state.time_limit_s - elapsed
