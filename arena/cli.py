"""The command line: `arena SUBCOMMAND ...` (the same as `python main.py SUBCOMMAND ...`).

Each concern keeps its subcommands in a module under arena/commands/ with a
`register(subparsers)` function; this module only wires them up and turns a
user's mistake into a message on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys

from . import __version__
from .model import InputError
from .open_errors import ContestFileError
from .store import BallotRefused

COMMAND_MODULES = (
    "arena.commands.setup",
    "arena.commands.tally",
    "arena.commands.server",
    "arena.commands.archive",
    "arena.commands.prep",
)

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="arena", description="Run a live scoring contest (擂台赛).")
    parser.add_argument("--version", action="version", version=f"arena {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or EXIT_OK
    except (InputError, BallotRefused) as exc:
        print(f"arena {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except sqlite3.DatabaseError:  # damage the open-time check could not see: still one line, no traceback
        damaged = ContestFileError("damaged", getattr(args, "file", "") or "?")
        print(f"arena {args.command}: {damaged}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `arena tally x | head` is not an error
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())


def main_exit() -> None:
    """The `arena` console script."""
    sys.exit(main())
