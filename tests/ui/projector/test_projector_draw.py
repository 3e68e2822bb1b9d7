"""The projector's draw scene (抽签) and the 实绩 line of the explanation, offscreen, in both languages."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from projector_testkit import Projector
from test_projector_legibility import SIZES, check_labels, shoot, shots_dir

from arena.draw import Draw
from arena.intake import ballot_units
from arena.setup import parse_setup
from arena.store import BallotIn, Store

SEED = bytes(range(32))


def _steps(p):
    """Yield after each step of a draw on the projector's session: committed, witnessed, revealed."""
    draw = Draw(p.session, seed=SEED)
    draw.commit()
    yield "committed"
    draw.add_witness("张三", "3 5 1")
    draw.add_witness("李四", "6,6,2")
    yield "witnessed"
    draw.reveal()
    yield "revealed"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_commitment_shows_first_then_the_inputs_then_the_order(
    open_projector, long_name_path, size, tmp_path
):
    p = open_projector(long_name_path, size)
    scene = p.window.scenes["draw"]
    commitment = hashlib.sha256(SEED).hexdigest()
    for step in _steps(p):
        p.settle()
        assert p.window.current_scene() == "draw"
        check_labels(p, f"draw {step}")
        shoot(p, shots_dir(tmp_path), f"draw-{step}-{size[0]}x{size[1]}")
        text = scene.text()
        assert commitment[:16] in text and commitment[-16:] in text
        if step == "committed":
            assert "Step 1 of 3" in text and "张三" not in text and SEED.hex() not in text
        elif step == "witnessed":
            assert "张三: 3 5 1" in text and "李四: 6,6,2" in text and SEED.hex() not in text
    names = [x.name for x in p.store.presenters()]
    assert "Step 3 of 3" in scene.text() and f"Seed: {SEED.hex()}" in scene.text()
    numbered = [f"{i}. {n}" for i, n in enumerate(names, 1)]
    assert scene.order.text() == "   ".join(numbered[:4]) + "\n" + "   ".join(numbered[4:])


def test_the_draw_scene_in_chinese(open_projector, demo_path, chinese, tmp_path):
    p = open_projector(demo_path, (1920, 1080))
    for _ in _steps(p):
        pass
    p.settle()
    check_labels(p, "draw zh")
    shoot(p, shots_dir(tmp_path), "draw-zh")
    assert "第 3 步" in p.window.scenes["draw"].step.text()


SETUP = {
    "title": "实绩",
    "criteria": [{"name": "表现", "max": "100", "step": "1"}],
    "groups": [{"name": "专家", "weight": "80"}],
    "reviewers": [{"name": "A1", "group": "专家"}],
    "presenters": [{"name": "甲"}, {"name": "乙"}],
    "objective": [
        {
            "name": "招商实绩",
            "weight": "20",
            "source": "商务局",
            "rule": "linear",
            "values": {"甲": 1, "乙": 3},
        }
    ],
}


def test_the_explanation_shows_the_objective_part(qtbot, fonts, tmp_path):
    path = tmp_path / "o.arena"
    with Store.create(path, parse_setup(SETUP)) as store:
        contest = store.contest()
        ballots = [
            BallotIn(contest.reviewers[0].id, pr.id, ballot_units(contest, {"表现": mark}), str(uuid.uuid4()))
            for pr, mark in zip(contest.presenters, ("90", "70"))
        ]
        store.record_ballots(ballots, "import")
    p = Projector(qtbot, path, (1920, 1080))
    try:
        p.session.close_contest()
        p.session.reveal_next()  # last place first: 甲, (80 × 90 + 20 × 0) / 100 = 72
        p.session.set_explanation(True)
        p.settle()
        panel = p.window.scenes["results"].explanation.text()
        assert "专家 (weight 80) 90.00" in panel
        assert "Objective: 招商实绩 (weight 20) 0.00" in panel
        p.session.reveal_next()  # 乙: (80 × 70 + 20 × 100) / 100 = 76
        p.settle()
        assert "Objective: 招商实绩 (weight 20) 100.00" in p.window.scenes["results"].explanation.text()
        check_labels(p, "explained with 实绩")
    finally:
        p.close()
