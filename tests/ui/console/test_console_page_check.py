"""The console opens a contest file with only its small tables checked and checks every other page in
the background (a full check costs about a second on a large file: bench/bench_open_check.py). Damage
that only the full check sees still closes the file, says so in the host's language and frees its lock."""

from __future__ import annotations

import sqlite3

import pytest

from arena.demo import write_demo
from arena.open_errors import ContestFileError
from arena.store import Store, pages_damaged
from tests.ui.console.test_console_damaged import answer_open_error
from ui.console.file_lock import lock_path


def damaged_index(tmp_path):
    """The demo with ballots, one page of the ballots' client-id index zeroed: nothing reads it at open."""
    path = tmp_path / "contest.arena"
    write_demo(path, ballots=True).close()
    conn = sqlite3.connect(path)
    page = conn.execute(
        "SELECT max(pageno) FROM dbstat WHERE name = 'sqlite_autoindex_submissions_1' AND pagetype = 'leaf'"
    ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\0" * size)
    return path


def test_the_setup_check_passes_and_the_full_check_finds_it(tmp_path):
    broken = damaged_index(tmp_path)
    Store.open(broken, check="setup").close()  # the small tables are sound
    assert pages_damaged(broken)
    with pytest.raises(ContestFileError) as caught:
        Store.open(broken)  # the commands check every page
    assert caught.value.code == "damaged"
    good = tmp_path / "good.arena"
    write_demo(good, ballots=True).close()
    assert not pages_damaged(good)


def test_the_console_finds_it_in_the_background_and_says_so(open_console, qtbot, tmp_path):
    broken = damaged_index(tmp_path)
    window = open_console()
    window.set_language("zh_CN")
    seen = answer_open_error(choose_backup=False)
    assert window.open_contest(broken)  # opened at once: the full check runs off the GUI thread
    qtbot.waitUntil(lambda: bool(seen) and window.controller is None, timeout=60000)
    assert str(broken) in seen[0] and "已损坏" in seen[0]
    assert not lock_path(broken).exists()
