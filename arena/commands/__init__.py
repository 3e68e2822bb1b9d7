"""Subcommands of the `arena` command line, one module per concern."""
