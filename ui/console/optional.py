"""Parts of Arena built alongside the console, imported only when present.

The console shows a disabled button (with the reason as its tooltip) for a part
that is missing or not finished, instead of failing to start.
"""

from __future__ import annotations

import importlib
import importlib.util


def module_present(module: str) -> bool:
    """Whether `module` is there, without importing it (the server's stack alone takes a second to import)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:  # its parent package is missing
        return False


def optional_attr(module: str, name: str):
    """`module.name`, or None when the module does not exist (yet)."""
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError:
        return None
    except AttributeError:
        return None


def reviewer_server_class():
    return optional_attr("arena.server.runner", "ReviewerServer")


def tally_function():
    """arena.scoring.tally, or None while it is still the interface stub."""
    tally = optional_attr("arena.scoring", "tally")
    source = getattr(getattr(tally, "__code__", None), "co_names", ())
    if tally is None or "NotImplementedError" in source:
        return None
    return tally


def projector_class():
    return optional_attr("ui.projector", "ProjectorWindow")


def cards_writer():
    return optional_attr("arena.cards", "write_cards")


def report_writer():
    return optional_attr("arena.report", "write_report")


def exporter():
    return optional_attr("arena.exports", "export")
