"""Subcommands that settle things before the meeting (issue 13): `objective` (实绩) and `draw` (抽签)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..model import InputError
from ..store import Store


def _objective(args) -> int:
    from ..objective import ObjectiveRefused, objective_hash
    from ..objective_io import read_values
    from ..tally.objective import converted
    from ..tally.results import fmt_score

    with Store.open(args.file) as store:
        if args.values:
            items = read_values(args.values, store.contest())
            try:
                store.set_objective(items, Path(args.values).name)
            except ObjectiveRefused as exc:
                raise InputError(str(exc)) from None
            print(f"imported {len(items)} objective item(s) from {args.values}")
        contest = store.contest()
        locked = store.session_row()["phase"] != "setup"
    if not contest.objective:
        print("no objective items (实绩) in this contest")
        return 0
    for item, scores in converted(contest):
        print(
            f"{item.name}: weight {item.weight.normalize():f}%, source {item.source or '-'}, rule {item.rule}"
        )
        for p in contest.presenters:
            value = item.value_of(p.name)
            shown = (
                "no value" if value is None else f"{value.normalize():f} -> {fmt_score(scores.get(p.name))}"
            )
            print(f"  {p.name}: {shown}")
    state = "locked at the start" if locked else "may still change until the start"
    print(f"SHA-256 {objective_hash(contest.objective)} ({state})")
    return 0


def _witnesses(args) -> list[tuple[str, str]]:
    out = []
    for raw in args.witness or []:
        name, sep, value = raw.partition("=")
        if not sep:
            raise InputError(f"--witness {raw!r}: give NAME=INPUT, e.g. --witness 张三=3,5,1")
        out.append((name, value))
    return out


def _ask_witnesses(draw, out) -> None:
    """Interactive: each witness types a name and an input; an empty name ends the list."""
    from ..draw import DrawRefused

    while True:
        name = input("witness name (empty to finish): ").strip()
        if not name:
            if draw.witnesses:
                return
            print("at least one witness is needed", file=out)
            continue
        value = input(f"{name}, type numbers or dice throws: ")
        try:
            draw.add_witness(name, value)
        except DrawRefused as exc:
            print(exc, file=out)


def _draw(args) -> int:
    from ..draw import Draw, DrawRefused, cancel_draw, check_witness
    from ..session import Session

    with Store.open(args.file) as store:
        session = Session(store)
        try:
            if args.cancel:
                number = cancel_draw(session, args.reason or "")
                print(f"draw {number} cancelled; the queue stays as it is until a new draw")
                return 0
            given = [check_witness(n, v) for n, v in _witnesses(args)]  # checked before the commitment
            interactive = not given and sys.stdin.isatty()
            if not given and not interactive:
                raise DrawRefused("draw_no_witness")
            draw = Draw(session)
            print(f"commitment (SHA-256 of the secret seed): {draw.commit()}", flush=True)
            if interactive:
                _ask_witnesses(draw, sys.stdout)
            else:
                for name, value in given:
                    draw.add_witness(name, value)
            for name, value in draw.witnesses:
                print(f"witness {name}: {value}")
            order = draw.reveal()
        except DrawRefused as exc:
            raise InputError(str(exc)) from None
        names = {p.id: p.name for p in store.presenters()}
    print(f"seed: {draw.seed_hex}")
    print("order:")
    for i, pid in enumerate(order, start=1):
        print(f"  {i}. {names[pid]} (id {pid})")
    print("anyone can recompute it: see docs/draw.md; `arena verify` checks it")
    return 0


def register(sub) -> None:
    p = sub.add_parser("objective", help="show or import the objective pre-scores (实绩), before the start")
    p.add_argument("file")
    p.add_argument("values", nargs="?", metavar="VALUES.xlsx|VALUES.json")
    p.set_defaults(run=_objective)

    p = sub.add_parser("draw", help="draw the speaking order by lot (抽签), verifiably, with witnesses")
    p.add_argument("file")
    p.add_argument(
        "--witness",
        action="append",
        metavar="NAME=INPUT",
        help="a witness and the numbers they give (repeat)",
    )
    p.add_argument("--cancel", action="store_true", help="cancel the draw in force (logged and printed)")
    p.add_argument("--reason", metavar="TEXT", help="why the draw is cancelled")
    p.set_defaults(run=_draw)
