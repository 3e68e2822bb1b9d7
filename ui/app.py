"""Starts the Qt application: fonts, then a window on the chosen contest file."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QVBoxLayout, QWidget

from arena.demo import write_demo
from arena.store import Store
from ui.fonts import register_qt_fonts


def demo_file() -> Path:
    """A fresh demo contest with seeded ballots, in the temp folder."""
    path = Path(tempfile.gettempdir()) / "arena-demo.arena"
    write_demo(path, ballots=True, overwrite=True).close()
    return path


class ContestWindow(QWidget):
    """A plain window that opens a contest file and lists its presenters in queue order."""

    def __init__(self, store: Store):
        super().__init__()
        contest = store.contest()
        self.setWindowTitle(f"Arena — {contest.title}")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(contest.title))
        self.presenters = QListWidget()
        for p in contest.presenters:
            self.presenters.addItem(f"{p.name}  {p.speaker}")
        layout.addWidget(self.presenters)


def run_gui(args: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_qt_fonts(app)
    path = demo_file() if "--demo" in args else next((Path(a) for a in args if a.endswith(".arena")), None)
    if path is None:
        path = demo_file()
    window = ContestWindow(Store.open(path))
    window.resize(900, 600)
    window.show()
    return app.exec()
