"""The 亮分 scene on the projector: 30 reviewers in three groups, ties at an extreme, step by step.

Time is the session's injected clock (and the scene's own clock held still), so each strike is
looked at exactly when it is due. Every step is checked for clipped or tiny text at 1920x1080 and
1024x768, in English and Chinese, and photographed (ARENA_SHOTS_DIR keeps the pictures).
"""

from __future__ import annotations

import pytest
from ritual_contest import build
from test_projector_legibility import check_labels, shoot, shots_dir

from arena import scenes
from arena.tally import fmt_score

SIZES = [(1920, 1080), (1024, 768)]


def ritual_projector(open_projector, tmp_path, size, **options):
    path = tmp_path / "ritual.arena"
    build(path, tie_at_top=True, **options).close()
    p = open_projector(path, size)
    now = [1_000_000.0]
    p.session.clock = lambda: now[0]
    p.window.scenes["announce"].monotonic = lambda: 0.0  # the scene's own clock stands still
    return p, now


def walk(p, now, directory, tag, shots=(0, 1, 2, "end")) -> list[dict]:
    """Announce the first presenter and visit every step; returns what the scene showed at each."""
    pid = p.store.presenters()[0].id
    p.session.announce(pid)
    scene = p.window.scenes["announce"]
    seen, step = [], 0
    while True:
        p.settle()
        assert p.window.current_scene() == "announce"
        facts = scene.facts
        check_labels(p, f"{tag} step {facts['step']}")
        seen.append(facts)
        p.all_texts = [*getattr(p, "all_texts", []), *p.texts()]
        last = facts["next_in_s"] is None
        final = facts["final"] and not facts.get("ranking")
        if facts["step"] in shots or ((last or final) and "end" in shots):
            shoot(p, directory, f"announce-{tag}-step{facts['step']}")
        if last:
            return seen
        assert step < 100, "the announcement never ends"
        step += 1
        now[0] += facts["next_in_s"] + 0.001  # just past the moment the next step is due
        p.window.apply_state(p.session.state())


def strikes_of(facts) -> int:
    return sum(1 for row in facts["rows"] for cell in row["cells"] if cell["struck"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_announce_strikes_one_at_a_time_in_english(open_projector, tmp_path, size):
    p, now = ritual_projector(open_projector, tmp_path, size)
    seen = walk(p, now, shots_dir(tmp_path), f"en-{size[0]}x{size[1]}")
    assert [strikes_of(f) for f in seen[:7]] == [0, 1, 2, 3, 4, 5, 6]  # one more at each step
    assert all(f["final"] is None for f in seen[:8])  # no score before every strike is done
    assert all(f["groups"][0]["score"] is None for f in seen[:7]) and seen[7]["groups"][0]["score"]
    assert seen[8]["final"] and "ranking" not in seen[8]  # the final score, read out before the ranking
    assert [r["name"] for r in seen[-1]["ranking"]] == [p.store.presenters()[0].name]  # only the announced
    text = "\n".join(p.all_texts)
    assert "Judge 1" in text and "Final score " + seen[-1]["final"] in text
    assert "2 scores share the highest" in text  # the tie at the top is said, and only one dropped
    assert "dropping the highest score" in text and "weighted final score " + seen[-1]["final"] in text


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_announce_in_chinese_reads_the_hosts_sentence(open_projector, tmp_path, size, chinese):
    p, now = ritual_projector(open_projector, tmp_path, size)
    seen = walk(p, now, shots_dir(tmp_path), f"zh-{size[0]}x{size[1]}")
    text = "\n".join(p.all_texts)
    final = seen[-1]["final"]
    assert "评委1" in text and f"加权最后得分 {final} 分" in text
    assert "去掉一个最高分" in text and "去掉一个最低分" in text
    assert "Judge" not in text and "Final score" not in text


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_announce_per_criterion_trimming_strikes_each_criterion(open_projector, tmp_path, size, chinese):
    p, now = ritual_projector(open_projector, tmp_path, size, level="criterion")
    seen = walk(p, now, shots_dir(tmp_path), f"zh-criteria-{size[0]}x{size[1]}", shots=(3, "end"))
    last = seen[-1]
    assert len(last["rows"]) == 6 and all(r["criterion"] for r in last["rows"])
    assert strikes_of(last) == 12  # the highest and lowest mark of each criterion in each group
    assert "各项指标分别去掉最高分和最低分" in "\n".join(p.all_texts)


def test_one_group_reads_the_classic_sentence(open_projector, tmp_path, chinese):
    path = tmp_path / "one.arena"
    from ritual_contest import ritual_setup

    from arena.setup import parse_setup  # noqa: F401  (the builder parses the setup)

    data = ritual_setup()
    data["groups"] = data["groups"][:1]
    data["reviewers"] = [r for r in data["reviewers"] if r["group"] == data["groups"][0]["name"]]
    import ritual_contest

    store = ritual_contest.build_from(path, data)
    store.close()
    p = open_projector(path, (1024, 768))
    now = [1_000_000.0]
    p.session.clock = lambda: now[0]
    p.window.scenes["announce"].monotonic = lambda: 0.0
    seen = walk(p, now, shots_dir(tmp_path), "zh-one-group", shots=("end",))
    sentence = seen[-1]["sentence"]
    high, low = sentence["groups"][0]["highest"][0], sentence["groups"][0]["lowest"][0]
    expected = f"去掉一个最高分 {high} 分，去掉一个最低分 {low} 分，最后得分 {seen[-1]['final']} 分"
    assert expected in p.texts()


def test_the_explanation_names_slots_not_archive_labels(open_projector, tmp_path):
    p, now = ritual_projector(open_projector, tmp_path, (1920, 1080))
    p.session.close_contest()
    p.session.reveal_next()
    p.session.set_explanation(True)
    p.settle()
    result = scenes.ranked(p.window.data.tally())[-1]
    text = "\n".join(p.texts())
    for g in result.groups:
        for t in g.dropped:
            assert t.label not in text  # the archive label never reaches the room
    assert " reviewer " in text


def test_the_projector_shuffles_slots_per_presenter(open_projector, tmp_path):
    """(b) on the projector's own data: a reviewer's slot for one presenter says nothing of the next."""
    path = tmp_path / "ritual.arena"
    build(path).close()  # no tie: every total distinct within a presenter
    p = open_projector(path, (1024, 768))
    scene = p.window.scenes["announce"]
    seen = []
    for presenter in p.store.presenters()[:2]:
        p.session.announce(presenter.id)
        p.settle()
        result = p.window.data.tally().result_of(presenter.id)
        by_total = {(t.group, fmt_score(t.total)): t.reviewer_id for t in result.totals}
        facts = scene.facts
        seen.append(
            {by_total[(r["group"], c["value"])]: c["slot"] for r in facts["rows"] for c in r["cells"]}
        )
    assert seen[0].keys() == seen[1].keys() and len(seen[0]) == 30
    same = sum(seen[0][r] == seen[1][r] for r in seen[0])
    assert same < 15, f"{same} of 30 reviewers kept their slot"
