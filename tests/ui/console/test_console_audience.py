"""The console's audience box and the projector's room QR code (issue 13), with a real server on
127.0.0.1: a phone joins over HTTP, the count follows, the host closes joining and the code goes."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from test_console_meeting import start_server

from arena.setup import parse_setup
from arena.store import Store

SETUP = {
    "title": "大众评审测试",
    "criteria": [{"name": "A", "max": 60, "step": 1}, {"name": "B", "max": 40, "step": 1}],
    "groups": [{"name": "领导", "weight": 70}],
    "audience": {"weight": 30, "ballot": "rating", "cap": 50},
    "reviewers": [{"name": "L1", "group": "领导"}, {"name": "L2", "group": "领导"}],
    "presenters": [{"name": "P1"}, {"name": "P2"}],
}


def test_the_host_sees_the_audience_and_closes_joining(open_console, qtbot, tmp_path, free_port):
    path = tmp_path / "audience.arena"
    Store.create(path, parse_setup(SETUP)).close()
    window = open_console(path)
    panel = window.live.audience
    assert panel.isVisible() and panel.count.text().startswith("0 of 50")
    base = start_server(window, qtbot, free_port)
    with Store.open(path) as store:
        room = store.audience_state()["room_token"]
    window.live.perform("start")  # the welcome scene
    window.toggle_projector()
    projector = window.projector
    welcome = projector.scenes["welcome"]
    qtbot.waitUntil(lambda: welcome.room_code.link == f"{base}/a/{room}", timeout=30_000)
    assert httpx.post(f"{base}/api/a/{room}/join", json={}, timeout=30).status_code == 200
    qtbot.waitUntil(lambda: panel.count.text().startswith("1 of 50"), timeout=30_000)
    folder = Path(os.environ.get("ARENA_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in ((1920, 1080), (1024, 768)):
        projector.resize(width, height)
        projector.settle()
        qtbot.waitUntil(lambda: welcome.room_code.isVisible(), timeout=30_000)
        assert projector.grab().save(str(folder / f"projector-welcome-audience-{width}.png"))
    window.resize(1280, 800)
    assert window.grab().save(str(folder / "console-live-audience-1280.png"))

    qtbot.mouseClick(panel.toggle, Qt.LeftButton)  # close joining
    with Store.open(path) as store:
        assert store.audience_state()["joining"] is False
        assert store.session_log()[-1]["action"] == "audience_joining"
    qtbot.waitUntil(lambda: not welcome.room_code.isVisible(), timeout=30_000)
    refused = httpx.post(f"{base}/api/a/{room}/join", json={}, timeout=30)
    assert (refused.status_code, refused.json()["error"]) == (409, "joining_closed")
