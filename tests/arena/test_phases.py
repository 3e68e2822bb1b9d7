"""The presenter timer in phases (issue 17): the setup's phases, where the clock is, the automatic windows."""

from __future__ import annotations

import dataclasses
import json

import pytest

from arena.demo import demo_contest
from arena.io import read_setup, write_setup_json, write_template
from arena.model import InputError, Phase, Timing
from arena.phases import phase_at
from arena.session import Session
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store


class FakeClock:
    def __init__(self, t=1_800_000_000.0):
        self.t = t

    def __call__(self):
        return self.t


def _doc(**scoring):
    doc = contest_to_dict(demo_contest())
    doc["scoring"].update(scoring)
    return doc


def test_default_phases_time_every_presenter_and_a_presenter_may_have_their_own():
    doc = _doc(phases="陈述 5, 答询 5", auto_open_scoring="是", auto_close_minutes=3)
    doc["presenters"][1]["phases"] = [{"name": "陈述", "minutes": 8}, {"name": "答询", "minutes": 7}]
    contest = parse_setup(doc)
    assert contest.timing == Timing((Phase("陈述", 300), Phase("答询", 300)), True, 180)
    assert contest.presenters[0].phases == () and contest.presenters[0].time_limit_seconds == 600
    assert contest.presenters[1].phases == (Phase("陈述", 480), Phase("答询", 420))
    assert contest.presenters[1].time_limit_seconds == 900


def test_a_contest_without_phases_keeps_its_single_time_limit():
    contest = parse_setup(contest_to_dict(demo_contest()))
    assert contest.timing == Timing()
    assert contest.presenters[0].time_limit_seconds == 300


def test_bad_phases_are_all_reported_with_codes_and_where_they_are():
    doc = _doc(phases="陈述, 答询 0", auto_close_minutes="2.5")
    doc["presenters"][2]["phases"] = "1 2 3 4 5 6 7 8 9 10".replace(" ", ",")
    doc["presenters"][3]["phases"] = {"陈述": 5}
    with pytest.raises(InputError) as caught:
        parse_setup(doc)
    found = [(str(p.where), p.code, p.params) for p in caught.value.problems]
    assert ("scoring.phases", "phase_unreadable", {"index": 1, "raw": "陈述"}) in found
    assert ("scoring.phases", "phase_minutes_bad", {"index": 2, "raw": "0"}) in found
    assert ("scoring.auto_close_minutes", "auto_close_bad", {"raw": "2.5"}) in found
    assert ("presenters #3, phases", "phases_too_many", {"count": 10, "maximum": 9}) in found
    assert [code for where, code, _ in found if where == "presenters #4, phases"] == ["phases_not_list"]


def test_phases_survive_the_contest_file_json_and_the_excel_template(tmp_path):
    doc = _doc(phases="陈述 5, 答询 5", auto_open_scoring=True, auto_close_minutes=2)
    doc["presenters"][0]["phases"] = "陈述 10 + 答询 7.5"
    doc["presenters"][1]["phases"] = "开场 0.3333"  # 20 s, read back as such
    contest = parse_setup(doc)
    store = Store.create(tmp_path / "c.arena", contest)
    stored = store.contest()
    assert stored.timing == contest.timing
    assert stored.presenters[0].phases == (Phase("陈述", 600), Phase("答询", 450))
    assert stored.presenters[0].time_limit_seconds == 1050
    assert stored.presenters[1].phases == (Phase("开场", 20),)
    write_setup_json(stored, tmp_path / "c.json")
    assert (
        json.loads((tmp_path / "c.json").read_text("utf-8"))["presenters"][0]["phases"] == "陈述 10, 答询 7.5"
    )
    write_template(tmp_path / "c.xlsx", stored)
    for path in (tmp_path / "c.json", tmp_path / "c.xlsx"):
        again = read_setup(path)
        assert again.timing == contest.timing
        assert [p.phases for p in again.presenters] == [p.phases for p in contest.presenters]
    store.close()


def test_where_the_clock_is_in_the_phases():
    phases = (Phase("陈述", 300), Phase("答询", 300))
    assert phase_at(phases, 0) == phase_at(phases, 0.0)
    assert (phase_at(phases, 10).name, phase_at(phases, 10).remaining_s) == ("陈述", 290)
    assert (phase_at(phases, 300).index, phase_at(phases, 300).remaining_s) == (1, 300)
    assert phase_at(phases, 660).remaining_s == -60 and phase_at(phases, 660).last
    assert phase_at(phases, 620, extra_s=60).remaining_s == 40  # an extension lengthens the last phase


def _timed(tmp_path, **timing) -> tuple[Session, FakeClock]:
    contest = dataclasses.replace(
        demo_contest(), timing=Timing((Phase("陈述", 300), Phase("答询", 300)), **timing)
    )
    contest = parse_setup(contest_to_dict(contest))  # the presenters' limits follow their phases
    Store.create(tmp_path / "t.arena", contest).close()
    clock = FakeClock()
    return Session(Store.open(tmp_path / "t.arena"), clock), clock


def test_scoring_opens_when_the_last_phase_ends_and_closes_after_a_warning(tmp_path):
    session, clock = _timed(tmp_path, auto_open=True, auto_close_s=180)
    session.start()
    first = session.state().current_presenter_id
    session.start_timer()
    clock.t += 299
    assert session.tick() is None and session.state().phase_now().name == "陈述"
    clock.t += 2
    assert session.tick() is None and session.state().phase_now().name == "答询"
    clock.t += 298
    assert session.tick() is None  # one second before the end: nothing yet
    clock.t += 1
    opened = session.tick()
    assert opened.scoring[first] == "open" and opened.scene == "scoring"
    assert opened.closing[first] == 180 and opened.warned == frozenset()
    clock.t += 119
    assert session.tick() is None
    clock.t += 1
    warned = session.tick()
    assert warned.warned == {first} and warned.scoring[first] == "open"
    assert session.tick() is None  # warned once
    clock.t += 60
    closed = session.tick()
    assert closed.scoring[first] == "closed" and closed.closing == {}
    assert session.tick() is None  # closed stays closed: nothing reopens it
    log = [(e["action"], e["detail"]) for e in session.store.session_log()][-3:]
    assert log == [
        ("scoring_open", {"presenters": [first], "auto": True}),
        ("scoring_close_warning", {"presenters": [first], "auto": True}),
        ("scoring_close", {"presenters": [first], "auto": True}),
    ]


def test_the_automatic_windows_survive_a_crash_and_reopen(tmp_path):
    session, clock = _timed(tmp_path, auto_open=False, auto_close_s=120)
    session.start()
    first = session.state().current_presenter_id
    session.open_scoring([first])
    clock.t += 100
    session.tick()
    session.store.close()  # the app dies here
    clock.t += 30
    reopened = Session(Store.open(tmp_path / "t.arena"), clock)
    state = reopened.state()
    assert state.warned == {first} and round(state.closing[first]) == -10
    assert reopened.tick().scoring[first] == "closed"


def test_no_automatic_step_without_the_options(tmp_path):
    session, clock = _timed(tmp_path)
    session.start()
    session.start_timer()
    clock.t += 3600
    assert session.tick() is None
    assert session.state().scoring[session.state().current_presenter_id] == "pending"


def test_a_json_setup_with_phases_becomes_a_contest_and_arena_info_says_them(tmp_path, capsys):
    from arena.cli import main

    doc = _doc(phases=[{"name": "陈述", "minutes": 8}, {"name": "答询", "minutes": 7}], auto_close_minutes=3)
    doc["presenters"][0]["phases"] = "汇报 10"
    (tmp_path / "setup.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    assert main(["new", str(tmp_path / "c.arena"), "--from", str(tmp_path / "setup.json")]) == 0
    capsys.readouterr()
    assert main(["info", str(tmp_path / "c.arena")]) == 0
    out = capsys.readouterr().out
    assert "  phases: 陈述 8, 答询 7\n  own phases: 1 presenters\n" in out
    assert "scoring closes by itself 3 min after it opened" in out and "opens by itself" not in out
