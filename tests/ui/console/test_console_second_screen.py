"""F9 puts the projector full screen on the second screen (two offscreen screens, in a child process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from ui.app import make_app
    from ui.console.main_window import MainWindow
    from ui.settings import Settings

    app = make_app()
    window = MainWindow(Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
    window.open_contest(sys.argv[1])
    window.show()
    window.activateWindow()
    app.processEvents()
    QTest.keyClick(window, Qt.Key_F9)
    app.processEvents()
    p = window.projector
    print(window.screen().name(), p.screen().name(), p.isFullScreen(), p.width(), p.height())
""")


def screen(name, x, width, height):
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


def test_projector_goes_full_screen_on_the_second_screen(tmp_path, demo_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps({"screens": [screen("laptop", 0, 1280, 800), screen("projector", 1280, 1920, 1080)]})
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_path), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["laptop", "projector", "True", "1920", "1080"]
