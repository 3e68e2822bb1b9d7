"""The live session: the queue, the presenter's countdown, the scoring windows, the reveal.

Every host action is one transaction that changes the persisted state and
appends to the session log, so killing the app at any moment and reopening the
file resumes exactly where the host was; the countdown is recomputed from the
stored start time. After each action the session publishes one change notice
(arena.changes: Change(session=True, state=...)) on its hub.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .auto_windows import closing_in, due_step
from .changes import Change, Changes
from .model import Phase
from .phases import PhaseNow, phase_at
from .store import Store

SCENES = ("welcome", "presenting", "scoring", "results", "ranking", "blank", "announce", "draw")
PHASES = ("setup", "live", "closed")


def _iso(epoch: float) -> str:
    return (
        datetime.fromtimestamp(epoch, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


@dataclass(frozen=True)
class SessionState:
    phase: str
    current_presenter_id: int | None
    queue: tuple[int, ...]  # presenter ids in queue order
    scoring: dict[int, str] = field(hash=False)  # presenter id -> pending | open | closed
    time_limit_s: int  # the current presenter's limit plus any extension
    timer_running: bool
    timer_elapsed_s: float  # at the moment this state was taken
    scene: str
    reveal_step: int
    closed_at: str | None
    version: int
    explain: bool = False  # the projector explains the revealed score
    announce_presenter_id: int | None = None  # whose score the 亮分 scene announces (arena/announce.py)
    announce_elapsed_s: float = 0.0  # seconds since the host announced it, at the moment this state was taken
    # Issue 17: the current presenter's phases, and open presenter -> seconds until their window
    # closes by itself (at the moment this state was taken), for those that will; warned: told so.
    phases: tuple[Phase, ...] = ()
    closing: dict[int, float] = field(default_factory=dict, hash=False)
    warned: frozenset[int] = frozenset()

    @property
    def next_presenter_id(self) -> int | None:
        if self.current_presenter_id is None:
            return self.queue[0] if self.queue else None
        i = self.queue.index(self.current_presenter_id)
        return self.queue[i + 1] if i + 1 < len(self.queue) else None

    @property
    def open_presenter_ids(self) -> tuple[int, ...]:
        return tuple(p for p in self.queue if self.scoring.get(p) == "open")

    @property
    def remaining_s(self) -> float:
        """Seconds left on the countdown; negative means overtime."""
        return self.time_limit_s - self.timer_elapsed_s

    def phase_now(self, elapsed_s: float | None = None) -> PhaseNow:
        """The phase at `elapsed_s` (default: when this state was taken); an extension lengthens the last."""
        extra = self.time_limit_s - sum(p.seconds for p in self.phases)  # no phases: all of the limit
        return phase_at(self.phases, self.timer_elapsed_s if elapsed_s is None else elapsed_s, extra)


class Refused(ValueError):
    """A host action the session cannot take now; `code` and `params` let each interface word it."""

    def __init__(self, code: str, message: str, **params):
        self.code = code
        self.params = params
        super().__init__(message)


class Session:
    """The host's actions on the live contest. Not thread-safe: the GUI thread owns it."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time, changes: Changes | None = None):
        self.store = store
        self.clock = clock
        self.changes = changes if changes is not None else Changes()  # every action is published here

    def subscribe(self, listener: Callable[[SessionState], None]) -> None:
        """Call `listener(state)` after each host action (a subscriber of the change notice)."""
        self.changes.subscribe(
            lambda change: listener(change.state) if change.session and change.state else None
        )

    def state(self) -> SessionState:
        row = self.store.session_row()
        presenters = self.store.presenters()
        limits = {p.id: p.time_limit_seconds for p in presenters}
        elapsed = row["timer_elapsed_ms"] / 1000
        if row["timer_started_at"]:
            elapsed += max(0.0, self.clock() - _epoch(row["timer_started_at"]))
        current = row["current_presenter_id"]
        _, auto_close_s, _ = self.store.timing_options()
        windows = self.store.open_windows() if auto_close_s else []
        return SessionState(
            phase=row["phase"],
            current_presenter_id=current,
            queue=tuple(p.id for p in presenters),
            scoring=self.store.scoring_states(),
            time_limit_s=limits.get(current, 0) + row["timer_extra_s"],
            timer_running=row["timer_started_at"] is not None,
            timer_elapsed_s=elapsed,
            scene=row["scene"],
            reveal_step=row["reveal_step"],
            closed_at=row["closed_at"],
            explain=bool(row["explain"]),
            version=row["version"],
            announce_presenter_id=row["announce_presenter_id"],
            announce_elapsed_s=(
                max(0.0, self.clock() - _epoch(row["announce_started_at"]))
                if row["announce_started_at"]
                else 0.0
            ),
            phases=self.store.phase_plan(current),
            closing=closing_in(self.clock(), auto_close_s, windows),
            warned=frozenset(pid for pid, _, warned in windows if warned),
        )

    def _apply(
        self,
        action: str,
        changes: dict,
        detail: dict | None = None,
        scoring: tuple[list[int], str] | None = None,
        also: Callable[[], None] | None = None,
    ) -> SessionState:
        with self.store.transaction():
            if also is not None:
                also()
            if changes:
                self.store.update_session(changes)
            if scoring:
                self.store.set_scoring(*scoring)
                if not changes:
                    self.store.update_session({})
            self.store.log_action(action, detail or {})
        state = self.state()
        self.changes.publish(Change(session=True, state=state))
        return state

    def _require_open_contest(self) -> None:
        if self.store.session_row()["phase"] == "closed":
            raise ValueError("the contest is closed")

    # -- the queue -------------------------------------------------------------

    def start(self) -> SessionState:
        """Leave setup: the first presenter comes up, nothing is timed or open yet."""
        state = self.state()
        if state.phase != "setup":
            return state
        first = state.queue[0] if state.queue else None
        from .draw import start_record  # the queue started from, the objective items' lock (issue 13)

        return self._apply(
            "start",
            {"phase": "live", "current_presenter_id": first, "scene": "welcome"},
            start_record(self.store, state.queue),
        )

    def record(self, action: str, changes: dict, detail: dict, also=None) -> SessionState:
        """A host action of another module (the draw, arena/draw.py): logged and announced like these."""
        return self._apply(action, changes, detail, also=also)

    def goto(self, presenter_id: int) -> SessionState:
        self._require_open_contest()
        return self._apply(
            "goto",
            {
                "phase": "live",
                "current_presenter_id": presenter_id,
                "timer_started_at": None,
                "timer_elapsed_ms": 0,
                "timer_extra_s": 0,
                "scene": "presenting",
            },
            {"presenter_id": presenter_id},
        )

    def next_presenter(self) -> SessionState:
        state = self.state()
        nxt = state.next_presenter_id
        if nxt is None:
            return state
        return self.goto(nxt)

    # -- the countdown ---------------------------------------------------------

    def start_timer(self) -> SessionState:
        row = self.store.session_row()
        if row["timer_started_at"] or row["current_presenter_id"] is None:
            return self.state()
        return self._apply("timer_start", {"timer_started_at": _iso(self.clock()), "scene": "presenting"})

    def pause_timer(self) -> SessionState:
        state = self.state()
        if not state.timer_running:
            return state
        return self._apply(
            "timer_pause", {"timer_started_at": None, "timer_elapsed_ms": round(state.timer_elapsed_s * 1000)}
        )

    def toggle_timer(self) -> SessionState:
        return self.pause_timer() if self.state().timer_running else self.start_timer()

    def extend_timer(self, seconds: int = 60) -> SessionState:
        extra = self.store.session_row()["timer_extra_s"] + seconds
        return self._apply("timer_extend", {"timer_extra_s": extra}, {"seconds": seconds})

    def reset_timer(self) -> SessionState:
        return self._apply(
            "timer_reset", {"timer_started_at": None, "timer_elapsed_ms": 0, "timer_extra_s": 0}
        )

    # -- scoring windows -----------------------------------------------------------

    def _targets(self, presenter_ids) -> list[int]:
        if presenter_ids is None:
            return list(self.state().queue)
        return list(presenter_ids)

    def open_scoring(self, presenter_ids=None) -> SessionState:
        """Open scoring for these presenters (all of them when None)."""
        self._require_open_contest()
        targets = self._targets(presenter_ids)
        changes = {"phase": "live"}
        if len(targets) == 1:
            changes["scene"] = "scoring"
        return self._apply(
            "scoring_open",
            changes,
            {"presenters": targets},
            (targets, "open"),
            also=lambda: self.store.mark_scoring_opened(targets, _iso(self.clock())),
        )

    def close_scoring(self, presenter_ids=None) -> SessionState:
        targets = self._targets(presenter_ids)
        return self._apply("scoring_close", {}, {"presenters": targets}, (targets, "closed"))

    def close_contest(self) -> SessionState:
        """Freeze the scores: every window closes and no ballot is taken any more."""
        state = self.state()
        if state.phase == "closed":
            return state
        return self._apply(
            "contest_close",
            {"phase": "closed", "closed_at": _iso(self.clock()), "timer_started_at": None},
            {},
            (list(state.queue), "closed"),
        )

    # -- what the phase timer does by itself (issue 17) ---------------------------------------

    def tick(self) -> SessionState | None:
        """Take the automatic step that is due now (arena.auto_windows), logged with "auto": true;
        None when none is. The console's timer calls this a few times a second (the injected clock)."""
        auto_open, auto_close_s, mode = self.store.timing_options()
        if not auto_open and not auto_close_s:
            return None
        windows = self.store.open_windows() if auto_close_s else []
        step = due_step(self.clock(), auto_open, auto_close_s, windows, self.state(), mode)
        if step is None:
            return None
        ids = list(step.presenters)
        if step.action == "close":
            return self._apply("scoring_close", {}, {"presenters": ids, "auto": True}, (ids, "closed"))
        if step.action == "warn":

            def warned() -> None:
                self.store.mark_close_warned(ids)
                self.store.update_session({})  # a new version: the phones' state carries the warning

            return self._apply("scoring_close_warning", {}, {"presenters": ids, "auto": True}, also=warned)
        return self._apply(
            "scoring_open",
            {"scene": "scoring"},
            {"presenters": ids, "auto": True},
            (ids, "open"),
            also=lambda: self.store.mark_scoring_opened(ids, _iso(self.clock())),
        )

    # -- the projector's scenes and the reveal ---------------------------------------

    def set_scene(self, scene: str) -> SessionState:
        if scene not in SCENES:
            raise ValueError(f"unknown scene {scene!r}")
        return self._apply("scene", {"scene": scene}, {"scene": scene})

    def reveal_next(self) -> SessionState:
        step = self.store.session_row()["reveal_step"] + 1
        return self._apply("reveal", {"scene": "results", "reveal_step": step}, {"step": step})

    def reveal_previous(self) -> SessionState:
        step = max(0, self.store.session_row()["reveal_step"] - 1)
        return self._apply("reveal", {"scene": "results", "reveal_step": step}, {"step": step})

    def set_explanation(self, visible: bool) -> SessionState:
        """Show or hide the explanation of the revealed score (group scores, dropped totals)."""
        return self._apply("explain", {"explain": int(visible)}, {"visible": visible})

    # -- 亮分: announcing one presenter's score right after their scoring closed -----------------

    def announce(self, presenter_id: int) -> SessionState:
        """Put one presenter's score in front of the room (the 亮分 scene), strike by strike.

        Refused (Refused.code) while the presenter's scoring is not closed ("announce_not_closed")
        or when nobody scored them ("announce_no_scores"). Announcing again replays the ritual.
        """
        state = self.state()
        if presenter_id not in state.queue:
            raise Refused(
                "announce_unknown", f"no presenter with id {presenter_id}", presenter_id=presenter_id
            )
        if state.scoring.get(presenter_id) != "closed" and state.phase != "closed":
            raise Refused(
                "announce_not_closed",
                "scoring for this presenter is not closed yet",
                presenter_id=presenter_id,
            )
        if not self.store.ballot_count(presenter_id):
            raise Refused("announce_no_scores", "nobody has scored this presenter", presenter_id=presenter_id)
        return self._apply(
            "announce",
            {
                "scene": "announce",
                "announce_presenter_id": presenter_id,
                "announce_started_at": _iso(self.clock()),
            },
            {"presenter_id": presenter_id},
            also=lambda: self.store.set_announced(presenter_id),
        )

    def finish_announcement(self) -> SessionState:
        """Skip the rest of the ritual: the announced presenter's final score shows at once."""
        row = self.store.session_row()
        if row["announce_presenter_id"] is None:
            return self.state()
        return self._apply("announce_finish", {"announce_started_at": _iso(self.clock() - 3600)}, {})
