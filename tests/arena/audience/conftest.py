"""Fixtures for the audience tests: a contest with an audience group, served on a real socket."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from audience_served import Served, audience_file  # noqa: E402


@pytest.fixture
def serve(tmp_path):
    """serve(**audience) -> Served; every server is stopped at the end of the test."""
    started: list[Served] = []

    def start(**audience) -> Served:
        served = Served(audience_file(tmp_path / f"c{len(started)}.arena", **audience))
        started.append(served)
        return served

    yield start
    for served in started:
        served.stop()
