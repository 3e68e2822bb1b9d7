"""Helpers shared by the projector's tests (a module with a unique name: every test folder has a conftest)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from arena.demo import demo_ballots
from arena.session import Session
from arena.store import Store
from ui.bridge import CoreBridge
from ui.projector import ProjectorWindow

LONG_NAME = "长三角生态绿色一体化发展示范区数字经济与现代服务业融合发展产"
assert len(LONG_NAME) == 30


class Projector:
    """A window on a contest file, the session that drives it, and the bridge between them."""

    def __init__(self, qtbot, path, size=(1024, 768)):
        self.qtbot, self.path = qtbot, path
        self.store = Store.open(path)
        self.bridge = CoreBridge()
        self.session = Session(self.store)
        self.session.subscribe(self.bridge.session_changed.emit)
        self.window = ProjectorWindow(self.store, self.bridge)
        qtbot.addWidget(self.window)
        self.window.resize(*size)
        self.window.show()
        qtbot.waitExposed(self.window)

    def settle(self):
        self.window.settle()
        QApplication.processEvents()

    def scene(self):
        return self.window.scenes[self.window.current_scene()]

    def texts(self) -> list[str]:
        """The text of every label the room can see now."""
        return [label.text() for label in visible_labels(self.window) if label.text()]

    def close(self):
        self.window.close()
        self.store.close()


def visible_labels(window) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if label.isVisibleTo(window)]


def write_contest(path, contest, *, ballots: bool) -> None:
    store = Store.create(path, contest)
    if ballots:
        store.record_ballots(demo_ballots(store), "demo")
    store.close()
