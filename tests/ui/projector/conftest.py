"""Fixtures for the projector: a real contest file, the real session and bridge, a real window offscreen."""

from __future__ import annotations

import dataclasses

import pytest
from projector_testkit import LONG_NAME, Projector, write_contest

from arena.demo import demo_contest
from ui.fonts import register_qt_fonts
from ui.i18n import install_translators


@pytest.fixture(scope="session")
def fonts(qapp):
    return register_qt_fonts(qapp)


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")  # the app's own way in (console and projector)
    assert translators, "resources/translations/*_zh_CN.qm are missing"
    yield translators
    install_translators(qapp, "en")


@pytest.fixture
def projector(qtbot, fonts, demo_scored_path):
    p = Projector(qtbot, demo_scored_path)
    yield p
    p.close()


@pytest.fixture
def unscored_projector(qtbot, fonts, demo_path):
    p = Projector(qtbot, demo_path)
    yield p
    p.close()


@pytest.fixture
def long_name_path(tmp_path):
    """The demo with its first chain renamed to 30 Chinese characters (recusals follow the rename)."""
    contest = demo_contest()
    old = contest.presenters[0].name
    presenters = (dataclasses.replace(contest.presenters[0], name=LONG_NAME), *contest.presenters[1:])
    reviewers = tuple(
        dataclasses.replace(r, recuse=tuple(LONG_NAME if n == old else n for n in r.recuse))
        for r in contest.reviewers
    )
    path = tmp_path / "long.arena"
    contest = dataclasses.replace(contest, presenters=presenters, reviewers=reviewers)
    write_contest(path, contest, ballots=True)
    return path


@pytest.fixture
def open_projector(qtbot, fonts):
    """Open a projector on any contest file; every one opened is closed at the end."""
    opened = []

    def open_(path, size=(1024, 768)):
        p = Projector(qtbot, path, size)
        opened.append(p)
        return p

    yield open_
    for p in opened:
        if p.window.isVisible():
            p.close()
