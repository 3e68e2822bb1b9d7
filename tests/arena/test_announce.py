"""The 亮分 ritual's rules (arena/announce.py through arena/scenes.py), on real files, step by step.

Time is the session's injected clock: each step is looked at exactly when it is due.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from ritual_contest import build

from arena import announce, scenes
from arena import tally as scoring
from arena.session import Refused, Session
from arena.store import Store


class Room:
    def __init__(self, store: Store):
        self.store = store
        self.now = 1_000_000.0
        self.session = Session(store, clock=lambda: self.now)

    def view(self) -> dict:
        contest = self.store.contest()
        source = scenes.SceneSource(
            contest,
            scenes.eligible_counts(contest, self.store.recusals()),
            self.store.ballot_count,
            lambda: scoring.tally(self.store),
            secret=self.store.anonymity_secret(),
            announced=self.store.announced_ids,
            marks=self.store.marks_of,
        )
        return scenes.scene_view(source, self.session.state())

    def steps(self) -> list[dict]:
        """Every step of the announcement in progress, from the first to the last."""
        seen = []
        while True:
            shown = self.view()["announce"]
            seen.append(shown)
            if shown["next_in_s"] is None:
                return seen
            assert len(seen) < 200
            self.now += shown["next_in_s"] + 0.001


def struck(shown: dict) -> list[tuple[str, int, str]]:
    return [(r["group"], c["slot"], c["struck"]) for r in shown["rows"] for c in r["cells"] if c["struck"]]


@pytest.fixture
def room(tmp_path):
    store = build(tmp_path / "c.arena", tie_at_top=True)
    yield Room(store)
    store.close()


def test_strikes_come_one_at_a_time_then_group_scores_then_the_final(room):
    pid = room.store.contest().presenters[0].id
    room.session.announce(pid)
    seen = room.steps()
    result = scoring.tally(room.store).result_of(pid)
    counts = [len(struck(s)) for s in seen]
    assert counts == [0, 1, 2, 3, 4, 5, 6, 6, 6, 6]  # slots, 6 strikes, group scores, final, ranking
    for before, after in zip(seen, seen[1:]):
        assert set(struck(before)) <= set(struck(after))  # a strike, once shown, stays
    assert all(g["score"] is None for s in seen[:7] for g in s["groups"])
    assert [g["score"] for g in seen[7]["groups"]] == [scoring.fmt_score(g.score) for g in result.groups]
    assert all(s["final"] is None for s in seen[:8])
    assert seen[8]["final"] == scoring.fmt_score(result.score) and "ranking" not in seen[8]
    assert seen[9]["ranking"][0]["name"] == result.presenter.name
    # The strikes are exactly the tally's drops: k = 1 from each end of each group.
    dropped = sorted(
        (g.group, scoring.fmt_score(t.total), t.drop_reason) for g in result.groups for t in g.dropped
    )
    shown = sorted(
        (r["group"], c["value"], c["struck"]) for r in seen[-1]["rows"] for c in r["cells"] if c["struck"]
    )
    assert shown == dropped


def test_a_tie_at_the_top_drops_one_and_says_so(room):
    pid = room.store.contest().presenters[0].id
    room.session.announce(pid)
    last = room.steps()[-1]
    leaders = last["rows"][0]
    top = max(leaders["cells"], key=lambda c: float(c["value"]))["value"]
    equal = [c for c in leaders["cells"] if c["value"] == top]
    assert len(equal) == 2
    assert sorted(str(c["struck"]) for c in equal) == ["None", "highest"]  # exactly one dropped
    assert [c["tied"] for c in equal if not c["struck"]] == ["highest"]
    assert leaders["ties"] == [{"end": "highest", "value": top, "count": 2, "dropped": 1}]


def test_the_sentence_the_host_reads(room):
    pid = room.store.contest().presenters[1].id
    room.session.announce(pid)
    sentence = room.steps()[-1]["sentence"]
    result = scoring.tally(room.store).result_of(pid)
    assert sentence["mode"] == "totals" and sentence["weighted"] and sentence["k"] == 1
    assert sentence["final"] == scoring.fmt_score(result.score)
    for words, group in zip(sentence["groups"], result.groups):
        high = [t for t in group.dropped if t.drop_reason == "highest"]
        low = [t for t in group.dropped if t.drop_reason == "lowest"]
        assert words["highest"] == [scoring.fmt_score(t.total) for t in high]
        assert words["lowest"] == [scoring.fmt_score(t.total) for t in low]
        assert words["score"] == scoring.fmt_score(group.score)


def test_nothing_is_announced_before_scoring_closes(tmp_path):
    store = build(tmp_path / "c.arena", close=False)
    room = Room(store)
    pid = store.contest().presenters[0].id
    room.session.open_scoring([pid])
    with pytest.raises(Refused) as refused:
        room.session.announce(pid)
    assert refused.value.code == "announce_not_closed" and refused.value.params == {"presenter_id": pid}
    assert room.session.state().scene != "announce" and store.announced_ids() == set()
    empty = store.contest().presenters[2].id
    store.conn.execute("DELETE FROM scores WHERE presenter_id = ?", (empty,))
    room.session.close_scoring([empty])
    with pytest.raises(Refused) as refused:
        room.session.announce(empty)
    assert refused.value.code == "announce_no_scores"
    # A scene pointing at a presenter whose window is open again shows nothing of them.
    room.session.close_scoring([pid])
    room.session.announce(pid)
    room.session.open_scoring([pid])
    room.session.set_scene("announce")
    view = room.view()
    result = scoring.tally(store).result_of(pid)
    assert view["announce"] is None
    assert scoring.fmt_score(result.score) not in json.dumps(view)
    store.close()


def test_the_ranking_so_far_counts_only_announced_presenters(room):
    ids = [p.id for p in room.store.contest().presenters]
    for pid in ids[:2]:
        room.session.announce(pid)
        last = room.steps()[-1]
    assert [r["presenter_id"] for r in last["ranking"]] == sorted(
        ids[:2], key=lambda i: scoring.tally(room.store).result_of(i).rank
    )
    text = json.dumps(last)
    for pid in ids[2:]:  # scored and closed, but not announced: nowhere in the data
        assert scoring.fmt_score(scoring.tally(room.store).result_of(pid).score) not in text


def test_options_only_dropped_values_and_no_ranking(tmp_path):
    with build(tmp_path / "c.arena", totals=False, ranking=False) as store:
        room = Room(store)
        room.session.announce(store.contest().presenters[0].id)
        seen = room.steps()
        assert all(len(r["cells"]) == 2 for r in seen[-1]["rows"])  # the dropped highest and lowest
        assert len(seen) == 9 and "ranking" not in seen[-1] and seen[-1]["final"]


def test_per_criterion_trimming_strikes_each_criterions_marks(tmp_path):
    with build(tmp_path / "c.arena", level="criterion") as store:
        room = Room(store)
        pid = store.contest().presenters[0].id
        room.session.announce(pid)
        last = room.steps()[-1]
        result = scoring.tally(store).result_of(pid)
        assert [(r["group"], r["criterion"]) for r in last["rows"]] == [
            (g, c) for g in ("区级领导", "部门负责人", "群众代表") for c in ("工作成效", "汇报表现")
        ]
        marks = sorted(
            (g.group, m.criterion, format(m.mark, "f"), m.reason)
            for g in result.groups
            for m in g.dropped_marks
        )
        shown = sorted(
            (r["group"], r["criterion"], c["value"], c["struck"])
            for r in last["rows"]
            for c in r["cells"]
            if c["struck"]
        )
        assert shown == marks and len(shown) == 12
        assert last["sentence"]["mode"] == "criteria"


def test_the_host_can_skip_to_the_end(room):
    pid = room.store.contest().presenters[0].id
    room.session.announce(pid)
    assert room.view()["announce"]["final"] is None
    room.session.finish_announcement()
    assert room.view()["announce"]["final"] == scoring.fmt_score(
        scoring.tally(room.store).result_of(pid).score
    )


def test_many_strikes_still_finish_in_reasonable_time():
    times = announce.timeline(60, ranking=True)
    assert times == sorted(times) and times[-1] < 25


def test_the_options_travel_through_the_excel_setup(tmp_path):
    import openpyxl

    from arena.demo import demo_contest
    from arena.io import read_setup, write_template

    base = demo_contest()
    rules = dataclasses.replace(base.scoring, reveal_mode="after_each", announce_totals=False)
    write_template(tmp_path / "t.xlsx", dataclasses.replace(base, scoring=rules))
    back = read_setup(tmp_path / "t.xlsx").scoring
    assert (back.reveal_mode, back.announce_totals, back.announce_ranking) == ("after_each", False, True)
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    sheet = book["比赛信息"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "亮分显示当前排名":
            row[1].value = "否"  # as a host types it
        if row[0].value == "亮分方式":
            row[1].value = "每次"
    book.save(tmp_path / "t.xlsx")
    with pytest.raises(ValueError) as bad:
        read_setup(tmp_path / "t.xlsx")
    assert "比赛信息" in str(bad.value) and "reveal_mode" in str(bad.value)
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "亮分方式":
            row[1].value = "after_each"
    book.save(tmp_path / "t.xlsx")
    assert read_setup(tmp_path / "t.xlsx").scoring.announce_ranking is False  # "否" reads as no
