"""Parts of Arena the console imports only when first used, so that it starts fast.

The reviewers' server (uvicorn, FastAPI), the projector, the PDF report and the exports each
take a noticeable time to import; the console asks for them here when the host first needs one.
A part missing from a trimmed build comes back as None (its button is shown disabled).
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
    return optional_attr("arena.tally", "tally")


def projector_class():
    return optional_attr("ui.projector", "ProjectorWindow")


def cards_writer():
    return optional_attr("arena.cards", "write_cards")


def report_writer():
    return optional_attr("arena.report", "write_report")


def exporter():
    return optional_attr("arena.exports", "export")
