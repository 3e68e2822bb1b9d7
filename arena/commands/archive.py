"""Subcommands for the archive: report, verify, cards, export."""

from __future__ import annotations

import sys
from pathlib import Path

from ..model import InputError
from ..problems import problem


def _output(path: str, suffixes: tuple[str, ...]) -> Path:
    """An output path a user typed: the right kind of file, in a folder that exists."""
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise InputError(problem("output_kind", path=str(out), suffixes=" or ".join(suffixes)))
    if not out.parent.is_dir():
        raise InputError(problem("no_folder", path=str(out.parent)))
    if out.is_dir():
        raise InputError(problem("is_folder", path=str(out)))
    return out


def _report(args) -> int:
    from ..report import write_report

    anonymous = True if args.anonymous else False if args.names else None
    out = write_report(args.file, _output(args.out, (".pdf",)), anonymous=anonymous)
    print(f"wrote {out}")
    return 0


def _verify(args) -> int:
    from ..verify import verify

    result = verify(args.file, args.report)
    print(f"integrity hash (SHA-256): {result.integrity_hash}")
    for note in result.notes:
        print(f"note: {note}")
    if result.ok:
        checked = "the submission log, the scores and the results agree"
        if args.report:
            checked += f"; {Path(args.report).name} prints this hash"
        print(f"OK: {checked}")
        return 0
    print(f"FAILED: {len(result.problems)} problem(s)", file=sys.stderr)
    for found in result.problems:
        print(f"  - {found}", file=sys.stderr)
    return 1


def _cards(args) -> int:
    from ..cards import write_cards
    from ..lan import room_base_url
    from ..server.links import DEFAULT_PORT

    base = args.base or room_base_url(DEFAULT_PORT)  # cards with 127.0.0.1 on them are dead in the room
    if not base.startswith(("http://", "https://")):
        raise InputError(problem("base_incomplete", base=base))
    if args.audience is not None:  # issue 13: the audience's one-time seat codes
        from ..audience_cards import write_seat_cards

        out = write_seat_cards(args.file, _output(args.out, (".pdf",)), base, args.audience)
        print(f"wrote {out}: {args.audience} audience seat codes (links to {base})")
        return 0
    out = write_cards(
        args.file, _output(args.out, (".pdf",)), base, args.wifi or "", args.wifi_password or ""
    )
    print(f"wrote {out} (links to {base})")
    return 0


def _export(args) -> int:
    from ..exports import export

    if args.recount:
        from ..recount import write_recount

        out = write_recount(args.file, _output(args.out, (".xlsx",)))
        print(f"wrote {out}")
        return 0
    out = export(args.file, _output(args.out, (".xlsx", ".csv", ".json")))
    print(f"wrote {out}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("report", help="write the PDF report for the archive")
    p.add_argument("file")
    p.add_argument("out", metavar="OUT.pdf")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--anonymous", action="store_true", help="show reviewers as group and number")
    who.add_argument("--names", action="store_true", help="show reviewers by name")
    p.set_defaults(run=_report)

    p = sub.add_parser("verify", help="check the file against its submission log (and a report's hash)")
    p.add_argument("file")
    p.add_argument("report", nargs="?", metavar="REPORT.pdf")
    p.set_defaults(run=_verify)

    p = sub.add_parser("cards", help="print reviewer cards with QR codes, 8 per A4 page")
    p.add_argument("file")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--base", metavar="URL", help="the reviewers' server address (default: this laptop's)")
    p.add_argument("--wifi", metavar="NAME", help="the room's Wi-Fi name, printed on each card")
    p.add_argument("--wifi-password", metavar="PASSWORD", help="its password, printed with it")
    p.add_argument(
        "--audience", type=int, metavar="N", help="print N one-time audience seat codes instead (join: seats)"
    )
    p.set_defaults(run=_cards)

    p = sub.add_parser("export", help="export results and raw scores to .xlsx, .csv or .json")
    p.add_argument("file")
    p.add_argument("out", metavar="OUT.xlsx|OUT.csv|OUT.json")
    p.add_argument(
        "--recount",
        action="store_true",
        help="write the recount workbook (.xlsx): raw marks and every result as live Excel formulas",
    )
    p.set_defaults(run=_export)
