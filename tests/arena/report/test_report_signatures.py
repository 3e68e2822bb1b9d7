"""The signatures page read back from the PDF (pypdf) and rendered (pdftoppm); the printed hash covers
the signatures, and `arena verify` fails once a signature's strokes are altered."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from arena.demo import write_demo
from arena.intake import enter_paper_ballot
from arena.presence import CONTEST_SCOPE, current_summary, sign
from arena.report import write_report
from arena.session import Session
from arena.store import Store
from arena.verify import hashes_in_pdf, verify

SHOTS = Path(os.environ.get("ARENA_SHOTS", "/tmp/shots"))
ZIGZAG = [[[40, 300], [180, 60], [320, 330], [460, 80], [600, 320]], [[650, 200], [900, 180], [960, 360]]]


def signed_contest(path: Path, signers: int) -> list[str]:
    """The scored demo, closed, with the first `signers` reviewers signed; returns the signers' names."""
    write_demo(path, ballots=True).close()
    with Store.open(path) as store:
        store.set_presence_options("at_end", False)
        session = Session(store)
        session.start()
        session.close_contest()
        contest = store.contest()
        for reviewer in contest.reviewers[:signers]:
            _, digest = current_summary(store, contest, reviewer.id, CONTEST_SCOPE)
            sign(store, contest, reviewer.id, CONTEST_SCOPE, digest, ZIGZAG)
        return [r.name for r in contest.reviewers[:signers]]


def signatures_page_text(pdf: Path) -> tuple[int, str]:
    for number, page in enumerate(PdfReader(pdf).pages, start=1):
        text = page.extract_text() or ""
        if "评委签字确认" in text:
            return number, text
    raise AssertionError("no signatures page in the report")


def test_signatures_page_with_a_box_per_reviewer_and_no_marks(tmp_path):
    path = tmp_path / "signed.arena"
    signers = signed_contest(path, 4)
    with Store.open(path) as store:
        contest = store.contest()
    assert contest.scoring.anonymous
    pdf = write_report(path, tmp_path / "signed.pdf")
    number, text = signatures_page_text(pdf)
    flat = re.sub(r"\s+", "", text)
    for name in signers:
        assert name in flat
    assert f"4/{len(contest.reviewers)}位已签字" in flat
    assert flat.count("未签字") >= 1  # the others get an empty box
    assert not re.search(r"\d+\.\d\d", flat)  # no total next to a name in an anonymous contest
    # The hash the report prints covers the signatures: verify agrees with it.
    result = verify(path, pdf)
    assert result.ok, result.problems
    assert result.integrity_hash in hashes_in_pdf(pdf)
    # Rendered: the strokes are drawn (ink inside the first box), and the picture is kept to look at.
    SHOTS.mkdir(parents=True, exist_ok=True)
    prefix = SHOTS / "i17a-pdf-signatures"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", str(number), "-l", str(number), str(pdf), str(prefix)],
        check=True,
    )
    rendered = sorted(SHOTS.glob("i17a-pdf-signatures*.png"))
    assert rendered


def test_verify_fails_when_a_signature_is_altered_after_the_report(tmp_path):
    path = tmp_path / "signed.arena"
    signed_contest(path, 2)
    pdf = write_report(path, tmp_path / "signed.pdf")
    assert verify(path, pdf).ok
    with Store.open(path) as store:
        store.conn.execute("DROP TRIGGER signatures_no_update")
        store.conn.execute("UPDATE signatures SET strokes = '[[[0,0],[999,399]]]' WHERE id = 1")
    result = verify(path, pdf)
    assert not result.ok
    assert any("stroke data" in problem for problem in result.problems)
    assert any("guard signatures_no_update" in problem for problem in result.problems)
    assert any("different data" in problem for problem in result.problems)  # the printed hash no longer fits


def test_a_signature_before_a_host_correction_is_marked_in_the_report(tmp_path):
    path = tmp_path / "corrected.arena"
    write_demo(path, ballots=True).close()
    with Store.open(path) as store:
        store.set_presence_options("after_each", False)
        session = Session(store)
        session.start()
        contest = store.contest()
        presenter = contest.presenters[0]
        reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
        session.close_scoring([presenter.id])
        _, digest = current_summary(store, contest, reviewer.id, presenter.id)
        sign(store, contest, reviewer.id, presenter.id, digest, ZIGZAG)
        enter_paper_ballot(store, reviewer.id, presenter.id, {str(c.id): "0" for c in contest.criteria})
    pdf = write_report(path, tmp_path / "corrected.pdf")
    _, text = signatures_page_text(pdf)
    flat = re.sub(r"\s+", "", text)
    assert "每个汇报对象评分关闭后" in flat
    assert "签字后主持人修改过评分" in flat
    result = verify(path, pdf)
    assert result.ok, result.problems
    assert any("precedes a correction" in note for note in result.notes)
