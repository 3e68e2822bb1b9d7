"""Missing ballots are never silent and the console shows where the reveal stands (issue 14, items 2, 3).

Ballots are typed in through the console's own paper-ballot path on the real demo file; the questions
are real message boxes answered by the helpers.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from arena.scenes import ranked, reveal_order
from arena.store import Store
from arena.tally import fmt_score, tally
from tests.ui.console.tests_console_helpers import answer_guard, answer_next_message_box


def refocus(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def score_all_but(window, presenter, keep_from_group: dict[str, int]) -> None:
    """Paper ballots for every eligible reviewer, except that a listed group keeps only its first n."""
    contest = window.controller.contest()
    seen: dict[str, int] = {}
    for r in contest.reviewers:
        if presenter.name in r.recuse:
            continue
        seen[r.group] = seen.get(r.group, 0) + 1
        if r.group in keep_from_group and seen[r.group] > keep_from_group[r.group]:
            continue
        window.controller.record_proxy_ballot(r.id, presenter.id, {c.name: "10" for c in contest.criteria})
    window.live._catch_up_with_store()


def test_closing_scoring_with_ballots_missing_says_who_and_what_it_does(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    live = window.live
    first = window.controller.contest().presenters[0]
    live.perform("start")
    live.perform("toggle_scoring")
    score_all_but(window, first, {"代表委员": 2})

    seen = answer_guard(yes=False)
    qtbot.keyClick(window, Qt.Key_F6)
    assert seen, "closing with 8 ballots missing asked nothing"
    text = seen[0]["text"]
    assert "8 ballot(s) are missing" in text and seen[0]["default_is_no"]
    assert "代表委员: 2 of 10 scored; missing:" in text
    assert "under half its reviewers scored; its weight rests on 2 of 10" in text
    assert "too few to drop the highest and lowest (needs 3)" in text
    assert "区级领导" not in text  # a group with every ballot in is not listed
    assert live.state.scoring[first.id] == "open"

    seen = answer_guard(yes=True)
    refocus(qtbot, window)
    qtbot.keyClick(window, Qt.Key_F6)
    assert seen and live.state.scoring[first.id] == "closed"
    assert "8 ballot(s) missing where scoring is closed" in live.hint.text()


def test_the_last_close_and_the_contest_close_do_not_say_all_done(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    live = window.live
    contest = window.controller.contest()
    live.perform("start")
    for presenter in contest.presenters:
        window.controller.act("goto", presenter.id)
        window.controller.act("open_scoring", [presenter.id])
        score_all_but(window, presenter, {"代表委员": 3} if presenter is contest.presenters[2] else {})
        window.controller.act("close_scoring", [presenter.id])
    hint = live.hint.text()
    assert "7 ballot(s) missing where scoring is closed" in hint and "Everyone has been scored" not in hint

    seen = answer_next_message_box(QMessageBox.No)
    live.perform("close_contest")
    assert seen and "7 ballot(s) are missing" in seen[0] and "航运贸易: 7 ballot(s) missing" in seen[0]
    assert live.state.phase == "live"


def test_close_all_lists_the_missing_presenters(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    live = window.live
    contest = window.controller.contest()
    live.perform("start")
    live.perform("open_all")
    for presenter in contest.presenters[1:]:
        score_all_but(window, presenter, {})
    seen = answer_guard(yes=False)
    live.perform("close_all")
    assert seen and f"{contest.presenters[0].name}: 29 ballot(s) missing" in seen[0]["text"]
    assert "has no ballot at all" in seen[0]["text"]
    assert live.state.open_presenter_ids


def test_the_reveal_panel_leads_the_host_to_the_final_ranking(
    open_console, qtbot, demo_scored_path, tmp_path
):
    with Store.open(demo_scored_path) as store:
        order = reveal_order(ranked(tally(store)))
    window = open_console(demo_scored_path)
    live = window.live
    panel = live.reveal
    live.perform("start")
    live.close_contest(confirm=False)
    qtbot.waitUntil(
        lambda: panel.status.text() != "Counting the results…", timeout=60_000
    )  # the tally process
    assert panel.status.text() == "0 of 8 revealed."
    first = order[0]
    assert f"No. {first.rank} {first.presenter.name} {fmt_score(first.score)}" in panel.upcoming.text()
    assert not live.buttons["reveal_previous"].isEnabled()

    for k in range(1, 9):
        if k == 4:
            folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
            folder.mkdir(parents=True, exist_ok=True)
            qtbot.wait(50)  # the panel's relayout for its two-line text
            assert panel.grab().save(str(folder / "reveal-panel-3-of-8.png"))
        qtbot.keyClick(window, Qt.Key_F12)
        assert panel.status.text() == f"{k} of 8 revealed."
    assert live.state.reveal_step == 8
    assert not live.buttons["reveal_next"].isEnabled()  # F12 would do nothing: the button says so
    folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "reveal-panel-done.png"))
    assert "show the final ranking" in panel.upcoming.text()
    assert "show the final ranking" in live.hint.text()
    assert panel.ranking_button.property("suggested") is True
    qtbot.keyClick(window, Qt.Key_F12)
    assert live.state.reveal_step == 8

    qtbot.mouseClick(panel.ranking_button, Qt.LeftButton)
    assert live.state.scene == "ranking"
    assert "final ranking is on the projector" in panel.upcoming.text()
    assert not panel.ranking_button.isEnabled()
    assert "final ranking is on the projector" in live.hint.text()
