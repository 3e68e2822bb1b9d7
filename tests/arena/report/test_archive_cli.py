"""The archive's command line: report, verify, cards, export; exit codes 0 / 1 / 2 and clear messages."""

from __future__ import annotations

import re
import sqlite3

from archive_helpers import pdf_text

from arena.cli import main


def test_report_then_verify_with_the_report_exits_0_and_prints_the_hash(demo_scored_path, tmp_path, capsys):
    pdf = tmp_path / "report.pdf"
    assert main(["report", str(demo_scored_path), str(pdf), "--names"]) == 0
    assert pdf.is_file()
    capsys.readouterr()
    assert main(["verify", str(demo_scored_path), str(pdf)]) == 0
    out = capsys.readouterr().out
    digest = re.search(r"integrity hash \(SHA-256\): ([0-9a-f]{64})", out).group(1)
    assert "OK" in out and digest in re.sub(r"\s+", "", pdf_text(pdf))


def test_verify_after_tampering_exits_1_naming_the_score(demo_scored_path, capsys):
    conn = sqlite3.connect(demo_scored_path)
    with conn:
        rid, pid = conn.execute("SELECT reviewer_id, presenter_id FROM scores LIMIT 1").fetchone()
        conn.execute("UPDATE scores SET value = 0 WHERE reviewer_id = ? AND presenter_id = ?", (rid, pid))
        reviewer = conn.execute("SELECT name FROM reviewers WHERE id = ?", (rid,)).fetchone()[0]
        presenter = conn.execute("SELECT name FROM presenters WHERE id = ?", (pid,)).fetchone()[0]
    conn.close()
    assert main(["verify", str(demo_scored_path)]) == 1
    err = capsys.readouterr().err
    assert "FAILED" in err and f"score of {reviewer} for {presenter}" in err


def test_cards_and_exports_write_their_files(demo_scored_path, tmp_path, capsys):
    base = "http://10.1.2.3:8700"
    assert main(["cards", str(demo_scored_path), str(tmp_path / "c.pdf"), "--base", base]) == 0
    assert "10.1.2.3:8700/r/" in pdf_text(tmp_path / "c.pdf")
    assert main(["export", str(demo_scored_path), str(tmp_path / "e.xlsx")]) == 0
    assert main(["export", str(demo_scored_path), str(tmp_path / "e.csv")]) == 0
    assert (tmp_path / "e.xlsx").stat().st_size > 0 and (tmp_path / "e.csv").stat().st_size > 0


def test_user_mistakes_exit_2_with_a_message_and_no_traceback(demo_scored_path, tmp_path, capsys):
    cases = [
        (["report", str(tmp_path / "missing.arena"), str(tmp_path / "r.pdf")], "no such contest file"),
        (["report", str(demo_scored_path), str(tmp_path / "r.docx")], ".pdf"),
        (["report", str(demo_scored_path), str(tmp_path / "no" / "r.pdf")], "no such folder"),
        (["export", str(demo_scored_path), str(tmp_path / "e.txt")], ".xlsx or .csv or .json"),
        (["cards", str(demo_scored_path), str(tmp_path / "c.pdf"), "--base", "10.0.0.1"], "full address"),
        (["verify", str(demo_scored_path), str(tmp_path / "missing.pdf")], "no such file"),
    ]
    not_a_contest = tmp_path / "x.arena"
    not_a_contest.write_bytes(b"hello, not sqlite" * 10)
    cases.append((["verify", str(not_a_contest)], "not an Arena contest file"))
    for argv, message in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, (argv, err)
