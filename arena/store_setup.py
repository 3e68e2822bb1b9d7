"""The setup's side of the contest file: writing a new setup and reading it back in display order.

`SetupReads` is mixed into arena.store.Store (edits of a saved setup: arena.setup_edits).
"""

from __future__ import annotations

import json
from decimal import Decimal

from .anonymity import new_secret
from .model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules, Timing, new_token
from .phases import phases_json, read_phases
from .presence_options import PresenceOptions
from .setup_edits import contest_row


class SetupReads:
    # -- setup ---------------------------------------------------------------

    def _write_setup(self, contest: Contest) -> None:
        from .presence_options import presence_row  # issue 17: only a new file takes them from its setup

        row = {"id": 1, **contest_row(contest), **presence_row(contest.presence)}
        self.db["contest"].insert({**row, "anonymity_secret": new_secret()})
        self.db["criteria"].insert_all(
            {
                "name": c.name,
                "max": str(c.max),
                "step": str(c.step),
                "weight": str(c.effective_weight),
                "max_units": c.max_units,
                "position": i,
            }
            for i, c in enumerate(contest.criteria)
        )
        self.db["groups"].insert_all(
            {"name": g.name, "weight": str(g.weight), "position": i} for i, g in enumerate(contest.groups)
        )
        self._write_audience(contest)  # issue 13: marks its group as the audience's
        group_ids = {r["name"]: r["id"] for r in self.db["groups"].rows}
        self.db["presenters"].insert_all(
            {
                "name": p.name,
                "speaker": p.speaker,
                "unit": p.unit,
                "time_limit_s": p.time_limit_seconds,
                "phases": phases_json(p.phases),
                "position": i,
            }
            for i, p in enumerate(contest.presenters)
        )
        presenter_ids = {r["name"]: r["id"] for r in self.db["presenters"].rows}
        for i, r in enumerate(contest.reviewers):
            rid = (
                self.db["reviewers"]
                .insert(
                    {
                        "name": r.name,
                        "group_id": group_ids[r.group],
                        "title": r.title,
                        "token": r.token or new_token(),
                        "position": i,
                    }
                )
                .last_pk
            )
            self.db["recusals"].insert_all(
                {"reviewer_id": rid, "presenter_id": presenter_ids[p]} for p in r.recuse
            )
        self._write_objective(contest.objective)  # issue 13

    def contest(self) -> Contest:
        """The whole setup, with database ids and tokens, in display order."""
        row = self.conn.execute(
            "SELECT title, date, venue, organizer, method, trim, trim_level, leniency, tie_break,"
            " anonymous, ballot_mode, rounding, trim_min, full_score, reveal_mode, announce_totals,"
            " announce_ranking, presenter_noun, comments, outlier_points, outlier_show_median,"
            " phases, auto_open, auto_close_s FROM contest WHERE id = 1"
        ).fetchone()
        from .review_options import review_options_from_row
        from .rounding import parse_stages

        stages, _ = parse_stages(json.loads(row[11]))  # written by us, checked when it was set up
        rules = ScoringRules(
            method=row[4],
            trim=row[5],
            trim_level=row[6],
            leniency=bool(row[7]),
            tie_break=tuple(json.loads(row[8])),
            anonymous=bool(row[9]),
            ballot_mode=row[10],
            rounding=stages,
            trim_min=row[12],
            full_score=Decimal(row[13]),
            reveal_mode=row[14],
            announce_totals=bool(row[15]),
            announce_ranking=bool(row[16]),
            review=review_options_from_row(row[18], row[19], row[20]),
        )
        return Contest(
            title=row[0],
            date=row[1],
            venue=row[2],
            organizer=row[3],
            presenter_noun=row[17],
            scoring=rules,
            criteria=self.criteria(),
            groups=self.groups(),
            reviewers=self.reviewers(),
            presenters=self.presenters(),
            timing=Timing(read_phases(row[21]), bool(row[22]), row[23]),
            objective=self.objective_items(),
            audience=self.audience_setup(),
            presence=PresenceOptions(*self.presence_options()),
        )

    def criteria(self) -> tuple[Criterion, ...]:
        rows = self.conn.execute("SELECT id, name, max, step, weight FROM criteria ORDER BY position")
        return tuple(
            Criterion(name, Decimal(mx), Decimal(step), Decimal(w), id=i) for i, name, mx, step, w in rows
        )

    def groups(self) -> tuple[Group, ...]:
        rows = self.conn.execute("SELECT id, name, weight, kind FROM groups ORDER BY position")
        return tuple(Group(name, Decimal(w), id=i, kind=kind) for i, name, w, kind in rows)

    def presenters(self) -> tuple[Presenter, ...]:
        rows = self.conn.execute(
            "SELECT id, name, speaker, unit, time_limit_s, phases FROM presenters ORDER BY position"
        )
        return tuple(
            Presenter(name, speaker, unit, Decimal(secs) / 60, id=i, phases=read_phases(phases))
            for i, name, speaker, unit, secs, phases in rows
        )

    def reviewers(self) -> tuple[Reviewer, ...]:
        recused: dict[int, list[str]] = {}
        for rid, pname in self.conn.execute(
            "SELECT r.reviewer_id, p.name FROM recusals r JOIN presenters p ON p.id = r.presenter_id"
            " ORDER BY p.position"
        ):
            recused.setdefault(rid, []).append(pname)
        rows = self.conn.execute(
            "SELECT r.id, r.name, g.name, r.title, r.token FROM reviewers r"
            " JOIN groups g ON g.id = r.group_id WHERE g.kind = 'panel' ORDER BY r.position"
        )
        return tuple(
            Reviewer(name, group, title, tuple(recused.get(i, ())), token, id=i)
            for i, name, group, title, token in rows
        )

    def screen_token(self) -> str:
        """The secret of the read-only projector view served on the room's network."""
        return self.conn.execute("SELECT screen_token FROM contest WHERE id = 1").fetchone()[0]

    def anonymity_secret(self) -> str:
        """The secret anonymous labels and slots are drawn from (arena/anonymity.py); never shown."""
        return self.conn.execute("SELECT anonymity_secret FROM contest WHERE id = 1").fetchone()[0]

    def announced_ids(self) -> set[int]:
        """Presenters whose score the host has announced (亮分) to the room."""
        return {r[0] for r in self.conn.execute("SELECT id FROM presenters WHERE announced")}

    def set_announced(self, presenter_id: int) -> None:
        self.conn.execute("UPDATE presenters SET announced = 1 WHERE id = ?", (presenter_id,))

    def recusals(self) -> set[tuple[int, int]]:
        return set(self.conn.execute("SELECT reviewer_id, presenter_id FROM recusals"))

    def scoring_states(self) -> dict[int, str]:
        """Presenter id -> 'pending' | 'open' | 'closed' (is the scoring window open?)."""
        return dict(self.conn.execute("SELECT id, scoring FROM presenters"))

    def has_scores(self) -> bool:
        return self.conn.execute("SELECT 1 FROM submissions LIMIT 1").fetchone() is not None
