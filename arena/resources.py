"""Where Arena's plain data files live: the package `arena_resources` (the top-level resources/ folder).

setup.py installs resources/ as that package, in a wheel as in an editable install;
PyInstaller collects it as package data. Installs are never zipped, so the package's
files are real paths that reportlab, Qt and the web server can open.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "arena_resources"


def _root() -> Path:
    try:
        root = files(PACKAGE)
    except ModuleNotFoundError:
        # A checkout whose venv was set up before resources/ became a package (run `pip install -e .`
        # again to register it): the folder itself. An install without the package still fails here.
        root = Path(__file__).resolve().parent.parent / "resources"
        if not (root / "__init__.py").is_file():
            raise
    if not isinstance(root, Path):  # a zipped install: nothing here can read fonts from inside a zip
        raise RuntimeError(f"Arena must be installed unzipped; {PACKAGE} is at {root}")
    return root


RESOURCES = _root()


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
