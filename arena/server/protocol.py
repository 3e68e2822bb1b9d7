"""uvicorn's HTTP protocol with the limits a room's network needs: read deadlines and a connection cap.

uvicorn times out an idle keep-alive connection, but not a request that is being sent: a client
that opens a connection and sends half a request line, half the headers or half a body would hold
a file descriptor for ever. Here every request must arrive whole within `read_timeout_s` of its
first byte (or of the connection opening); otherwise the connection is closed. Beyond
`max_connections` open at once, a new connection is closed at once (phones retry).
"""

from __future__ import annotations

import asyncio
import logging

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 10.0
MAX_CONNECTIONS = 2048  # 500 phones each hold a live feed and a request connection, and then some


def limited_protocol(read_timeout_s: float = READ_TIMEOUT_S, max_connections: int = MAX_CONNECTIONS):
    """An HttpToolsProtocol class with these limits (uvicorn.Config(http=...) takes a class)."""

    class LimitedHttpProtocol(HttpToolsProtocol):
        _read_deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                log.warning("more than %d connections open: closing a new one", max_connections)
                transport.close()
                return
            self._arm()

        def _arm(self) -> None:
            self._disarm()
            self._read_deadline = self.loop.call_later(read_timeout_s, self._too_slow)

        def _disarm(self) -> None:
            if self._read_deadline is not None:
                self._read_deadline.cancel()
                self._read_deadline = None

        def _too_slow(self) -> None:
            self._read_deadline = None
            if not self.transport.is_closing():
                self.transport.close()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._disarm()

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

    return LimitedHttpProtocol
