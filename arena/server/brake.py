"""The brake on token guessing: wrong links are counted per address, and only wrong links are refused.

A correct token is always served, whatever its address did before: a screen tab left open on an
old link, or a neighbour behind the same NAT address, can never lock a reviewer or a screen out.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque


class GuessBrake:
    """Counts wrong tokens per address; past `limit` in `window_s`, its wrong tokens get 429, not 404.

    Bounded memory: only the most recently seen `max_addresses` addresses are remembered.
    """

    def __init__(
        self, limit: int = 20, window_s: float = 60.0, max_addresses: int = 4096, clock=time.monotonic
    ):
        self.limit = limit
        self.window_s = window_s
        self.max_addresses = max_addresses
        self.clock = clock
        self._misses: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, address: str) -> deque[float] | None:
        misses = self._misses.get(address)
        if misses is None:
            return None
        cutoff = self.clock() - self.window_s
        while misses and misses[0] < cutoff:
            misses.popleft()
        return misses

    def blocked(self, address: str) -> bool:
        misses = self._recent(address)
        return misses is not None and len(misses) >= self.limit

    def miss(self, address: str) -> None:
        misses = self._recent(address)
        if misses is None:
            misses = self._misses[address] = deque(maxlen=self.limit)
            while len(self._misses) > self.max_addresses:
                self._misses.popitem(last=False)
        self._misses.move_to_end(address)
        misses.append(self.clock())

    def wrong_token(self, address: str) -> tuple[str, str]:
        """A wrong token came from `address`: count it; the (code, message) to refuse it with."""
        if self.blocked(address):
            return "too_many", "too many wrong links from this address; wait a minute"
        self.miss(address)
        return "not_found", "not found"
