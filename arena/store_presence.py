"""The reviewers' presence in the contest file: check-ins (签到) and signatures (签字确认).

`PresenceRecords` is mixed into arena.store.Store so that the SQL stays in the store. Both tables are
append-only (the database refuses to change or delete a row): a reviewer checks in once and signs
each scope once. The rules (what a summary holds, how a signature is sealed) live in arena.presence.
"""

from __future__ import annotations

SIGN_MODES = ("off", "at_end", "after_each")
SIGNATURE_COLUMNS = "id, reviewer_id, scope, at, summary, summary_sha256, strokes, seal"


class PresenceRecords:
    # -- the two setup options ------------------------------------------------------

    def presence_options(self) -> tuple[str, bool]:
        """(sign mode: off | at_end | after_each, whether the projector's welcome lists the names)."""
        row = self.conn.execute("SELECT sign_mode, welcome_names FROM contest WHERE id = 1").fetchone()
        return (row[0], bool(row[1])) if row else ("off", False)

    def set_presence_options(self, sign_mode: str, welcome_names: bool) -> None:
        """Change the options; logged, so every screen re-reads the setup."""
        if sign_mode not in SIGN_MODES:
            raise ValueError(f"sign mode {sign_mode!r} is not one of {SIGN_MODES}")
        with self.transaction():
            self.conn.execute(
                "UPDATE contest SET sign_mode = ?, welcome_names = ? WHERE id = 1",
                (sign_mode, int(bool(welcome_names))),
            )
            self.log_action(
                "presence_options", {"sign_mode": sign_mode, "welcome_names": bool(welcome_names)}
            )

    # -- check-in --------------------------------------------------------------------

    def record_checkin(self, reviewer_id: int, source: str = "phone") -> tuple[str, bool]:
        """Check a reviewer in (once); returns (when they checked in, whether they already had)."""
        with self.transaction():
            row = self.conn.execute(
                "SELECT at FROM checkins WHERE reviewer_id = ?", (reviewer_id,)
            ).fetchone()
            if row:
                return row[0], True
            at = self.clock()
            self.conn.execute(
                "INSERT INTO checkins (reviewer_id, at, source) VALUES (?, ?, ?)", (reviewer_id, at, source)
            )
            return at, False

    def checkins(self) -> dict[int, str]:
        """Reviewer id -> when they checked in."""
        return dict(self.conn.execute("SELECT reviewer_id, at FROM checkins ORDER BY id"))

    def checkin_of(self, reviewer_id: int) -> str | None:
        row = self.conn.execute("SELECT at FROM checkins WHERE reviewer_id = ?", (reviewer_id,)).fetchone()
        return row[0] if row else None

    # -- signatures -------------------------------------------------------------------

    def ballots_for_summary(self, reviewer_id: int, through: int) -> list[tuple]:
        """(submission id, presenter id, client id, units JSON) of the reviewer's logged ballots up to and
        including submission `through`, in order (the latest per presenter is the one in force)."""
        return self.conn.execute(
            "SELECT id, presenter_id, client_id, ballot FROM submissions"
            " WHERE reviewer_id = ? AND id <= ? ORDER BY id",
            (reviewer_id, through),
        ).fetchall()

    def reviewer_submissions_after(self, reviewer_id: int, after: int) -> list[tuple[int, int, str]]:
        """(submission id, presenter id, source) of the reviewer's ballots logged after submission `after`."""
        return self.conn.execute(
            "SELECT id, presenter_id, source FROM submissions WHERE reviewer_id = ? AND id > ? ORDER BY id",
            (reviewer_id, after),
        ).fetchall()

    def insert_signature(self, row: dict) -> int:
        """Append one signature (inside the caller's transaction); sqlite3.IntegrityError when signed."""
        cursor = self.conn.execute(
            "INSERT INTO signatures (reviewer_id, scope, at, summary, summary_sha256, strokes, seal)"
            " VALUES (:reviewer_id, :scope, :at, :summary, :summary_sha256, :strokes, :seal)",
            row,
        )
        return cursor.lastrowid

    def has_signed(self, reviewer_id: int, scope: int) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM signatures WHERE reviewer_id = ? AND scope = ?", (reviewer_id, scope)
            ).fetchone()
            is not None
        )

    def signature_rows(self, reviewer_id: int | None = None) -> list[dict]:
        """Every signature (or one reviewer's), in the order they were given."""
        where, params = ("WHERE reviewer_id = ?", (reviewer_id,)) if reviewer_id is not None else ("", ())
        cursor = self.conn.execute(f"SELECT {SIGNATURE_COLUMNS} FROM signatures {where} ORDER BY id", params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]
