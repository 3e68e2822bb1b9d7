"""Fixtures for the projector: a real contest file, the real session and bridge, a real window offscreen."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from arena.demo import demo_ballots, demo_contest
from arena.session import Session
from arena.store import Store
from ui.bridge import CoreBridge
from ui.fonts import register_qt_fonts
from ui.projector import ProjectorWindow
from ui.projector.i18n import install_projector_translation

LONG_NAME = "长三角生态绿色一体化发展示范区" "数字经济与现代服务业融合发展产"
assert len(LONG_NAME) == 30


@pytest.fixture(scope="session")
def fonts(qapp):
    return register_qt_fonts(qapp)


@pytest.fixture
def chinese(qapp):
    translator = install_projector_translation(qapp, "zh_CN")
    assert translator is not None, "resources/translations/projector_zh_CN.qm is missing"
    yield translator
    qapp.removeTranslator(translator)


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


@pytest.fixture
def projector(qtbot, fonts, demo_scored_path):
    p = Projector(qtbot, demo_scored_path)
    yield p
    p.close()


@pytest.fixture
def unscored_projector(qtbot, fonts, demo_path):
    p = Projector(qtbot, demo_path)
    yield p
    p.close()


def write_contest(path, contest, *, ballots: bool) -> None:
    store = Store.create(path, contest)
    if ballots:
        store.record_ballots(demo_ballots(store), "demo")
    store.close()


@pytest.fixture
def long_name_path(tmp_path):
    """The demo with its first chain renamed to 30 Chinese characters (recusals follow the rename)."""
    contest = demo_contest()
    old = contest.presenters[0].name
    presenters = (dataclasses.replace(contest.presenters[0], name=LONG_NAME), *contest.presenters[1:])
    reviewers = tuple(
        dataclasses.replace(r, recuse=tuple(LONG_NAME if n == old else n for n in r.recuse))
        for r in contest.reviewers
    )
    path = tmp_path / "long.arena"
    contest = dataclasses.replace(contest, presenters=presenters, reviewers=reviewers)
    write_contest(path, contest, ballots=True)
    return path


@pytest.fixture
def open_projector(qtbot, fonts):
    """Open a projector on any contest file; every one opened is closed at the end."""
    opened = []

    def open_(path, size=(1024, 768)):
        p = Projector(qtbot, path, size)
        opened.append(p)
        return p

    yield open_
    for p in opened:
        if p.window.isVisible():
            p.close()
