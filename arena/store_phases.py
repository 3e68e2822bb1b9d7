"""The phase timer's side of the contest file (issue 17): the phases that time a presenter, the
automatic windows' options, and when each scoring window opened. Mixed into arena.store.Store.
"""

from __future__ import annotations

from .model import Phase
from .phases import effective_phases, read_phases


class PhaseRecords:
    def phase_plan(self, presenter_id: int | None) -> tuple[Phase, ...]:
        """The phases that time this presenter (their own, the contest's, or their one time limit)."""
        if presenter_id is None:
            return ()
        row = self.conn.execute(
            "SELECT p.phases, c.phases, p.time_limit_s FROM presenters p, contest c"
            " WHERE p.id = ? AND c.id = 1",
            (presenter_id,),
        ).fetchone()
        if row is None:
            return ()
        return effective_phases(read_phases(row[0]), read_phases(row[1]), row[2])

    def timing_options(self) -> tuple[bool, int, str]:
        """(scoring opens when the last phase ends, seconds after opening that scoring closes or 0,
        the ballot mode)."""
        auto_open, auto_close_s, mode = self.conn.execute(
            "SELECT auto_open, auto_close_s, ballot_mode FROM contest WHERE id = 1"
        ).fetchone()
        return bool(auto_open), auto_close_s, mode

    def open_windows(self) -> list[tuple[int, str | None, bool]]:
        """(presenter id, when its window opened, whether the closing warning was given) of open windows."""
        return [
            (pid, opened_at, bool(warned))
            for pid, opened_at, warned in self.conn.execute(
                "SELECT id, scoring_opened_at, close_warned FROM presenters WHERE scoring = 'open'"
                " ORDER BY position"
            )
        ]

    def mark_scoring_opened(self, presenter_ids: list[int], at: str) -> None:
        """Windows about to open start their time now (an open one keeps its start); call in a transaction."""
        self.conn.executemany(
            "UPDATE presenters SET scoring_opened_at = ?, close_warned = 0 WHERE id = ? AND scoring != 'open'",
            [(at, pid) for pid in presenter_ids],
        )

    def mark_close_warned(self, presenter_ids: list[int]) -> None:
        self.conn.executemany(
            "UPDATE presenters SET close_warned = 1 WHERE id = ?", [(pid,) for pid in presenter_ids]
        )
