"""Helpers of the audience tests: a contest with an audience group, served on a real socket."""

from __future__ import annotations

import copy
from pathlib import Path

from audience_contest import SETUP

from arena.server.runner import ReviewerServer
from arena.session import Session
from arena.setup import parse_setup
from arena.store import Store


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
