"""What the projector's scenes read from the contest file, cached between session changes.

The setup is read once and again only when the host saves an edit
(`reload_setup`, on the bridge's `setup_changed`); the scoring progress is one
indexed COUNT per ballot; the tally is recomputed only when a ballot arrives or
the session moves on. The rules shared with the web view live in arena/scenes.py.
"""

from __future__ import annotations

from arena import scenes
from arena.tally.shared import shared_tally
from arena.model import Contest, Presenter
from arena.tally import PresenterResult, Tally
from arena.store import Store


class ProjectorData:
    def __init__(self, store: Store):
        self.store = store
        self._tally: Tally | None = None
        self.reload_setup()

    def reload_setup(self) -> None:
        self.contest: Contest = self.store.contest()
        self.presenters: dict[int, Presenter] = {p.id: p for p in self.contest.presenters}
        self.queue: list[int] = [p.id for p in self.contest.presenters]
        self.eligible: dict[int, int] = scenes.eligible_counts(self.contest, self.store.recusals())
        self._tally = None

    def presenter(self, presenter_id: int | None) -> Presenter | None:
        return self.presenters.get(presenter_id) if presenter_id is not None else None

    def position(self, presenter_id: int) -> tuple[int, int]:
        """(1-based place in the queue, queue length)."""
        return self.queue.index(presenter_id) + 1, len(self.queue)

    def submitted(self, presenter_id: int) -> int:
        return self.store.ballot_count(presenter_id)

    # -- results --------------------------------------------------------------------

    def tally(self) -> Tally:
        if self._tally is None:
            self._tally = shared_tally(self.store)  # the same tally the console and web screen use
        return self._tally

    def invalidate_results(self) -> None:
        self._tally = None

    def scene_source(self) -> scenes.SceneSource:
        """The shared scene rules' view of this file (the 亮分 scene reads it, as the web screen does)."""
        return scenes.SceneSource(
            self.contest,
            self.eligible,
            self.store.ballot_count,
            self.tally,
            secret=self.store.anonymity_secret(),
            announced=self.store.announced_ids,
            marks=self.store.marks_of,
        )

    def ranked(self) -> list[PresenterResult]:
        """Presenters with a result, best first."""
        return scenes.ranked(self.tally())


reveal_order = scenes.reveal_order
revealed = scenes.revealed
