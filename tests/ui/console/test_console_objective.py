"""实绩 in the console: the setup editor's tab shows the items read-only, imports values, locks at the start."""

from __future__ import annotations

import json

from arena.objective import objective_hash
from arena.setup import parse_setup
from arena.store import Store

SETUP = {
    "title": "实绩",
    "criteria": [{"name": "表现", "max": "100", "step": "1"}],
    "groups": [{"name": "专家", "weight": "80"}],
    "reviewers": [{"name": "A1", "group": "专家"}],
    "presenters": [{"name": "甲"}, {"name": "乙"}, {"name": "丙"}],
    "objective": [
        {
            "name": "招商实绩",
            "weight": "20",
            "source": "商务局",
            "rule": "linear",
            "values": {"甲": "1.2", "乙": "3.0", "丙": "2.4"},
        }
    ],
}


def _cells(tab) -> list[str]:
    return [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]


def test_the_tab_shows_imports_and_locks(open_console, qtbot, tmp_path):
    path = tmp_path / "o.arena"
    Store.create(path, parse_setup(SETUP)).close()
    window = open_console(path)
    tab = window.setup.objective
    assert tab.table.horizontalHeaderItem(0).text() == "招商实绩 (20%, 商务局)"
    assert _cells(tab) == ["1.2 → 0.00", "3 → 100.00", "2.4 → 66.67"]
    with Store.open(path) as store:
        assert objective_hash(store.objective_items()) in tab.digest.text()

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"name": "招商实绩", "values": {"丁": 1}}], ensure_ascii=False), "utf-8")
    assert not tab.import_values(str(bad))
    assert "unknown presenter '丁'" in tab.problem.text()
    assert _cells(tab) == ["1.2 → 0.00", "3 → 100.00", "2.4 → 66.67"]  # nothing changed

    values = tmp_path / "v.json"
    values.write_text(
        json.dumps([{"name": "招商实绩", "values": {"甲": "2.0"}}], ensure_ascii=False), "utf-8"
    )
    assert tab.import_values(str(values))
    qtbot.waitUntil(lambda: _cells(tab)[0] == "2 → 0.00", timeout=30_000)
    assert _cells(tab) == ["2 → 0.00", "3 → 100.00", "2.4 → 40.00"]
    assert tab.problem.text() == "Imported from v.json."

    window.controller.act("start")
    qtbot.waitUntil(lambda: not tab.import_button.isEnabled(), timeout=30_000)
    assert "locked at the start" in tab.digest.text()
    assert not tab.import_values(str(values))
    assert tab.problem.text() == "The contest has started: the objective values are locked."
