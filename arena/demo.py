"""The built-in demo: an urban district's "2+6" featured-industry-chain review.

`demo_ballots` fills in a complete, seeded, plausible set of scores so that the
results, the projector and the PDF can be shown without a room full of phones.
"""

from __future__ import annotations

import random
import uuid

from .intake import seed_demo
from .io import read_setup_json
from .model import Contest
from .resources import resource_path
from .store import BallotIn, Store

DEMO_SEED = 20221205


def demo_contest() -> Contest:
    return read_setup_json(resource_path("demo", "demo.json"))


def demo_ballots(store: Store, seed: int = DEMO_SEED) -> list[BallotIn]:
    """One ballot per eligible (reviewer, presenter): a chain's quality, a reviewer's leniency, noise."""
    rng = random.Random(seed)
    contest = store.contest()
    quality = {p.id: rng.uniform(0.74, 0.93) for p in contest.presenters}
    leniency = {r.id: rng.gauss(0, 0.03) for r in contest.reviewers}
    ballots = []
    for r in contest.reviewers:
        for p in contest.presenters:
            if p.name in r.recuse:
                continue
            units = {}
            for c in contest.criteria:
                share = min(1.0, max(0.3, quality[p.id] + leniency[r.id] + rng.gauss(0, 0.035)))
                units[c.id] = round(share * c.max_units)
            ballots.append(BallotIn(r.id, p.id, units, f"demo-{uuid.UUID(int=rng.getrandbits(128))}"))
    return ballots


def write_demo(path, *, ballots: bool = False, overwrite: bool = False) -> Store:
    store = Store.create(path, demo_contest(), overwrite=overwrite)
    if ballots:
        seed_demo(store, demo_ballots(store), note=f"seeded demo ballots (seed {DEMO_SEED})")
    return store
