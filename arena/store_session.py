"""The live session's side of the contest file: its persisted state and the log of host actions.

`SessionRecords` is mixed into arena.store.Store. `host_marker` moves with every setup change and
every host action (both append to the session log), never with a phone's ballot.
"""

from __future__ import annotations

import json

# Host actions that change what the room sees and never a result: the tally of the file before and
# after one of them is the same (it reads ballots, the setup, 实绩 values and whether the contest is
# closed). Any other logged action, and every ballot, is a new state for the tally.
PRESENTATION_ACTIONS = (
    "goto",
    "timer_start",
    "timer_pause",
    "timer_reset",
    "timer_extend",
    "scene",
    "reveal",
    "explain",
    "announce",
    "announce_finish",
    "scoring_close_warning",
    "cards_printed",
    "presence_options",
    "audience_joining",
    "audience_seats_issued",
)


class SessionRecords:
    def data_version(self) -> int:
        """Moves whenever another connection commits (a cheap "did anything change?")."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def host_marker(self) -> tuple:
        """Moves with every setup change and every host action, never with a ballot from a phone."""
        return self.conn.execute(
            "SELECT (SELECT max(id) FROM session_log), (SELECT version FROM session_state WHERE id = 1)"
        ).fetchone()

    def tally_marker(self) -> tuple:
        """Moves with every change a result depends on: the setup, a host action other than the
        presentation's own (PRESENTATION_ACTIONS), closing the contest. A reveal step does not."""
        marks = ", ".join("?" for _ in PRESENTATION_ACTIONS)
        return self.conn.execute(
            f"SELECT (SELECT max(id) FROM session_log WHERE action NOT IN ({marks})),"
            " (SELECT phase FROM session_state WHERE id = 1)",
            PRESENTATION_ACTIONS,
        ).fetchone()

    # -- the live session ------------------------------------------------------

    def session_row(self) -> dict:
        return dict(self.db["session_state"].get(1))

    def update_session(self, changes: dict) -> None:
        """Change the persisted session (bumping its version); call inside a transaction."""
        self.db["session_state"].update(1, changes)
        self.conn.execute("UPDATE session_state SET version = version + 1 WHERE id = 1")

    def set_scoring(self, presenter_ids: list[int], state: str) -> None:
        self.conn.executemany(
            "UPDATE presenters SET scoring = ? WHERE id = ?", [(state, i) for i in presenter_ids]
        )

    def set_queue(self, presenter_ids: list[int]) -> None:
        """Put the presenters in this order (the draw, issue 13); call inside a transaction."""
        self.conn.executemany(
            "UPDATE presenters SET position = ? WHERE id = ?", list(enumerate(presenter_ids))
        )

    def session_log(self) -> list[dict]:
        return [
            {**row, "detail": json.loads(row["detail"])}
            for row in self.db.query("SELECT id, at, action, detail FROM session_log ORDER BY id")
        ]

    # -- the session log -------------------------------------------------------

    def log_action(self, action: str, detail: dict | None = None) -> None:
        """Append one host action to the session log (inside the caller's transaction, if any)."""
        self.db["session_log"].insert(
            {"at": self.clock(), "action": action, "detail": json.dumps(detail or {}, ensure_ascii=False)}
        )
