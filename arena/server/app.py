"""The reviewers' ASGI app: each reviewer's page, their own ballots in, the live state out.

Built by `create_app(store_path, notify)`; it knows nothing of Qt. All endpoints
are async and run on the event-loop thread, which owns the one Store connection
(see desk.py), so no sqlite object ever crosses a thread. The network can read a
reviewer's own page and scores and the public state, and write that reviewer's
ballots; nothing here changes the setup or the session. Ballots, which come by the
hundred at once, are answered by the ballot door (door.py) ahead of FastAPI's routing.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from contextlib import asynccontextmanager, suppress

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..resources import resource_path
from ..store import BallotRefused
from .api import STATUS_OF, Accepted, BallotBody, PersonalState, problem_responses
from .desk import Desk, Notify
from .door import BALLOT_PATH, NOT_FOUND, BallotDoor, Refusal
from .feed import Feed
from .guard import Guard, GuessBrake
from .screen import Screen

log = logging.getLogger(__name__)

WEB = resource_path("web")
STATIC_FILES = {
    "phone.js": "text/javascript",
    "phone-text.js": "text/javascript",
    "phone.css": "text/css",
    "icon.svg": "image/svg+xml",
}
POLL_S = 1.0  # how often the file is checked for host actions made by another process (the CLI)
FULL_EVERY = 5  # every this many polls, any change at all re-reads the setup (not only logged ones)


class ArenaApp(FastAPI):
    """FastAPI, except that ballots go straight to the ballot door (see door.py for why)."""

    ballot_door = None  # an ASGI app, set by create_app

    async def __call__(self, scope, receive, send):
        if (
            self.ballot_door is not None
            and scope["type"] == "http"
            and scope["method"] == "POST"
            and BALLOT_PATH.match(scope["path"])
        ):
            return await self.ballot_door(scope, receive, send)
        return await super().__call__(scope, receive, send)


def _problem(code: str, message: str, status: int | None = None) -> JSONResponse:
    message = message.encode("utf-8", "replace").decode("utf-8")  # a client's lone surrogate must not crash
    return JSONResponse({"error": code, "message": message}, status_code=status or STATUS_OF.get(code, 400))


def create_app(store_path, notify: Notify | None = None) -> FastAPI:
    desk = Desk(store_path, notify)
    feed = Feed(on_count=lambda n: desk.tell({"type": "phones", "count": n}))
    desk.on_change = feed.publish
    brake = GuessBrake()
    screen = Screen(desk, brake)  # the read-only projector view (its own feed, same brake)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.loop = asyncio.get_running_loop()
        feed.reopen()
        screen.reopen()
        desk.refresh()
        feed.publish(desk.public)
        poller = asyncio.create_task(_poll(desk))
        try:
            yield
        finally:
            feed.close()
            await screen.close()
            poller.cancel()
            with suppress(asyncio.CancelledError):
                await poller
            desk.close()

    app = ArenaApp(
        title="Arena reviewers' API",
        version="1",
        description="What a reviewer's phone can do: read its own page and scores, follow the live "
        "state, and submit ballots. The personal token in the path is the only credential.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.desk = desk
    app.state.feed = feed
    app.state.brake = brake
    _add_error_handlers(app)
    _add_pages(app, desk, brake)
    door = BallotDoor(desk, brake)
    _add_api(app, desk, feed, brake, door)
    app.state.screen = screen
    app.include_router(screen.router())
    app.add_middleware(Guard)
    app.ballot_door = Guard(door)  # the same headers and body cap as every other answer
    return app


async def _poll(desk: Desk) -> None:
    """Fallback for host actions from another process: a changed file is re-read and pushed."""
    rounds = 0
    while True:
        await asyncio.sleep(POLL_S)
        rounds += 1
        try:
            desk.refresh(full=rounds % FULL_EVERY == 0)  # now and then, whatever changed
        except sqlite3.Error:
            log.warning("could not re-read the contest file; will retry", exc_info=True)


def _who(request: Request, desk: Desk, brake: GuessBrake, token: str):
    address = request.client.host if request.client else "-"
    if brake.blocked(address):
        raise Refusal("too_many", "too many wrong links from this address; wait a minute")
    reviewer = desk.reviewer(token)
    if reviewer is None:
        brake.miss(address)
        raise Refusal(*NOT_FOUND)
    return reviewer


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refusal)
    async def refusal(request, exc: Refusal):
        return _problem(exc.code, exc.message)

    @app.exception_handler(BallotRefused)
    async def refused(request, exc: BallotRefused):
        return _problem(exc.code, str(exc), STATUS_OF.get(exc.code, 422))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return _problem(*NOT_FOUND)
        if exc.status_code == 405:
            return _problem("method_not_allowed", "method not allowed")
        return _problem("malformed", str(exc.detail), exc.status_code if exc.status_code < 500 else 400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request, exc: RequestValidationError):
        return _problem("invalid", "the request does not have the expected shape")

    @app.exception_handler(sqlite3.OperationalError)
    async def busy(request, exc: sqlite3.OperationalError):
        log.warning("contest file busy: %s", exc)
        return _problem("busy", "the contest file is busy; try again in a moment")


def _add_pages(app: FastAPI, desk: Desk, brake: GuessBrake) -> None:
    @app.get("/", include_in_schema=False)
    async def welcome():
        return FileResponse(WEB / "welcome.html", media_type="text/html; charset=utf-8")

    @app.get("/r/{token}", include_in_schema=False)
    async def personal_page(request: Request, token: str):
        _who(request, desk, brake, token)
        return FileResponse(WEB / "phone.html", media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str):
        if name not in STATIC_FILES:
            raise Refusal(*NOT_FOUND)
        return FileResponse(WEB / name, media_type=STATIC_FILES[name])


def _add_api(app: FastAPI, desk: Desk, feed: Feed, brake: GuessBrake, door: BallotDoor) -> None:
    @app.get(
        "/api/r/{token}",
        response_model=PersonalState,
        responses=problem_responses(404, 429),
        summary="The reviewer's own page data: setup, own ballots, public state",
    )
    async def personal_state(request: Request, token: str):
        reviewer = _who(request, desk, brake, token)
        return desk.personal_state(reviewer)

    @app.get(
        "/api/r/{token}/events",
        responses={
            200: {
                "content": {"text/event-stream": {"schema": {"type": "string"}}},
                "description": "server-sent events: `state` carries the public state as JSON",
            },
            **problem_responses(404, 429),
        },
        summary="Live public state, pushed when the host moves on",
    )
    async def events(request: Request, token: str):
        reviewer = _who(request, desk, brake, token)
        return StreamingResponse(
            feed.stream(reviewer.id, lambda: desk.public),
            media_type="text/event-stream",
            headers={"X-Accel-Buffering": "no"},
        )

    @app.post(
        "/api/r/{token}/ballots",
        response_model=Accepted,
        responses=problem_responses(400, 403, 404, 409, 413, 415, 422, 429, 503),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": BallotBody.model_json_schema()}},
            }
        },
        summary="Submit or correct a ballot; acknowledged only once committed",
    )
    async def submit(request: Request, token: str):
        # ArenaApp hands ballots to the door before routing, so requests do not get here; the route is
        # declared for /openapi.json, and would answer alike if they did.
        status, body = await door.answer(request.scope, request.receive, token) or (400, b"")
        return Response(body, status, media_type="application/json")
