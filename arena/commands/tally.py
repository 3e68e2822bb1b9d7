"""`arena tally FILE [--json] [--explain]`: the ranking as a readable table, or as JSON."""

from __future__ import annotations

import json
import unicodedata

from ..rounding import describe_en
from ..store import Store
from ..tally import Tally, fmt_score, tally, tally_json
from ..tally.explain import explain, method_text


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def rank_text(rank: int | None, shared: bool) -> str:
    return "-" if rank is None else f"{rank}{'=' if shared else ''}"


def table_lines(result: Tally, title: str = "") -> list[str]:
    groups = [g.group for g in result.presenters[0].groups] if result.presenters else []
    header = ["rank", "presenter", "score", "ballots"] + groups
    rows = [
        [
            rank_text(p.rank, p.shared_rank),
            p.presenter.name,
            fmt_score(p.score) or "-",
            f"{p.ballots}/{p.eligible}",
        ]
        + [fmt_score(g.score) or "-" for g in p.groups]
        for p in result.presenters
    ]
    widths = [max(display_width(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    right = [False, False] + [True] * (len(header) - 2)

    def line(cells):
        return "  ".join(pad(str(c), w, r) for c, w, r in zip(cells, widths, right)).rstrip()

    out = []
    if result.provisional:
        counts = f"{result.ballots} of {result.eligible} ballots in"
        out.append(f"*** PROVISIONAL: scoring is not closed ({counts}) ***")
    if title:
        out.append(title)
    out.append(f"method: {method_text(result)}")
    if result.rounding:
        out.append(f"rounding: {describe_en(result.rounding)}")
    out += [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    notes = [f"{p.presenter.name}: {p.tie_break}" for p in result.presenters if p.tie_break]
    if notes:
        out += ["", "ties:"] + [f"  {n}" for n in notes]
    warnings = list(result.warnings)
    warnings += [f"{p.presenter.name}: {w}" for p in result.presenters for w in p.warnings]
    if warnings:
        out += ["", "warnings:"] + [f"  {w}" for w in warnings]
    return out


def _run(args) -> int:
    with Store.open(args.file) as store:
        result = tally(store)
        title = store.contest().title
    if args.json:
        print(json.dumps(tally_json(result), ensure_ascii=False, indent=2))
        return 0
    lines = table_lines(result, title)
    if args.explain:
        for p in result.presenters:
            lines += [""] + explain(p, result)
    print("\n".join(lines))
    return 0


def register(sub) -> None:
    p = sub.add_parser("tally", help="compute and print the results (exact; provisional until closed)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--explain", action="store_true", help="explain every presenter's result line by line")
    p.set_defaults(run=_run)
