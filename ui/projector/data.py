"""What the projector's scenes read from the contest file, cached between session changes.

The setup is read once and again only when the host saves an edit
(`reload_setup`, on the bridge's `setup_changed`); the scoring progress is read
once per presenter (one indexed query) and then kept from the ballot events
(`ballot_arrived`), not queried per ballot (issue 16); the tally is recomputed
only when a ballot arrives or the session moves on. The rules shared with the web view live in arena/scenes.py.
"""

from __future__ import annotations

from arena import scenes
from arena.model import Contest, Presenter
from arena.store import Store
from arena.tally import PresenterResult, Tally
from arena.tally.shared import shared_tally


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
        self._ballots: dict[int, set[int]] = {}  # presenter id -> reviewers with a ballot

    def presenter(self, presenter_id: int | None) -> Presenter | None:
        return self.presenters.get(presenter_id) if presenter_id is not None else None

    def position(self, presenter_id: int) -> tuple[int, int]:
        """(1-based place in the queue, queue length)."""
        return self.queue.index(presenter_id) + 1, len(self.queue)

    def submitted(self, presenter_id: int) -> int:
        if presenter_id not in self._ballots:
            self._ballots[presenter_id] = self.store.submitted_for(presenter_id)
        return len(self._ballots[presenter_id])

    def ballot_arrived(self, event: dict) -> None:
        """A committed ballot: counted from the event (a resubmission counts once); an event that does
        not name its reviewer and presenter makes the counts read again."""
        if "reviewer_id" not in event or "presenter_id" not in event:
            self._ballots.clear()
            return
        if event.get("audience"):  # an audience phone's ballot (issue 13): not one of the panel's
            return
        reviewers = self._ballots.get(event["presenter_id"])
        if reviewers is not None:  # else not read yet: read when first shown
            reviewers.add(event["reviewer_id"])

    def reread_counts(self) -> None:
        """Forget the kept counts (the session moved: read again once, which also catches another
        process's ballots)."""
        self._ballots.clear()

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
