"""The draw (抽签): the documented arithmetic, the three logged steps, refusals, verify and the PDF."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import subprocess
import sys

import pytest
from prep_contest import build, pdf_rows, pdf_text

from arena.draw import Draw, DrawRefused, cancel_draw, derive_order, draw_in_force
from arena.report import write_report
from arena.session import Session
from arena.store import Store
from arena.verify import verify

SEED = bytes(range(32))
WITNESSES = [("张三", "3 5 1"), ("李四", "6,6,2")]


def _by_docs(seed: bytes, witnesses, ids) -> list[int]:
    """docs/draw.md, written again from the text: lines "name<TAB>input<LF>", then the decimal id."""
    message = "".join(f"{n}\t{v}\n" for n, v in witnesses).encode("utf-8")
    keys = {i: hmac.new(seed, message + str(i).encode("ascii"), hashlib.sha256).hexdigest() for i in ids}
    return sorted(ids, key=lambda i: keys[i])


def _draw(path, seed=SEED, witnesses=WITNESSES) -> list[int]:
    with Store.open(path) as store:
        draw = Draw(Session(store), seed=seed)
        draw.commit()
        for name, value in witnesses:
            draw.add_witness(name, value)
        return draw.reveal()


def test_same_seed_and_inputs_give_the_same_order(tmp_path):
    first = _draw(build(tmp_path / "a.arena"))
    second = _draw(build(tmp_path / "b.arena"))
    assert first == second == _by_docs(SEED, WITNESSES, [1, 2, 3])
    assert derive_order(SEED, WITNESSES, [3, 1, 2]) == first  # the queue's order before does not matter
    other = [derive_order(SEED, [("张三", str(n))], [1, 2, 3]) for n in range(20)]
    assert len({tuple(o) for o in other}) > 1  # the witnesses' inputs do change the order


def test_the_steps_are_logged_in_order_and_set_the_queue(tmp_path):
    path = build(tmp_path / "t.arena")
    order = _draw(path)
    with Store.open(path) as store:
        log = store.session_log()
        assert [p.id for p in store.presenters()] == order
    actions = [e["action"] for e in log if e["action"].startswith("draw_")]
    assert actions == ["draw_commit", "draw_witness", "draw_witness", "draw_reveal"]
    commit = next(e for e in log if e["action"] == "draw_commit")["detail"]
    assert commit["commitment"] == hashlib.sha256(SEED).hexdigest() and "seed" not in commit
    reveal = next(e for e in log if e["action"] == "draw_reveal")["detail"]
    assert reveal["seed"] == SEED.hex() and reveal["order"] == order
    assert reveal["witnesses"] == [list(w) for w in WITNESSES]
    assert verify(path).ok


def test_a_second_draw_is_refused_until_the_first_is_cancelled(tmp_path):
    path = build(tmp_path / "t.arena")
    _draw(path)
    with Store.open(path) as store:
        session = Session(store)
        with pytest.raises(DrawRefused) as refused:
            Draw(session).commit()
        assert refused.value.code == "draw_exists" and refused.value.params == {"number": 1}
        assert cancel_draw(session, "见证人未到齐") == 1
        Draw(session, seed=b"\x07" * 32).commit()
    with Store.open(path) as store:
        assert draw_in_force(store.session_log()) is None  # the second is committed, not revealed yet


def test_no_draw_once_the_contest_started(tmp_path):
    path = build(tmp_path / "t.arena")
    with Store.open(path) as store:
        session = Session(store)
        session.start()
        with pytest.raises(DrawRefused) as refused:
            Draw(session).commit()
        assert refused.value.code == "draw_started"


@pytest.mark.parametrize(
    ("name", "value", "code"), [("", "3", "witness_name"), ("王五", "abc", "witness_input")]
)
def test_bad_witness_input_is_refused_with_a_code(tmp_path, name, value, code):
    path = build(tmp_path / "t.arena")
    with Store.open(path) as store:
        draw = Draw(Session(store), seed=SEED)
        draw.commit()
        with pytest.raises(DrawRefused) as refused:
            draw.add_witness(name, value)
        assert refused.value.code == code
        with pytest.raises(DrawRefused) as refused:
            draw.reveal()
        assert refused.value.code == "draw_no_witness"


def _swap_first_two(path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        a, b = [r[0] for r in conn.execute("SELECT id FROM presenters ORDER BY position LIMIT 2")]
        conn.execute("UPDATE presenters SET position = 99 WHERE id = ?", (a,))
        conn.execute("UPDATE presenters SET position = 0 WHERE id = ?", (b,))
        conn.execute("UPDATE presenters SET position = 1 WHERE id = ?", (a,))
    conn.close()


def test_verify_fails_on_a_queue_reordered_after_the_draw(tmp_path):
    path = build(tmp_path / "t.arena")
    _draw(path)
    _swap_first_two(path)
    result = verify(path)
    assert not result.ok
    assert any("is not the order draw 1 gave" in p for p in result.problems)


def test_verify_fails_when_the_contest_started_from_another_queue(tmp_path):
    path = build(tmp_path / "t.arena")
    _draw(path)
    _swap_first_two(path)
    with Store.open(path) as store:
        Session(store).start()
    _swap_first_two(path)  # and back: the file's queue is the drawn one again, the start's is not
    result = verify(path)
    assert not result.ok
    assert [p for p in result.problems if "the contest started from the queue" in p]


def test_verify_fails_on_a_seed_that_is_not_the_commitment(tmp_path):
    path = build(tmp_path / "t.arena")
    _draw(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TRIGGER session_log_no_update")
        conn.execute(
            "UPDATE session_log SET detail = replace(detail, ?, ?) WHERE action = 'draw_reveal'",
            (SEED.hex(), (b"\x01" * 32).hex()),
        )
    conn.close()
    problems = verify(path).problems
    assert any("does not hash to the commitment" in p for p in problems)


def test_cli_prints_the_commitment_first(tmp_path):
    path = build(tmp_path / "t.arena")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "arena.cli",
            "draw",
            str(path),
            "--witness",
            "张三=3 5 1",
            "--witness",
            "李四=6,6,2",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("commitment (SHA-256 of the secret seed): ")
    commitment = lines[0].rsplit(" ", 1)[1]
    seed = next(line for line in lines if line.startswith("seed: ")).split()[1]
    assert hashlib.sha256(bytes.fromhex(seed)).hexdigest() == commitment
    assert lines.index("witness 张三: 3 5 1") < lines.index(f"seed: {seed}")
    with Store.open(path) as store:
        names = [p.name for p in store.presenters()]
        ids = [p.id for p in store.presenters()]
    assert ids == _by_docs(bytes.fromhex(seed), WITNESSES, ids)
    listed = [f"  {i}. {n} (id {pid})" for i, (n, pid) in enumerate(zip(names, ids), 1)]
    assert lines[-1 - len(names) - 1 : -1] == ["order:"] + listed
    again = subprocess.run(
        [sys.executable, "-m", "arena.cli", "draw", str(path), "--witness", "王五=1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 2 and "draw 1 already set the order; cancel it first" in again.stderr
    assert again.stdout == ""  # refused before any commitment


def test_the_pdf_prints_every_draw_with_its_cancellation(tmp_path):
    path = build(tmp_path / "t.arena")
    first = _draw(path)
    with Store.open(path) as store:
        cancel_draw(Session(store), "见证人未到齐")
    _draw(path, seed=b"\x05" * 32)
    out = write_report(path, tmp_path / "r.pdf")
    assert "发言顺序抽签" in pdf_text(out)
    lines = ["".join(row) for row in pdf_rows(out)]  # each table row as one line, without spaces
    assert f"承诺值（SHA-256）{hashlib.sha256(SEED).hexdigest()}" in lines
    assert f"种子{SEED.hex()}" in lines
    assert "抽签第1次抽签（已取消）" in lines and any(line.endswith("原因：见证人未到齐") for line in lines)
    assert "抽签第2次抽签（有效）" in lines
    assert "见证人输入张三：351；李四：6,6,2" in lines
    with Store.open(path) as store:
        names = {p.id: p.name for p in store.presenters()}
    assert "抽签顺序" + "".join(f"{i}.{names[pid]}（编号{pid}）" for i, pid in enumerate(first, 1)) in lines


def test_a_setup_edit_may_not_move_the_drawn_order(tmp_path):
    import dataclasses

    from arena.model import InputError

    path = build(tmp_path / "t.arena")
    _draw(path)
    with Store.open(path) as store:
        contest = store.contest()
        moved = dataclasses.replace(contest, presenters=tuple(reversed(contest.presenters)))
        with pytest.raises(InputError) as refused:
            store.update_setup(moved)
        [problem] = refused.value.problems
        assert (problem.code, problem.params) == ("draw_queue", {"number": 1})
        renamed = dataclasses.replace(contest, title="改名")  # other edits still go through
        assert store.update_setup(renamed) == ["contest details"]
        cancel_draw(Session(store), "重抽")
        assert "presenters: new order" in store.update_setup(moved)


def test_interactive_draw_on_a_terminal(tmp_path):
    """On a terminal `arena draw` asks each witness in turn; the commitment comes before the first question."""
    import os
    import pty
    import select

    path = build(tmp_path / "t.arena")
    master, slave = pty.openpty()  # the real command line, on a terminal of its own
    child = subprocess.Popen(
        [sys.executable, "-m", "arena.cli", "draw", str(path)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    os.close(slave)
    answers = iter(["张三", "3 5 1", ""])  # one witness, then an empty name ends the list
    out = b""
    try:
        while select.select([master], [], [], 60)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child ended: the terminal is gone
                break
            if not chunk:
                break
            out += chunk
            if out.rstrip().endswith(b":"):  # a question is waiting
                os.write(master, (next(answers, "") + "\n").encode())
        status = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        os.close(master)
    text = out.decode("utf-8", "replace")
    assert status == 0, text
    assert text.index("commitment (SHA-256 of the secret seed): ") < text.index("witness name")
    assert "witness 张三: 3 5 1" in text and "order:" in text
    with Store.open(path) as store:
        record = draw_in_force(store.session_log())
    assert record.witnesses == [("张三", "3 5 1")]
