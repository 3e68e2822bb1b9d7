"""The welcome scene counts check-ins per group ("区级领导 7/8 已签到"), and lists names when the setup asks."""

from __future__ import annotations

import os
from pathlib import Path

from arena.changes import Change
from arena.presence import checkin_counts

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))


def check_in(p, reviewers):
    for reviewer in reviewers:
        p.store.record_checkin(reviewer.id)
    p.bridge.on_change(Change(presence=True))  # as the server announces each check-in
    p.qtbot.waitUntil(lambda: p.window.scenes["welcome"].checkins.text() != "", timeout=30_000)


def test_welcome_counts_check_ins_per_group_and_names_on_request(unscored_projector):
    p = unscored_projector
    contest = p.store.contest()
    assert p.window.scenes["welcome"].checkins.text() == ""  # nobody yet: nothing to count
    group = contest.groups[0].name
    members = [r for r in contest.reviewers if r.group == group]
    check_in(p, members[:3])
    texts = p.texts()
    assert any(f"{group} 3/{len(members)} checked in" in t for t in texts)
    for other in contest.groups[1:]:
        size = sum(1 for r in contest.reviewers if r.group == other.name)
        assert any(f"{other.name} 0/{size} checked in" in t for t in texts)
    assert not any(members[0].name in t for t in texts)  # names only when the setup asks
    p.store.set_presence_options("off", True)
    p.bridge.on_change(Change(setup=True, presence=True))
    p.qtbot.waitUntil(lambda: members[0].name in p.window.scenes["welcome"].checkins.text(), timeout=30_000)
    assert all(name in p.window.scenes["welcome"].checkins.text() for name in (m.name for m in members[:3]))


def test_welcome_with_check_ins_in_chinese_at_both_sizes(open_projector, demo_path, chinese):
    for size in ((1920, 1080), (1024, 768)):
        p = open_projector(demo_path, size)
        contest = p.store.contest()
        if not p.store.checkins():
            p.store.set_presence_options("off", True)
            for group in contest.groups:
                members = [r for r in contest.reviewers if r.group == group.name]
                for reviewer in members[: max(1, len(members) - 1)]:
                    p.store.record_checkin(reviewer.id)
        check_in(p, [])
        counts = checkin_counts(contest, p.store.checkins())
        text = p.window.scenes["welcome"].checkins.text()
        first = counts[0]
        assert f"{first.group} {first.checked_in}/{first.reviewers} 已签到" in text
        SHOTS.mkdir(parents=True, exist_ok=True)
        p.window.grab().save(str(SHOTS / f"i17a-welcome-{size[0]}x{size[1]}.png"))
        p.close()
