"""The setup editor's comment and outlier fields (issue 17): edited, saved, undone, and in Chinese."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from arena.review_options import ReviewOptions
from tests.ui.console.test_console_setup_editor import editor_on
from tests.ui.console.test_console_setup_rules import stored_scoring
from ui.i18n import install_translators


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def type_points(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key_Return)


def test_comment_mode_and_outlier_threshold_are_edited_saved_and_undone(open_console, qtbot, demo_path):
    _, editor = editor_on(open_console, demo_path)
    fields = editor.review
    assert fields.comments.currentData() == "off" and fields.outlier.value() == 0
    assert not fields.show_median.isEnabled()  # nothing to name without a threshold
    choose(fields.comments, "required")
    assert editor.undo_stack.count() == 1
    type_points(qtbot, fields.outlier, "15")
    assert fields.show_median.isEnabled()
    fields.show_median.click()
    assert editor.save(confirm=False)
    assert stored_scoring(demo_path).review == ReviewOptions("required", Decimal(15), True)
    assert fields.comments.currentData() == "required" and fields.outlier.value() == 15  # as reloaded
    before = editor.undo_stack.count()
    choose(fields.comments, "optional")
    assert editor.undo_stack.count() == before + 1
    editor.undo_stack.undo()
    assert fields.comments.currentData() == "required"


def test_review_fields_in_chinese(open_console, demo_path, qapp, settings):
    settings.set("language", "zh_CN")
    install_translators(qapp, "zh_CN")
    _, editor = editor_on(open_console, demo_path)
    texts = [editor.review.comments.itemText(i) for i in range(editor.review.comments.count())]
    assert texts == ["不收评语", "评语选填", "评语必填"]
    assert editor.review.outlier.specialValueText() == "不提示"
