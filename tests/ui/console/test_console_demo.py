"""The demo for a newcomer (issue 14, item 12): a practice contest without scores and a demo with scores,
both in the documents folder (not the temp folder), the demo saying its ballots are seeded, the day's
steps on the start page and how to show the projector on the live page."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QLabel, QPushButton


@pytest.fixture
def documents():
    QStandardPaths.setTestModeEnabled(True)  # Qt's own test folders, never the user's documents
    try:
        yield Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))
    finally:
        QStandardPaths.setTestModeEnabled(False)


def test_practice_contest_has_no_scores_and_lives_in_documents(open_console, qtbot, documents):
    window = open_console()
    steps = window.start_page.findChild(QLabel, "daySteps").text()
    assert (
        "Reviewer access" in steps
        and "F9" in steps
        and steps.index("Setup") < steps.index("start the contest")
    )
    qtbot.mouseClick(window.start_page.findChild(QPushButton, "practiceButton"), Qt.LeftButton)
    assert window.controller is not None
    path = window.controller.path
    assert path.parent == documents and not str(path).startswith(tempfile.gettempdir())
    assert window.controller.store.submitted_pairs() == set()
    how = window.live.findChild(QLabel, "projectorHow").text()
    assert "F9" in how


def test_demo_with_scores_says_its_ballots_are_seeded(open_console, qtbot, documents):
    window = open_console()
    qtbot.mouseClick(window.start_page.findChild(QPushButton, "demoButton"), Qt.LeftButton)
    assert window.controller.path.parent == documents
    assert window.controller.store.submitted_pairs()
    assert "ballots are seeded" in window.statusBar().currentMessage()
