"""The one change notice: "what changed" (setup, session state, ballots of presenters P), published once.

Like an editor's operations reporting what they touched, every change to a contest is announced
once, by whoever made it, on one `Changes` hub:

- `Session` publishes `Change(session=True, state=...)` after each host action;
- the console publishes `Change(setup=True)` after saving an edited setup;
- the intake's writer and the host's paper ballots publish `Change(presenters={p, ...})` after the
  commit that holds the ballots (one change per group commit);
- the file watcher (arena.server.app, the only one) publishes what another process (the CLI)
  changed in the file;
- the reviewers' server publishes `Change(presence=True)` after a check-in or a signature (issue 17).

Subscribers (the Qt bridge, which feeds the console and the projector; the reviewers' server, which
feeds the phones and the web screen) are called on the publisher's thread and hop to their own
thread themselves. Qt-free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    setup: bool = False  # names, lists, rules, recusals (re-read the setup)
    session: bool = False  # the live state (queue, windows, scene, reveal, timer)
    presenters: frozenset[int] = frozenset()  # whose ballots changed
    state: object | None = field(default=None, compare=False)  # the new SessionState, when known
    events: tuple[dict, ...] = field(default=(), compare=False)  # the intake's ballot events, if any
    external: bool = False  # found in the file: made by another process
    presence: bool = False  # a reviewer checked in or signed (arena.presence)

    @classmethod
    def ballots(cls, events: Iterable[dict]) -> Change:
        events = tuple(events)
        presenters = frozenset(e["presenter_id"] for e in events if e.get("presenter_id") is not None)
        return cls(presenters=presenters, events=events)

    def merge(self, other: Change) -> Change:
        """Both changes as one (a burst collapses into one notice)."""
        return Change(
            setup=self.setup or other.setup,
            session=self.session or other.session,
            presenters=self.presenters | other.presenters,
            state=other.state if other.state is not None else self.state,
            events=self.events + other.events,
            external=self.external or other.external,
            presence=self.presence or other.presence,
        )

    @property
    def host(self) -> bool:
        """The setup or the session moved (phones re-read the public state)."""
        return self.setup or self.session


Subscriber = Callable[[Change], None]


class Changes:
    """The hub: `subscribe(fn)`, `publish(change)`; safe from any thread, a failing subscriber is logged."""

    def __init__(self):
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns the function that removes it."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, change: Change) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(change)
            except Exception:  # one broken screen must not stop the others hearing of it
                log.exception("a change subscriber failed")

    def ballot_listener(self, event: dict) -> None:
        """The intake's listener: a committed ballot becomes a change of its presenter; other events pass."""
        if event.get("type") == "ballot":
            self.publish(Change.ballots([event]))
