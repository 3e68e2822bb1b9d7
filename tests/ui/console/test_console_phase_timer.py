"""The console's phase timer (issue 17), with an injected clock: the phase and its countdown on the live
page, scoring opening by itself when the last phase ends, the "closes in 60 s" warning, then the
automatic close, which says what it closed without. Each step is logged as the session's own."""

from __future__ import annotations

import dataclasses

import pytest

from arena.demo import demo_contest
from arena.model import Phase, Timing
from arena.server.room import Room
from arena.setup import contest_to_dict, parse_setup
from arena.store import Store


@pytest.fixture
def phased_path(tmp_path):
    timing = Timing((Phase("陈述", 300), Phase("答询", 300)), auto_open=True, auto_close_s=180)
    contest = dataclasses.replace(demo_contest(), timing=timing)
    path = tmp_path / "phases.arena"
    Store.create(path, parse_setup(contest_to_dict(contest))).close()
    return path


def _with_clock(window):
    now = [1_800_000_000.0]
    window.controller.session.clock = window.live._clock = lambda: now[0]
    return now


def test_phases_open_and_close_scoring_by_themselves_with_a_warning(open_console, qtbot, phased_path):
    window = open_console(phased_path)
    now = _with_clock(window)
    live, panel = window.live, window.live.phase_panel
    live.perform("start")
    first = window.controller.state().current_presenter_id
    live.perform("toggle_timer")
    qtbot.waitUntil(lambda: panel.phase_name.text() == "Phase: 陈述 (1 of 2)", timeout=10_000)
    assert live.timer.text() == "05:00" and "then 答询" in panel.plan.text()
    assert "scoring opens by itself" in panel.plan.text()
    now[0] += 305
    qtbot.waitUntil(lambda: panel.phase_name.text() == "Phase: 答询 (2 of 2)", timeout=10_000)
    qtbot.waitUntil(lambda: live.timer.text() == "04:55", timeout=10_000)
    assert window.controller.state().scoring[first] == "pending"
    now[0] += 295  # the last phase ends: the tick opens scoring
    qtbot.waitUntil(lambda: window.controller.state().scoring[first] == "open", timeout=10_000)
    assert live.buttons["toggle_scoring"].text() == "Close scoring"
    assert not panel.closing.isVisible()
    now[0] += 125  # 55 s before the automatic close: the warning
    qtbot.waitUntil(lambda: panel.closing.isVisible(), timeout=10_000)
    qtbot.waitUntil(
        lambda: panel.closing.text().startswith("Scoring closes by itself in 0:55."), timeout=10_000
    )
    assert "ballot(s) still missing" in panel.closing.text()
    with _room(phased_path) as room:
        assert room.public["closing"] == [str(first)]  # what every phone is told
    now[0] += 55
    qtbot.waitUntil(lambda: window.controller.state().scoring[first] == "closed", timeout=10_000)
    qtbot.waitUntil(lambda: panel.auto_note.isVisible(), timeout=10_000)
    missing = live._missing_count([first])
    assert missing == len(window.controller.contest().reviewers) - _recused(window, first)
    assert panel.auto_note.text() == (
        f"Scoring for {window.controller.contest().presenters[0].name} closed by itself on time."
        f" It closed with {missing} ballot(s) missing."
    )
    assert not panel.closing.isVisible()
    assert "missing where scoring is closed" in live.hint.text()  # the next-step line says it too
    log = [(e["action"], e["detail"].get("auto")) for e in window.controller.store.session_log()]
    assert log[-3:] == [("scoring_open", True), ("scoring_close_warning", True), ("scoring_close", True)]


class _room:
    """The reviewers' server's view of the file (as the phones' feed reads it), closed after use."""

    def __init__(self, path):
        self.room = Room(path)

    def __enter__(self):
        self.room.refresh(full=True)
        return self.room

    def __exit__(self, *exc):
        self.room.close()


def _recused(window, presenter_id) -> int:
    return sum(1 for _, p in window.controller.store.recusals() if p == presenter_id)


def test_the_chime_settings_are_kept(open_console, phased_path, settings):
    window = open_console(phased_path)
    panel = window.live.phase_panel
    panel.chime.setChecked(False)
    panel.volume.setValue(35)
    assert settings.get("chime/enabled") is False and settings.get("chime/volume") == 35
    window.close_contest_file()
    window.open_contest(phased_path)
    panel = window.live.phase_panel
    assert not panel.chime.isChecked() and panel.volume.value() == 35


def test_the_setup_editor_sets_a_presenters_phases_and_keeps_the_default(open_console, phased_path):
    window = open_console(phased_path)
    editor = window.setup
    window.pages.setCurrentWidget(editor)
    table = editor.tables["presenters"]
    assert table.item(0, 4).text() == ""  # the contest's default phases apply
    table.item(1, 4).setText("陈述 8，答询 7")
    assert editor.save()
    contest = window.controller.contest()
    assert contest.timing.phases == (Phase("陈述", 300), Phase("答询", 300))  # not in a table: kept
    assert contest.timing.auto_close_s == 180
    assert contest.presenters[1].phases == (Phase("陈述", 480), Phase("答询", 420))
    assert contest.presenters[1].time_limit_seconds == 900
    table.item(2, 4).setText("陈述 五分钟")
    assert not editor.save()  # refused, named at its cell; nothing written
    shown = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert (
        "Phases (name minutes, …) #3: phase 1: “陈述 五分钟” is not a name and minutes (for example: 陈述 5)"
        in shown
    )
    assert window.controller.contest().presenters[2].phases == ()


def test_phase_problems_are_worded_from_their_codes_in_chinese(qapp, settings):
    from arena.problems import problem
    from ui.console.problem_text import problem_message
    from ui.i18n import install_translators

    install_translators(qapp, "zh_CN")  # the settings fixture puts English back
    assert problem_message(problem("phase_name_missing", index=2)) == "第 2 个环节没有名称"
    assert problem_message(problem("phases_too_many", count=10, maximum=9)) == "共 10 个环节，最多 9 个"
