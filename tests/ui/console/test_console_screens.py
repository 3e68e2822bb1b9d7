"""Screens in both languages: start page, setup editor, live session, help panel.

Saved with widget.grab() into $ARENA_SHOTS (or the test's tmp folder) so a
person can look at them; the test itself checks that Chinese text is drawn as
distinct glyphs (not the same empty box for every character) and that labels fit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QPushButton

from arena.demo import demo_ballots
from arena.store import Store
from ui.i18n import install_translators


def glyph_image(font, text: str) -> QImage:
    image = QImage(64, 64, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(4, 48, text)
    painter.end()
    return image


def shots_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screens_in_both_languages(open_console, qtbot, demo_path, settings, tmp_path, language):
    settings.set("language", language)
    install_translators(QApplication.instance(), language)
    folder = shots_dir(tmp_path)
    start = open_console()
    start.resize(1100, 700)
    assert start.start_page.grab().save(str(folder / f"start-{language}.png"))

    with Store.open(demo_path) as store:  # half the room has scored the first three presenters
        ballots = [b for b in demo_ballots(store) if b.presenter_id <= 3 and b.reviewer_id % 2]
        store.record_ballots(ballots, "demo")
    window = open_console(demo_path)
    window.resize(1280, 800)
    for name in ("start", "next_presenter", "next_presenter", "toggle_timer", "toggle_scoring"):
        window.live.perform(name)
    qtbot.waitUntil(
        lambda: bool(window.live.results.rows()) and window.live.results.rows()[0][2] != "", timeout=60_000
    )
    window.help_dock.show()
    window.resizeDocks([window.help_dock], [380], Qt.Horizontal)
    for index, name in ((0, "live"), (1, "setup")):
        window.pages.setCurrentIndex(index)
        qtbot.wait(50)
        assert window.grab().save(str(folder / f"{name}-{language}.png"))
    window.setup.tabs.setCurrentIndex(4)
    assert window.setup.grab().save(str(folder / f"recusals-{language}.png"))
    assert window.help_panel.grab().save(str(folder / f"help-{language}.png"))

    button = window.live.buttons["next_presenter"]
    if language == "zh_CN":
        assert button.text() == "下一位"
        font = button.font()
        assert glyph_image(font, "下") != glyph_image(font, "位")  # real glyphs, not one tofu box twice
    queue = window.live.queue
    for i in range(queue.count()):  # every queue line whole: name, state and count
        item = queue.item(i)
        font = queue.font()
        font.setBold(item.font().bold())
        assert QFontMetrics(font).horizontalAdvance(item.text()) <= queue.viewport().width(), item.text()
    for b in window.findChildren(QPushButton):  # no button text cut off
        if b.isVisible():
            assert QFontMetrics(b.font()).horizontalAdvance(b.text().replace("&", "")) <= b.width(), b.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_closed_setup_group_drop_down_and_refusal_screens(
    open_console, qtbot, demo_scored_path, settings, tmp_path, language
):
    """The round-2 states: the read-only setup after the close, the group drop-down, a refused paper mark."""
    settings.set("language", language)
    install_translators(QApplication.instance(), language)
    folder = shots_dir(tmp_path)
    window = open_console(demo_scored_path)
    window.resize(1280, 800)
    window.live.perform("start")
    dialog = window.live.enter_proxy_ballot()
    first = window.controller.contest().criteria[0]
    dialog.set_marks({c.name: "10" for c in window.controller.contest().criteria} | {first.name: "10.25"})
    dialog.submit()
    assert first.name in dialog.message.text() and "10.25" in dialog.message.text()
    assert dialog.grab().save(str(folder / f"proxy-refused-{language}.png"))
    dialog.reject()

    window.pages.setCurrentWidget(window.setup)
    window.setup.tabs.setCurrentIndex(2)
    reviewers = window.setup.tables["reviewers"]
    reviewers.setFocus()
    reviewers.setCurrentCell(0, 1)
    qtbot.keyClick(reviewers, Qt.Key_F2)
    assert QApplication.focusWidget().objectName() == "choiceEditor"
    assert window.setup.grab().save(str(folder / f"setup-group-{language}.png"))
    window.setup.revert()

    window.live.close_contest(confirm=False)
    qtbot.waitUntil(lambda: window.setup.closed_note.isVisible())
    note = window.setup.closed_note
    assert note.height() >= note.heightForWidth(note.width())  # the whole note is shown, not clipped
    assert window.grab().save(str(folder / f"setup-closed-{language}.png"))
    window.setup.tabs.setCurrentIndex(4)
    assert window.setup.grab().save(str(folder / f"recusals-closed-{language}.png"))
