"""The live feed to the phones: server-sent events carrying the public session state.

Every phone gets the same small JSON (phase, current presenter, which scoring
windows are open), so it is serialised once per change. Each subscriber waits on
its own asyncio.Event: a burst of host actions collapses into the latest state,
and a slow phone never makes the others wait. Everything here runs on the
server's event-loop thread.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator, Callable

HEARTBEAT_S = 15.0  # a comment line now and then keeps proxies and phones from dropping the stream
RETRY_MS = 2000  # how soon a phone's EventSource reconnects after a drop


class Feed:
    def __init__(self, on_count: Callable[[int], None] | None = None):
        self._latest = ""
        self._subscribers: dict[asyncio.Event, int] = {}  # wake-up event -> reviewer id
        self._closing = False
        self._on_count = on_count

    @property
    def phones(self) -> int:
        """Reviewers with at least one page open on the feed."""
        return len(Counter(self._subscribers.values()))

    def streams_of(self, subscriber_id: int) -> int:
        """How many streams one link (a reviewer, or the screen as 0) holds open now."""
        return sum(1 for who in self._subscribers.values() if who == subscriber_id)

    def publish(self, public_state: dict) -> None:
        self._latest = json.dumps(public_state, ensure_ascii=False, separators=(",", ":"))
        for event in self._subscribers:
            event.set()

    def reopen(self) -> None:
        """Take subscribers again (the server was stopped and is starting anew)."""
        self._closing = False

    def close(self) -> None:
        """End every stream (the server is stopping)."""
        self._closing = True
        for event in self._subscribers:
            event.set()

    async def stream(self, reviewer_id: int, current: Callable[[], dict]) -> AsyncIterator[bytes]:
        """One phone's event stream: the state now, then every change, until it goes away."""
        wake = asyncio.Event()
        before = self.phones
        self._subscribers[wake] = reviewer_id
        self._count_changed(before)
        try:
            if not self._latest:
                self.publish(current())
            yield f"retry: {RETRY_MS}\n".encode()
            sent = None
            while True:
                wake.clear()  # before looking, so a change made while we yield is not missed
                if self._closing:
                    break
                if self._latest != sent:
                    sent = self._latest
                    yield f"event: state\ndata: {sent}\n\n".encode()
                    continue
                try:
                    await asyncio.wait_for(wake.wait(), HEARTBEAT_S)
                except TimeoutError:
                    yield b": ping\n\n"
        finally:
            before = self.phones
            del self._subscribers[wake]
            self._count_changed(before)

    def _count_changed(self, before: int) -> None:
        if self._on_count is not None and self.phones != before:
            self._on_count(self.phones)
