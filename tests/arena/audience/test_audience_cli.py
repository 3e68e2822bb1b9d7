"""The audience from the command line and in the setup (issue 13): seat cards, the room link, problems."""

from __future__ import annotations

import json
import subprocess

import pytest
from audience_served import audience_file

from arena.cli import main
from arena.model import InputError
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store
from audience_contest import SETUP


def test_seat_cards_carry_one_time_codes_that_the_file_knows(tmp_path, capsys):
    path = audience_file(tmp_path / "s.arena", join="seats")
    out = tmp_path / "seats.pdf"
    assert main(["cards", str(path), str(out), "--audience", "10", "--base", "http://192.168.1.20:8700"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    with Store.open(path) as store:
        codes = [r[0] for r in store.conn.execute("SELECT code FROM audience_seats")]
        logged = [e for e in store.session_log() if e["action"] == "audience_seats_issued"]
    assert len(codes) == len(set(codes)) == 10
    printed = text.replace(" ", "")
    assert all(code in printed for code in codes)
    assert text.count("大众评审") >= 10 and text.count("座位码") == 10  # two pages of eight cards
    assert logged[-1]["detail"] == {"count": 10, "total": 10}
    assert not any(
        code in json.dumps(logged, ensure_ascii=False) for code in codes
    )  # no usable code in the log
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(out), str(tmp_path / "page")], check=True)
    found = set()
    for page in sorted(tmp_path.glob("page-*.png")):
        decoded = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True).stdout
        found |= {line.strip() for line in decoded.splitlines() if line.strip()}
    with Store.open(path) as store:
        room = store.audience_state()["room_token"]
    assert found == {
        f"http://192.168.1.20:8700/a/{room}?seat={code}" for code in codes
    }  # each card its own code


def test_seat_cards_are_refused_for_an_open_room_and_the_room_link_is_printed(tmp_path, capsys):
    path = audience_file(tmp_path / "o.arena")
    assert main(["cards", str(path), str(tmp_path / "x.pdf"), "--audience", "5", "--base", "http://h:1"]) == 2
    assert "open room link" in capsys.readouterr().err
    assert main(["links", str(path), "--audience", "--base", "http://192.168.1.20:8700"]) == 0
    with Store.open(path) as store:
        room = store.audience_state()["room_token"]
    assert capsys.readouterr().out.strip() == f"http://192.168.1.20:8700/a/{room}"


def test_the_setup_round_trips_and_names_each_problem_by_code():
    contest = parse_setup(SETUP)
    assert contest.audience.ballot == "rating" and contest.groups[-1].kind == "audience"
    again = parse_setup(contest_to_dict(contest))
    assert again.audience == contest.audience and again.groups == contest.groups
    bad = dict(
        SETUP,
        audience={
            "name": "领导",
            "weight": "-3",
            "ballot": ["A", "Z"],
            "aggregate": "votes_top",
            "cap": 0,
            "join": "door",
        },
    )
    with pytest.raises(InputError) as caught:
        parse_setup(bad)
    codes = sorted(p.code for p in caught.value.problems if p.where.list == "audience")
    assert codes == sorted(
        [
            "audience_name_taken",
            "audience_weight",
            "audience_criterion",
            "audience_vote_pairing",
            "audience_cap",
            "audience_join",
        ]
    )
    assert all(p.where.list == "audience" for p in caught.value.problems)


def test_a_workbook_declares_the_audience_on_its_contest_sheet(tmp_path):
    import openpyxl

    from arena.io import read_setup, write_template

    path = tmp_path / "setup.xlsx"
    write_template(path)
    assert read_setup(path).audience is None  # the template itself has no audience
    wb = openpyxl.load_workbook(path)
    sheet = wb["比赛信息"]
    for row in (
        ["大众评审权重", 30],
        ["大众评审方式", "投票"],
        ["大众评审加入方式", "座位码"],
        ["大众评审人数上限", 300],
    ):
        sheet.append(row)
    wb.save(path)
    audience = read_setup(path).audience
    assert (audience.weight, audience.ballot, audience.aggregate, audience.join, audience.cap) == (
        30,
        "vote",
        "votes_top",
        "seats",
        300,
    )
    sheet.append(["大众评审汇总", "平均"])
    wb.save(path)
    with pytest.raises(InputError) as caught:
        read_setup(path)
    assert [p.code for p in caught.value.problems] == ["audience_vote_pairing"]
    assert str(caught.value.problems[0].where).startswith("sheet 比赛信息")
