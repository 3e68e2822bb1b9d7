"""Excel and CSV exports reopen with the tally's numbers and the file's exact marks."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest

from arena.exports import export
from arena.model import InputError
from arena.store import Store
from arena.tally import fmt_score, tally
from arena.verify import verify


def _as_printed(value) -> str:
    return f"{Decimal(str(value)):.2f}"


def test_xlsx_results_reopen_with_the_numbers_the_tally_prints(demo_scored_path, tmp_path):
    out = export(demo_scored_path, tmp_path / "结果.xlsx")
    with Store.open(demo_scored_path) as store:
        result = tally(store)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:2] == ["结果", "原始分"]
    rows = list(book["结果"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == len(result.presenters)
    for row, pr in zip(body, result.presenters):
        record = dict(zip(header, row))
        assert record["产业链"] == pr.presenter.name and record["名次"] == pr.rank
        assert _as_printed(record["最终得分"]) == fmt_score(pr.score)
        for group in pr.groups:
            assert _as_printed(record[f"{group.group}组得分"]) == fmt_score(group.score)
        assert (record["有效票"], record["应评票"]) == (pr.ballots, pr.eligible)


def test_xlsx_raw_scores_hold_every_counted_mark_exactly(demo_scored_path, tmp_path):
    out = export(demo_scored_path, tmp_path / "out.xlsx")
    with Store.open(demo_scored_path) as store:
        contest = store.contest()
        expected = {}
        for rid, pid, cid, value in store.conn.execute(
            "SELECT reviewer_id, presenter_id, criterion_id, value FROM scores"
        ):
            expected[(rid, pid, cid)] = value
        result = tally(store)
    names = {r.name: r.id for r in contest.reviewers}
    presenters = {p.name: p.id for p in contest.presenters}
    sheet = list(openpyxl.load_workbook(out)["原始分"].iter_rows(values_only=True))
    header, body = sheet[0], sheet[1:]
    assert len(body) * len(contest.criteria) == len(expected)
    totals = {(t.reviewer_id, pr.presenter.id): t for pr in result.presenters for t in pr.totals}
    for row in body:
        record = dict(zip(header, row))
        rid, pid = names[record["评委"]], presenters[record["产业链"]]
        for c in contest.criteria:
            assert Decimal(str(record[c.name])) == c.from_units(expected[(rid, pid, c.id)])
        assert _as_printed(record["总分"]) == fmt_score(totals[(rid, pid)].total)
        assert (record["去掉"] == "是") == totals[(rid, pid)].dropped


def test_csv_is_utf8_with_bom_and_holds_results_then_raw_scores(demo_scored_path, tmp_path):
    out = export(demo_scored_path, tmp_path / "out.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["结果"] and rows[1][:3] == ["名次", "并列", "产业链"]
    split = rows.index(["原始分"])
    with Store.open(demo_scored_path) as store:
        result = tally(store)
        counted = len(store.submitted_pairs())
    results = rows[2 : split - 1]
    assert [r[2] for r in results] == [pr.presenter.name for pr in result.presenters]
    assert [r[5] for r in results] == [fmt_score(pr.score) for pr in result.presenters]
    assert len(rows) - split - 2 == counted
    assert "E+" not in raw.decode("utf-8-sig")  # marks such as 20 are written as 20, not 2E+1


def test_unknown_suffix_is_refused_and_writes_nothing(demo_scored_path, tmp_path):
    with pytest.raises(InputError, match=".xlsx, .csv or .json"):
        export(demo_scored_path, tmp_path / "out.pdf")
    assert not [f for f in tmp_path.iterdir() if f.name.startswith(("out", ".out"))]


def test_json_holds_the_tally_interchange_form_and_the_raw_scores(demo_scored_path, tmp_path):
    import json

    from arena.tally import tally_json

    out = export(demo_scored_path, tmp_path / "out.json")
    document = json.loads(out.read_text(encoding="utf-8"))
    with Store.open(demo_scored_path) as store:
        expected = json.loads(json.dumps(tally_json(tally(store)), ensure_ascii=False))
        counted = len(store.submitted_pairs())
    assert document["results"] == expected
    assert len(document["raw_scores"]) == counted
    assert document["info"]["完整性校验码（SHA-256）"] == verify(demo_scored_path).integrity_hash


def test_outputs_into_a_missing_folder_are_refused_by_the_api_too(demo_scored_path, tmp_path):
    from arena.cards import write_cards
    from arena.report import write_report

    missing = tmp_path / "no-such-folder"
    for write in (
        lambda: export(demo_scored_path, missing / "e.xlsx"),
        lambda: write_report(demo_scored_path, missing / "r.pdf"),
        lambda: write_cards(demo_scored_path, missing / "c.pdf", "http://10.0.0.1:8700"),
    ):
        with pytest.raises(InputError, match="no such folder"):
            write()
    assert not missing.exists()


def test_the_exports_word_a_tie_in_chinese_from_the_tally_codes(tmp_path):
    """The 同分说明 column says how a tie was settled in the archive's language, as the PDF does."""
    from archive_helpers import tied_contest

    path = tied_contest(tmp_path / "settled.arena", tie_break=("criterion:成效",), split=True)
    export(path, tmp_path / "r.csv")
    rows = list(csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    header = next(r for r in rows if "同分说明" in r)
    results = rows[rows.index(header) + 1 :]
    results = results[: results.index([])] if [] in results else results  # the raw scores follow
    notes = {r[header.index("汇报对象")]: r[header.index("同分说明")] for r in results}
    assert notes["乙项目"] == "同分，按「成效」项平均得分高者居前排定"
    assert not any(c.isascii() and c.isalpha() for c in "".join(notes.values()))  # no English left
