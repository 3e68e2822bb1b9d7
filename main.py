"""Arena's entry point: no arguments (or --demo) opens the host's window; a subcommand runs the CLI."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
