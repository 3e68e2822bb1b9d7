"""The large contest the scale benches build: reviewers in three groups, every presenter but the last
scored with seeded marks (bench_console_scale.py, bench_open_check.py)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from arena.model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules
from arena.store import Store


def write_contest(path: Path, reviewers: int, presenters: int, criteria: int) -> None:
    groups = (
        Group("区级领导", Decimal(50)),
        Group("部门负责人", Decimal(30)),
        Group("群众代表", Decimal(20)),
    )
    contest = Contest(
        title="bench",
        scoring=ScoringRules(),
        criteria=tuple(Criterion(f"标准{i}", Decimal(10), Decimal("0.5")) for i in range(criteria)),
        groups=groups,
        reviewers=tuple(Reviewer(f"评委{i:03d}", groups[i % 3].name) for i in range(reviewers)),
        presenters=tuple(Presenter(f"对象{i:03d}") for i in range(presenters)),
    )
    store = Store.create(path, contest)
    c = store.contest()
    rng = random.Random(1)
    rows = [
        (r.id, p.id, k.id, rng.randint(k.max_units // 2, k.max_units))
        for p in c.presenters[:-1]
        for r in c.reviewers
        for k in c.criteria
    ]
    store.load_generated_scores(rows, "benchmark data")
    store.close()
