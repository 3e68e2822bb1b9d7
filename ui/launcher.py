"""Arena's entry point, shared by `python main.py`, the `arena` script and the standalone app.

No arguments, --demo, --open or a FILE.arena opens the host's window (Qt is imported
only then); anything else is a subcommand of the Qt-free command line (arena.cli).
`--check-start` opens the window as usual, prints what it loaded, closes it and exits:
the smoke test of an installed or bundled app uses it.
"""

from __future__ import annotations

import sys


def wants_gui(args: list[str]) -> bool:
    return not args or args[0] in ("--demo", "--open", "--check-start") or args[0].endswith(".arena")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_gui(args):
        from ui.app import run_gui

        return run_gui(args)
    from arena.cli import main as cli_main

    return cli_main(args)


def main_exit() -> None:
    """The `arena` console script."""
    sys.exit(main())
