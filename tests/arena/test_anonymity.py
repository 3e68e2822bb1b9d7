"""Anonymous labels that name nobody: drawn from the file's secret, never from the setup's order.

A contest of 3 groups x 10 reviewers, scored in a real file. The archive label (PDF matrix,
exports, `arena tally --json`) must not follow setup order (the order of the cards and of
`arena links`), and a public screen's slot must not follow a reviewer from presenter to presenter.
"""

from __future__ import annotations

import csv
import json
import random

import openpyxl
import pytest
from ritual_contest import build, ritual_setup

from arena import scenes
from arena import tally as scoring
from arena.anonymity import archive_labels, archive_numbers, slots
from arena.cli import main
from arena.exports import export
from arena.model import Contest, Reviewer
from arena.setup import parse_setup
from arena.store import Store

GROUPS = ("区级领导", "部门负责人", "群众代表")


def contest_of(setup_order: list[Reviewer]) -> Contest:
    return Contest(title="t", reviewers=tuple(setup_order))


def roster() -> list[Reviewer]:
    """30 reviewers with row ids in setup order, as Store.create gives them."""
    return [Reviewer(f"{g}{i}", g, id=n * 10 + i) for n, g in enumerate(GROUPS) for i in range(1, 11)]


def same_as_setup_order(numbers: dict[int, int], reviewers: list[Reviewer]) -> int:
    """How many reviewers' numbers equal their place in their group in setup order."""
    place, seen = {}, {}
    for r in reviewers:
        seen[r.group] = seen.get(r.group, 0) + 1
        place[r.id] = seen[r.group]
    return sum(numbers[r.id] == place[r.id] for r in reviewers)


def test_archive_numbers_are_unrelated_to_setup_order_over_many_seeded_contests():
    """A random order within a group of 10 matches setup order in 1 place on average (3 of 30);
    the old rule matched all 30. Over 400 seeded secrets the mean stays near chance."""
    reviewers = roster()
    rng = random.Random(11)
    matches = []
    for _ in range(400):
        secret = "%064x" % rng.getrandbits(256)
        numbers = archive_numbers(contest_of(reviewers), secret)
        for g in GROUPS:  # every group renumbered 1..10
            assert sorted(numbers[r.id] for r in reviewers if r.group == g) == list(range(1, 11))
        matches.append(same_as_setup_order(numbers, reviewers))
    mean = sum(matches) / len(matches)
    assert 2.0 < mean < 4.0, mean  # chance is 3; the standard error over 400 contests is about 0.09
    assert max(matches) < 15


def test_real_files_draw_their_own_secret_and_labels(tmp_path):
    """Through Store.create: each file gets its own secret, and the tally's labels follow it."""
    matches, secrets = [], set()
    for n in range(12):
        with Store.create(tmp_path / f"c{n}.arena", parse_setup(ritual_setup())) as store:
            contest = store.contest()
            secret = store.anonymity_secret()
            assert len(secret) == 64
            secrets.add(secret)
            matches.append(same_as_setup_order(archive_numbers(contest, secret), list(contest.reviewers)))
    assert len(secrets) == 12
    assert sum(matches) / len(matches) < 8  # chance is 3 per file; setup order would be 30


def test_labels_stay_put_when_the_setup_is_edited_and_the_file_reopened(tmp_path):
    path = tmp_path / "c.arena"
    with build(path) as store:
        before = archive_labels(store.contest(), store.anonymity_secret())
        result = scoring.tally(store)
        assert {t.reviewer_id: t.label for r in result.presenters for t in r.totals} == before
    with Store.open(path) as store:
        assert archive_labels(store.contest(), store.anonymity_secret()) == before


def test_a_file_from_before_gets_a_secret_on_migration(tmp_path):
    import sqlite3

    path = tmp_path / "old.arena"
    Store.create(path, parse_setup(ritual_setup())).close()
    conn = sqlite3.connect(path)  # take the file back to version 5: no secret column yet
    conn.executescript(
        "DROP TRIGGER contest_anonymity_secret; ALTER TABLE contest DROP COLUMN anonymity_secret;"
        "ALTER TABLE contest DROP COLUMN reveal_mode; ALTER TABLE contest DROP COLUMN announce_totals;"
        "ALTER TABLE contest DROP COLUMN announce_ranking; ALTER TABLE presenters DROP COLUMN announced;"
        "ALTER TABLE session_state DROP COLUMN announce_presenter_id;"
        "ALTER TABLE session_state DROP COLUMN announce_started_at;"
        "ALTER TABLE contest DROP COLUMN presenter_noun;"
        # issue 17 (v8): comments and the outlier threshold
        "ALTER TABLE contest DROP COLUMN comments; ALTER TABLE contest DROP COLUMN outlier_points;"
        "ALTER TABLE contest DROP COLUMN outlier_show_median; ALTER TABLE submissions DROP COLUMN comment;"
        "ALTER TABLE submissions DROP COLUMN outlier;"
        "DROP TABLE checkins; DROP TABLE signatures;"  # version 9 (issue 17)
        "ALTER TABLE contest DROP COLUMN sign_mode; ALTER TABLE contest DROP COLUMN welcome_names;"
        "ALTER TABLE contest DROP COLUMN phases; ALTER TABLE contest DROP COLUMN auto_open;"  # v10 (issue 17)
        "ALTER TABLE contest DROP COLUMN auto_close_s; ALTER TABLE presenters DROP COLUMN phases;"
        "ALTER TABLE presenters DROP COLUMN scoring_opened_at; ALTER TABLE presenters DROP COLUMN close_warned;"
        "DROP TABLE objective_values; DROP TABLE objective_items;"  # version 11 (issue 13)
        "DROP TABLE audience_scores; DROP TABLE audience_joins; DROP TABLE audience_seats; DROP TABLE audience;"
        "ALTER TABLE groups DROP COLUMN kind; PRAGMA user_version = 5;"  # and version 12's (issue 13)
    )
    conn.close()
    with Store.open(path) as store:
        assert len(store.anonymity_secret()) == 64
        assert store.contest().scoring.reveal_mode == "at_end"
        assert scoring.tally(store).presenters  # labels drawn, nothing missing


def slot_of_each_reviewer(store: Store, presenter_id: int) -> dict[int, int]:
    """From the public screens' own data (the explanation's dropped totals are too few, so the
    announcement's slots), each reviewer found by their total, distinct within the presenter."""
    from arena.session import Session

    session = Session(store)
    session.announce(presenter_id)
    contest = store.contest()
    source = scenes.SceneSource(
        contest,
        scenes.eligible_counts(contest, store.recusals()),
        store.ballot_count,
        lambda: scoring.tally(store),
        secret=store.anonymity_secret(),
        announced=store.announced_ids,
        marks=store.marks_of,
    )
    view = scenes.scene_view(source, session.state())
    result = scoring.tally(store).result_of(presenter_id)
    by_total = {(t.group, scoring.fmt_score(t.total)): t.reviewer_id for t in result.totals}
    assert len(by_total) == 30
    return {
        by_total[(row["group"], c["value"])]: c["slot"]
        for row in view["announce"]["rows"]
        for c in row["cells"]
    }


def test_a_reviewers_slot_differs_from_one_presenter_to_the_next(tmp_path):
    with build(tmp_path / "c.arena") as store:
        first, second = [p.id for p in store.contest().presenters[:2]]
        a, b = slot_of_each_reviewer(store, first), slot_of_each_reviewer(store, second)
        assert a.keys() == b.keys() and len(a) == 30
        same = sum(a[r] == b[r] for r in a)
        assert same < 15, f"{same} of 30 reviewers kept their slot"  # chance: about 3
        secret = store.anonymity_secret()
        reviewers = [(r.id, r.group) for r in store.contest().reviewers]
        assert a == slots(secret, first, reviewers)  # the one rule, in arena/anonymity.py
        labels = archive_numbers(store.contest(), secret)
        assert sum(a[r] == labels[r] for r in a) < 15  # nor is a slot the archive number


@pytest.fixture
def scored(tmp_path):
    path = tmp_path / "c.arena"
    with build(path) as store:
        contest = store.contest()
        archive = archive_labels(contest, store.anonymity_secret())
        by_name = {r.name: archive[r.id] for r in contest.reviewers}
        place = {}
        for r in contest.reviewers:  # the roster-derived labels the old rule printed
            place[r.group] = place.get(r.group, 0) + 1
            place[r.name] = (f"{r.group} #{place[r.group]}", f"{r.group} 评委{place[r.group]}")
    return path, by_name, {name: place[name] for name in by_name}


def test_exports_and_tally_json_carry_the_archive_labels(scored, tmp_path, capsys):
    path, by_name, roster_labels = scored
    rows = []
    export(path, tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
    rows.append(("json", doc["raw_scores"]))
    results = {t["reviewer"] for p in doc["results"]["presenters"] for t in p["totals"]}
    assert results == set(by_name.values())
    export(path, tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["原始分"]
    rows.append(
        (
            "xlsx",
            [
                dict(zip([c.value for c in sheet[1]], [c.value for c in row]))
                for row in sheet.iter_rows(min_row=2)
            ],
        )
    )
    export(path, tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text("utf-8-sig").splitlines()
    start = next(i for i, line in enumerate(text) if line.startswith("汇报对象,评委"))
    rows.append(("csv", list(csv.DictReader(line for line in text[start:] if line.strip()))))
    for kind, table in rows:
        assert len(table) == 30 * 4, kind
        for row in table:
            assert row["匿名编号"] == by_name[row["评委"]], kind
    moved = sum(by_name[n] not in roster_labels[n] for n in by_name)
    assert moved > 15  # most archive labels differ from the roster-derived ones

    assert main(["tally", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    printed = json.loads(out)
    named = {t["reviewer"] for p in printed["presenters"] for t in p["totals"]}
    assert named == set(by_name.values())

    with Store.open(path) as store:  # the secret itself is in none of them, nor in the session log
        secret = store.anonymity_secret()
        log = json.dumps(store.session_log())
    assert secret not in out and secret not in log
    for name in ("out.json", "out.csv"):
        assert secret not in (tmp_path / name).read_text("utf-8-sig")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert not [
        c for ws in book for row in ws.iter_rows(values_only=True) for c in row if c and secret in str(c)
    ]


def test_lists_follow_the_archive_numbers_never_setup_order(tmp_path):
    """A list of anonymous totals in setup order would tell who is who: the tally's JSON, the CLI's
    explanation and the PDF list them by group, then by archive number."""
    import re
    import subprocess

    from arena.report import write_report
    from arena.session import Session

    path = tmp_path / "c.arena"
    with build(path) as store:
        contest = store.contest()
        numbers = archive_numbers(contest, store.anonymity_secret())
        groups = [g.name for g in contest.groups]
        Session(store).close_contest()
        doc = scoring.tally_json(scoring.tally(store))
    for presenter in doc["presenters"]:
        listed = [
            (groups.index(t["group"]), int(t["reviewer"].rsplit("评委", 1)[1])) for t in presenter["totals"]
        ]
        assert listed == sorted(listed) and len(listed) == 30
    setup_ids = [r.id for r in contest.reviewers]
    by_number = sorted(
        setup_ids, key=lambda rid: (groups.index(contest.reviewers[setup_ids.index(rid)].group), numbers[rid])
    )
    assert by_number != setup_ids  # so the order above is not the roster's

    pdf = write_report(path, tmp_path / "r.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for group in GROUPS:
        seen = [int(n) for n in re.findall(rf"{group} 评委(\d+)", text)]
        assert seen and seen == list(range(1, 11)) * (len(seen) // 10), group
