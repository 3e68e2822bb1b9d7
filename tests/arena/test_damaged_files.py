"""Damaged or foreign contest files (issue 14, item 10): every command that opens a file exits 2 with
one line on stderr, naming the file and the latest backup, and never a traceback.

The damaged file is a real copy of the demo contest with 20 KB zeroed in the middle, as a failing disk
or an interrupted copy leaves it; the commands run as a user runs them, in a real process.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from arena.backups import write_backup
from arena.cli import build_parser
from arena.demo import write_demo
from arena.open_errors import ContestFileError
from arena.store import Store

ROOT = Path(__file__).resolve().parents[2]

# The arguments after FILE for each command that opens a contest file.
EXTRA = {
    "info": [],
    "tally": [],
    "report": ["out.pdf"],
    "verify": [],
    "cards": ["cards.pdf", "--base", "http://192.168.1.20:8700"],
    "export": ["out.json"],
    "serve": ["--port", "0"],
    "links": ["--base", "http://192.168.1.20:8700"],
    "import-scores": ["ballots.csv"],
    "objective": [],  # issue 13
    "draw": ["--witness", "张三=3 5 1"],
}


def commands_that_open_a_file() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name
        for name, p in sub.choices.items()
        if any(a.dest == "file" for a in p._actions) and name not in ("demo", "new")  # these write one
    }


def zeroed_copy(tmp_path: Path, name: str = "broken.arena") -> Path:
    good = tmp_path / "good.arena"
    write_demo(good, ballots=True).close()
    broken = tmp_path / name
    shutil.copy(good, broken)
    size = broken.stat().st_size
    with open(broken, "r+b") as f:
        f.seek(size // 2 - 10240)
        f.write(b"\0" * 20480)
    return broken


def run(*args, cwd):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_every_file_command_is_covered():
    assert commands_that_open_a_file() == set(EXTRA)


@pytest.mark.parametrize("command", sorted(EXTRA))
def test_a_damaged_file_is_one_line_and_exit_2(tmp_path, command):
    broken = zeroed_copy(tmp_path)
    (tmp_path / "ballots.csv").write_text("reviewer,presenter,criterion,score\n", encoding="utf-8")
    result = run(command, broken, *EXTRA[command], cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(broken) in lines[0] and "damaged" in lines[0] and "no backup" in lines[0]
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "out.json").exists()


def test_the_message_names_the_latest_backup(tmp_path):
    contest = tmp_path / "contest.arena"
    write_demo(contest, ballots=True).close()
    write_backup(contest, "start")
    latest = write_backup(contest, "periodic")
    with open(contest, "r+b") as f:
        f.seek(contest.stat().st_size // 2 - 10240)
        f.write(b"\0" * 20480)
    result = run("info", contest, cwd=tmp_path)
    assert result.returncode == 2
    assert f"the latest backup is {latest}" in result.stderr
    with Store.open(latest) as store:  # and the backup itself opens
        assert store.counts()["scores"] > 0


@pytest.mark.parametrize("content", [b"%PDF-1.4 not a contest\n" * 100, b""])
def test_a_foreign_file_is_refused_by_code(tmp_path, content):
    foreign = tmp_path / "foreign.arena"
    foreign.write_bytes(content)
    with pytest.raises(ContestFileError) as caught:
        Store.open(foreign)
    assert caught.value.code == "not_arena" and caught.value.path == foreign
    result = run("tally", foreign, cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "not an Arena contest file" in result.stderr


def test_open_errors_carry_codes(tmp_path):
    broken = zeroed_copy(tmp_path)
    with pytest.raises(ContestFileError) as caught:
        Store.open(broken)
    assert caught.value.code == "damaged" and caught.value.backup is None
    with pytest.raises(ContestFileError) as caught:
        Store.open(tmp_path / "nowhere.arena")
    assert caught.value.code == "missing"
