"""The setup's presenter noun (产业链, 项目, 选手) heads the presenters in the PDF, the exports and the
recount workbook; with none they say 汇报对象. PDFs read back with pypdf, workbooks with openpyxl."""

from __future__ import annotations

import dataclasses

import openpyxl
from archive_helpers import compact, pdf_text

from arena.demo import write_demo
from arena.exports import export
from arena.recount import write_recount
from arena.report import write_report
from arena.store import Store


def scored(tmp_path, noun: str):
    """The demo (its own noun is 产业链) with its ballots, renamed to `noun` ("" = none)."""
    path = tmp_path / f"demo-{noun or 'default'}.arena"
    write_demo(path, ballots=True).close()
    with Store.open(path) as store:
        store.update_setup(dataclasses.replace(store.contest(), presenter_noun=noun))
    return path


def test_the_pdf_names_the_presenters_by_the_contests_noun(tmp_path):
    text = compact(pdf_text(write_report(scored(tmp_path, "选手"), tmp_path / "r.pdf")))
    assert "三、各选手得分明细" in text and "名次选手汇报人最终得分" in text and "各选手" in text
    assert "汇报对象" not in text
    default = compact(pdf_text(write_report(scored(tmp_path, ""), tmp_path / "d.pdf")))
    assert "三、各汇报对象得分明细" in default and "名次汇报对象汇报人最终得分" in default


def test_the_exports_and_the_recount_head_their_columns_with_it(tmp_path):
    path = scored(tmp_path, "项目")
    book = openpyxl.load_workbook(export(path, tmp_path / "results.xlsx"), read_only=True)
    headers = {name: [c.value for c in next(book[name].iter_rows(max_row=1))] for name in book.sheetnames}
    book.close()
    with_noun = [name for name, row in headers.items() if "项目" in row]
    assert "结果" in with_noun and len(with_noun) >= 3, headers
    assert not any("汇报对象" in row for row in headers.values())
    recount = openpyxl.load_workbook(write_recount(path, tmp_path / "recount.xlsx"), read_only=True)
    cells = [c for ws in recount.worksheets for row in ws.iter_rows(values_only=True) for c in row if c]
    recount.close()
    assert "项目" in cells and not any("汇报对象" in str(c) for c in cells)
