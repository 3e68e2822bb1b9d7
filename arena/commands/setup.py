"""Subcommands that create contest files and bring data in: demo, template, new, info, import-scores."""

from __future__ import annotations

from pathlib import Path

from ..demo import write_demo
from ..intake import check_paper_rows, import_ballots
from ..io import read_scores_csv, read_setup, write_template
from ..model import InputError, Place, Problem
from ..rounding import describe_en
from ..store import BallotRefused, Store


def _demo(args) -> int:
    store = write_demo(args.file, ballots=args.ballots, overwrite=args.force)
    counts = store.counts()
    print(
        f"wrote {args.file}: {counts['presenters']} presenters, {counts['reviewers']} reviewers, "
        f"{counts['scores']} scores"
    )
    return 0


def _template(args) -> int:
    write_template(args.out)
    print(f"wrote {args.out}")
    return 0


def _new(args) -> int:
    contest = read_setup(args.source)  # validated in full before anything is written
    store = Store.create(args.file, contest, overwrite=args.force)
    counts = store.counts()
    print(
        f"wrote {args.file}: {counts['presenters']} presenters, {counts['criteria']} criteria, "
        f"{counts['groups']} groups, {counts['reviewers']} reviewers"
    )
    return 0


def _info(args) -> int:
    with Store.open(args.file) as store:
        contest = store.contest()
        counts = store.counts()
        audience = store.audience_state()  # issue 13
    s = contest.scoring
    method = s.method + (
        f" (drop {s.trim} highest and {s.trim} lowest, on {s.trim_level}s)" if s.trim else ""
    )
    lines = [
        contest.title,
        f"  date {contest.date or '-'}, venue {contest.venue or '-'}, organizer {contest.organizer or '-'}",
        f"  method: {method}",
        *([f"  rounding: {describe_en(s.rounding)}"] if s.rounding else []),
        *([f"  trimmed only from {s.trim_min} totals or marks"] if s.trim and s.trim_min else []),
        *([f"  full score: {s.full_score.normalize():f}"] if s.full_score != 100 else []),
        *_timing_lines(contest),  # issue 17
        f"  presenters: {counts['presenters']}",
        f"  criteria:   {counts['criteria']} ("
        + ", ".join(f"{c.name} {c.max}" for c in contest.criteria)
        + ")",
        f"  groups:     {counts['groups']} ("
        + ", ".join(f"{g.name} ×{g.weight}" for g in contest.groups)
        + ")",
        f"  reviewers:  {len(contest.reviewers)} ({counts['recusals']} recusals)",
        f"  scores:     {counts['scores']} from {counts['submissions']} submissions",
    ]
    if audience is not None:
        a = contest.audience
        lines.append(
            f"  audience:   {a.name} ×{a.weight}, ballot {a.ballot}, {a.aggregate}, join {a.join};"
            f" {audience['joined']} of {audience['cap']} phones joined"
            + ("" if audience["joining"] else " (joining closed)")
        )
    print("\n".join(lines))
    return 0


def _timing_lines(contest) -> list[str]:
    from ..phases import phases_text

    t = contest.timing
    own = sum(1 for p in contest.presenters if p.phases)
    lines = [f"  phases: {phases_text(t.phases)}"] if t.phases else []
    lines += [f"  own phases: {own} presenters"] if own else []
    lines += ["  scoring opens by itself when the last phase ends"] if t.auto_open else []
    if t.auto_close_s:
        lines.append(f"  scoring closes by itself {t.auto_close_s // 60} min after it opened")
    return lines


def _import_scores(args) -> int:
    with Store.open(args.file) as store:  # the contest file first: a damaged one is said before the sheet
        rows, digest = read_scores_csv(args.csv)
        ballots, problems = check_paper_rows(store, rows, digest)
        if problems:
            raise InputError(
                [
                    Problem(
                        Place(file=where),
                        "ballot_refused",
                        {"detail": str(exc), "refusal": exc.code, **exc.params},
                    )
                    for where, exc in problems
                ]
            )
        try:
            receipts = import_ballots(store, ballots, Path(args.csv).name, digest)
        except BallotRefused as exc:
            raise InputError(f"{args.csv}: {exc}") from None
    again = sum(r.duplicate for r in receipts)
    print(
        f"imported {len(ballots) - again} ballots from {args.csv} (sha256 {digest})"
        + (f"; {again} already in from an earlier import of this file" if again else "")
    )
    return 0


def register(sub) -> None:
    p = sub.add_parser("demo", help="write the built-in demo contest")
    p.add_argument("file")
    p.add_argument("--ballots", action="store_true", help="also fill in a seeded set of scores")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=_demo)

    p = sub.add_parser("template", help="write the Excel setup template")
    p.add_argument("out")
    p.set_defaults(run=_template)

    p = sub.add_parser("new", help="create a contest file from a setup (.xlsx or .json)")
    p.add_argument("file")
    p.add_argument("--from", dest="source", required=True, metavar="SETUP")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(run=_new)

    p = sub.add_parser("info", help="summarise a contest file")
    p.add_argument("file")
    p.set_defaults(run=_info)

    p = sub.add_parser(
        "import-scores", help="add paper ballots from a CSV (reviewer,presenter,criterion,score)"
    )
    p.add_argument("file")
    p.add_argument("csv")
    p.set_defaults(run=_import_scores)
