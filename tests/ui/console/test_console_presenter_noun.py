"""The console heads its presenter columns and fields with the setup's presenter noun (the demo's is
产业链); with none, 汇报对象 in Chinese and "Presenter" in English."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout

from arena.store import Store


def headers(window) -> dict[str, str]:
    live = window.live
    dialog = live.enter_proxy_ballot()
    try:
        form = dialog.findChild(QFormLayout)
        label = form.labelForField(dialog.presenter).text()
    finally:
        dialog.reject()
    return {
        "results": live.results.table.horizontalHeaderItem(1).text(),
        "queue": live.queue.parentWidget().title(),
        "paper": label,
    }


def test_the_contests_noun_heads_the_results_the_queue_and_the_paper_ballot(open_console, demo_path):
    window = open_console(demo_path)
    window.set_language("zh_CN")
    shown = headers(window)
    assert shown["results"] == "产业链" and shown["paper"] == "产业链"
    assert "产业链" in shown["queue"]


def test_without_a_noun_each_language_has_its_own(open_console, demo_path):
    with Store.open(demo_path) as store:
        store.update_setup(dataclasses.replace(store.contest(), presenter_noun=""))
    window = open_console(demo_path)
    shown = headers(window)
    assert shown["results"] == "Presenter" and shown["paper"] == "Presenter" and "Presenter" in shown["queue"]
    window.set_language("zh_CN")
    shown = headers(window)
    assert shown["results"] == "汇报对象" and shown["paper"] == "汇报对象" and "汇报对象" in shown["queue"]
