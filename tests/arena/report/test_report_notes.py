"""Comments and outlier flags in the archive (issue 17): the PDF read back, the exports, the hash.

The ballots come through the reviewers' API (in-process ASGI), as phones send them: comments and the
outlier reason go through the one intake into the log, and from there into the report.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import sqlite3
import subprocess
from decimal import Decimal

import httpx
import pytest
from archive_helpers import compact, page_count, pdf_text

from arena.anonymity import archive_labels
from arena.demo import write_demo
from arena.exports import export
from arena.report import write_report
from arena.review_options import ReviewOptions
from arena.server.app import create_app
from arena.session import Session
from arena.store import Store
from arena.verify import verify

COMMENT = "思路清晰，数据翔实；建议补充\n下一年度的 <目标> & 措施"
REASON = "现场答辩回避问题"


def _send(path, bodies):
    """POST (token, body) pairs to the reviewers' API over ASGI; every one must be accepted."""
    app = create_app(path)

    async def go():
        transport = httpx.ASGITransport(app=app, client=("10.0.0.5", 5000))
        async with httpx.AsyncClient(transport=transport, base_url="http://arena.test") as client:
            for token, body in bodies:
                resp = await client.post(f"/api/r/{token}/ballots", json=body)
                assert resp.status_code == 200, resp.text

    try:
        asyncio.run(go())
    finally:
        app.state.writer.close()
        app.state.room.close()


@pytest.fixture(scope="module")
def noted(tmp_path_factory):
    """The demo with comments optional and a 15-point outlier threshold: one presenter scored by its
    first group, one comment, one far-low total with a reason; then closed. Returns (path, facts)."""
    path = tmp_path_factory.mktemp("notes") / "notes.arena"
    write_demo(path).close()
    with Store.open(path) as store:
        contest = store.contest()
        review = ReviewOptions("optional", Decimal(15))
        store.update_setup(
            dataclasses.replace(contest, scoring=dataclasses.replace(contest.scoring, review=review))
        )
        session = Session(store)
        session.start()
        p = contest.presenters[1]
        session.goto(p.id)
        session.open_scoring([p.id])
        voters = [r for r in contest.reviewers if p.name not in r.recuse]
        group = [r for r in voters if r.group == voters[0].group]
        marks = {str(c.id): "9" for c in contest.criteria}  # a total of 36
        low = {str(c.id): "1" for c in contest.criteria}  # a total of 4: 32 below
        bodies = [
            (r.token, {"client_id": f"peer-{r.id:04d}", "presenter_id": p.id, "marks": marks})
            for r in group[1:4]
        ]
        bodies.append(
            (
                group[4].token,
                {"client_id": "commenter-1", "presenter_id": p.id, "marks": marks, "comment": COMMENT},
            )
        )
        bodies.append(
            (
                group[0].token,
                {"client_id": "far-low-01", "presenter_id": p.id, "marks": low, "outlier_reason": REASON},
            )
        )
        _send(path, bodies)
        session.close_scoring([p.id])
        session.close_contest()
        labels = archive_labels(contest, store.anonymity_secret())
    return path, {"presenter": p, "commenter": group[4], "outlier": group[0], "labels": labels}


def test_the_pdf_lists_comments_per_presenter_and_the_flags_in_the_statistics(noted, tmp_path):
    path, facts = noted
    pdf = write_report(path, tmp_path / "report.pdf")
    text = compact(pdf_text(pdf))
    commenter, outlier = facts["commenter"], facts["outlier"]
    assert compact(f"{facts['labels'][commenter.id]}：{COMMENT}") in text
    assert compact("评语（1 条）") in text
    # Anonymous: labels only (a reviewer's name may also be a presenter's speaker, so look next to the comment).
    assert compact(f"{commenter.name}：") not in text and compact(f"{outlier.name}畸低") not in text
    assert "畸高畸低提示" in text and compact(REASON) in text
    assert compact(f"{facts['labels'][outlier.id]}畸低32.00/36.00（本组）") in text
    # A named contest's report names the reviewer with the comment.
    named = compact(pdf_text(write_report(path, tmp_path / "named.pdf", anonymous=False)))
    assert compact(f"{commenter.name}：{COMMENT}") in named
    # Look at it: the statistics page with the flags.
    page = next(n for n in range(1, page_count(pdf) + 1) if "畸高畸低提示" in pdf_text(pdf, first=n, last=n))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), str(pdf), str(tmp_path / "stats")],
        check=True,
    )
    assert list(tmp_path.glob("stats*.png"))


def test_the_exports_carry_comments_and_flags(noted, tmp_path):
    path, facts = noted
    out = export(path, tmp_path / "raw.csv")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    header = next(r for r in rows if "评语" in r)
    comment_at, flag_at = header.index("评语"), header.index("畸高畸低提示")
    by_reviewer = {r[1]: r for r in rows if len(r) == len(header) and r[0] == facts["presenter"].name}
    assert by_reviewer[facts["commenter"].name][comment_at] == COMMENT
    assert by_reviewer[facts["outlier"].name][flag_at] == f"畸低 32.00（中位数 36.00）：{REASON}"
    js = export(path, tmp_path / "raw.json").read_text(encoding="utf-8")
    assert REASON in js


def test_the_integrity_hash_covers_the_comments(noted, tmp_path):
    path, _ = noted
    copy = tmp_path / "copy.arena"
    copy.write_bytes(path.read_bytes())
    pdf = write_report(copy, tmp_path / "report.pdf")
    assert verify(copy, pdf).ok
    conn = sqlite3.connect(copy)  # someone edits a comment behind Arena's back
    with conn:
        conn.execute("DROP TRIGGER submissions_no_update")
        conn.execute("UPDATE submissions SET comment = '改过的评语' WHERE comment != ''")
        conn.executescript(
            "CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions"
            " BEGIN SELECT RAISE(ABORT, 'submissions is append-only'); END;"
        )
    conn.close()
    result = verify(copy, pdf)
    assert not result.ok and any("made from different data" in problem for problem in result.problems)
