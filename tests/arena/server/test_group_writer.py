"""The intake's group-commit writer: each ballot atomic on its own, every caller answered after the commit."""

from __future__ import annotations

import asyncio

from arena.changes import Changes
from arena.intake import BallotRules, GroupWriter
from arena.store import BallotRefused, Receipt


def test_a_refused_ballot_in_a_batch_leaves_the_others_committed(live, events):
    open_p, closed_p = live.presenters[1], live.presenters[2]
    a, b, c = [r for r in live.reviewers if open_p.name not in r.recuse and closed_p.name not in r.recuse][:3]
    rules = BallotRules.of(live.store)
    changes, notices = Changes(), []
    changes.subscribe(notices.append)
    writer = GroupWriter(live.path, changes)
    try:
        ballots = [
            rules.check(a.id, open_p.id, live.marks("5"), "batch-a-0001"),
            rules.check(b.id, closed_p.id, live.marks("5"), "batch-b-0001"),  # window not open
            rules.check(c.id, open_p.id, live.marks("6"), "batch-c-0001"),
            rules.check(a.id, open_p.id, live.marks("7"), "batch-a-0001"),  # same id, other marks
        ]
        results = writer.commit_batch(ballots)
    finally:
        writer.close()
        writer._close_store()
    assert isinstance(results[0], Receipt) and isinstance(results[2], Receipt)
    assert isinstance(results[1], BallotRefused) and results[1].code == "closed"
    assert isinstance(results[3], BallotRefused) and results[3].code == "replayed"
    assert live.submissions() == 2
    assert set(live.store.ballot_of(a.id, open_p.id).values()) == {10}
    assert set(live.store.ballot_of(c.id, open_p.id).values()) == {12}
    assert live.store.ballot_of(b.id, closed_p.id) == {}
    assert len(notices) == 1 and notices[0].presenters == {open_p.id}  # one notice for the commit
    assert [(e["reviewer_id"], e["submission_id"], e["source"]) for e in notices[0].events] == [
        (a.id, results[0].submission_id, "phone"),
        (c.id, results[2].submission_id, "phone"),
    ]


def test_concurrent_submissions_share_one_commit_and_all_get_answers(live):
    p = live.presenters[1]
    reviewers = [r for r in live.reviewers if p.name not in r.recuse]
    rules = BallotRules.of(live.store)
    writer = GroupWriter(live.path)
    commits = []
    original = writer.commit_batch

    def counting(ballots):
        commits.append(len(ballots))
        return original(ballots)

    writer.commit_batch = counting

    async def all_at_once():
        return await asyncio.gather(
            *(
                writer.write(rules.check(r.id, p.id, live.marks("8"), f"together-{r.id:04d}"))
                for r in reviewers
            )
        )

    try:
        receipts = asyncio.run(all_at_once())
    finally:
        writer.close()
    assert [r.duplicate for r in receipts] == [False] * len(reviewers)
    assert sum(commits) == len(reviewers) and len(commits) < len(reviewers)  # grouped
    assert live.submissions() == len(reviewers)
