"""The ASGI middleware in front of every answer: the security headers and a cap on the body.

`Guard` is plain ASGI middleware (it must see the raw byte stream to cap a body
that lies about its length, which a Starlette BaseHTTPMiddleware cannot).
"""

from __future__ import annotations

import json

MAX_BODY = 64 * 1024

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
    ),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def error_body(code: str, message: str) -> bytes:
    return json.dumps({"error": code, "message": message}).encode()


class BodyTooLarge(Exception):
    pass


class Guard:
    """Adds the security headers to every response and refuses bodies over MAX_BODY with a 413."""

    def __init__(self, app, max_body: int = MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            return await _send_too_large(send, self.max_body)
        started = False
        received = 0

        async def capped_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = dict(message)
                message["headers"] = _with_security_headers(scope["path"], message.get("headers", []))
            await send(message)

        try:
            await self.app(scope, capped_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _send_too_large(send, self.max_body)


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _with_security_headers(path: str, headers) -> list:
    headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"] + SECURITY_HEADERS
    # Static files carry no personal data; everything else (the personal page, the API) is never stored.
    cache = b"no-cache" if path.startswith("/static/") else b"no-store"
    headers.append((b"cache-control", cache))
    return headers


async def _send_too_large(send, limit: int) -> None:
    body = error_body("too_large", f"the request body is over {limit // 1024} KiB")
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *SECURITY_HEADERS,
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
