"""No text is clipped or elided on the projector, at 1920x1080 and 1024x768, in English and Chinese.

Every scene is visited with the demo's names and a presenter named with 30
Chinese characters; each visible label's text must fit its rectangle (wrapping
at words where the label wraps), stay inside the window, be set in the shipped
font, and stay large enough to read from the back of a room. A screenshot of
each scene is written to $ARENA_SHOTS_DIR (default: the test's tmp folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from projector_testkit import LONG_NAME, visible_labels
from PySide6.QtCore import QRect, Qt

from arena.fonts import FAMILY

SIZES = [(1920, 1080), (1024, 768)]
SMALLEST_READABLE = 1 / 48  # of the window's height: 16 px at 768, 22 px at 1080


def overflow(label) -> str | None:
    """Why this label's text does not show whole, or None when it does."""
    rect = label.contentsRect()
    metrics = label.fontMetrics()
    text = label.text()
    if label.wordWrap():
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width(), 1_000_000), int(Qt.TextFlag.TextWordWrap | label.alignment()), text
        )
        width, height = needed.width(), needed.height()
    else:
        width, height = metrics.horizontalAdvance(text), metrics.height()
    if width > rect.width() or height > rect.height():
        return f"needs {width}x{height}, has {rect.width()}x{rect.height()}"
    return None


def check_labels(p, where: str, smallest: float = SMALLEST_READABLE) -> int:
    window = p.window
    checked = 0
    for label in visible_labels(window):
        if not label.text():
            continue
        checked += 1
        problem = overflow(label)
        assert problem is None, f"{where}: {label.text()!r} is clipped ({problem})"
        box = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        assert window.rect().contains(box), f"{where}: {label.text()!r} leaves the window"
        assert label.fontInfo().family() == FAMILY, f"{where}: {label.text()!r} not in the shipped font"
        assert label.fontInfo().pixelSize() >= window.height() * smallest, (
            f"{where}: {label.text()!r} at {label.fontInfo().pixelSize()} px is too small to read"
        )
    return checked


def shots_dir(tmp_path) -> Path:
    path = Path(os.environ.get("ARENA_SHOTS_DIR", tmp_path))
    path.mkdir(parents=True, exist_ok=True)
    return path


def shoot(p, directory: Path, name: str) -> None:
    image = p.window.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert name.startswith("blank") or image.pixelColor(5, 5) != centre  # something was drawn
    assert image.save(str(directory / f"{name}.png"))


def walk_every_scene(p, directory: Path, tag: str) -> tuple[int, set[str]]:
    """Drive the session through every scene and reveal step, checking and photographing each;
    returns how many labels were checked and every text seen."""
    session, checked, seen = p.session, 0, set()
    long_named = next(x for x in p.store.presenters() if x.name == LONG_NAME)

    def visit(name: str, shot: bool = True):
        nonlocal checked
        p.settle()
        checked += check_labels(p, f"{tag} {name}")
        seen.update(p.texts())
        if shot:
            shoot(p, directory, f"{name}-{tag}")

    p.window.set_join_hint("Wi-Fi: Arena-Room-1")
    visit("welcome")
    session.goto(long_named.id)
    visit("presenting-long-name")
    session.next_presenter()
    visit("presenting")
    session.start_timer()
    real_clock = session.clock
    session.clock = lambda: real_clock() + 6 * 60 + 5  # six minutes later: over a five-minute limit
    p.window.apply_state(session.state())
    visit("presenting-overtime")
    session.clock = real_clock
    session.pause_timer()
    session.open_scoring([long_named.id])
    session.goto(long_named.id)
    session.set_scene("scoring")
    visit("scoring")
    session.close_contest()
    session.set_scene("results")
    visit("results-0")
    for step in range(1, len(p.store.presenters()) + 1):
        session.reveal_next()
        visit(f"results-{step}", shot=step in (1, 3, 8))
        p.session.set_explanation(True)
        visit(f"results-{step}-explained", shot=step in (3, 8))
        p.session.set_explanation(False)
    session.set_scene("ranking")
    visit("ranking")
    session.set_scene("blank")
    visit("blank")
    return checked, seen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_label_is_clipped_in_english(open_projector, long_name_path, size, tmp_path):
    p = open_projector(long_name_path, size)
    checked, seen = walk_every_scene(p, shots_dir(tmp_path), f"en-{size[0]}x{size[1]}")
    assert checked > 100
    assert LONG_NAME in seen
    assert {t.rsplit(" · ", 1)[-1] for t in seen} >= {"Final ranking", "Results"}  # after the title


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_label_is_clipped_in_chinese(open_projector, long_name_path, size, tmp_path, chinese):
    p = open_projector(long_name_path, size)
    checked, seen = walk_every_scene(p, shots_dir(tmp_path), f"zh-{size[0]}x{size[1]}")
    assert checked > 100
    assert LONG_NAME in seen
    assert {t.rsplit(" · ", 1)[-1] for t in seen} >= {"最终排名", "评价结果"}
    assert not {"Final ranking", "Results"} & {t.rsplit(" · ", 1)[-1] for t in seen}


def many_presenters_path(tmp_path, count: int = 20) -> Path:
    """The demo grown to `count` presenters (its eight, more with longer names, one of 30 characters)."""
    import dataclasses

    from projector_testkit import write_contest

    from arena.demo import demo_contest
    from arena.model import Presenter

    contest = demo_contest()
    extra = [
        Presenter(f"{p.name}提升工程（第{i}期）", p.speaker, p.unit)
        for i, p in enumerate(contest.presenters * 3, start=1)
    ]
    presenters = (*contest.presenters, Presenter(LONG_NAME, "张三", "区发展改革委"), *extra)[:count]
    path = tmp_path / "many.arena"
    write_contest(path, dataclasses.replace(contest, presenters=presenters), ballots=True)
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_twenty_presenters_stay_readable_in_the_ranking_and_the_reveal(
    open_projector, tmp_path, size, chinese
):
    p = open_projector(many_presenters_path(tmp_path), size)
    p.session.close_contest()
    p.session.set_scene("ranking")
    p.settle()
    scene = p.window.scenes["ranking"]
    assert scene.columns() == 2
    # 20 rows with a 30-character name is past what fits at the usual floor: whole, but smaller.
    assert check_labels(p, "ranking of 20", smallest=1 / 64) >= 20 * 3
    shoot(p, shots_dir(tmp_path), f"ranking-20-zh-{size[0]}x{size[1]}")
    for _ in range(20):
        p.session.reveal_next()
    p.settle()
    check_labels(p, "reveal of 20")
