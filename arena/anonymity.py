"""Who a reviewer is on paper and on screen, without naming them: archive labels and slots.

Two rules, both drawn from the contest file's secret (`Store.anonymity_secret()`, made when the
file is created, never shown, exported or logged), so nothing about them follows the order of
the setup, of the printed cards or of `arena links`:

- The archive label ("区级领导 评委3"): each reviewer's number within their group, stable for the
  contest (the PDF's matrix, the exports, `arena tally --json`). The order inside a group is an
  HMAC of the secret and the reviewer's row id, so it is unrelated to setup order and stays put
  when the setup is edited elsewhere in the list.
- The slot: on a public screen (projector, web screen) the marks of one presenter stand in slots
  评委1..n per group, shuffled afresh for every presenter, so the room cannot follow one reviewer
  from presenter to presenter. Within one presenter a reviewer keeps one slot (every criterion).

Labels are plain data (group, number); each interface words them ("评委3", "Reviewer 3").
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import defaultdict
from collections.abc import Iterable

from .model import Contest

SECRET_BYTES = 32  # 256 bits


def new_secret() -> str:
    """A fresh secret for a new contest file."""
    return secrets.token_hex(SECRET_BYTES)


def _draw(secret: str, *parts: object) -> bytes:
    """A deterministic, unpredictable sort key: HMAC-SHA256 of the parts under the secret."""
    if not secret:
        raise ValueError("the contest file has no anonymity secret")
    message = "\x1f".join(str(p) for p in parts).encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).digest()


def _number_within(ids: Iterable[int], key) -> dict[int, int]:
    return {rid: n for n, rid in enumerate(sorted(ids, key=key), start=1)}


def archive_numbers(contest: Contest, secret: str) -> dict[int, int]:
    """Reviewer id -> their number (1..n) within their group, drawn from the secret."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for reviewer in contest.reviewers:
        by_group[reviewer.group].append(reviewer.id)
    numbers: dict[int, int] = {}
    for ids in by_group.values():
        numbers.update(_number_within(ids, lambda rid: _draw(secret, "label", rid)))
    return numbers


def archive_label(group: str, number: int) -> str:
    """The archive's anonymous name of a reviewer: "区级领导 评委3" (the PDF and exports are Chinese)."""
    return f"{group} 评委{number}"


def archive_labels(contest: Contest, secret: str) -> dict[int, str]:
    """Reviewer id -> archive label."""
    group_of = {r.id: r.group for r in contest.reviewers}
    return {rid: archive_label(group_of[rid], n) for rid, n in archive_numbers(contest, secret).items()}


def slots(secret: str, presenter_id: int, reviewers: Iterable[tuple[int, str]]) -> dict[int, int]:
    """Reviewer id -> slot number (1..n within the group) for one presenter's marks on a public screen.

    `reviewers` are (reviewer id, group) of those whose marks are shown; the slots are shuffled
    per presenter, so a reviewer's slot for one presenter says nothing of their slot for another.
    """
    by_group: dict[str, list[int]] = defaultdict(list)
    for rid, group in reviewers:
        by_group[group].append(rid)
    out: dict[int, int] = {}
    for ids in by_group.values():
        out.update(_number_within(ids, lambda rid: _draw(secret, "slot", presenter_id, rid)))
    return out
