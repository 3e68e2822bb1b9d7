"""The setup editor's document: a plain snapshot of the tables, and its validation by the import's rules.

A snapshot is a dict of lists of row dicts (strings as typed). Each row has a
stable `_key` so that recusals survive renames and reordering, and the database
`id` of rows that already exist, so that saving keeps tokens and scores.
Validation runs arena.setup.parse_setup, the very function the Excel and JSON
import use, and maps each problem back to its table cell.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import replace

from arena.model import Contest, InputError, Problem
from arena.setup import contest_to_dict, parse_setup

COLUMNS = {
    "criteria": ("name", "max", "step", "weight"),
    "groups": ("name", "weight"),
    "reviewers": ("name", "group", "title"),
    "presenters": ("name", "speaker", "unit", "minutes", "phases"),  # phases: "陈述 5, 答询 5" (issue 17)
}
INFO_FIELDS = ("title", "date", "venue", "organizer", "presenter_noun")
_new_keys = itertools.count(1)


def new_key() -> str:
    return f"new{next(_new_keys)}"


def empty_row(list_name: str) -> dict:
    return {"_key": new_key(), "id": None, **{f: "" for f in COLUMNS[list_name]}}


def snapshot_of(contest: Contest) -> dict:
    """The editable form of a stored (or imported) contest."""
    data = contest_to_dict(contest)
    snap = {"info": {f: data[f] for f in INFO_FIELDS}, "scoring": data["scoring"]}
    for list_name in COLUMNS:
        items = getattr(contest, list_name)
        snap[list_name] = [
            {
                "_key": f"id{x.id}" if x.id is not None else new_key(),
                "id": x.id,
                **{f: _text(row.get(f, "")) for f in COLUMNS[list_name]},
            }
            for x, row in zip(items, data[list_name])
        ]
    presenter_key = {p["name"]: p["_key"] for p in snap["presenters"]}
    snap["recusals"] = sorted(
        [row["_key"], presenter_key[name]]
        for row, r in zip(snap["reviewers"], contest.reviewers)
        for name in r.recuse
    )
    return snap


def copy_snapshot(value):
    """A deep copy of a snapshot (plain dicts, lists and immutable values), three times faster than
    copy.deepcopy: a 500-reviewer setup is copied on every load and edit."""
    if isinstance(value, dict):
        return {k: copy_snapshot(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_snapshot(v) for v in value]
    if isinstance(value, tuple):
        return tuple(copy_snapshot(v) for v in value)
    return value  # str, int, bool, None, Decimal: immutable


def _text(value) -> str:
    return "" if value is None else str(value)


def adopt_ids(imported: dict, current: dict) -> dict:
    """Give rows of an imported setup the ids of same-named rows already stored (keeps tokens)."""
    result = copy.deepcopy(imported)
    for list_name in COLUMNS:
        known = {row["name"]: row["id"] for row in current[list_name] if row["id"] is not None}
        for row in result[list_name]:
            row["id"] = known.get(row["name"])
    return result


def setup_document(snap: dict) -> dict:
    """The parse_setup input (the JSON setup form) for a snapshot."""
    presenter_names = {p["_key"]: p["name"] for p in snap["presenters"]}
    recused: dict[str, list[str]] = {}
    for rkey, pkey in snap["recusals"]:
        if pkey in presenter_names:
            recused.setdefault(rkey, []).append(presenter_names[pkey])
    doc = {**snap["info"], "scoring": dict(snap["scoring"])}
    for list_name, fields in COLUMNS.items():
        doc[list_name] = [{f: row[f] for f in fields if row[f] != ""} for row in snap[list_name]]
    for row, out in zip(snap["reviewers"], doc["reviewers"]):
        out["recuse"] = recused.get(row["_key"], [])
    return doc


def validate(snap: dict) -> tuple[Contest | None, list[Problem]]:
    """(the contest with ids, []) when valid, else (None, the problems, each naming its list, row and field)."""
    try:
        contest = parse_setup(setup_document(snap))
    except InputError as exc:
        return None, list(exc.problems)
    with_ids = {
        list_name: tuple(
            replace(x, id=row["id"]) for x, row in zip(getattr(contest, list_name), snap[list_name])
        )
        for list_name in COLUMNS
    }
    return replace(contest, **with_ids), []


def move_rows(rows: list, source: list[int], target: int) -> list:
    """The rows with those at `source` moved (in order) to before position `target`."""
    moving = [rows[i] for i in sorted(source)]
    rest = [row for i, row in enumerate(rows) if i not in set(source)]
    before = sum(1 for i in source if i < target)
    insert_at = max(0, min(len(rest), target - before))
    return rest[:insert_at] + moving + rest[insert_at:]
