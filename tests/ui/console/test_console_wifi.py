"""The room's Wi-Fi name (issue 14, item 7): typed once on Reviewer access, shown on the projector's
welcome with the joining steps and printed on every card."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from arena.cli import main


def test_the_wifi_name_reaches_the_projector_welcome(open_console, qtbot, demo_path, tmp_path):
    window = open_console(demo_path)
    access = window.access
    access.wifi.setText("区政府会议室")
    access.wifi_password.setText("arena2026")
    access.wifi.editingFinished.emit()
    window.live.perform("start")  # the welcome scene
    window.toggle_projector()
    projector = window.projector
    projector.resize(1920, 1080)
    projector.settle()
    qtbot.wait(50)
    steps = projector.scenes["welcome"].join_steps.text()
    assert steps.startswith("Wi-Fi: 区政府会议室   password: arena2026")
    folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert projector.grab().save(str(folder / "projector-welcome-wifi.png"))

    access.wifi.setText("")
    access.wifi.editingFinished.emit()
    assert "Wi-Fi" not in projector.scenes["welcome"].join_steps.text()
    window.close_contest_file()
    again = open_console(demo_path)
    assert again.access.wifi.text() == ""  # what the host last typed


def test_cards_print_the_wifi_name(demo_path, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    base = "http://192.168.31.20:8700"
    assert main(["cards", str(demo_path), str(out), "--base", base, "--wifi", "区政府会议室"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert text.count("Wi-Fi：区政府会议室") == 30  # one per reviewer
