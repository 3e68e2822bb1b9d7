"""What comments and the outlier check cost a ballot (issue 17), in-process, no network.

    python bench/bench_ballot_notes.py [--reviewers 300] [--rounds 3]

The demo's setup with N reviewers, every presenter open. Each round sends every reviewer's ballot
for one presenter through the reviewers' app (httpx.ASGITransport, one at a time, so the figure is
the server's own work per ballot, group commit included): once with comments off and no outlier
threshold, once with an optional comment on every ballot and a 15-point threshold (the check reads
the presenter's marks so far for each ballot). Prints ballots/s of both (median of the rounds) and
the ratio; and the time of one outlier question (POST …/outlier) with N totals in.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arena.demo import demo_contest  # noqa: E402
from arena.model import Reviewer  # noqa: E402
from arena.review_options import ReviewOptions  # noqa: E402
from arena.server.app import create_app  # noqa: E402
from arena.session import Session  # noqa: E402
from arena.store import Store  # noqa: E402


def make_contest(path: Path, reviewers: int, review: ReviewOptions):
    base = demo_contest()
    groups = [g.name for g in base.groups]
    people = tuple(Reviewer(f"评委{i:03d}", groups[i % len(groups)]) for i in range(reviewers))
    contest = dataclasses.replace(
        base, reviewers=people, scoring=dataclasses.replace(base.scoring, review=review)
    )
    with Store.create(path, contest, overwrite=True) as store:
        session = Session(store)
        session.start()
        session.open_scoring()
        return store.contest()


async def send_all(path: Path, contest, presenter, comment: bool) -> tuple[float, float]:
    """(ballots per second, seconds of one outlier question once every ballot is in)."""
    app = create_app(path)
    transport = httpx.ASGITransport(app=app, client=("10.0.0.1", 1))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://arena.test") as client:
            started = time.perf_counter()
            for i, r in enumerate(contest.reviewers):
                value = str(5 + i % 5)
                body = {
                    "client_id": f"bench-{i:06d}",
                    "presenter_id": presenter.id,
                    "marks": {str(c.id): value for c in contest.criteria},
                }
                if comment:
                    body["comment"] = f"第 {i} 位评委的评语：思路清晰，数据翔实。"
                resp = await client.post(f"/api/r/{r.token}/ballots", json=body)
                assert resp.status_code == 200, resp.text
            rate = len(contest.reviewers) / (time.perf_counter() - started)
            asked = time.perf_counter()
            resp = await client.post(
                f"/api/r/{contest.reviewers[0].token}/outlier",
                json={"presenter_id": presenter.id, "total": "50"},
            )
            assert resp.status_code == 200
            return rate, time.perf_counter() - asked
    finally:
        app.state.writer.close()
        app.state.room.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviewers", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    plain, noted, questions = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.rounds):
            for review, rates in ((ReviewOptions(), plain), (ReviewOptions("optional", Decimal(15)), noted)):
                path = Path(tmp) / f"bench-{n}.arena"
                contest = make_contest(path, args.reviewers, review)
                presenter = contest.presenters[n % len(contest.presenters)]
                rate, question = asyncio.run(send_all(path, contest, presenter, review.comments != "off"))
                rates.append(rate)
                if review.outlier_check:
                    questions.append(question)
    a, b = statistics.median(plain), statistics.median(noted)
    print(f"reviewers: {args.reviewers}, rounds: {args.rounds}")
    print(f"ballots/s, no comments, no outlier check:        {a:8.1f}")
    print(f"ballots/s, a comment each, outlier check at 15:  {b:8.1f}   ratio {b / a:.2f}")
    print(
        f"one outlier question with {args.reviewers} totals in: {statistics.median(questions) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
