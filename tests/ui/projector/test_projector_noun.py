"""The presenter noun (issue 14, item 11): the setup names what is presented; the ranking's column says
it on the projector and in the web screen's data, and a contest that names nothing reads 汇报对象 /
"Presenter", never 产业链."""

from __future__ import annotations

import dataclasses

from arena.demo import demo_contest
from arena.scenes import SceneSource, scene_view
from arena.session import Session
from arena.store import Store
from arena.tally import tally


def contest_file(tmp_path, noun: str):
    path = tmp_path / f"noun-{noun or 'none'}.arena"
    Store.create(path, dataclasses.replace(demo_contest(), presenter_noun=noun)).close()
    return path


def ranking_header(p) -> str:
    p.session.close_contest()
    p.session.set_scene("ranking")
    p.settle()
    return p.window.scenes["ranking"].headers[0][1].text()


def test_the_ranking_column_is_named_by_the_setup(open_projector, tmp_path, chinese):
    assert ranking_header(open_projector(contest_file(tmp_path, "项目"))) == "项目"
    assert ranking_header(open_projector(contest_file(tmp_path, ""))) == "汇报对象"


def test_the_web_screen_gets_the_noun(tmp_path):
    path = contest_file(tmp_path, "选手")
    with Store.open(path) as store:
        session = Session(store)
        session.close_contest()
        session.set_scene("ranking")
        contest = store.contest()
        source = SceneSource(contest, {}, lambda pid: 0, lambda: tally(store))
        view = scene_view(source, session.state())
    assert view["scene"] == "ranking" and view["presenter_noun"] == "选手"
    assert contest.presenter_noun == "选手"
