"""Which addresses have reached the server: the room check's evidence that phones get through.

Venue Wi-Fi may isolate clients and a firewall may block the port; the host learns that the
room's network works when a device actually reaches the server. `Visitors` is plain ASGI
middleware: the first request from each client address (a phone's page, its API, the welcome
page that the "test from a phone" QR opens) is kept in the app's VisitorLog
(`app.state.visitors`) and told once to its listener as
{"type": "visitor", "address": "192.168.1.23"}. Only the phones' routes count: the web screen
(a projector, not a phone) and stray requests (an icon, a scanner's probe) do not.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

PHONE_PREFIXES = ("/r/", "/api/r/")
MAX_REMEMBERED = 5000  # more addresses than any room holds; beyond it, nothing more is told


class VisitorLog:
    """The addresses seen so far; `listener(event)` (set by whoever wants to know, from any thread)
    hears each new one once."""

    def __init__(self):
        self.seen: set[str] = set()
        self.listener: Callable[[dict], None] | None = None
        self._lock = threading.Lock()

    def arrived(self, address: str) -> None:
        with self._lock:
            if address in self.seen or len(self.seen) >= MAX_REMEMBERED:
                return
            self.seen.add(address)
            listener = self.listener
        if listener is not None:
            listener({"type": "visitor", "address": address})

    def addresses(self) -> list[str]:
        with self._lock:
            return sorted(self.seen)


class Visitors:
    """ASGI middleware telling the log of each phone request's client address."""

    def __init__(self, app, log: VisitorLog):
        self.app = app
        self.log = log

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            client = scope.get("client")
            path = scope.get("path", "")
            if client and (path == "/" or path.startswith(PHONE_PREFIXES)):
                self.log.arrived(str(client[0]))
        return await self.app(scope, receive, send)
