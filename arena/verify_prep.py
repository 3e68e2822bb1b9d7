"""`arena verify`'s checks of what was settled before the meeting (issue 13): the draw and the 实绩.

- every revealed draw: the seed's SHA-256 is the commitment logged first, the inputs are those the
  witnesses typed, and the seed and inputs give the logged order (arena/draw.py, docs/draw.md);
- the draw in force: the contest started from its order (the queue the start logged) and the
  queue in the file is still that order;
- the objective items: their hash is the one logged at the start (a change since then shows).
"""

from __future__ import annotations

from .draw import check_draw, draws_in_log
from .objective import objective_hash

_DRAW_EN = {
    "draw_commitment": "draw {number}: the revealed seed does not hash to the commitment logged before the inputs",
    "draw_inputs": "draw {number}: the inputs of its reveal differ from those the witnesses typed",
    "draw_order": "draw {number}: the seed and the inputs give another order than the one it logged",
}


def prep_problems(store) -> list[str]:
    log = store.session_log()
    names = {p.id: p.name for p in store.presenters()}
    return _draw_problems(log, names) + _objective_problems(store, log)


def _named(ids, names: dict[int, str]) -> str:
    return ", ".join(names.get(i, f"#{i}") for i in ids)


def _draw_problems(log: list[dict], names: dict[int, str]) -> list[str]:
    problems = []
    records = draws_in_log(log)
    for record in records:
        if record.order is not None:
            problems += [_DRAW_EN[code].format(**params) for code, params in check_draw(record)]
    in_force = next((d for d in reversed(records) if d.in_force), None)
    if in_force is None:
        return problems
    order = list(in_force.order)
    start = next((e for e in log if e["action"] == "start"), None)
    if start is not None and "queue" in start["detail"] and start["detail"]["queue"] != order:
        problems.append(
            f"the contest started from the queue {_named(start['detail']['queue'], names)},"
            f" not from the order draw {in_force.number} gave ({_named(order, names)})"
        )
    if start is not None and start["id"] < max(e["id"] for e in log if e["action"].startswith("draw_")):
        problems.append("a draw was logged after the contest started")
    if list(names) != order:
        problems.append(
            f"the queue in the file ({_named(names, names)}) is not the order draw {in_force.number}"
            f" gave ({_named(order, names)})"
        )
    return problems


def _objective_problems(store, log: list[dict]) -> list[str]:
    start = next((e for e in log if e["action"] == "start"), None)
    items = store.objective_items()
    if start is None or (not items and "objective_sha256" not in start["detail"]):
        return []
    logged = start["detail"].get("objective_sha256")
    now = objective_hash(items) if items else None
    if logged != now:
        return [
            f"the objective values (实绩) are not those locked at the start: the start logged"
            f" {logged or 'none'}, the file gives {now or 'none'}"
        ]
    return []
