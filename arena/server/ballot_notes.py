"""The server's side of comments and the outlier confirmation (issue 17).

- `with_outlier_flag`: a phone's checked ballot with its outlier flag (and the reason the reviewer
  gave), computed from the totals already received for that presenter when the ballot arrives.
- `POST /api/r/{token}/outlier`: "how far is my draft total?" before submitting. It answers from the
  reviewer's own draft only: `far`, and when far the direction and whole points; the median only if
  the host allows it. Never another reviewer's mark. Checks are limited per reviewer (a brake on
  probing the median with many drafts); past the limit the phone simply submits without asking.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from fastapi import FastAPI, Request
from fastapi.responses import Response

from ..comments import checked_reason
from ..mark_parser import parse_mark
from ..outliers import SCALE, ballot_total, check_stored
from ..store import BallotIn, BallotRefused
from .api import OutlierAnswer, OutlierBody, problem_responses
from .brake import GuessBrake
from .refusals import JSON_TYPE, Refusal, encode
from .room import Room

CHECKS_PER_MINUTE = 30


def with_outlier_flag(room: Room, ballot: BallotIn, reason: object) -> BallotIn:
    """`ballot` carrying its outlier flag ('' when the contest has no threshold or the total is not far)."""
    text = checked_reason(reason)
    contest = room.contest
    if not contest.scoring.review.outlier_check:
        return ballot
    total = ballot_total(contest, ballot.units)
    check = check_stored(room.store, contest, ballot.presenter_id, ballot.reviewer_id, total)
    return replace(ballot, outlier=check.flag_json(text))


def _draft_total(raw: str) -> Fraction:
    try:
        value = parse_mark(raw)
    except ValueError:
        raise BallotRefused("not_a_number", "the total is not a number") from None
    if value < 0 or value > SCALE:
        raise BallotRefused("out_of_range", f"the total runs from 0 to {SCALE}", max=str(SCALE))
    return Fraction(Decimal(value))


def add_outlier_route(app: FastAPI, room: Room, who) -> None:
    checks = GuessBrake(limit=CHECKS_PER_MINUTE, window_s=60.0)

    @app.post(
        "/api/r/{token}/outlier",
        response_model=OutlierAnswer,
        responses=problem_responses(400, 403, 404, 413, 415, 422, 429),
        summary="Is my draft total far from the others' median? (asked before submitting)",
    )
    async def outlier(request: Request, token: str, body: OutlierBody):
        reviewer = who(request, token)
        key = f"reviewer-{reviewer.id}"
        if checks.blocked(key):
            raise Refusal("too_many", "too many checks; submit or wait a minute")
        checks.miss(key)
        room.refresh_soon()
        contest = room.contest
        if body.presenter_id not in room.rules.presenter_ids:
            raise BallotRefused("unknown_presenter", "no such presenter")
        if (reviewer.id, body.presenter_id) in room.rules.recusals:
            raise BallotRefused("recused", "you are recused from scoring this presenter")
        total = _draft_total(body.total)
        if not contest.scoring.review.outlier_check:
            return Response(encode({"far": False}), media_type=JSON_TYPE)
        check = check_stored(room.store, contest, body.presenter_id, reviewer.id, total)
        answer = check.answer(contest.scoring.review.outlier_show_median)
        return Response(encode(answer), media_type=JSON_TYPE)
