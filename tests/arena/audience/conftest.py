"""Fixtures for the audience tests: a contest with an audience group, served on a real socket."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from audience_contest import SETUP  # noqa: E402

from arena.server.runner import ReviewerServer  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.setup import parse_setup  # noqa: E402
from arena.store import Store  # noqa: E402


def audience_file(path: Path, **audience) -> Path:
    """The hand-computed contest with its audience changed by `audience`, started, every presenter open."""
    setup = copy.deepcopy(SETUP)
    setup["audience"].update(audience)
    with Store.create(path, parse_setup(setup)) as store:
        session = Session(store)
        session.start()
        session.open_scoring([p.id for p in store.contest().presenters])
    return path


class Served:
    """A contest file and its reviewers' server on 127.0.0.1."""

    def __init__(self, path: Path):
        self.path = path
        self.server = ReviewerServer(path, host="127.0.0.1", port=0)
        self.server.start()
        self.base = f"http://127.0.0.1:{self.server.port}"
        with Store.open(path) as store:
            self.room = store.audience_state()["room_token"]
            self.presenters = store.contest().presenters

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture
def serve(tmp_path):
    """serve(**audience) -> Served; every server is stopped at the end of the test."""
    started: list[Served] = []

    def start(**audience) -> Served:
        served = Served(audience_file(tmp_path / f"c{len(started)}.arena", **audience))
        started.append(served)
        return served

    yield start
    for served in started:
        served.stop()
