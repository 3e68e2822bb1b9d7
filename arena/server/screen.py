"""The read-only screen: the projector's scenes in a browser, for a second display on another computer.

An LED wall's PC opens `/screen/<screen token>` (Store.screen_token(), 192 bits)
and shows what the Qt projector shows, driven by the session state alone. The
page reads `/api/screen/<token>` once and then follows `/api/screen/<token>/events`
(server-sent events). A wrong token is the same 404 as a wrong reviewer token and
counts toward the same per-address brake.

Everything here runs on the server's event-loop thread and reads through the
Room's own connection. The view is rebuilt only when another connection has
committed (`PRAGMA data_version`), so the tally runs once per change, never per
request; the app hands the screen every change notice (`changed`), which pushes a
changed view to the screens connected. The tally is the one shared by the console
and the projector (arena.tally.shared).
What is sent is arena.scenes.scene_view: the current scene's data and nothing
more, so an unrevealed result never leaves the laptop. The audience's room code is drawn here too
(arena/server/screen_room.py), while the scene data says it is up.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import secrets
import sqlite3
import time
from collections.abc import AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse

from .. import scenes
from ..resources import resource_path
from ..session import Session
from ..tally.shared import shared_tally
from .brake import GuessBrake
from .feed import Feed
from .refusals import NOT_FOUND, Refusal
from .room import Room
from .screen_room import room_code_response

log = logging.getLogger(__name__)

WEB = resource_path("web")
ASSETS = {"screen.js": "text/javascript", "screen-text.js": "text/javascript", "screen.css": "text/css"}
TALLY_EVERY_S = 1.0  # the most often ballots alone re-tally the results or ranking on screen
TALLIED = ("results", "ranking", "announce")


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def now_ms() -> int:
    return round(time.time() * 1000)


class Screen:
    """The screens' view of the contest: one cached scene view, one live feed."""

    def __init__(self, room: Room, brake: GuessBrake, streams_per_token: int = 8):
        self.room = room
        self.brake = brake
        self.streams_per_token = streams_per_token
        self.feed = Feed()
        self.rebuilds = 0  # how many times the view was computed (tests and the benchmark read it)
        self._data_version: int | None = None
        self._setup_marker: tuple | None = None
        self._source: scenes.SceneSource | None = None
        self._token_digest = b""
        self._view: dict = {}
        self._built_at = 0.0
        self._later: asyncio.TimerHandle | None = None  # a re-tally due once TALLY_EVERY_S has passed
        self._step_at: int | None = None  # when the 亮分 scene's next strike is scheduled (server ms)

    # -- the secret --------------------------------------------------------------------

    def token_ok(self, token: str) -> bool:
        """Compare in constant time (digests of equal length, whatever was guessed).

        The secret is made once per contest file and never changes, so it is read once; a wrong
        guess costs no look at the rest of the file.
        """
        if not self._token_digest:
            self._token_digest = _digest(self.room.store.screen_token())
        return secrets.compare_digest(self._token_digest, _digest(token))

    # -- the view, cached per change of the file ------------------------------------------

    def view(self) -> dict:
        """The current scene as plain data; rebuilt only when the file changed since the last look.

        A host action shows at once. Ballots alone re-tally the results or the ranking at most once
        every TALLY_EVERY_S: a tally of 500 reviewers takes tens of milliseconds on the loop thread
        that also answers the phones, and a provisional ranking need not move faster than that.
        """
        store = self.room.store
        version = store.data_version()
        if self._view and version == self._data_version and not self._step_due():
            return self._view
        marker = store.host_marker()
        if (
            self._view
            and not self._step_due()
            and marker == self._setup_marker
            and self._view["scene"] in TALLIED
            and time.monotonic() - self._built_at < TALLY_EVERY_S
        ):
            return self._view  # only ballots since: the watch rebuilds it a little later
        fresh = version != self._data_version  # else only the 亮分's next step fell due: same tally
        self._data_version = version
        self._view = self._rebuild(self._view, marker, fresh)
        self._built_at = time.monotonic()
        return self._view

    def _step_due(self) -> bool:
        """The 亮分 scene moves on by itself (strike by strike): its next step is due now."""
        due = self._view.get("due_at_ms")
        return due is not None and now_ms() >= due

    def _rebuild(self, before: dict, marker: tuple, fresh: bool = True) -> dict:
        store = self.room.store
        if marker != self._setup_marker or self._source is None:
            self._setup_marker = marker
            self._source = self._read_setup()
        state = Session(store).state()
        if fresh or self._source.tally is None:
            self._source.tally = _once(lambda: shared_tally(store))  # only scenes with results call it
        view = scenes.scene_view(self._source, state)
        self.rebuilds += 1
        shown = view.get("announce")
        if shown and shown.get("next_in_s") is not None:  # the next strike: rebuilt then by the watch
            view["due_at_ms"] = now_ms() + round(shown["next_in_s"] * 1000)
        if "timer" in view:
            # The timer is told as "remaining_s at at_ms" (server clock): the page ticks on its own.
            if before.get("version") == view["version"] and "timer" in before:
                view["timer"] = before["timer"]  # same session state: same timer, no needless push
            else:
                view["timer"]["at_ms"] = now_ms()
        return view

    def _read_setup(self) -> scenes.SceneSource:
        store = self.room.store
        contest = store.contest()
        return scenes.SceneSource(
            contest,
            scenes.eligible_counts(contest, store.recusals()),
            store.ballot_count,
            tally=None,
            secret=store.anonymity_secret(),
            announced=store.announced_ids,
            marks=store.marks_of,
            presence=lambda: (store.checkins(), store.presence_options()[1]),  # read at each rebuild
            audience=store.audience_state,
            session_log=store.session_log,
        )

    def payload(self) -> dict:
        """What GET /api/screen answers: the view and the server's clock now (for the countdown).

        A change this read discovers is published too: otherwise the watch would find the cache
        already fresh and the screens listening on the feed would never hear of it.
        """
        self.publish_if_changed()
        return {**self._view, "now_ms": now_ms()}

    # -- live ------------------------------------------------------------------------------

    def publish_if_changed(self) -> None:
        before = self._view
        view = self.view()
        if view != before:
            self.feed.publish(view)
        self._wake_for_next_step(view)

    def _wake_for_next_step(self, view: dict) -> None:
        """The 亮分 scene's next strike is due at `due_at_ms`: push it then, with no change notice."""
        due = view.get("due_at_ms")
        if due is None or due == self._step_at:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # read outside the server's loop (a test): the next read moves it on
            return
        self._step_at = due
        loop.call_later(max(0.0, (due - now_ms()) / 1000), self._step_now)

    def _step_now(self) -> None:
        self._step_at = None
        try:
            self.publish_if_changed()
        except sqlite3.Error:
            log.warning("the screen could not re-read the contest file", exc_info=True)

    def changed(self, change) -> None:
        """A change notice (on the loop's thread): push the new view to the screens listening.

        Ballots alone re-tally a results or ranking scene at most once every TALLY_EVERY_S, so a view
        held back now is pushed once that time has passed.
        """
        if not self.feed.phones:
            return  # nobody is watching; the next page read rebuilds the view
        self.publish_if_changed()
        if change.presenters and not change.host and self._later is None:
            wait = max(0.0, TALLY_EVERY_S - (time.monotonic() - self._built_at))
            self._later = asyncio.get_running_loop().call_later(wait, self._catch_up)

    def _catch_up(self) -> None:
        self._later = None
        wait = TALLY_EVERY_S - (time.monotonic() - self._built_at)
        if wait > 0:  # woken a little early: the view would still be held back
            self._later = asyncio.get_running_loop().call_later(wait, self._catch_up)
            return
        try:
            self.publish_if_changed()
        except sqlite3.Error:
            log.warning("the screen could not re-read the contest file", exc_info=True)

    async def stream(self) -> AsyncIterator[bytes]:
        """The server's clock first (the page's countdown needs it), then every changed view."""
        self.publish_if_changed()
        yield f"event: clock\ndata: {json.dumps({'now_ms': now_ms()})}\n\n".encode()
        async for chunk in self.feed.stream(0, self.view):
            yield chunk

    def reopen(self) -> None:
        self.feed.reopen()

    async def close(self) -> None:
        """End every screen's stream (the server is stopping)."""
        self.feed.close()
        later, self._later = self._later, None
        if later is not None:
            later.cancel()

    # -- routes ----------------------------------------------------------------------------

    def router(self) -> APIRouter:
        router = APIRouter(include_in_schema=False)

        @router.get("/screen/static/{name}")
        async def asset(name: str):
            if name not in ASSETS:
                self._refuse_not_found()
            return FileResponse(WEB / name, media_type=ASSETS[name])

        @router.get("/screen/{token}")
        async def page(request: Request, token: str):
            self._check(request, token)
            return FileResponse(WEB / "screen.html", media_type="text/html; charset=utf-8")

        @router.get("/api/screen/{token}")
        async def current(request: Request, token: str):
            self._check(request, token)
            return JSONResponse(self.payload())

        @router.get("/api/screen/{token}/room.svg")
        async def room(request: Request, token: str):
            self._check(request, token)  # issue 13: the audience's room code, while it may join
            return room_code_response(self.room.store, request)

        @router.get("/api/screen/{token}/events")
        async def events(request: Request, token: str):
            self._check(request, token)
            if self.feed.streams_of(0) >= self.streams_per_token:
                raise Refusal("too_many_streams", "this link already has its live feeds open elsewhere")
            return StreamingResponse(
                self.stream(), media_type="text/event-stream", headers={"X-Accel-Buffering": "no"}
            )

        return router

    def _check(self, request: Request, token: str) -> None:
        """The same brake and the same 404 as a reviewer's link: a guesser learns nothing new here."""
        if not self.token_ok(token):
            raise Refusal(*self.brake.wrong_token(request.client.host if request.client else "-"))

    @staticmethod
    def _refuse_not_found():
        raise Refusal(*NOT_FOUND)


def _once(compute):
    """A zero-argument function that computes on first call and then answers from memory."""
    memo = []

    def once():
        if not memo:
            memo.append(compute())
        return memo[0]

    return once
