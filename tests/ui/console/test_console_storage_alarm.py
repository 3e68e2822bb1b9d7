"""A full disk under the live contest: the phones get 507 storage_full and the console raises an alarm."""

from __future__ import annotations

import shutil

import httpx
from conftest_disk import fill
from PySide6.QtWidgets import QMessageBox
from test_console_meeting import eligible, start_server


def test_a_full_disk_raises_an_alarm_the_host_cannot_miss(
    open_console, qtbot, demo_path, small_disk, free_port
):
    path = small_disk / "demo.arena"
    shutil.copy(demo_path, path)
    window = open_console(path)
    base = start_server(window, qtbot, free_port)
    controller = window.controller
    controller.session.start()
    presenter = controller.contest().presenters[0]
    controller.session.goto(presenter.id)
    controller.session.open_scoring([presenter.id])
    reviewers = eligible(controller.contest(), presenter)
    marks = {str(c.id): "9" for c in controller.contest().criteria}
    alarm = window.storage_alarm
    assert not alarm.isVisible()

    filler = fill(small_disk)
    answers = []
    for r in reviewers[:30]:
        answers.append(
            httpx.post(
                f"{base}/api/r/{r.token}/ballots",
                json={"client_id": f"full-{r.id:04d}", "presenter_id": presenter.id, "marks": marks},
            )
        )
        if answers[-1].status_code == 507:
            break
    assert answers[-1].status_code == 507 and answers[-1].json()["error"] == "storage_full"
    qtbot.waitUntil(alarm.isVisible)
    qtbot.waitUntil(lambda: alarm.box is not None and alarm.box.isVisible())
    assert alarm.box.icon() == QMessageBox.Critical
    assert "Disk full" in alarm.text()
    alarm.box.close()

    filler.unlink()  # the host frees some space; the next ballot saved clears the alarm
    retry = httpx.post(
        f"{base}/api/r/{reviewers[-1].token}/ballots",
        json={"client_id": "after-0001", "presenter_id": presenter.id, "marks": marks},
    )
    assert retry.status_code == 200
    qtbot.waitUntil(lambda: not alarm.isVisible())
