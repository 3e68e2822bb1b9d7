"""`arena tally FILE [--json] [--explain]` as a host runs it on the laptop."""

from __future__ import annotations

import json

from score_builders import create_contest

from arena.cli import main
from arena.session import Session
from arena.store import Store
from arena.tally import fmt_score, tally, tally_json


def test_table_of_the_demo_contest(demo_scored_path, capsys):
    assert main(["tally", str(demo_scored_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("*** PROVISIONAL") and "232 of 232 ballots in" in out[0]
    header = next(line for line in out if line.startswith("rank"))
    assert header.split() == ["rank", "presenter", "score", "ballots", "区级领导", "部门负责人", "代表委员"]
    with Store.open(demo_scored_path) as store:
        result = tally(store)
    rows = out[out.index(header) + 2 : out.index(header) + 10]
    for line, p in zip(rows, result.presenters):
        cells = line.split()
        assert cells[:4] == [str(p.rank), p.presenter.name, fmt_score(p.score), "29/29"]
        assert cells[4:] == [fmt_score(g.score) for g in p.groups]
    assert rows[0].split()[1] == "都市工业"


def test_shared_ranks_and_warnings_in_the_table(tmp_path, capsys):
    setup = {
        "title": "t",
        "criteria": [{"name": "x", "max": "10", "step": "1"}],
        "groups": [{"name": "组"}],
        "reviewers": [{"name": f"r{i}", "group": "组"} for i in (1, 2, 3)],
        "presenters": [{"name": "甲"}, {"name": "乙"}, {"name": "丙"}, {"name": "丁"}],
    }
    ballots = {("r1", "甲"): {"x": 9}, ("r1", "乙"): {"x": 7}, ("r1", "丙"): {"x": 7}}
    path = tmp_path / "t.arena"
    create_contest(path, setup, ballots).close()
    assert main(["tally", str(path)]) == 0
    out = capsys.readouterr().out
    ranks = [line.split()[0] for line in out.splitlines() if line[:1] in "12-" and "/" in line]
    assert ranks == ["1", "2=", "2=", "-"]
    assert "丁: no scores yet" in out
    assert "甲: 组: only 1 of 3 eligible reviewers scored (below quorum)" in out
    assert "乙: tied on 70.00 with 丙; no tie-break rule, rank shared" in out


def test_no_provisional_banner_once_closed(demo_scored_path, capsys):
    with Store.open(demo_scored_path) as store:
        Session(store).close_contest()
    assert main(["tally", str(demo_scored_path)]) == 0
    assert "PROVISIONAL" not in capsys.readouterr().out


def test_json_output_is_the_tally_json(demo_scored_path, capsys):
    assert main(["tally", str(demo_scored_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    with Store.open(demo_scored_path) as store:
        assert printed == json.loads(json.dumps(tally_json(tally(store))))
    assert printed["method"] == "trimmed" and printed["provisional"] is True
    assert [p["rank"] for p in printed["presenters"]] == list(range(1, 9))


def test_explain_shows_the_formula_and_the_dropped_totals(demo_scored_path, capsys):
    assert main(["tally", str(demo_scored_path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "F = (50 × " in out and "dropped (highest)" in out and "区级领导 评委1" in out
    assert "王建国" not in out  # the demo is anonymous: reviewers by group and number


def test_bad_files_are_a_clear_error_not_a_traceback(tmp_path, capsys):
    assert main(["tally", str(tmp_path / "missing.arena")]) == 2
    assert "no such contest file" in capsys.readouterr().err
    junk = tmp_path / "junk.arena"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["tally", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "not an Arena contest file" in err and "Traceback" not in err
