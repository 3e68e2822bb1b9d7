"""The one change notice: who publishes what, one notice per burst, one tally per state shared."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from arena.changes import Change, Changes
from arena.intake import BallotRules, GroupWriter, enter_paper_ballot
from arena.server.room import Room
from arena.server.watcher import FileWatcher
from arena.session import Session
from arena.store import Store
from arena.tally import shared

ROOT = Path(__file__).resolve().parents[2]


def _live(path):
    store = Store.open(path)
    changes = Changes()
    session = Session(store, changes=changes)
    session.start()
    presenter = store.contest().presenters[1]
    session.goto(presenter.id)
    session.open_scoring([presenter.id])
    return store, changes, session, presenter


def test_each_host_action_is_one_notice_with_its_state(demo_path):
    store, changes, session, presenter = _live(demo_path)
    heard: list[Change] = []
    changes.subscribe(heard.append)
    state = session.close_scoring([presenter.id])
    session.set_scene("ranking")
    assert [(c.session, c.setup, c.presenters) for c in heard] == [(True, False, frozenset())] * 2
    assert heard[0].state == state and heard[1].state.scene == "ranking"
    store.close()


def test_a_burst_of_ballots_is_one_notice_naming_its_presenter(demo_path):
    store, changes, session, presenter = _live(demo_path)
    heard: list[Change] = []
    changes.subscribe(heard.append)
    rules = BallotRules.of(store)
    free = [r for r in store.contest().reviewers if presenter.name not in r.recuse][:12]
    marks = {str(c.id): "9" for c in store.contest().criteria}
    writer = GroupWriter(demo_path, changes)
    try:
        writer.commit_batch([rules.check(r.id, presenter.id, marks, f"burst-{r.id:04d}") for r in free])
    finally:
        writer._close_store()
    assert len(heard) == 1 and heard[0].presenters == {presenter.id} and len(heard[0].events) == 12
    receipt = enter_paper_ballot(store, free[0].id, presenter.id, marks, changes=changes)
    assert heard[1].presenters == {presenter.id}
    assert (
        heard[1].events[0]["submission_id"] == receipt.submission_id
        and heard[1].events[0]["source"] == "host"
    )
    store.close()


def test_one_tally_per_state_shared_by_every_screen(demo_path):
    store, changes, session, presenter = _live(demo_path)
    console, projector, screen = store, Store.open(demo_path), Store.open(demo_path)  # three connections
    before = shared.computed
    results = [shared.shared_tally(s) for s in (console, projector, screen)]
    assert shared.computed == before + 1 and results[0] is results[1] is results[2]
    rules = BallotRules.of(store)
    free = [r for r in store.contest().reviewers if presenter.name not in r.recuse][:5]
    marks = {str(c.id): "9" for c in store.contest().criteria}
    writer = GroupWriter(demo_path, changes)
    try:
        writer.commit_batch([rules.check(r.id, presenter.id, marks, f"tally-{r.id:04d}") for r in free])
    finally:
        writer._close_store()
    after_burst = [shared.shared_tally(s) for s in (screen, projector, console)]
    assert shared.computed == before + 2  # the burst: one more tally, whoever asked first
    assert after_burst[0] is after_burst[2] and after_burst[0] is not results[0]
    session.set_scene("results")  # the presentation's own actions change no result: no new tally
    session.reveal_next()
    session.start_timer()
    assert shared.shared_tally(projector) is after_burst[0] and shared.computed == before + 2
    session.close_scoring(None)  # a host action a result may depend on is a new state
    shared.shared_tally(projector)
    assert shared.computed == before + 3
    session.close_contest()  # the results are final now, no longer provisional
    assert shared.shared_tally(screen).provisional is False and shared.computed == before + 4
    for s in (projector, screen, console):
        s.close()


def test_the_file_watcher_publishes_what_another_process_changed(demo_path, tmp_path):
    store, changes, session, presenter = _live(demo_path)
    heard: list[Change] = []
    changes.subscribe(heard.append)
    room = Room(demo_path)
    watcher = FileWatcher(room, changes)
    watcher.start()
    assert watcher.look() is None  # nothing changed yet

    # A ballot announced in this process is not announced twice.
    marks = {c.name: "9" for c in store.contest().criteria}
    free = [r for r in store.contest().reviewers if presenter.name not in r.recuse]
    enter_paper_ballot(store, free[0].id, presenter.id, marks, changes=changes)
    watcher.announced(heard[-1])
    heard.clear()
    assert watcher.look() is None  # nor is its session-log line taken for another process's doing
    session.set_scene("presenting")  # a host action announced here: not found again in the file
    watcher.announced(heard[-1])
    assert watcher.look() is None
    heard.clear()

    # `arena import-scores` in another process: only the file says so.
    sheet = tmp_path / "paper.csv"
    rows = ["reviewer,presenter,criterion,score"] + [f"{free[1].name},{presenter.name},{c},9" for c in marks]
    sheet.write_text("\n".join(rows) + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import-scores", str(demo_path), str(sheet)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    change = watcher.look()
    assert change is not None and change.external and change.presenters == {presenter.id}
    assert heard == [change]
    # A host action made elsewhere (here: another connection, never publishing) is a host change.
    other = Store.open(demo_path)
    Session(other).set_scene("ranking")
    change = watcher.look()
    assert change is not None and change.host and change.external
    other.close()
    room.close()
    store.close()


def test_a_failing_subscriber_does_not_stop_the_others():
    changes = Changes()
    heard = []

    def broken(change):
        raise RuntimeError("a broken screen")

    changes.subscribe(broken)
    changes.subscribe(heard.append)
    unsubscribe = changes.subscribe(heard.append)
    changes.publish(Change(session=True))
    unsubscribe()
    changes.publish(Change(setup=True))
    assert [c.setup for c in heard] == [False, False, True]
