"""The reviewers' ASGI app: a thin web layer over the intake (arena.intake) and the room's cached view.

Built by `create_app(store_path, notify)`; it knows nothing of Qt. All endpoints are async and
run on the event-loop thread, which owns the Room's Store connection, so no sqlite object ever
crosses a thread; ballots are committed by the intake's GroupWriter in its own thread. The
network can read a reviewer's own page and scores and the public state, and write that
reviewer's ballots; nothing here changes the setup or the session.

A ballot is one declared route: the body is read as UTF-8 JSON (no other charset), its envelope
validated by `api.BallotBody` (the same model documents it in /openapi.json), its marks checked
by the intake's `BallotRules`, and it is answered once the commit holding it is on disk.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from contextlib import asynccontextmanager, suppress

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from ..changes import Change, Changes
from ..intake import GroupWriter, Listener
from ..mark_parser import clip
from ..resources import resource_path
from ..store import BallotRefused, StorageFull
from .api import STATUS_OF, Accepted, BallotBody, PersonalState, problem_responses
from .ballot_notes import add_outlier_route, with_outlier_flag
from .brake import GuessBrake
from .feed import Feed
from .link_page import PAGES, link_page, wants_html
from .middleware import Guard
from .presence import PresenceDesk
from .refusals import JSON_TYPE, NOT_FOUND, Refusal, encode, problem
from .room import Room
from .screen import Screen
from .visitors import VisitorLog, Visitors
from .watcher import FileWatcher

log = logging.getLogger(__name__)

WEB = resource_path("web")
STATIC_FILES = {
    "phone.js": "text/javascript",
    "phone-text.js": "text/javascript",
    "phone-notes.js": "text/javascript",  # issue 17: comments and the outlier confirmation
    "link.js": "text/javascript",  # issue 17: the wrong-link page
    "phone-presence.js": "text/javascript",
    "phone-presence.css": "text/css",
    "phone.css": "text/css",
    "icon.svg": "image/svg+xml",
    "audience.js": "text/javascript",
    "audience.css": "text/css",
}
STREAMS_PER_TOKEN = 4  # live feeds one reviewer's link may hold open (a phone, a tablet, a reload or two)


def create_app(
    store_path,
    notify: Listener | None = None,
    streams_per_token: int = STREAMS_PER_TOKEN,
    changes: Changes | None = None,
) -> FastAPI:
    """The app over the contest file. `changes` is the contest's change notice (the console's, so that
    its host actions reach the phones and the web screen at once); without one the app makes its
    own and tells `notify` each committed ballot's event. `notify` also gets the server's own events:
    {"type": "phones", "count"} and {"type": "storage_full", "path"}."""
    if changes is None:
        changes = Changes()
        if notify is not None:
            changes.subscribe(lambda change: [notify(event) for event in change.events])
    room = Room(store_path)
    writer = GroupWriter(store_path, changes, alarm=notify)
    feed = Feed(on_count=lambda n: notify and notify({"type": "phones", "count": n}))
    room.on_change = feed.publish
    brake = GuessBrake()
    screen = Screen(room, brake, streams_per_token)  # the read-only projector view (its own feed)
    desk = PresenceDesk(room, changes)  # check-in and signing (issue 17)

    watcher = FileWatcher(room, changes)

    def on_change(change: Change) -> None:
        """A change (from any thread) reaches the phones and the web screen on the loop's thread."""
        watcher.announced(change)
        loop = getattr(app.state, "loop", None)
        if loop is not None:
            with suppress(RuntimeError):  # the loop closed meanwhile: nobody left to tell
                loop.call_soon_threadsafe(apply, change)

    def apply(change: Change) -> None:
        try:
            if change.host:
                room.refresh(full=True)  # pushes a changed public state to every phone
            screen.changed(change)
        except sqlite3.Error:  # the watcher looks again in a moment
            log.warning("could not re-read the contest file after a change", exc_info=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.loop = asyncio.get_running_loop()
        feed.reopen()
        screen.reopen()
        room.refresh()
        feed.publish(room.public)
        watcher.start()
        unsubscribe = changes.subscribe(on_change)
        watching = asyncio.create_task(watcher.run())
        try:
            yield
        finally:
            unsubscribe()
            app.state.loop = None
            feed.close()
            await screen.close()
            watching.cancel()
            with suppress(asyncio.CancelledError):
                await watching
            writer.close()
            desk.close()
            app.state.audience_joins.close()
            room.close()

    app = FastAPI(
        title="Arena reviewers' API",
        version="1",
        description="What a reviewer's phone can do: read its own page and scores, follow the live "
        "state, and submit ballots. The personal token in the path is the only credential.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.router.redirect_slashes = False  # a redirect would echo the Host header back
    app.state.room = room
    app.state.writer = writer
    app.state.changes = changes
    app.state.feed = feed
    app.state.brake = brake
    app.state.screen = screen
    app.state.visitors = VisitorLog()
    app.state.presence = desk

    def who(request: Request, token: str):
        """The reviewer holding `token`; a wrong token is counted against its address (404, then 429)."""
        reviewer = room.reviewer(token)
        if reviewer is None:
            raise Refusal(*brake.wrong_token(request.client.host if request.client else "-"))
        return reviewer

    _add_error_handlers(app)
    _add_pages(app, who)
    _add_api(app, room, writer, feed, who, streams_per_token)
    add_outlier_route(app, room, who)  # issue 17
    desk.add_routes(app, who, check_media_type, parse_json)
    from .audience import add_audience_routes  # issue 13

    add_audience_routes(app, room, writer, brake, WEB, notify, (check_media_type, parse_json, envelope))
    app.include_router(screen.router())
    app.add_middleware(Guard)
    app.add_middleware(Visitors, log=app.state.visitors)  # the room check: which addresses reached us
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refusal)
    async def refusal(request, exc: Refusal):
        if exc.code in PAGES and wants_html(request):  # a browser opened a wrong link: a page, not JSON
            return link_page(exc.code, STATUS_OF[exc.code], exc.headers)
        return problem(exc.code, exc.message, headers=exc.headers)

    @app.exception_handler(BallotRefused)
    async def refused(request, exc: BallotRefused):
        return problem(exc.code, str(exc), STATUS_OF.get(exc.code, 422))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return link_page("not_found", 404) if wants_html(request) else problem(*NOT_FOUND)
        if exc.status_code == 405:  # Starlette names the allowed methods in its Allow header
            return problem("method_not_allowed", "method not allowed", headers=exc.headers)
        return problem("malformed", clip(str(exc.detail)), exc.status_code if exc.status_code < 500 else 400)

    @app.exception_handler(RequestValidationError)
    async def invalid(request, exc: RequestValidationError):
        return problem("invalid", "the request does not have the expected shape")

    @app.exception_handler(ClientDisconnect)
    async def gone(request, exc: ClientDisconnect):
        return Response(status_code=400)  # nobody is left to read it; nothing was recorded

    @app.exception_handler(sqlite3.OperationalError)
    async def busy(request, exc: sqlite3.OperationalError):
        if isinstance(exc, StorageFull):
            log.error("the disk holding the contest file is full: %s", exc)
            return problem("storage_full", "the contest file's disk is full; the host has been told")
        log.warning("contest file busy: %s", exc)
        return problem("busy", "the contest file is busy; try again in a moment")


def _add_pages(app: FastAPI, who) -> None:
    @app.get("/", include_in_schema=False)
    async def welcome():
        return FileResponse(WEB / "welcome.html", media_type="text/html; charset=utf-8")

    @app.get("/r/{token}", include_in_schema=False)
    async def personal_page(request: Request, token: str):
        who(request, token)
        return FileResponse(WEB / "phone.html", media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str):
        if name not in STATIC_FILES:
            raise Refusal(*NOT_FOUND)
        return FileResponse(WEB / name, media_type=STATIC_FILES[name])


# -- the ballot's body ------------------------------------------------------------------------------


class _DuplicateKey(ValueError):
    pass


def _pairs(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


def _no_constants(name):
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_no_constants)


def check_media_type(content_type: str | None) -> None:
    """application/json, in UTF-8: a declared charset other than UTF-8 is refused, never misread."""
    media, *params = (content_type or "").split(";")
    if media.strip().lower() != JSON_TYPE:
        raise Refusal("unsupported_media_type", "send the ballot as application/json")
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise Refusal("unsupported_media_type", "send the ballot as application/json in UTF-8")


def parse_json(body: bytes) -> tuple[str, object]:
    """The body's text and its JSON value; a key given twice is refused rather than overwritten."""
    try:
        text = body.decode("utf-8")
        return text, _DECODER.decode(text)
    except _DuplicateKey as exc:
        raise Refusal("duplicate_criterion", f"{clip(exc.args[0])!r} is given twice") from None
    except (ValueError, RecursionError):  # includes UnicodeDecodeError and JSONDecodeError
        raise Refusal("malformed", "the body is not valid JSON") from None


def envelope(data: object) -> BallotBody:
    """The ballot's envelope checked by the schema /openapi.json documents."""
    try:
        return BallotBody.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(clip(str(part), 20) for part in first["loc"]) or "the ballot"
        raise Refusal("invalid", f"{where}: {first['msg']}"[:200]) from None


class DirectRoute(APIRoute):
    """A declared route whose endpoint takes the Request and answers with a Response itself.

    FastAPI documents it like any other (path, body schema, answers in /openapi.json) but solves no
    dependencies and parses no body per call: the endpoint validates with the same schema it
    documents. Ballots come by the hundred at once; this keeps the server near a bare endpoint.
    """

    def get_route_handler(self):
        return self.endpoint


def _add_api(app: FastAPI, room: Room, writer: GroupWriter, feed: Feed, who, streams_per_token: int) -> None:
    @app.get(
        "/api/r/{token}",
        response_model=PersonalState,
        responses=problem_responses(404, 429),
        summary="The reviewer's own page data: setup, own ballots, public state",
    )
    async def personal_state(request: Request, token: str):
        reviewer = who(request, token)
        return Response(encode(room.personal_state(reviewer)), media_type=JSON_TYPE)

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
        reviewer = who(request, token)
        if feed.streams_of(reviewer.id) >= streams_per_token:
            raise Refusal("too_many_streams", "this link already has its live feeds open elsewhere")
        return StreamingResponse(
            feed.stream(reviewer.id, lambda: room.public),
            media_type="text/event-stream",
            headers={"X-Accel-Buffering": "no"},
        )

    async def submit(request: Request):
        # The token is read from the path itself: one parameter fewer for FastAPI to validate per ballot.
        reviewer = who(request, request.path_params["token"])
        check_media_type(request.headers.get("content-type"))
        raw, data = parse_json(await request.body())
        body = envelope(data)
        room.refresh_soon()
        rules = room.rules
        comment = "" if body.comment is None else body.comment
        ballot = rules.check(reviewer.id, body.presenter_id, body.marks, body.client_id, raw, comment)
        ballot = with_outlier_flag(room, ballot, body.outlier_reason)
        receipt = await writer.write(ballot)
        return Response(
            encode(
                {
                    "receipt": receipt.code,
                    "received_at": receipt.received_at,
                    "duplicate": receipt.duplicate,
                    "presenter_id": ballot.presenter_id,
                    "marks": rules.marks_text(ballot),
                    "comment": ballot.comment,
                }
            ),
            media_type=JSON_TYPE,
        )

    app.router.add_api_route(
        "/api/r/{token}/ballots",
        submit,
        methods=["POST"],
        route_class_override=DirectRoute,
        response_model=Accepted,
        responses=problem_responses(400, 403, 404, 409, 413, 415, 422, 429, 503, 507),
        openapi_extra={
            "parameters": [{"name": "token", "in": "path", "required": True, "schema": {"type": "string"}}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": BallotBody.model_json_schema()}},
            },
        },
        summary="Submit or correct a ballot; acknowledged only once committed",
    )
