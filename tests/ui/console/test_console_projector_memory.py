"""The projector comes back by itself (issue 14, item 6): a file that had the projector open reopens with
it on the same screen and in the same full-screen state; after the close its scoring header says the
scoring has ended, and the reveal and ranking carry the contest's title."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators


def test_a_reopened_file_brings_its_projector_back(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    window.live.perform("start")
    qtbot.keyClick(window, Qt.Key_F9)
    projector = window.projector
    assert projector.isVisible()
    projector.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is projector)
    qtbot.keyClick(projector, Qt.Key_F11)  # the host made it full screen
    qtbot.waitUntil(projector.isFullScreen)
    screen = projector.screen().name()
    # Written down at once, not only when the file closes: a crash now would keep it.
    assert json.loads(window.settings.get("projector/placements"))[str(demo_path.resolve())]["shown"]
    qtbot.waitUntil(
        lambda: json.loads(window.settings.get("projector/placements"))[str(demo_path.resolve())]["full"]
    )
    window.close_contest_file()

    again = open_console(demo_path)
    assert again.projector is not None and again.projector.isVisible()
    assert again.projector.isFullScreen() and again.projector.screen().name() == screen
    assert again.projector.current_scene() == "welcome"

    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    qtbot.keyClick(again, Qt.Key_F9)  # hidden on purpose: it stays hidden next time
    assert not again.projector.isVisible()
    again.close_contest_file()
    third = open_console(demo_path)
    assert third.projector is None


def test_after_the_close_the_header_says_scoring_has_ended(open_console, qtbot, demo_scored_path):
    install_translators(QApplication.instance(), "zh_CN")
    try:
        window = open_console(demo_scored_path)
        live = window.live
        live.perform("start")
        window.controller.act("set_scene", "scoring")
        window.toggle_projector()
        scoring = window.projector.scenes["scoring"]
        assert scoring.heading.text() == "评分中"
        live.close_contest(confirm=False)
        assert window.projector.current_scene() == "scoring"
        assert scoring.heading.text() == "评分结束"
        window.controller.act("reveal_next")
        title = window.controller.contest().title
        assert window.projector.scenes["results"].heading.text() == f"{title} · 评价结果"
        window.controller.act("set_scene", "ranking")
        assert window.projector.scenes["ranking"].heading.text() == f"{title} · 最终排名"
    finally:
        install_translators(QApplication.instance(), "en")
