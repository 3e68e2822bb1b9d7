"""The one entry point (main.py, the `arena` script, the standalone app): the CLI without Qt, the console with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, *args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


def test_a_subcommand_runs_the_cli_without_importing_qt(demo_path):
    result = run(
        "import sys\nfrom ui.launcher import main\ncode = main(['info', sys.argv[1]])\n"
        "print('qt' if 'PySide6' in sys.modules else 'no qt')\nsys.exit(code)\n",
        demo_path,
    )
    assert result.returncode == 0, result.stderr
    assert "presenters: 8" in result.stdout
    assert result.stdout.strip().endswith("no qt")


def test_check_start_opens_the_contest_with_the_shipped_font_closes_and_releases_the_file(demo_path):
    from arena.file_lock import in_use, lock_path

    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--check-start", str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert f"— {demo_path.name} — Arena" in result.stdout and "contest_open=True" in result.stdout
    assert "font: 'Noto Sans SC' loaded=True" in result.stdout
    assert not in_use(demo_path) and not lock_path(demo_path).exists()  # closed as the host closes it
