"""Helpers shared by the server tests: a demo contest in progress and ballot bodies."""

from __future__ import annotations

from arena.session import Session
from arena.store import Store


class Live:
    """A demo contest in progress: the host's own connection and session, plus handy ids."""

    def __init__(self, path):
        self.path = path
        self.store = Store.open(path)
        self.session = Session(self.store)
        self.contest = self.store.contest()
        self.reviewers = self.contest.reviewers
        self.presenters = self.contest.presenters
        self.criteria = self.contest.criteria
        self.session.start()

    def open(self, *presenters):
        ids = [p.id for p in presenters]
        if len(ids) == 1:
            self.session.goto(ids[0])
        return self.session.open_scoring(ids)

    def reviewer_not_recused_from(self, presenter):
        return next(r for r in self.reviewers if presenter.name not in r.recuse)

    def reviewer_recused_from(self, presenter):
        return next(r for r in self.reviewers if presenter.name in r.recuse)

    def marks(self, value="10"):
        return {str(c.id): value for c in self.criteria}

    def submissions(self) -> int:
        return self.store.conn.execute("SELECT count(*) FROM submissions").fetchone()[0]


def ballot(live, presenter, client_id="client-0001", value="10", **extra):
    body = {"client_id": client_id, "presenter_id": presenter.id, "marks": live.marks(value)}
    body.update(extra)
    return body
