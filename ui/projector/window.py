"""The projector window: what the whole room sees, driven only by the session's state.

The console creates one ProjectorWindow and sends it to the second screen.
Every change of scene comes from a SessionState (through `apply_state`, which
is also connected to the bridge's `session_changed`); the window takes no
clicks. Committed ballots (`ballots_committed`) re-count the scoring progress
in place, a saved setup edit (`setup_changed`) re-reads names and lists, and
changes of scene cross-fade over half a second.

Signals:
    host_key(int): a key pressed while the projector has focus, other than the
        window's own F11 / Escape, so the console can treat it as its shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

from arena.session import Session, SessionState
from arena.store import Store
from ui.bridge import CoreBridge

from .announce import AnnounceScene
from .data import ProjectorData
from .draw import DrawScene
from .presenting import PresentingScene
from .ranking import RankingScene
from .results import ResultsScene
from .scene import Scene
from .scoring import ScoringScene
from .welcome import BlankScene, WelcomeScene

SCENE_CLASSES = (
    WelcomeScene,
    PresentingScene,
    ScoringScene,
    ResultsScene,
    RankingScene,
    BlankScene,
    AnnounceScene,
    DrawScene,  # issue 13: the draw of the speaking order (抽签)
)
CROSSFADE_MS = 500


class ProjectorWindow(QWidget):
    host_key = Signal(int)

    def __init__(self, store: Store, bridge: CoreBridge, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Arena projector"))
        self.setMinimumSize(640, 400)
        self.data = ProjectorData(store)
        self.scenes: dict[str, Scene] = {cls.name: cls(self.data, self) for cls in SCENE_CLASSES}
        for scene in self.scenes.values():
            scene.hide()
        self.current: Scene | None = None
        self.state: SessionState | None = None
        self._results_refresh = QTimer(self, singleShot=True, interval=0)
        self._results_refresh.timeout.connect(self._rerender_results)
        bridge.session_changed.connect(self.apply_state)
        bridge.ballots_committed.connect(self.on_ballots_committed)
        bridge.setup_changed.connect(self.on_setup_changed)
        bridge.presence_changed.connect(self.scenes["welcome"].presence_changed)  # check-in counts
        # The file already knows where the session is: a reopened projector shows it at once.
        self.apply_state(Session(store).state())

    # -- the interface the console uses -------------------------------------------

    def set_chime(self, chime) -> None:
        """What sounds at the end of each phase (a ui.chime.ChimePlayer; None: silence)."""
        self.scenes["presenting"].countdown.chime = chime

    def apply_state(self, state: SessionState) -> None:
        self.state = state
        self.data.invalidate_results()  # closing a window changes what is provisional
        self.data.reread_counts()
        self.scenes["results"].follow_explanation(state.explain)
        scene = self.scenes.get(state.scene, self.scenes["welcome"])
        if scene is not self.scenes["presenting"]:
            self.scenes["presenting"].countdown.leave(state)
        scene.show_state(state)
        if scene is not self.current:
            self._switch_to(scene)

    def current_scene(self) -> str:
        return self.current.name if self.current else ""

    def explanation_visible(self) -> bool:
        """Whether the results scene explains the revealed score (it follows `state.explain`)."""
        return self.scenes["results"].explain

    def set_join_hint(self, text: str) -> None:
        """An extra line for the welcome scene, e.g. the room's Wi-Fi name."""
        welcome = self.scenes["welcome"]
        welcome.join_hint = text
        if welcome.state is not None:
            welcome.render_state()

    def set_room_link(self, link: str) -> None:
        """The audience's room link, shown as a QR code on the welcome and scoring scenes ("" hides it)."""
        for name in ("welcome", "scoring"):
            self.scenes[name].set_room_link(link)

    def progress_bar(self):
        """The scoring progress bar (its `repainted` signal is what the latency benchmark waits for)."""
        return self.scenes["scoring"].bar

    def settle(self) -> None:
        """Finish every running transition at once (for screenshots and tests)."""
        for animation in self.findChildren(QPropertyAnimation):
            if animation.state() == QPropertyAnimation.State.Running:
                animation.setCurrentTime(animation.totalDuration())

    # -- live updates ---------------------------------------------------------------

    def on_ballots_committed(self, events: list[dict]) -> None:
        """A group commit's ballots: counted from the events, then one redraw for all of them."""
        for event in events:
            self.data.ballot_arrived(event)
        self.data.invalidate_results()
        if self.current is self.scenes["scoring"]:
            self.current.refresh_progress()
        elif self.current in (self.scenes["results"], self.scenes["ranking"], self.scenes["announce"]):
            self._results_refresh.start()  # many ballots in one burst: one tally

    def on_setup_changed(self) -> None:
        """The host saved an edited setup: names, queue and recusals are read again and shown at once."""
        self.data.reload_setup()
        self.apply_state(Session(self.data.store).state())

    def _rerender_results(self) -> None:
        if self.current is not None and self.current.state is not None:
            self.current.render_state()

    # -- scenes ----------------------------------------------------------------------

    def _switch_to(self, scene: Scene) -> None:
        """Cross-fade: a snapshot of the old scene lies on top of the new one and fades out."""
        old = self.current
        scene.setGeometry(self.rect())
        scene.show()
        if old is not None and self.isVisible():
            self._fade_out_snapshot(old)
            old.hide()
        elif old is not None:
            old.hide()
        self.current = scene

    def _fade_out_snapshot(self, old: Scene) -> None:
        snapshot = QLabel(self)
        snapshot.setPixmap(old.grab())
        snapshot.setGeometry(self.rect())
        snapshot.show()
        snapshot.raise_()
        effect = QGraphicsOpacityEffect(snapshot)
        snapshot.setGraphicsEffect(effect)
        fade = QPropertyAnimation(effect, b"opacity", snapshot)
        fade.setDuration(CROSSFADE_MS)
        fade.setStartValue(1.0)
        fade.setEndValue(0.0)
        fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        fade.finished.connect(snapshot.deleteLater)
        fade.start()

    # -- window events --------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        for scene in self.scenes.values():
            scene.setGeometry(self.rect())
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            self.unsetCursor()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            self.host_key.emit(key)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Arena projector"))
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.scenes["presenting"].countdown.stop()
        super().closeEvent(event)
