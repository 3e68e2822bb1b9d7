"""The host's 亮分 on the console: suggested once scoring closes, asked before, refused in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ritual_contest import build
from tests_console_helpers import answer_next_message_box

from arena.setup import parse_setup
from arena.store import Store


def suggested(live) -> str:
    return next((name for name, b in live.buttons.items() if b.property("suggested")), "")


def test_the_host_announces_a_closed_presenter_after_saying_yes(open_console, qtbot, tmp_path):
    path = tmp_path / "ritual.arena"
    build(path, close=False).close()
    window = open_console(path)
    live, controller = window.live, window.controller
    errors = []
    controller.error.connect(errors.append)
    qtbot.mouseClick(live.buttons["start"], Qt.LeftButton)
    first = controller.contest().presenters[0]
    controller.act("goto", first.id)
    controller.act("open_scoring", [first.id])
    assert not live.buttons["announce"].isEnabled()  # scoring still open
    live.announce(confirm=False)  # even so, the core refuses, in the host's words
    assert errors == ["Close this presenter's scoring before announcing the score."]
    assert controller.state().scene != "announce"

    controller.act("close_scoring", [first.id])
    assert live.buttons["announce"].isEnabled() and suggested(live) == "announce"
    assert "announce this presenter's score" in live.hint.text() and "Alt+F12" in live.hint.text()

    seen = answer_next_message_box(QMessageBox.No)  # the host thinks again: nothing is shown
    qtbot.mouseClick(live.buttons["announce"], Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert first.name in seen[0] and controller.state().scene != "announce"

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # back from the message box
    seen = answer_next_message_box(QMessageBox.Yes)
    qtbot.keyClick(window, Qt.Key_F12, Qt.AltModifier)  # the shortcut asks the same question
    qtbot.waitUntil(lambda: controller.state().scene == "announce")
    assert controller.state().announce_presenter_id == first.id
    assert controller.store.announced_ids() == {first.id}
    assert suggested(live) == "next_presenter"  # announced: on to the next talk
    assert live.scene.currentData() == "announce"


def test_the_setup_editor_keeps_the_announce_options(open_console, tmp_path):
    path = tmp_path / "plain.arena"
    build(path, reveal_mode="at_end", totals=True, ranking=True, ballots=False).close()
    window = open_console(path)
    editor = window.setup
    assert editor.reveal.currentData() == "at_end"
    editor.reveal.setCurrentIndex(editor.reveal.findData("after_each"))
    editor.announce_totals.setChecked(False)
    snap = editor.read()
    assert snap["scoring"]["reveal_mode"] == "after_each"
    assert snap["scoring"]["announce_totals"] is False and snap["scoring"]["announce_ranking"] is True


def test_the_json_setup_round_trips_the_options(tmp_path):
    from ritual_contest import ritual_setup

    from arena.setup import contest_to_dict

    contest = parse_setup(ritual_setup(reveal_mode="after_each", totals=False, ranking=False))
    with Store.create(tmp_path / "c.arena", contest) as store:
        scoring = contest_to_dict(store.contest())["scoring"]
    assert (scoring["reveal_mode"], scoring["announce_totals"], scoring["announce_ranking"]) == (
        "after_each",
        False,
        False,
    )
    bad = ritual_setup()
    bad["scoring"]["reveal_mode"] = "sometimes"
    try:
        parse_setup(bad)
    except ValueError as exc:
        assert "reveal_mode" in str(exc)
    else:
        raise AssertionError("an unknown reveal mode was accepted")
