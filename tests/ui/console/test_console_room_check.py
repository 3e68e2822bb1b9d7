"""The room network check on Reviewer access (issue 14, room network): a test QR code that answers at
once, a live "a phone has reached the server", and a troubleshooting list when nothing has arrived a few
minutes after the start (the few minutes are the panel's timer, fired here instead of waited for)."""

from __future__ import annotations

import subprocess
import uuid

import httpx
from PySide6.QtCore import Qt


def test_the_test_code_answers_and_a_phone_is_noticed(open_console, qtbot, demo_path, free_port, tmp_path):
    window = open_console(demo_path)
    access = window.access
    check = access.room_check
    window.pages.setCurrentWidget(access)
    assert "Start the server" in check.status.text() and not check.help.isVisible()
    access.address.setCurrentIndex(access.address.findData("127.0.0.1"))
    access.port.setValue(free_port)
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    base = window.controller.base_url
    assert "Test from a phone" in check.status.text()

    check._quiet.stop()  # a few minutes with no phone: the timer has run out
    check._quiet.timeout.emit()
    qtbot.waitUntil(check.help.isVisible)
    assert "client isolation" in check.help.text() and "firewall" in check.help.text()

    png = tmp_path / "test.png"
    assert check.qr.pixmap().save(str(png))
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True)
    assert scanned.stdout.strip() == base + "/"
    assert httpx.get(base + "/", timeout=5).status_code == 200  # the test page answers at once
    qtbot.waitUntil(lambda: check.reached, timeout=30000)  # and the visit is noticed at once
    assert check.addresses == ["127.0.0.1"] and not check.help.isVisible()
    assert check.reached_from.text() == "Reached from: 127.0.0.1 (this laptop)"

    window.live.perform("start")
    window.live.perform("toggle_scoring")
    contest = window.controller.contest()
    presenter = contest.presenters[0]
    reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
    marks = {str(c.id): "5" for c in contest.criteria}
    reply = httpx.post(
        f"{base}/api/r/{reviewer.token}/ballots",
        json={"client_id": f"phone-{uuid.uuid4().hex}", "presenter_id": presenter.id, "marks": marks},
        timeout=10,
    )
    assert reply.status_code == 200
    qtbot.waitUntil(lambda: check.reached)
    assert "A phone has reached the server" in check.status.text()
    assert not check.help.isVisible()
