"""What the projector's scenes read from the contest file, cached between session changes.

The setup does not change during a live session, so it is read once; the
scoring progress is one indexed COUNT per ballot; the tally is recomputed only
when a ballot arrives or the session moves on.
"""

from __future__ import annotations

from collections import Counter

from arena import scoring
from arena.model import Contest, Presenter
from arena.scoring import PresenterResult, Tally
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
        recused = Counter(presenter_id for _, presenter_id in self.store.recusals())
        reviewers = len(self.contest.reviewers)
        self.eligible: dict[int, int] = {pid: reviewers - recused[pid] for pid in self.queue}
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
            self._tally = scoring.tally(self.store)
        return self._tally

    def invalidate_results(self) -> None:
        self._tally = None

    def ranked(self) -> list[PresenterResult]:
        """Presenters with a result, best first."""
        return [r for r in self.tally().presenters if r.rank is not None]


def reveal_order(ranked: list[PresenterResult]) -> list[PresenterResult]:
    """The order of the reveal: last place first, first place last."""
    return list(reversed(ranked))


def revealed(ranked: list[PresenterResult], step: int) -> list[PresenterResult]:
    """The presenters shown after `step` reveals, in the order they were revealed."""
    return reveal_order(ranked)[: max(0, min(step, len(ranked)))]
