"""The console's first window loads only what it shows: the heavy parts wait until they are used.

Importing the server's stack (fastapi, uvicorn, pydantic), reportlab, openpyxl, numpy or segno
at start-up cost the host more than a second of waiting (bench/bench_startup.py has the figures).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from ui.app import make_app, open_window
app = make_app()
window = open_window([sys.argv[1]])
app.processEvents()
assert window.controller is not None, "the contest did not open"
heavy = ("numpy", "fastapi", "uvicorn", "pydantic", "starlette", "reportlab", "openpyxl", "segno", "matplotlib")
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))) or "none")
window.close()
"""


def test_opening_a_contest_imports_none_of_the_heavy_parts(demo_path, tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "none"
