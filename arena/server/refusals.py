"""How the server says no: `Refusal` (a stable code and a short English message) and its JSON body.

The message never repeats more than 100 characters of what a client sent (arena.mark_parser.clip);
the phone page and the web screen word each code in the reader's language themselves.
"""

from __future__ import annotations

import json

from fastapi.responses import Response

from .api import STATUS_OF

NOT_FOUND = ("not_found", "not found")
JSON_TYPE = "application/json"

# As Starlette's JSONResponse renders, so an answer reads the same whichever way it was built.
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


class Refusal(Exception):
    """A request the server turns down with a 4xx and a stable code."""

    def __init__(self, code: str, message: str, headers: dict[str, str] | None = None):
        self.code = code
        self.message = message
        self.headers = headers
        super().__init__(message)


def encode(content: dict) -> bytes:
    return _ENCODER.encode(content).encode("utf-8")


def problem_body(code: str, message: str) -> bytes:
    message = message.encode("utf-8", "replace").decode("utf-8")  # a client's lone surrogate must not crash
    return encode({"error": code, "message": message})


def problem(code: str, message: str, status: int | None = None, headers: dict | None = None) -> Response:
    return Response(
        problem_body(code, message),
        status or STATUS_OF.get(code, 400),
        headers=headers,
        media_type=JSON_TYPE,
    )
