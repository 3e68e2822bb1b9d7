"""What the archive reads from the contest file (verify, the report): the log, the guards, the closing.

`ArchiveReads` is mixed into arena.store.Store, so that the SQL stays in the store.
"""

from __future__ import annotations

import sqlite3

LOG_COLUMNS = "id, client_id, reviewer_id, presenter_id, received_at, source, ballot, raw, note"


class ArchiveReads:
    def log_rows(self) -> list[tuple]:
        """Every submission as logged, in order (LOG_COLUMNS)."""
        return self.conn.execute(f"SELECT {LOG_COLUMNS} FROM submissions ORDER BY id").fetchall()

    def logged_ballots(self) -> list[tuple[int, int, int, str, str, str]]:
        """(id, reviewer id, presenter id, units JSON, source, raw body) of every submission, in order."""
        return self.conn.execute(
            "SELECT id, reviewer_id, presenter_id, ballot, source, raw FROM submissions ORDER BY id"
        ).fetchall()

    def trigger_names(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}

    def closed_at(self) -> tuple[str, str | None]:
        """(the session's phase, when the contest was closed according to its log, or None)."""
        phase = self.conn.execute("SELECT phase FROM session_state WHERE id = 1").fetchone()[0]
        closing = self.conn.execute(
            "SELECT MAX(at) FROM session_log WHERE action = 'contest_close'"
        ).fetchone()
        return phase, closing[0]

    def phone_ballots_after(self, at: str) -> list[tuple[int, str]]:
        """(id, received at) of the phones' ballots received after `at`."""
        return self.conn.execute(
            "SELECT id, received_at FROM submissions WHERE source = 'phone' AND received_at > ? ORDER BY id",
            (at,),
        ).fetchall()

    def score_rows(self) -> list[tuple[int, int, int, int, int]]:
        """(reviewer, presenter, criterion, units, submission id) of every current score."""
        return self.conn.execute(
            "SELECT reviewer_id, presenter_id, criterion_id, value, submission_id FROM scores"
        ).fetchall()

    def submission_totals(self) -> tuple[int, str | None, str | None, int]:
        """(submissions, first received, last received, reviewers who sent any)."""
        return self.conn.execute(
            "SELECT COUNT(*), MIN(received_at), MAX(received_at), COUNT(DISTINCT reviewer_id) FROM submissions"
        ).fetchone()

    def submissions_by_source(self) -> dict[str, int]:
        return dict(
            self.conn.execute("SELECT source, COUNT(*) FROM submissions GROUP BY source ORDER BY source")
        )

    def submissions_by_presenter(self) -> list[tuple[int, int, int, str, str]]:
        """(presenter id, submissions, distinct reviewers, first received, last received) per presenter."""
        return self.conn.execute(
            "SELECT presenter_id, COUNT(*), COUNT(DISTINCT reviewer_id), MIN(received_at), MAX(received_at)"
            " FROM submissions GROUP BY presenter_id"
        ).fetchall()

    def submission_times(self) -> list[tuple[int, str, str]]:
        """(id, received at, source) of every submission."""
        return self.conn.execute("SELECT id, received_at, source FROM submissions").fetchall()

    def submission_log_rows(self) -> list[tuple[int, str, int, int, str, str, str]]:
        """(id, received at, reviewer, presenter, source, units JSON, note) of every submission, in order."""
        return self.conn.execute(
            "SELECT id, received_at, reviewer_id, presenter_id, source, ballot, note FROM submissions ORDER BY id"
        ).fetchall()

    def in_memory_copy(self):
        """A Store over an in-memory copy of this file (close it with .close())."""
        memory = sqlite3.connect(":memory:", isolation_level=None)
        self.conn.backup(memory)
        return type(self)(memory, self.path)

    # -- comments and outlier flags (issue 17) ----------------------------------------------

    def counted_notes(self) -> list[tuple[int, int, str, str]]:
        """(reviewer, presenter, comment, outlier JSON) of each counted ballot that has either."""
        return self.conn.execute(
            "SELECT reviewer_id, presenter_id, comment, outlier FROM submissions"
            " WHERE id IN (SELECT DISTINCT submission_id FROM scores) AND (comment != '' OR outlier != '')"
            " ORDER BY presenter_id, reviewer_id"
        ).fetchall()

    def own_comments(self, reviewer_id: int) -> dict[int, str]:
        """Presenter id -> the comment of the reviewer's counted ballot (for their own phone only)."""
        return dict(
            self.conn.execute(
                "SELECT presenter_id, comment FROM submissions WHERE comment != '' AND id IN"
                " (SELECT DISTINCT submission_id FROM scores WHERE reviewer_id = ?)",
                (reviewer_id,),
            )
        )

    def notes_log_rows(self) -> list[tuple[int, str, str]]:
        """(submission id, comment, outlier JSON) of every logged ballot that has either, in order."""
        return self.conn.execute(
            "SELECT id, comment, outlier FROM submissions WHERE comment != '' OR outlier != '' ORDER BY id"
        ).fetchall()

    def raw_totals(self, presenter_id: int, coefficients_sql: str, criteria: int) -> dict[int, int]:
        """Reviewer id -> Σ coefficient × units of each complete ballot for one presenter (the outlier
        check's totals, one index range). `coefficients_sql` is arena.tally.sql.Scale.case_sql()'s
        expression over `s.criterion_id`: our own integers, never user text."""
        rows = self.conn.execute(
            f"SELECT s.reviewer_id, SUM(s.value * {coefficients_sql}), COUNT(*) FROM scores s"
            " WHERE s.presenter_id = ? GROUP BY s.reviewer_id",
            (presenter_id,),
        )
        return {rid: total for rid, total, n in rows if n == criteria}
