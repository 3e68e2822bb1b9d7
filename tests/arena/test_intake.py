"""The intake: every ballot source goes through it, with one mark parser and one set of checks.

Phones are reached over real HTTP on 127.0.0.1, the import through the real `arena` command,
paper ballots through the call the console's dialog makes; each refused mark must come back
with the same code from all three.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from arena.intake import enter_paper_ballot
from arena.mark_parser import parse_mark
from arena.server.runner import ReviewerServer
from arena.session import Session
from arena.store import BallotRefused, Store

ROOT = Path(__file__).resolve().parents[2]

# Marks the outside probe got accepted (or silently rounded), and what each must be now.
PROBE_MARKS = {
    "10.0000000000000000000000000000001": "off_step",  # stored as 10 by decimal context rounding
    "1e-999999999": "not_a_number",  # stored as 0
    "1e1": "not_a_number",
    "1_0": "not_a_number",
    "+10": "not_a_number",
    "\u00a010": "not_a_number",  # a leading no-break space
    "١٠": "not_a_number",  # Arabic-Indic digits
    "१०": "not_a_number",  # Devanagari digits
    "10.": "not_a_number",
    "0x0A": "not_a_number",
    "-0": "out_of_range",
    "-5": "out_of_range",
    "10.3": "off_step",
    "41": "out_of_range",
    "9" * 60_000: "not_a_number",
}


def test_marks_are_read_exactly():
    assert parse_mark("12.5") == Decimal("12.5")
    assert parse_mark("１２．５") == Decimal("12.5")  # full-width, as Chinese input methods type it
    assert parse_mark(" 10\t") == Decimal(10)
    assert parse_mark(12) == Decimal(12)
    for bad in (True, None, 12.5, float("nan"), [], {}, "1e1", "1_0", "+1", "٣", "", ".5", "5."):
        with pytest.raises(ValueError):
            parse_mark(bad)


@pytest.fixture
def room(demo_path):
    """The demo contest started, its second presenter open, and its reviewers' server on 127.0.0.1."""
    store = Store.open(demo_path)
    session = Session(store)
    session.start()
    contest = store.contest()
    presenter = contest.presenters[1]
    session.goto(presenter.id)
    session.open_scoring([presenter.id])
    events: list[dict] = []
    server = ReviewerServer(demo_path, notify=events.append, host="127.0.0.1", port=0)
    server.start()
    yield store, contest, presenter, server, events
    server.stop()
    store.close()


def _phone(server, reviewer, presenter, marks, client_id):
    url = f"http://127.0.0.1:{server.port}/api/r/{reviewer.token}/ballots"
    return httpx.post(url, json={"client_id": client_id, "presenter_id": presenter.id, "marks": marks})


def _import(path: Path, csv_path: Path):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import-scores", str(path), str(csv_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _write_csv(path: Path, reviewer, presenter, contest, marks: dict[int, str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["reviewer", "presenter", "criterion", "score"])
        for c in contest.criteria:
            out.writerow([reviewer.name, presenter.name, c.name, marks[c.id]])


WORDS = {"not_a_number": "is not a number", "off_step": "is not a multiple", "out_of_range": "is outside"}


@pytest.mark.parametrize("mark", list(PROBE_MARKS), ids=lambda m: ascii(m[:12]))
def test_a_refused_mark_gets_the_same_code_from_phone_paper_ballot_and_import(room, tmp_path, mark):
    store, contest, presenter, server, events = room
    reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
    first = contest.criteria[0]
    marks = {c.id: "10" for c in contest.criteria}
    marks[first.id] = mark
    code = PROBE_MARKS[mark]

    phone = _phone(server, reviewer, presenter, {str(c): v for c, v in marks.items()}, "probe-0001")
    assert phone.status_code == 422 and phone.json()["error"] == code
    assert len(phone.json()["message"]) <= 200  # never the 60,000 digits back

    with pytest.raises(BallotRefused) as paper:
        enter_paper_ballot(store, reviewer.id, presenter.id, {c.name: marks[c.id] for c in contest.criteria})
    assert paper.value.code == code and paper.value.params["criterion"] == first.name
    assert len(str(paper.value)) <= 200

    sheet = tmp_path / "paper.csv"
    _write_csv(sheet, reviewer, presenter, contest, marks)
    result = _import(store.path, sheet)
    assert result.returncode != 0 and WORDS[code] in result.stderr
    assert len(result.stderr) < 1000
    assert store.counts()["submissions"] == 0 and events == []


def test_every_source_goes_through_the_intake_and_logs_one_shape(room, tmp_path):
    store, contest, presenter, server, events = room
    free = [r for r in contest.reviewers if presenter.name not in r.recuse]
    marks = {c.id: "１２．５" if c.id == contest.criteria[0].id else "10" for c in contest.criteria}

    phone = _phone(server, free[0], presenter, {str(c): v for c, v in marks.items()}, "phone-0001")
    assert phone.status_code == 200, phone.text
    receipt = enter_paper_ballot(
        store,
        free[1].id,
        presenter.id,
        {c.name: v for c, v in zip(contest.criteria, marks.values())},
        "paper",
    )
    sheet = tmp_path / "paper.csv"
    _write_csv(sheet, free[2], presenter, contest, marks)
    assert _import(store.path, sheet).returncode == 0
    again = _import(store.path, sheet)  # the same file twice counts once
    assert again.returncode == 0 and "1 already in" in again.stdout

    rows = store.conn.execute("SELECT reviewer_id, source, ballot FROM submissions ORDER BY id").fetchall()
    units = store.conn.execute("SELECT DISTINCT ballot FROM submissions").fetchall()
    assert [(r, s) for r, s, _ in rows] == [
        (free[0].id, "phone"),
        (free[1].id, "host"),
        (free[2].id, "import"),
    ]
    assert len(units) == 1  # 12.5 full-width and 10s, the same units whichever way they came
    log = {e["action"]: e["detail"] for e in store.session_log()}
    assert log["proxy_ballot"]["source"] == "host" and log["proxy_ballot"]["ballots"] == 1
    assert log["import_scores"]["source"] == "import" and log["import_scores"]["ballots"] == 1
    assert log["proxy_ballot"]["submission_ids"] == [receipt.submission_id]


def test_paper_ballots_and_imports_are_refused_once_the_contest_is_closed(room, tmp_path):
    store, contest, presenter, server, events = room
    Session(store).close_contest()
    reviewer = next(r for r in contest.reviewers if presenter.name not in r.recuse)
    with pytest.raises(BallotRefused) as paper:
        enter_paper_ballot(store, reviewer.id, presenter.id, {c.name: "10" for c in contest.criteria})
    assert paper.value.code == "closed"
    sheet = tmp_path / "late.csv"
    _write_csv(sheet, reviewer, presenter, contest, {c.id: "10" for c in contest.criteria})
    result = _import(store.path, sheet)
    assert result.returncode != 0 and "closed" in result.stderr
    assert store.counts()["submissions"] == 0


def test_the_demo_ballots_go_through_the_intake(demo_scored_path):
    with Store.open(demo_scored_path) as store:
        sources = store.conn.execute("SELECT DISTINCT source FROM submissions").fetchall()
        log = [e for e in store.session_log() if e["action"] == "demo_ballots"]
    assert sources == [("demo",)]
    assert log and log[0]["detail"]["source"] == "demo" and log[0]["detail"]["ballots"] == 232
