"""The 亮分 ritual: one presenter's score announced to the room, step by step, as plain data.

After a presenter's scoring has closed the host may announce the score at once (the
announce-after-each mode of the setup). The scene, shared by the Qt projector and the web
screen, shows every counted total in anonymous slots grouped by reviewer group (slots are
shuffled per presenter: arena/anonymity.py), strikes the dropped highest and lowest of each
group one at a time, exactly as the tally dropped them (ties at an end resolved as the tally
does, and shown), then the group scores with their weights, then the final score with the
sentence the host reads aloud, and, when the setup asks for it, the ranking of the presenters
announced so far. With per-criterion trimming each criterion's marks are a row of their own.

`plan` lays out the whole announcement; `at` cuts it to what the room may see after a given
number of seconds (nothing of a later step ever leaves the laptop). Time comes from the session
(when the host pressed "announce") and the caller's clock, so tests step through it exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from decimal import Decimal

from .anonymity import slots
from .model import Criterion
from .tally import PresenterResult, Tally, fmt_score

FIRST_STRIKE_S = 2.0  # the slots alone, long enough to be read
STRIKE_S = 1.2  # between two strikes: one at a time, visibly
ALL_STRIKES_WITHIN_S = 12.0  # many strikes (per-criterion trimming) go faster, so the ritual stays short
PAUSE_S = 1.5  # before the group scores, and again before the final score
RANKING_AFTER_S = 4.0  # the final score and the sentence alone, while the host reads it out


def per_criterion(tally: Tally) -> bool:
    """Whether the ritual strikes marks criterion by criterion (the tally trimmed each criterion)."""
    return tally.method == "trimmed" and tally.trim_level == "criterion" and not tally.leniency


def plan(
    result: PresenterResult,
    tally: Tally,
    secret: str,
    *,
    show_totals: bool = True,
    show_ranking: bool = False,
    criteria: Iterable[Criterion] = (),
    marks: Callable[[int], dict[tuple[int, int], int]] | None = None,
) -> dict:
    """The whole announcement of one presenter: rows of slots, the strike order, scores, sentence.

    `marks(presenter_id)` gives (reviewer id, criterion id) -> units; only per-criterion trimming
    reads it. Values are display texts; `key` (an exact value) orders and compares them.
    """
    pid = result.presenter.id
    slot = slots(secret, pid, [(t.reviewer_id, t.group) for t in result.totals])
    criteria = tuple(criteria)
    by_criterion = per_criterion(tally) and criteria and marks is not None
    all_marks = marks(pid) if by_criterion else {}
    rows = []
    for group in result.groups:
        counted = [t for t in result.totals if t.group == group.group]
        if not counted:
            continue
        if by_criterion:
            kept_means = dict(group.criterion_scores)
            for c in criteria:
                dropped = {
                    m.reviewer.reviewer_id: m.reason for m in group.dropped_marks if m.criterion == c.name
                }
                cells = [
                    _cell(
                        slot[t.reviewer_id],
                        Decimal(all_marks[(t.reviewer_id, c.id)]) * c.step,
                        _mark_text(c, all_marks[(t.reviewer_id, c.id)]),
                        dropped.get(t.reviewer_id),
                    )
                    for t in counted
                    if (t.reviewer_id, c.id) in all_marks
                ]
                rows.append(_row(group.group, c.name, cells, kept_means.get(c.name)))
        else:
            cells = [
                _cell(slot[t.reviewer_id], t.total, fmt_score(t.total), t.drop_reason if t.dropped else None)
                for t in counted
            ]
            rows.append(_row(group.group, None, cells, group.score))
    strikes = _number_strikes(rows)
    for row in rows:
        _mark_ties(row)
        if not show_totals or by_criterion:  # per criterion: every mark would be too many to read
            row["cells"] = [c for c in row["cells"] if c["struck"] or c["tied"]]
    scored = [g for g in result.groups if g.score is not None]
    return {
        "presenter_id": pid,
        "presenter": {
            "name": result.presenter.name,
            "speaker": result.presenter.speaker,
            "unit": result.presenter.unit,
        },
        "per_criterion": bool(by_criterion),
        "totals_shown": show_totals and not by_criterion,
        "rows": rows,
        "strikes": strikes,
        "groups": [
            {
                "group": g.group,
                "weight": f"{g.weight.normalize():f}",
                "score": fmt_score(g.score) or None,
                "trimmed": g.trimmed,
            }
            for g in result.groups
        ],
        "final": fmt_score(result.score) or None,
        "sentence": _sentence(result, tally, rows, bool(by_criterion), len(scored) > 1),
        "times": timeline(strikes, show_ranking),
    }


def _mark_text(criterion: Criterion, units: int) -> str:
    return format(criterion.from_units(units), "f")


def _cell(slot_number: int, key, text: str, struck: str | None) -> dict:
    return {
        "slot": slot_number,
        "key": key,
        "value": text,
        "struck": struck or None,
        "order": 0,
        "tied": None,
    }


def _row(group: str, criterion: str | None, cells: list[dict], score) -> dict:
    cells.sort(key=lambda c: c["slot"])
    if score is None:
        shown = None
    elif criterion is None:
        shown = fmt_score(score)
    else:
        shown = fmt_score(score)  # the kept mean of the criterion, in points
    return {"group": group, "criterion": criterion, "cells": cells, "score": shown, "ties": []}


def _number_strikes(rows: list[dict]) -> int:
    """Strike order: row by row, the highest first (the host reads them first), then the lowest."""
    order = 0
    for row in rows:
        highest = sorted((c for c in row["cells"] if c["struck"] == "highest"), key=lambda c: -c["key"])
        lowest = sorted((c for c in row["cells"] if c["struck"] == "lowest"), key=lambda c: c["key"])
        for cell in highest + lowest:
            order += 1
            cell["order"] = order
        row["last_strike"] = order
    return order


def _mark_ties(row: dict) -> None:
    """Where more cells share the value at an end than were dropped there, the tally chose among
    equals (k from each end, no more): say so, and mark the equal cells that stay counted."""
    for end in ("highest", "lowest"):
        struck = [c for c in row["cells"] if c["struck"] == end]
        if not struck:
            continue
        edge = min(c["key"] for c in struck) if end == "highest" else max(c["key"] for c in struck)
        equal = [c for c in row["cells"] if c["key"] == edge]
        dropped = sum(1 for c in equal if c["struck"] == end)
        if len(equal) > dropped:
            text = next(c["value"] for c in equal)
            row["ties"].append({"end": end, "value": text, "count": len(equal), "dropped": dropped})
            for c in equal:
                if not c["struck"]:
                    c["tied"] = end


def _sentence(
    result: PresenterResult, tally: Tally, rows: list[dict], by_criterion: bool, weighted: bool
) -> dict:
    """What the host reads aloud, as data each display words: per group the dropped values and the
    group score, then the (weighted) final score."""
    groups = []
    for group in result.groups:
        if group.score is None:
            continue
        cells = [c for r in rows if r["group"] == group.group and r["criterion"] is None for c in r["cells"]]
        ordered = sorted((c for c in cells if c["struck"]), key=lambda c: c["order"])
        groups.append(
            {
                "group": group.group,
                "highest": [c["value"] for c in ordered if c["struck"] == "highest"],
                "lowest": [c["value"] for c in ordered if c["struck"] == "lowest"],
                "score": fmt_score(group.score),
                "trimmed": group.trimmed,
            }
        )
    if by_criterion:
        mode = "criteria"
    elif tally.method == "trimmed":
        mode = "totals"
    else:
        mode = "plain"
    return {
        "mode": mode,
        "k": tally.trim,
        "weighted": weighted,
        "groups": groups,
        "final": fmt_score(result.score),
    }


def timeline(strikes: int, ranking: bool = False) -> list[float]:
    """Seconds after the host's "announce" at which each step begins: the slots (0), each strike,
    the group scores, the final score and (when shown) the ranking so far."""
    gap = min(STRIKE_S, ALL_STRIKES_WITHIN_S / strikes) if strikes else 0.0
    times = [0.0] + [FIRST_STRIKE_S + i * gap for i in range(strikes)]
    times.append(times[-1] + (PAUSE_S if strikes else FIRST_STRIKE_S))
    times.append(times[-1] + PAUSE_S)
    if ranking:
        times.append(times[-1] + RANKING_AFTER_S)
    return times


def step_at(times: list[float], elapsed_s: float) -> int:
    return max(0, bisect_right(times, elapsed_s) - 1)


def at(full: dict, elapsed_s: float) -> dict:
    """What the room sees `elapsed_s` seconds after the host announced: strikes so far, the group
    scores once every strike is done, the final score and sentence last. JSON-ready."""
    times, strikes = full["times"], full["strikes"]
    step = step_at(times, elapsed_s)
    scores_shown = step >= strikes + 1
    final_shown = step >= strikes + 2
    rows = []
    for row in full["rows"]:
        done = step >= row["last_strike"]
        cells = [
            {
                "slot": c["slot"],
                "value": c["value"],
                "struck": c["struck"] if c["struck"] and c["order"] <= step else None,
                "tied": c["tied"] if done else None,
            }
            for c in row["cells"]
        ]
        rows.append(
            {
                "group": row["group"],
                "criterion": row["criterion"],
                "cells": cells,
                "ties": row["ties"] if done else [],
                "score": row["score"] if scores_shown else None,
            }
        )
    groups = [{**g, "score": g["score"] if scores_shown else None} for g in full["groups"]]
    last = len(times) - 1
    return {
        "presenter": full["presenter"],
        "per_criterion": full["per_criterion"],
        "totals_shown": full["totals_shown"],
        "rows": rows,
        "groups": groups,
        "final": full["final"] if final_shown else None,
        "sentence": full["sentence"] if final_shown else None,
        "ranking_shown": step >= strikes + 3,
        "step": step,
        "steps": last,
        "next_in_s": None if step >= last else round(times[step + 1] - elapsed_s, 3),
    }


def ranking_so_far(tally: Tally, announced: set[int]) -> list[dict]:
    """The presenters announced so far, best first, ranked among themselves (shared places skip:
    1, 2, 2, 4), from the tally's own order and ties."""
    shown = [r for r in tally.presenters if r.rank is not None and r.presenter.id in announced]
    rows = []
    for r in shown:
        better = sum(1 for other in shown if other.rank < r.rank)
        equal = sum(1 for other in shown if other.rank == r.rank)
        rows.append(
            {
                "presenter_id": r.presenter.id,
                "rank": better + 1,
                "shared": equal > 1,
                "name": r.presenter.name,
                "score": fmt_score(r.score) or None,
            }
        )
    return rows
