"""The export's 去掉 column with per-criterion trimming: each ballot names the marks that were left out."""

from __future__ import annotations

import openpyxl
from ritual_contest import build

from arena.exports import export
from arena.tally import tally


def test_per_criterion_trimming_fills_the_dropped_column(tmp_path):
    path = tmp_path / "c.arena"
    with build(path, level="criterion") as store:
        result = tally(store)
        names = {r.id: r.name for r in store.contest().reviewers}
        expected = {}
        for pr in result.presenters:
            for group in pr.groups:
                for m in group.dropped_marks:
                    word = {"highest": "最高", "lowest": "最低"}[m.reason]
                    key = (pr.presenter.name, names[m.reviewer.reviewer_id])
                    expected.setdefault(key, []).append(f"{m.criterion} {m.mark}（{word}）")
    export(path, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["原始分"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    shown = {(r["汇报对象"], r["评委"]): r["去掉"] for r in rows if r["去掉"]}
    assert shown == {key: "；".join(parts) for key, parts in expected.items()}
    assert len(shown) >= 4 * 3 * 2  # at least one highest and one lowest per group and presenter
