"""The core is importable and usable without Qt: the server and the CLI never load PySide6."""

import subprocess
import sys


def test_importing_the_whole_core_does_not_import_qt():
    code = (
        "import sys, pkgutil, importlib, arena\n"
        "for m in pkgutil.walk_packages(arena.__path__, 'arena.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
