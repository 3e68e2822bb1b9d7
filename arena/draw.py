"""A verifiable draw of the speaking order (抽签), in three logged steps (issue 13).

    (a) commit   a secret seed (32 random bytes) is made; its SHA-256, the commitment, is logged and
                 shown before anything else
    (b) witness  one or more witnesses type numbers or dice throws; each name and input is logged
    (c) reveal   the seed is revealed and the order derived from it and the inputs: presenter ids
                 ranked by HMAC-SHA256(seed, inputs || id) (docs/draw.md gives the exact bytes); the
                 queue is set and everything logged

Everything lives in the append-only session log (actions draw_commit, draw_witness, draw_reveal,
draw_cancel), so `arena verify` can recompute the commitment and the order. The seed stays in
memory between (a) and (c): a draw whose process ends before (c) stays in the log, unfinished.
Refusals are DrawRefused with a stable code and params:

    draw_started       -                 the contest has started: no draw any more
    draw_exists        number            a draw already set the order; the host cancels it first
    draw_none          -                 nothing to cancel
    draw_step          step              the steps came out of order (commit, witnesses, reveal)
    draw_no_witness    -                 the reveal needs at least one witness
    draw_no_presenters -                 nothing to draw
    draw_queue         number            (a Problem of a setup edit) the drawn order would change
    witness_name       -                 a witness needs a name (one line, at most 40 characters)
    witness_input      value             the input: digits, spaces, commas or dashes, 1..64 characters
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field

from .changes import Change
from .model import InputError
from .problems import Place, Problem

SEED_BYTES = 32
INPUT_PATTERN = re.compile(r"[0-9][0-9 ,\-]{0,63}")
NAME_MAX = 40

_EN = {
    "draw_started": "the contest has started: the order can no longer be drawn",
    "draw_exists": "draw {number} already set the order; cancel it first",
    "draw_none": "there is no draw to cancel",
    "draw_step": "the draw's steps go commit, witnesses, reveal (not {step} now)",
    "draw_no_witness": "at least one witness must type an input before the reveal",
    "draw_no_presenters": "the contest has no presenters to draw",
    "witness_name": "a witness needs a name: one line, at most 40 characters",
    "witness_input": "{value!r}: type numbers or dice throws (digits, spaces, commas), at most 64 characters",
}


def check_queue_kept(log: list[dict], old_ids: list[int], new_ids: list[int]) -> None:
    """Raise InputError when a setup edit would change the order a draw in force set."""
    current = draw_in_force(log)
    if current is not None and old_ids != new_ids:
        raise InputError([Problem(Place("presenters"), "draw_queue", {"number": current.number})])


class DrawRefused(ValueError):
    """A draw step the contest does not allow now; `code` and `params` let each interface word it."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(_EN[code].format(**params))


# -- the arithmetic anyone can redo (docs/draw.md) ---------------------------------------------------------


def commitment_of(seed: bytes) -> str:
    return hashlib.sha256(seed).hexdigest()


def canonical_inputs(witnesses) -> bytes:
    """Each witness as one line "name<TAB>input<LF>", in the order they typed, UTF-8."""
    return "".join(f"{name}\t{value}\n" for name, value in witnesses).encode("utf-8")


def draw_key(seed: bytes, witnesses, presenter_id: int) -> bytes:
    return hmac.new(seed, canonical_inputs(witnesses) + str(presenter_id).encode("ascii"), "sha256").digest()


def derive_order(seed: bytes, witnesses, presenter_ids) -> list[int]:
    """Presenter ids by ascending HMAC-SHA256(seed, inputs || decimal id): the first speaks first."""
    return sorted(presenter_ids, key=lambda pid: (draw_key(seed, witnesses, pid), pid))


def check_witness(name: str, value: str) -> tuple[str, str]:
    name, value = (name or "").strip(), " ".join((value or "").split())
    if not name or len(name) > NAME_MAX or any(ord(ch) < 32 for ch in name):
        raise DrawRefused("witness_name")
    if not INPUT_PATTERN.fullmatch(value):
        raise DrawRefused("witness_input", value=value)
    return name, value


# -- the draws as the log tells them -------------------------------------------------------------------------


@dataclass
class DrawRecord:
    number: int
    commitment: str
    committed_at: str
    witnesses: list[tuple[str, str]] = field(default_factory=list)
    seed: str | None = None  # hex, once revealed
    order: list[int] | None = None  # presenter ids, once revealed
    revealed_at: str | None = None
    cancelled_at: str | None = None
    cancel_reason: str = ""
    logged_witnesses: list[tuple[str, str]] = field(default_factory=list)  # as the draw_witness entries say

    @property
    def in_force(self) -> bool:
        """Revealed and not cancelled: this draw set the queue."""
        return self.order is not None and self.cancelled_at is None


def draws_in_log(log: list[dict]) -> list[DrawRecord]:
    """Every draw the session log records, in order (finished, unfinished and cancelled)."""
    out: dict[int, DrawRecord] = {}
    for entry in log:
        action, d = entry["action"], entry["detail"]
        if not action.startswith("draw_"):
            continue
        n = d.get("draw")
        if action == "draw_commit":
            out[n] = DrawRecord(n, d.get("commitment", ""), entry["at"])
        elif n in out and action == "draw_witness":
            out[n].logged_witnesses.append((d.get("name", ""), d.get("input", "")))
        elif n in out and action == "draw_reveal":
            record = out[n]
            record.seed, record.order, record.revealed_at = d.get("seed"), d.get("order"), entry["at"]
            record.witnesses = [tuple(w) for w in d.get("witnesses", [])]
        elif n in out and action == "draw_cancel":
            out[n].cancelled_at, out[n].cancel_reason = entry["at"], d.get("reason", "")
    return list(out.values())


def draw_in_force(log: list[dict]) -> DrawRecord | None:
    return next((d for d in reversed(draws_in_log(log)) if d.in_force), None)


def check_draw(record: DrawRecord) -> list[tuple[str, dict]]:
    """What is wrong with a revealed draw: (code, params) for each problem (empty: it checks out).

    The commitment is the seed's SHA-256, the inputs are those the witnesses typed, and the order
    is the one the seed and the inputs give for the presenters it lists."""
    problems = []
    try:
        seed = bytes.fromhex(record.seed or "")
    except ValueError:
        seed = b""
    if len(seed) != SEED_BYTES or commitment_of(seed) != record.commitment:
        problems.append(("draw_commitment", {"number": record.number}))
    if record.witnesses != record.logged_witnesses:
        problems.append(("draw_inputs", {"number": record.number}))
    if seed and derive_order(seed, record.witnesses, sorted(record.order or [])) != record.order:
        problems.append(("draw_order", {"number": record.number}))
    return problems


def draw_view(log: list[dict], names: dict[int, str]) -> dict | None:
    """The projector's draw scene: the latest draw not cancelled, as far as it has gone (None: none)."""
    records = [d for d in draws_in_log(log) if d.cancelled_at is None]
    if not records:
        return None
    d = records[-1]
    return {
        "number": d.number,
        "commitment": d.commitment,
        "witnesses": [{"name": n, "input": v} for n, v in d.logged_witnesses],
        "seed": d.seed,
        "order": None if d.order is None else [names.get(i, f"#{i}") for i in d.order],
    }


# -- the three steps -----------------------------------------------------------------------------------------


class Draw:
    """One draw, step by step, through the host's session (each step logged and announced).

    `seed` is for tests only: a real draw makes its own with secrets.token_bytes.
    """

    def __init__(self, session, seed: bytes | None = None):
        self.session = session
        self.store = session.store
        self._seed = seed
        self.number: int | None = None
        self.commitment: str | None = None
        self.witnesses: list[tuple[str, str]] = []
        self.order: list[int] | None = None

    @property
    def seed_hex(self) -> str | None:
        """The seed, once revealed (None before step (c))."""
        return self._seed.hex() if self.order is not None else None

    def _check_open(self) -> None:
        if self.store.session_row()["phase"] != "setup":
            raise DrawRefused("draw_started")

    def commit(self) -> str:
        """Step (a): make the seed, log and return its commitment (SHA-256, hex)."""
        if self.commitment is not None:
            raise DrawRefused("draw_step", step="commit")
        self._check_open()
        log = self.store.session_log()
        current = draw_in_force(log)
        if current is not None:
            raise DrawRefused("draw_exists", number=current.number)
        if not self.store.presenters():
            raise DrawRefused("draw_no_presenters")
        self._seed = self._seed if self._seed is not None else secrets.token_bytes(SEED_BYTES)
        self.number = 1 + max((d.number for d in draws_in_log(log)), default=0)
        self.commitment = commitment_of(self._seed)
        self.session.record(
            "draw_commit", {"scene": "draw"}, {"draw": self.number, "commitment": self.commitment}
        )
        return self.commitment

    def add_witness(self, name: str, value: str) -> tuple[str, str]:
        """Step (b): one witness's name and input, logged as typed (spaces collapsed)."""
        if self.commitment is None or self.order is not None:
            raise DrawRefused("draw_step", step="witness")
        self._check_open()
        name, value = check_witness(name, value)
        self.witnesses.append((name, value))
        self.session.record(
            "draw_witness", {"scene": "draw"}, {"draw": self.number, "name": name, "input": value}
        )
        return name, value

    def reveal(self) -> list[int]:
        """Step (c): reveal the seed, derive the order, set the queue; the presenter ids in order."""
        if self.commitment is None or self.order is not None:
            raise DrawRefused("draw_step", step="reveal")
        if not self.witnesses:
            raise DrawRefused("draw_no_witness")
        self._check_open()
        ids = [p.id for p in self.store.presenters()]
        order = derive_order(self._seed, self.witnesses, ids)
        detail = {
            "draw": self.number,
            "commitment": self.commitment,
            "seed": self._seed.hex(),
            "witnesses": [list(w) for w in self.witnesses],
            "order": order,
        }
        self.session.record(
            "draw_reveal", {"scene": "draw"}, detail, also=lambda: self.store.set_queue(order)
        )
        self.session.changes.publish(Change(setup=True))  # the queue's order is part of the setup
        self.order = order
        return order


def cancel_draw(session, reason: str = "") -> int:
    """The host cancels the draw in force (before the start), so a new one may be made; its number."""
    store = session.store
    if store.session_row()["phase"] != "setup":
        raise DrawRefused("draw_started")
    current = draw_in_force(store.session_log())
    if current is None:
        raise DrawRefused("draw_none")
    session.record("draw_cancel", {}, {"draw": current.number, "reason": reason.strip()})
    return current.number


def start_record(store, queue) -> dict:
    """What the start logs: the queue it starts from, and the objective items' hash (their lock)."""
    from .objective import objective_hash

    detail: dict = {"queue": list(queue)}
    items = store.objective_items()
    if items:
        detail["objective_sha256"] = objective_hash(items)
    return detail
