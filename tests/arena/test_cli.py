"""The command line, run as a user runs it: a real process, exit codes, messages on stderr."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arena.store import Store

ROOT = Path(__file__).resolve().parents[2]


def arena(*args, check=True):
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_demo_template_new_and_info(tmp_path):
    out = arena("demo", tmp_path / "d.arena", "--ballots").stdout
    assert "8 presenters, 30 reviewers" in out
    info = arena("info", tmp_path / "d.arena").stdout
    assert "某区“2+6”特色产业链擂台赛" in info and "presenters: 8" in info and "criteria:   4" in info
    assert "reviewers:  30 (8 recusals)" in info and "scores:     928" in info
    arena("template", tmp_path / "t.xlsx")
    assert "30 reviewers" in arena("new", tmp_path / "n.arena", "--from", tmp_path / "t.xlsx").stdout


def test_the_cli_script_and_main_py_are_the_same_entry(tmp_path):
    from arena.cli import main

    assert main(["demo", str(tmp_path / "same.arena")]) == 0
    assert Store.open(tmp_path / "same.arena").counts()["presenters"] == 8


@pytest.mark.parametrize(
    "args, message",
    [
        (["info", "{tmp}/missing.arena"], "no such contest file"),
        (["new", "{tmp}/x.arena", "--from", "{tmp}/missing.json"], "no such file"),
        (["new", "{tmp}/x.arena", "--from", "{tmp}/bad.json"], "criteria #1, max"),
        (["import-scores", "{tmp}/d.arena", "{tmp}/bad.csv"], "unknown reviewer"),
    ],
)
def test_user_mistakes_exit_2_with_a_message_and_no_traceback(tmp_path, args, message):
    arena("demo", tmp_path / "d.arena")
    (tmp_path / "bad.json").write_text(
        json.dumps(
            {
                "title": "t",
                "criteria": [{"name": "a", "max": -1}],
                "groups": [{"name": "g"}],
                "reviewers": [{"name": "r", "group": "g"}],
                "presenters": [{"name": "p"}],
            }
        ),
        "utf-8",
    )
    (tmp_path / "bad.csv").write_text(
        "reviewer,presenter,criterion,score\n无名氏,数字经济,工作成效,30\n", "utf-8"
    )
    result = arena(*[a.format(tmp=tmp_path) for a in args], check=False)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.arena").exists()


def _write_scores(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["reviewer", "presenter", "criterion", "score"])
        writer.writerows(rows)


def _full_rows(store, reviewer_names, value="8"):
    contest = store.contest()
    return [
        [r.name, p.name, c.name, value]
        for r in contest.reviewers
        if r.name in reviewer_names
        for p in contest.presenters
        if p.name not in r.recuse
        for c in contest.criteria
    ]


def test_import_scores_records_host_ballots_with_file_name_and_hash(tmp_path):
    arena("demo", tmp_path / "d.arena")
    store = Store.open(tmp_path / "d.arena")
    names = [r.name for r in store.contest().reviewers[8:10]]
    _write_scores(tmp_path / "paper.csv", _full_rows(store, names, "9.5"))
    out = arena("import-scores", tmp_path / "d.arena", tmp_path / "paper.csv").stdout
    assert "imported 16 ballots" in out
    rows = store.conn.execute("SELECT DISTINCT source, note FROM submissions").fetchall()
    assert len(rows) == 1 and rows[0][0] == "import"
    assert rows[0][1].startswith("paper.csv sha256=") and len(rows[0][1].split("=")[1]) == 64
    assert {v for (v,) in store.conn.execute("SELECT value FROM scores")} == {19}  # 9.5 in steps of 0.5


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda rows: rows.append(["周敏", "数字经济", "无此项", "1"]), "unknown criterion"),
        (lambda rows: rows.__setitem__(0, rows[0][:3] + ["41"]), "outside 0 to 40"),
        (lambda rows: rows.__setitem__(0, rows[0][:3] + ["10.3"]), "not a multiple of 0.5"),
        (lambda rows: rows.__setitem__(0, rows[0][:3] + ["abc"]), "is not a number"),
        (lambda rows: rows.pop(1), "no mark for"),
        (lambda rows: rows.append(["王建国", "总部经济", "工作成效", "30"]), "recused"),
        (lambda rows: rows.append(["周敏", "无此链", "工作成效", "30"]), "unknown presenter"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(tmp_path, mutate, message):
    arena("demo", tmp_path / "d.arena")
    store = Store.open(tmp_path / "d.arena")
    rows = _full_rows(store, ["周敏", "吴昊"])
    mutate(rows)
    _write_scores(tmp_path / "bad.csv", rows)
    result = arena("import-scores", tmp_path / "d.arena", tmp_path / "bad.csv", check=False)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "line" in result.stderr
    assert store.counts()["submissions"] == 0 and store.counts()["scores"] == 0


def test_a_killed_import_leaves_the_file_whole_and_the_import_all_or_nothing(tmp_path):
    reviewers = [{"name": f"评委{i:03d}", "group": "组"} for i in range(300)]
    presenters = [{"name": f"项目{i:02d}"} for i in range(40)]
    setup = {
        "title": "大型",
        "criteria": [{"name": f"指标{c}", "max": 10} for c in range(4)],
        "groups": [{"name": "组"}],
        "reviewers": reviewers,
        "presenters": presenters,
    }
    (tmp_path / "big.json").write_text(json.dumps(setup, ensure_ascii=False), "utf-8")
    rows = [
        [r["name"], p["name"], f"指标{c}", "7.5"] for r in reviewers for p in presenters for c in range(4)
    ]
    _write_scores(tmp_path / "big.csv", rows)
    expected = len(reviewers) * len(presenters)
    outcomes = set()
    for delay in (0.4, 0.8, 1.2, 1.6, 2.4):
        target = tmp_path / f"big-{delay}.arena"
        arena("new", target, "--from", tmp_path / "big.json")
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "import-scores", target, tmp_path / "big.csv"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        conn = sqlite3.connect(target)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM submissions").fetchone()[0]
        scores = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
        conn.close()
        assert (count, scores) in ((0, 0), (expected, expected * 4))
        outcomes.add((killed, count))
    assert (True, 0) in outcomes  # at least one kill really landed before the commit
