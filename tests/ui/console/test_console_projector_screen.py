"""The console puts the projector full screen on the second screen when there is one, else in a window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

TWO_SCREENS_SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ui.console.main_window import MainWindow
    from ui.fonts import register_qt_fonts
    from ui.settings import Settings

    app = QApplication([])
    register_qt_fonts(app)
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    settings.set("language", "en")
    window = MainWindow(settings)
    window.setScreen(app.screens()[0])
    window.show()
    assert window.open_contest(sys.argv[1])
    window.toggle_projector()
    app.processEvents()
    projector = window.projector
    g = projector.geometry()
    print(json.dumps({"screen": projector.screen().name(), "full": projector.isFullScreen(),
                      "geometry": [g.x(), g.y(), g.width(), g.height()], "scene": projector.current_scene()}))
    window.close_contest_file()
""")


def test_with_a_second_screen_the_projector_fills_it(tmp_path, demo_scored_path):
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "dpr": 1,
                    },
                    {
                        "name": "projector",
                        "x": 1366,
                        "y": 0,
                        "width": 1024,
                        "height": 768,
                        "logicalDpi": 96,
                        "dpr": 1,
                    },
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS_SCRIPT, str(demo_scored_path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    assert shown == {
        "screen": "projector",
        "full": True,
        "geometry": [1366, 0, 1024, 768],
        "scene": "welcome",
    }


def test_with_one_screen_the_projector_is_a_normal_window(open_console, demo_scored_path):
    window = open_console(demo_scored_path)
    window.toggle_projector()
    projector = window.projector
    assert projector.isVisible() and not projector.isFullScreen()
    screen = projector.screen().availableGeometry()
    assert 0 < projector.width() <= screen.width() and 0 < projector.height() <= screen.height()
    window.toggle_projector()  # the same key hides it again
    assert not projector.isVisible()
