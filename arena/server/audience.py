"""The audience's routes (issue 13): the room link, joining, and an audience phone's page and ballots.

    GET  /a/{room}                 the audience page (resources/web/audience.html)
    GET  /api/a/{room}             the room: title, join mode, joining open?, joined, cap
    POST /api/a/{room}/join        {"seat": "K7QP3MZD"}? -> {"token"}: a device token for this phone
    GET  /api/d/{token}            the phone's page data: form, presenters, its own ballots, public state
    POST /api/d/{token}/ballots    a ballot: the reviewers' envelope, checked by the intake against the
                                   audience's form and committed by the same GroupWriter

The JSON routes are in /openapi.json; their bodies are validated by the models that document them
(arena/server/audience_api.py). The room token is in the room link (the projector's QR, the seat cards); a wrong one counts against
its address like a wrong reviewer token. Joins are committed by `JoinWriter` (a burst in one
transaction, in its own thread, like the ballots); each is logged in `audience_joins`. A join is
refused past the setup's cap, after the host closed joining, for a seat code unknown or already in
use, and past an address's token bucket (`JoinBucket`: a generous burst, so a room behind one NAT
address is never locked out; the cap bounds the whole room).
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response

from ..batch_commit import BatchCommitter
from ..mark_parser import shown
from ..store_audience import Joined, JoinRefused
from .audience_api import (
    BALLOT_ANSWERS,
    JOIN_ANSWERS,
    ROOM_ANSWERS,
    AudienceAccepted,
    AudienceBallotBody,
    JoinBody,
    JoinedOut,
    PhoneState,
    RoomOut,
    body_doc,
    checked,
)
from .refusals import JSON_TYPE, Refusal, encode
from .room import Room, _token_key

log = logging.getLogger(__name__)

JOIN_STATUS = {
    "no_audience": 404,
    "joining_closed": 409,
    "audience_full": 409,
    "seat_required": 422,
    "seat_unknown": 404,
    "seat_used": 409,
    "too_many_joins": 429,
}
BALLOT_STATUS = {"already_voted": 409, "votes_used": 409, "no_audience": 404}


class JoinBucket:
    """A token bucket per address: `burst` joins at once, then `rate` a second. Bounded memory."""

    def __init__(self, burst: int = 200, rate: float = 10.0, max_addresses: int = 4096, clock=time.monotonic):
        self.burst, self.rate, self.max_addresses, self.clock = burst, rate, max_addresses, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address -> (tokens, at)

    def take(self, address: str) -> bool:
        now = self.clock()
        tokens, at = self._buckets.get(address, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - at) * self.rate)
        allowed = tokens >= 1
        self._buckets[address] = (tokens - 1 if allowed else tokens, now)
        self._buckets.move_to_end(address)
        while len(self._buckets) > self.max_addresses:
            self._buckets.popitem(last=False)
        return allowed


class JoinWriter(BatchCommitter):
    """Commits joins in one writer thread with its own connection: a burst in one transaction
    (arena.batch_commit), each join on its own in the store."""

    thread_name = "arena-join-writer"

    async def join(self, address: str, seat: str | None) -> Joined:
        return await self.submit((address, seat))

    def commit(self, joins: list[tuple[str, str | None]]) -> list:
        try:
            return self.store().join_audience_batch(joins)
        except sqlite3.Error as exc:
            log.warning("could not commit %d join(s): %s", len(joins), exc)
            return [Refusal("busy", "the contest file is busy; try again in a moment")] * len(joins)


@dataclass
class _Phone:
    id: int
    token: str


class AudienceDoor:
    """The joined phones' tokens, kept on the event loop's thread (read once, then added to as they join)."""

    def __init__(self, room: Room):
        self.room = room
        self._phones: dict[bytes, _Phone] | None = None

    def phone(self, token: str) -> _Phone | None:
        if self._phones is None:
            self._phones = {_token_key(t): _Phone(i, t) for i, t in self.room.store.audience_devices()}
        found = self._phones.get(_token_key(token))
        if found is None or not secrets.compare_digest(
            found.token.encode(), token.encode("utf-8", "replace")
        ):
            return None
        return found

    def add(self, joined: Joined) -> None:
        if self._phones is not None:
            self._phones[_token_key(joined.token)] = _Phone(joined.reviewer_id, joined.token)


def add_audience_routes(app: FastAPI, room: Room, writer, brake, web: Path, notify, body_checks) -> None:
    """The audience's routes on the reviewers' app (`writer` is the app's ballot GroupWriter); `notify`
    hears {"type": "audience", "joined"} after each join (the console's count); `body_checks` are the
    app's (check_media_type, parse_json, envelope), so a ballot's body is read as a reviewer's is."""
    check_media_type, parse_json, _envelope = body_checks  # the audience's bodies have their own models
    joins = JoinWriter(room.path)
    door = AudienceDoor(room)
    bucket = JoinBucket()
    app.state.audience_joins = joins
    app.state.join_bucket = bucket

    def address(request: Request) -> str:
        return request.client.host if request.client else "-"

    def the_room(request: Request, room_token: str) -> dict:
        room.refresh_soon()
        state = room.store.audience_state()
        if state is None or not secrets.compare_digest(
            state["room_token"].encode(), room_token.encode("utf-8", "replace")
        ):
            raise Refusal(*brake.wrong_token(address(request)))
        return state

    def phone_of(request: Request, token: str) -> _Phone:
        room.refresh_soon()
        found = door.phone(token)
        if found is None:
            raise Refusal(*brake.wrong_token(address(request)))
        return found

    @app.get("/a/{room_token}", include_in_schema=False)
    async def audience_page(request: Request, room_token: str):
        the_room(request, room_token)
        return FileResponse(web / "audience.html", media_type="text/html; charset=utf-8")

    @app.get(
        "/api/a/{room_token}",
        summary="The audience room: title, join mode, whether joining is open",
        response_model=RoomOut,
        responses=ROOM_ANSWERS,
    )
    async def room_state(request: Request, room_token: str):
        state = the_room(request, room_token)
        return _json(
            {
                "title": room.contest.title,
                "join_mode": state["join_mode"],
                "joining": state["joining"],
                "joined": state["joined"],
                "cap": state["cap"],
            }
        )

    @app.post(
        "/api/a/{room_token}/join",
        summary="Join the audience: a device token for this phone",
        response_model=JoinedOut,
        responses=JOIN_ANSWERS,
        openapi_extra=body_doc(JoinBody, required=False),
    )
    async def join(request: Request, room_token: str):
        the_room(request, room_token)
        where = address(request)
        if not bucket.take(where):
            log.info("audience join refused (too_many_joins) from %s", where)
            return _refused(
                "too_many_joins", "too many joins from this address; wait a moment", {"Retry-After": "5"}
            )
        seat = None
        body = await request.body()
        if body:  # an empty body joins an open room
            _raw, data = parse_json(body)
            seat = checked(JoinBody, data).seat
        try:
            joined = await joins.join(where, seat)
        except JoinRefused as exc:
            log.info("audience join refused (%s) from %s", exc.code, where)
            return _refused(exc.code, str(exc))
        door.add(joined)
        log.info("audience phone %d joined from %s", joined.number, where)
        if notify is not None:
            notify({"type": "audience", "joined": joined.number})
        return _json({"token": joined.token, "number": joined.number})

    @app.get(
        "/api/d/{token}",
        summary="An audience phone's page data: form, presenters, its ballots",
        response_model=PhoneState,
        responses=ROOM_ANSWERS,
    )
    async def phone_state(request: Request, token: str):
        phone = phone_of(request, token)
        return _json(_phone_state(room, phone.id))

    @app.post(
        "/api/d/{token}/ballots",
        summary="An audience phone's ballot, through the one intake; acknowledged only once committed",
        response_model=AudienceAccepted,
        responses=BALLOT_ANSWERS,
        openapi_extra=body_doc(AudienceBallotBody),
    )
    async def phone_ballot(request: Request, token: str):
        phone = phone_of(request, token)
        check_media_type(request.headers.get("content-type"))
        raw, data = parse_json(await request.body())
        body = checked(AudienceBallotBody, data)
        rules = room.rules
        ballot = rules.check(phone.id, body.presenter_id, body.marks, body.client_id, raw, audience=True)
        receipt = await writer.write(ballot)
        return _json(
            {
                "receipt": receipt.code,
                "received_at": receipt.received_at,
                "duplicate": receipt.duplicate,
                "presenter_id": ballot.presenter_id,
                "marks": rules.marks_text(ballot),
            }
        )


def _json(content: dict) -> Response:
    return Response(encode(content), media_type=JSON_TYPE)


def _refused(code: str, message: str, headers: dict | None = None) -> Response:
    return Response(
        encode({"error": code, "message": message}),
        JOIN_STATUS.get(code, 400),
        headers=headers,
        media_type=JSON_TYPE,
    )


def _phone_state(room: Room, phone_id: int) -> dict:
    contest, rules = room.contest, room.rules
    setup = contest.audience
    ballots = {}
    for pid, cid, units, sid, client_id, received_at in room.store.current_audience_ballots_of(phone_id):
        entry = ballots.setdefault(str(pid), {"marks": {}})
        entry["marks"][str(cid)] = rules.text(cid, units)
        from ..store import receipt_code

        entry.update(receipt=receipt_code(sid, client_id), received_at=received_at)
    return {
        "contest": {"title": contest.title},
        "audience": {
            "ballot": setup.ballot,
            "aggregate": setup.aggregate,
            "votes": setup.votes,
            "form": [
                {
                    "id": c.id,
                    "name": c.name,
                    "max": shown(c.max),
                    "step": shown(c.step),
                    "least": setup.least_units,
                }
                for c in rules.audience_form
            ],
        },
        "presenters": [
            {"id": p.id, "name": p.name, "speaker": p.speaker, "unit": p.unit} for p in contest.presenters
        ],
        "ballots": ballots,
        "state": room.public,
    }
