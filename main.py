"""Arena's entry point: no arguments (or --demo) opens the host's window; a subcommand runs the CLI."""

import multiprocessing
import sys

from ui.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the bundled app's tally process starts through this program
    sys.exit(main())
