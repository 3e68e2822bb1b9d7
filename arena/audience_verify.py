"""`arena verify` for the audience (issue 13): its ballots in the log against its marks in the file.

An audience phone's ballots are `submissions` rows like a reviewer's; their marks are kept in
`audience_scores`. Each logged audience ballot must fit the audience's form (every mark of the form,
within its range), a phone must have at most one ballot per presenter, and the file's audience marks
must be exactly the logged ones. Problems are English lines, as the rest of `arena verify`'s.
"""

from __future__ import annotations

import json

from .intake import BallotRules
from .store import Store


def audience_log_problems(store: Store) -> list[str]:
    phones = store.audience_ids()
    if not phones:
        return []
    contest = store.contest()
    setup = contest.audience
    form = {c.id: c for c in BallotRules(contest, ()).audience_form}
    presenters = {p.id: p.name for p in contest.presenters}
    least = setup.least_units if setup is not None else 0
    problems: list[str] = []
    expected: dict[tuple[int, int, int], tuple[int, int]] = {}
    seen: set[tuple[int, int]] = set()
    for sid, rid, pid, ballot, _source, _raw in store.logged_ballots():
        if rid not in phones:
            continue
        where = f"submission #{sid} (an audience phone for {presenters.get(pid, f'presenter #{pid}')})"
        try:
            units = {int(c): int(u) for c, u in json.loads(ballot).items()}
        except (ValueError, TypeError, AttributeError):
            problems.append(f"{where} is not a readable ballot")
            continue
        if pid not in presenters:
            problems.append(f"{where} names a presenter the contest does not have")
        if set(units) != set(form):
            problems.append(f"{where} does not fit the audience's ballot form")
        for cid, value in units.items():
            c = form.get(cid)
            if c is not None and not least <= value <= c.max_units:
                problems.append(f"{where} gives {c.name} {c.from_units(value)}, outside its range")
        if (rid, pid) in seen:
            problems.append(f"{where} is a second ballot from one audience phone for one presenter")
        seen.add((rid, pid))
        expected.update({(rid, pid, cid): (value, sid) for cid, value in units.items()})
    actual = {(r, p, c): (v, sid) for r, p, c, v, sid in store.audience_score_rows()}
    for key in sorted(actual.keys() | expected.keys()):
        if actual.get(key) != expected.get(key):
            name = presenters.get(key[1], f"presenter #{key[1]}")
            problems.append(f"an audience mark for {name}: the file and the submission log disagree")
    return problems
