"""The results report and the exports, written in a worker thread while the console keeps running."""

from __future__ import annotations

import threading

import openpyxl
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from tests_console_helpers import answer_next_message_box


def test_report_and_export_are_written_off_the_gui_thread(open_console, qtbot, demo_scored_path, tmp_path):
    window = open_console(demo_scored_path)
    assert window.report_action.isEnabled() and window.export_action.isEnabled()
    window.live.perform("start")
    window.live.close_contest(confirm=False)
    gui_thread = threading.get_ident()
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "results.xlsx"
    window.write_report(str(pdf))
    window.export_results(str(xlsx))
    assert threading.get_ident() == gui_thread
    qtbot.waitUntil(lambda: pdf.exists() and xlsx.exists(), timeout=60000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Written"), timeout=60000)
    title = window.controller.contest().title
    assert title in "".join(page.extract_text() for page in PdfReader(pdf).pages)
    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    assert "结果" in workbook.sheetnames


def test_a_failed_export_is_reported_and_the_console_carries_on(
    open_console, qtbot, demo_scored_path, tmp_path
):
    window = open_console(demo_scored_path)
    seen = answer_next_message_box(QMessageBox.Ok)
    window.export_results(str(tmp_path / "results.txt"))
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert "Excel (.xlsx), CSV or JSON" in seen[0]
    window.live.perform("start")
    assert window.live.state.phase == "live"
