"""The ballot door: `POST /api/r/{token}/ballots` answered as plain ASGI, ahead of FastAPI's routing.

Ballots are the one request that comes by the hundred at once, and a profile of the
load benchmark showed FastAPI's routing, dependency solving and exception middleware
costing more CPU per ballot than reading, checking and committing it. So the app
(`ArenaApp` in app.py) hands this one path straight to `BallotDoor`, which does what the
FastAPI route did, in the same order and with the same answers: who is asking (429, 404),
the content type (415), the body (400, 422), the ballot (the store's refusal codes), the
group commit, then one JSON answer built in one `json.dumps`. The route stays declared in
app.py so /openapi.json documents it; the body cap and security headers still come from
the Guard, which wraps this door as it wraps the rest of the app.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3

from ..store import BallotRefused
from .api import CLIENT_ID_PATTERN, STATUS_OF
from .desk import Desk
from .guard import GuessBrake

log = logging.getLogger(__name__)

# The same pattern Starlette compiles for "/api/r/{token}/ballots", so both see the same paths.
BALLOT_PATH = re.compile(r"^/api/r/(?P<token>[^/]+)/ballots$")
CLIENT_ID = re.compile(CLIENT_ID_PATTERN)
MAX_MARKS = 100
ENVELOPE = frozenset({"client_id", "presenter_id", "marks"})
JSON_HEADERS = [(b"content-type", b"application/json")]


class Refusal(Exception):
    """A request the server turns down with a 4xx and a stable code."""

    def __init__(self, code: str, message: str):
        self.code = code
        self.message = message
        super().__init__(message)


NOT_FOUND = ("not_found", "not found")


def problem_body(code: str, message: str) -> bytes:
    message = message.encode("utf-8", "replace").decode("utf-8")  # a client's lone surrogate must not crash
    return _encode({"error": code, "message": message})


# As Starlette's JSONResponse renders, so an answer reads the same whichever way it was built; one
# encoder for all (json.dumps with options would build a new one per ballot).
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _encode(content: dict) -> bytes:
    return _ENCODER.encode(content).encode("utf-8")


class BallotDoor:
    """The ASGI app for ballots; `answer` is the whole decision, usable from a FastAPI route too."""

    def __init__(self, desk: Desk, brake: GuessBrake):
        self.desk = desk
        self.brake = brake

    async def __call__(self, scope, receive, send) -> None:
        token = BALLOT_PATH.match(scope["path"])["token"]
        answer = await self.answer(scope, receive, token)
        if answer is None:  # the phone hung up before sending its ballot: nobody to answer
            return
        status, body = answer
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [*JSON_HEADERS, (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def answer(self, scope, receive, token: str) -> tuple[int, bytes] | None:
        """(status, JSON body) for one ballot request; None when the client went away mid-body."""
        try:
            reviewer = self.who(scope, token)
            _check_media_type(scope)
            body = await _read_body(receive)
            if body is None:
                return None
            raw, data = _parse_json(body)
            client_id, presenter_id, marks = _envelope(data)
            accepted = await self.desk.submit_async(reviewer, presenter_id, marks, client_id, raw)
        except Refusal as exc:
            return STATUS_OF.get(exc.code, 400), problem_body(exc.code, exc.message)
        except BallotRefused as exc:
            return STATUS_OF.get(exc.code, 422), problem_body(exc.code, str(exc))
        except sqlite3.OperationalError as exc:
            log.warning("contest file busy: %s", exc)
            return 503, problem_body("busy", "the contest file is busy; try again in a moment")
        r = accepted.receipt
        return 200, _encode(
            {
                "receipt": r.code,
                "submission_id": r.submission_id,
                "received_at": r.received_at,
                "duplicate": r.duplicate,
                "presenter_id": accepted.presenter_id,
                "marks": accepted.marks,
            }
        )

    def who(self, scope, token: str):
        """The reviewer holding `token`; refuses guessers (429) and wrong tokens (404, counted)."""
        client = scope.get("client")
        address = client[0] if client else "-"
        if self.brake.blocked(address):
            raise Refusal("too_many", "too many wrong links from this address; wait a minute")
        reviewer = self.desk.reviewer(token)
        if reviewer is None:
            self.brake.miss(address)
            raise Refusal(*NOT_FOUND)
        return reviewer


def _check_media_type(scope) -> None:
    media = ""
    for name, value in scope["headers"]:
        if name.lower() == b"content-type":  # the first one counts, as Starlette's request.headers.get
            media = value.decode("latin-1").split(";")[0].strip().lower()
            break
    if media != "application/json":
        raise Refusal("unsupported_media_type", "send the ballot as application/json")


async def _read_body(receive) -> bytes | None:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


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


def _parse_json(body: bytes) -> tuple[str, object]:
    try:
        text = body.decode("utf-8")
        # JSONDecoder.decode, as json.loads would do it, minus building a decoder per ballot.
        return text, _DECODER.decode(text)
    except _DuplicateKey as exc:
        raise Refusal("duplicate_criterion", f"{exc.args[0]!r} is given twice") from None
    except (ValueError, RecursionError):  # includes UnicodeDecodeError and JSONDecodeError
        raise Refusal("malformed", "the body is not valid JSON") from None


def _envelope(data) -> tuple[str, int, dict]:
    if not isinstance(data, dict):
        raise Refusal("invalid", "the ballot must be a JSON object")
    if not data.keys() <= ENVELOPE:
        raise Refusal("invalid", f"unexpected field {min(data.keys() - ENVELOPE)!r}")
    client_id, presenter_id, marks = data.get("client_id"), data.get("presenter_id"), data.get("marks")
    if not isinstance(client_id, str) or not CLIENT_ID.fullmatch(client_id):
        raise Refusal("invalid", "client_id must be 8 to 100 letters, digits, '-' or '_'")
    if not isinstance(presenter_id, int) or isinstance(presenter_id, bool):
        raise Refusal("invalid", "presenter_id must be an integer")
    if not isinstance(marks, dict) or len(marks) > MAX_MARKS:
        raise Refusal("invalid", "marks must be an object of criterion -> mark")
    return client_id, presenter_id, marks
