"""Arena's entry point: no arguments (or --demo) opens the host's window; a subcommand runs the CLI."""

import sys


def main() -> int:
    args = sys.argv[1:]
    if not args or args[0] in ("--demo", "--open") or args[0].endswith(".arena"):
        from ui.app import run_gui

        return run_gui(args)
    from arena.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
