"""The reviewers' check-in (签到) and signature (签字确认) routes, over arena.presence.

Reads run on the event loop through the Room's connection; writes (a check-in, a signature) run on
the desk's own writer thread with its own connection, a burst in one transaction, and the event
loop awaits them. After each burst the desk publishes `Change(presence=True)` so the
console and the projector redraw their boards. A reviewer reaches only their own check-in and
signatures, through their token, like their ballots.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress

from fastapi import FastAPI, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..changes import Change, Changes
from ..presence import PresenceRefused, current_summary, sign, signable_scopes, signatures
from ..store import Store
from .api import problem_responses
from .refusals import JSON_TYPE, Refusal, encode, problem
from .room import Room

log = logging.getLogger(__name__)

# Refusal code -> HTTP status (the phone page words each code; see docs/server.md).
PRESENCE_STATUS = {
    "already_signed": 409,
    "not_signable": 409,
    "summary_changed": 409,
    "bad_strokes": 422,
    "empty_signature": 422,
}
_MESSAGES = {
    "already_signed": "you have already signed this",
    "not_signable": "there is nothing to sign for this yet",
    "summary_changed": "your ballots changed since the page showed them; read them again and sign",
    "bad_strokes": "the signature's strokes do not have the expected shape",
    "empty_signature": "the signature is empty",
}


def _settle(future: asyncio.Future, result) -> None:
    if future.done():
        return
    if isinstance(result, BaseException):
        future.set_exception(result)
    else:
        future.set_result(result)


class SignatureBody(BaseModel):
    """A signature: the scope signed (0: the whole contest, else a presenter's id), the SHA-256 of the
    summary the phone showed, and the strokes: lists of [x, y] integers in a 1000 x 400 box."""

    model_config = ConfigDict(extra="forbid", strict=True)

    scope: int = Field(ge=0, le=2**62)
    summary_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    strokes: list


class CheckedIn(BaseModel):
    checked_in_at: str
    duplicate: bool = Field(
        description="true when the reviewer had already checked in (the first time is kept)"
    )


class SignedOut(BaseModel):
    scope: int
    at: str
    summary_sha256: str
    seal: str = Field(description="SHA-256 over who, scope, time, the summary's hash and the strokes")


class ToSign(BaseModel):
    scope: int = Field(description="0: the whole contest; else the presenter's id")
    presenter: str
    ballots: list[dict] = Field(
        description="the reviewer's own ballots in force: presenter, marks, total, receipt"
    )
    summary_sha256: str = Field(description="send it back with the signature: it names what is signed")


class SignedItem(BaseModel):
    scope: int
    presenter: str
    at: str
    precedes_correction: bool = Field(
        description="the host corrected a score of this scope after the signature"
    )


class PresenceOut(BaseModel):
    checked_in_at: str | None
    sign_mode: str = Field(description="off | at_end | after_each")
    to_sign: list[ToSign]
    signed: list[SignedItem]


class PresenceDesk:
    """Writes check-ins and signatures on one thread of its own; `close()` stops it.

    Writes that arrive together are committed together (a group commit, as the intake does for
    ballots): one transaction per burst, each write in its own savepoint so a refusal leaves the
    others in, and each answered only once the commit is on disk.
    """

    def __init__(self, room: Room, changes: Changes):
        self.room = room
        self.changes = changes
        self._local = threading.local()
        self._pool: ThreadPoolExecutor | None = None
        self._stores: list[Store] = []
        self._lock = threading.Lock()
        self._queue: list[tuple] = []  # (function of the store, its arguments, future, loop)
        self._draining = False

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store.open(self.room.path)
            self._stores.append(store)
        return store

    async def _run(self, fn, *args):
        """Queue one write `fn(store, *args)`; its result (or refusal) once the commit holding it is done."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._lock:
            self._queue.append((fn, args, future, loop))
            start = not self._draining
            self._draining = True
        if start:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="arena-presence")
            self._pool.submit(self._drain)
        return await future

    def _drain(self) -> None:
        while True:
            with self._lock:
                batch, self._queue = self._queue, []
                if not batch:
                    self._draining = False
                    return
            results = self._commit(batch)
            if any(not isinstance(result, BaseException) for result in results):
                self.changes.publish(Change(presence=True))  # once per burst, after its commit
            for (_, _, future, loop), result in zip(batch, results):
                with suppress(RuntimeError):  # the loop closed meanwhile: nobody is waiting
                    loop.call_soon_threadsafe(_settle, future, result)

    def _commit(self, batch: list[tuple]) -> list:
        store = self._store()
        results: list = []
        try:
            with store.transaction():
                for fn, args, _, _ in batch:
                    store.conn.execute("SAVEPOINT presence_write")
                    try:
                        results.append(fn(store, *args))
                    except Exception as exc:  # a refusal, or a fault of this one write: the others stand
                        store.conn.execute("ROLLBACK TO presence_write")
                        results.append(exc)
                    store.conn.execute("RELEASE presence_write")
        except Exception as exc:  # the commit itself failed (busy, disk full): none of them is in
            log.warning("could not commit %d check-ins or signatures: %s", len(batch), exc)
            return [exc] * len(batch)
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.submit(self._close_stores).result()
            self._pool.shutdown(wait=True)
            self._pool = None

    def _close_stores(self) -> None:
        for store in self._stores:
            store.close()
        self._stores.clear()
        self._local.store = None

    # -- the writes (on the desk's thread, inside its transaction) --------------------------------

    @staticmethod
    def _check_in(store: Store, reviewer_id: int) -> tuple[str, bool]:
        return store.record_checkin(reviewer_id)

    @staticmethod
    def _sign(store: Store, contest, reviewer_id: int, body: SignatureBody) -> dict:
        return sign(store, contest, reviewer_id, body.scope, body.summary_sha256, body.strokes)

    # -- the reads (on the loop) ------------------------------------------------------------------

    def state_of(self, reviewer) -> dict:
        """What the reviewer's page shows: their check-in, what they may sign now, what they signed."""
        store = self.room.store
        contest = self.room.contest
        mode, _ = store.presence_options()
        signed = {s.scope: s for s in signatures(store, reviewer.id)} if mode != "off" else {}
        names = {p.id: p.name for p in contest.presenters}
        to_sign = []
        for scope in signable_scopes(store, contest, reviewer.id):
            if scope in signed:
                continue
            text, digest = current_summary(store, contest, reviewer.id, scope)
            ballots = json.loads(text)["ballots"]
            to_sign.append(
                {
                    "scope": scope,
                    "presenter": names.get(scope, ""),
                    "ballots": ballots,
                    "summary_sha256": digest,
                }
            )
        return {
            "checked_in_at": store.checkin_of(reviewer.id),
            "sign_mode": mode,
            "to_sign": to_sign,
            "signed": [
                {
                    "scope": s.scope,
                    "presenter": names.get(s.scope, ""),
                    "at": s.at,
                    "precedes_correction": s.precedes_correction,
                }
                for s in signed.values()
            ],
        }

    # -- the routes -----------------------------------------------------------------------------

    def add_routes(self, app: FastAPI, who, check_media_type, parse_json) -> None:
        desk = self

        @app.get(
            "/api/r/{token}/presence",
            response_model=PresenceOut,
            responses=problem_responses(404, 429, 503),
            summary="The reviewer's check-in, what they may sign now and what they signed",
        )
        async def presence_state(request: Request, token: str):
            reviewer = who(request, token)
            desk.room.refresh_soon()
            return Response(encode(desk.state_of(reviewer)), media_type=JSON_TYPE)

        @app.post(
            "/api/r/{token}/checkin",
            response_model=CheckedIn,
            responses=problem_responses(400, 404, 413, 429, 503, 507),
            summary="Check in (签到); a second check-in answers with the first one's time",
        )
        async def check_in(request: Request, token: str):
            reviewer = who(request, token)
            at, duplicate = await desk._run(desk._check_in, reviewer.id)
            return Response(encode({"checked_in_at": at, "duplicate": duplicate}), media_type=JSON_TYPE)

        @app.post(
            "/api/r/{token}/signatures",
            response_model=SignedOut,
            responses=problem_responses(400, 404, 409, 413, 415, 422, 429, 503, 507),
            openapi_extra={
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": SignatureBody.model_json_schema()}},
                }
            },
            summary="Sign the summary of one's own ballots (签字确认), once per scope",
        )
        async def sign_summary(request: Request, token: str):
            reviewer = who(request, token)
            check_media_type(request.headers.get("content-type"))
            _, data = parse_json(await request.body())
            try:
                body = SignatureBody.model_validate(data)
            except ValidationError:
                raise Refusal("invalid", "the signature does not have the expected shape") from None
            desk.room.refresh_soon()
            try:
                signed = await desk._run(desk._sign, desk.room.contest, reviewer.id, body)
            except PresenceRefused as exc:
                return problem(
                    exc.code, _MESSAGES.get(exc.code, exc.code), PRESENCE_STATUS.get(exc.code, 409)
                )
            return Response(encode(signed), media_type=JSON_TYPE)
