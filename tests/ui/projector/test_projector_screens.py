"""The projector goes full screen on the second screen when there is one, else opens as a window."""

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
    from PySide6.QtWidgets import QApplication, QWidget
    from arena.store import Store
    from ui.bridge import CoreBridge
    from ui.fonts import register_qt_fonts
    from ui.projector import ProjectorWindow

    app = QApplication([])
    register_qt_fonts(app)
    console = QWidget()
    console.setScreen(app.screens()[0])
    console.show()
    store = Store.open(sys.argv[1])
    window = ProjectorWindow(store, CoreBridge(), console)
    on_second = window.show_on_best_screen()
    app.processEvents()
    g = window.geometry()
    print(json.dumps({"returned": on_second, "screen": window.screen().name(),
                      "full": window.isFullScreen(), "geometry": [g.x(), g.y(), g.width(), g.height()],
                      "scene": window.current_scene()}))
    window.close()
    store.close()
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
        [sys.executable, "-c", TWO_SCREENS_SCRIPT, str(demo_scored_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout.strip().splitlines()[-1])
    assert shown == {
        "returned": True,
        "screen": "projector",
        "full": True,
        "geometry": [1366, 0, 1024, 768],
        "scene": "welcome",
    }


def test_with_one_screen_the_projector_is_a_normal_window(projector):
    window = projector.window
    assert window.show_on_best_screen() is False
    assert not window.isFullScreen()
    screen = window.screen().availableGeometry()
    assert 0 < window.width() <= screen.width() and 0 < window.height() <= screen.height()
