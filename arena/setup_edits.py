"""Setup edits on an open contest file (the console's setup editor), mixed into Store.

Rows keep their ids, so reviewers keep their tokens and scores stay attached;
a change that would alter what a recorded score means is refused, and after the
contest is closed only its details can be corrected. Every edit is one logged
transaction.
"""

from __future__ import annotations

import json
from dataclasses import replace

from .model import Contest, Criterion, InputError, Problem, Reviewer, new_token
from .phases import phases_json
from .problems import CHANGE_KINDS, problem


def contest_row(contest: Contest) -> dict:
    """The contest table's columns for a setup (everything but the id and the two secrets)."""
    from .phases import timing_row
    from .review_options import review_options_row
    from .rounding import stages_json

    s = contest.scoring
    return {
        "title": contest.title,
        "date": contest.date,
        "venue": contest.venue,
        "organizer": contest.organizer,
        "presenter_noun": contest.presenter_noun,
        "method": s.method,
        "trim": s.trim,
        "trim_level": s.trim_level,
        "leniency": int(s.leniency),
        "tie_break": json.dumps(list(s.tie_break), ensure_ascii=False),
        "anonymous": int(s.anonymous),
        "ballot_mode": s.ballot_mode,
        "rounding": json.dumps(stages_json(s.rounding)),  # issue 15
        "trim_min": s.trim_min,
        "full_score": f"{s.full_score.normalize():f}",
        "reveal_mode": s.reveal_mode,
        "announce_totals": int(s.announce_totals),
        "announce_ranking": int(s.announce_ranking),
        **review_options_row(s.review),  # issue 17
        **timing_row(contest.timing),  # issue 17
    }


class SetupEdits:
    """Store methods for editing the setup; expects `conn`, `db`, `transaction`, `contest`, `log_action`."""

    def update_setup(self, contest: Contest) -> list[str]:
        """Bring the stored setup to `contest` in one logged transaction; returns what changed.

        Rows that carry an id keep it (and so their tokens and scores); rows without
        one are added; stored rows no longer listed are removed. A change that would
        alter what a recorded score means is refused with InputError. Once the contest
        is closed, anything but the contest details is refused.
        """
        old = self.contest()
        contest = _keep_audience(old, contest)
        changes = _setup_changes(old, contest)
        if self.session_row()["phase"] == "closed":
            return self._correct_details_after_close(old, contest, changes)
        from .draw import check_queue_kept  # issue 13: the drawn order stays until the draw is cancelled

        check_queue_kept(
            self.session_log(), [p.id for p in old.presenters], [p.id for p in contest.presenters]
        )
        scored = self.has_scores()
        if scored:
            problems = self._scored_conflicts(old, contest)
            if problems:
                raise InputError(problems)
        with self.transaction():
            self._sync_setup(contest)
            self.log_action("setup_changed", {"changes": changes, "had_scores": scored})
        return changes

    def _correct_details_after_close(self, old: Contest, new: Contest, changes: list[str]) -> list[str]:
        """After the close the results are final: only the contest details may still be corrected (logged)."""
        refused = _changed_kinds(old, new)
        if refused:
            raise InputError(problem("closed_details_only", refused=refused))
        if not changes:
            return changes
        fields = ("title", "date", "venue", "organizer", "presenter_noun")
        with self.transaction():
            self.db["contest"].update(1, {f: getattr(new, f) for f in fields})
            self.log_action(
                "details_corrected",
                {
                    "changes": changes,
                    "before": {f: getattr(old, f) for f in fields},
                    "after": {f: getattr(new, f) for f in fields},
                },
            )
        return changes

    def _scored_conflicts(self, old: Contest, new: Contest) -> list[Problem]:
        scored_criteria = {r[0] for r in self.conn.execute("SELECT DISTINCT criterion_id FROM scores")}
        pairs = set(self.conn.execute("SELECT DISTINCT reviewer_id, presenter_id FROM submissions"))
        kept = {c.id: c for c in new.criteria if c.id is not None}
        problems = []
        for c in old.criteria:
            if c.id in scored_criteria and c.id not in kept:
                problems.append(problem("scored_criterion_removed", name=c.name))
            elif c.id in scored_criteria and (kept[c.id].max, kept[c.id].step) != (c.max, c.step):
                problems.append(problem("scored_criterion_changed", name=c.name))
        for kind, items, position in (("reviewer", old.reviewers, 0), ("presenter", old.presenters, 1)):
            new_ids = {x.id for x in (new.reviewers if kind == "reviewer" else new.presenters)}
            for x in items:
                if x.id not in new_ids and any(pair[position] == x.id for pair in pairs):
                    problems.append(problem(f"scored_{kind}_removed", name=x.name))
        presenter_ids = {p.name: p.id for p in new.presenters}
        for r in new.reviewers:
            for name in r.recuse:
                if (r.id, presenter_ids.get(name)) in pairs:
                    problems.append(problem("scored_recusal", reviewer=r.name, presenter=name))
        return problems

    def _sync_setup(self, contest: Contest) -> None:
        self.db["contest"].update(1, contest_row(contest))
        lists = {
            "reviewers": contest.reviewers,
            "presenters": contest.presenters,
            "criteria": contest.criteria,
            "groups": contest.groups,
        }
        kept_presenters = [p.id for p in contest.presenters if p.id is not None]
        self.conn.execute(
            "UPDATE session_state SET current_presenter_id = NULL WHERE current_presenter_id NOT IN"
            f" ({','.join('?' * len(kept_presenters))})",
            kept_presenters,
        )
        for table, items in lists.items():  # reviewers first: they refer to groups
            kept = [x.id for x in items if x.id is not None]
            marks = ",".join("?" * len(kept))
            if table == "reviewers":  # the audience's joined phones are not part of the setup (issue 13)
                self.conn.execute(
                    f"DELETE FROM reviewers WHERE id NOT IN ({marks}) AND group_id NOT IN"
                    " (SELECT id FROM groups WHERE kind = 'audience')",
                    kept,
                )
            elif table != "groups":  # groups go last, once no reviewer refers to them
                self.conn.execute(f"DELETE FROM {table} WHERE id NOT IN ({marks})", kept)
            # Park the kept names so that swapping two names never trips the UNIQUE constraint.
            self.conn.execute(f"UPDATE {table} SET name = char(0) || id WHERE id IN ({marks})", kept)
        ids = {t: {} for t in lists}
        for i, g in enumerate(contest.groups):
            ids["groups"][g.name] = self._upsert(
                "groups", g.id, {"name": g.name, "weight": str(g.weight), "position": i, "kind": g.kind}
            )
        for i, c in enumerate(contest.criteria):
            self._upsert(
                "criteria",
                c.id,
                {
                    "name": c.name,
                    "max": str(c.max),
                    "step": str(c.step),
                    "weight": str(c.effective_weight),
                    "max_units": c.max_units,
                    "position": i,
                },
            )
        for i, p in enumerate(contest.presenters):
            ids["presenters"][p.name] = self._upsert(
                "presenters",
                p.id,
                {
                    "name": p.name,
                    "speaker": p.speaker,
                    "unit": p.unit,
                    "time_limit_s": p.time_limit_seconds,
                    "phases": phases_json(p.phases),
                    "position": i,
                },
            )
        self.conn.execute("DELETE FROM recusals")
        for i, r in enumerate(contest.reviewers):
            row = {"name": r.name, "group_id": ids["groups"][r.group], "title": r.title, "position": i}
            if r.id is None:
                row["token"] = r.token or new_token()
            rid = self._upsert("reviewers", r.id, row)
            self.db["recusals"].insert_all(
                {"reviewer_id": rid, "presenter_id": ids["presenters"][p]} for p in r.recuse
            )
        self._write_audience(contest)  # issue 13
        kept_groups = list(ids["groups"].values())
        self.conn.execute(
            f"DELETE FROM groups WHERE id NOT IN ({','.join('?' * len(kept_groups))})", kept_groups
        )

    def _upsert(self, table: str, row_id: int | None, values: dict) -> int:
        if row_id is None:
            return self.db[table].insert(values).last_pk
        self.db[table].update(row_id, values)
        return row_id


def _keep_audience(old: Contest, new: Contest) -> Contest:
    """The console's setup editor does not edit the audience group (issue 13): an edit keeps it as stored."""
    if new.audience is not None or old.audience is None:
        return new
    name = old.audience.name
    groups = tuple(replace(g, kind="audience") if g.name == name else g for g in new.groups)
    if not any(g.name == name for g in groups):
        groups += tuple(g for g in old.groups if g.name == name)
    return replace(new, audience=old.audience, groups=groups)


def _setup_changes(old: Contest, new: Contest) -> list[str]:
    """Plain lines naming what a setup edit changes, for the session log and the host's confirmation."""
    lines = []
    details = ("title", "date", "venue", "organizer", "presenter_noun")
    if any(getattr(old, f) != getattr(new, f) for f in details):
        lines.append("contest details")
    if old.scoring != new.scoring or old.timing != new.timing:
        lines.append("scoring rules")
    for kind in ("criteria", "groups", "reviewers", "presenters"):
        before = {x.id: x for x in getattr(old, kind)}
        after = [x for x in getattr(new, kind)]
        for x in after:
            if x.id is None:
                lines.append(f"{kind}: added {x.name}")
            elif x.id in before and _without_token(before[x.id]) != _without_token(x):
                lines.append(f"{kind}: changed {x.name}")
        kept = {x.id for x in after}
        lines += [f"{kind}: removed {x.name}" for x in before.values() if x.id not in kept]
        if [x.id for x in after if x.id in before] != [x.id for x in before.values() if x.id in kept]:
            lines.append(f"{kind}: new order")
    return lines


def _changed_kinds(old: Contest, new: Contest) -> list[str]:
    """Which of CHANGE_KINDS (everything but the contest details) an edit changes."""
    kinds = ["scoring"] if old.scoring != new.scoring else []
    for kind in CHANGE_KINDS[1:]:
        before = [_without_token(x) for x in getattr(old, kind)]
        if before != [_without_token(x) for x in getattr(new, kind)]:
            kinds.append(kind)
    return kinds


def _without_token(item):
    # The editor never shows tokens, so a reviewer it hands back may carry none;
    # a weight left blank means "same as the max", as stored.
    if isinstance(item, Criterion):
        return replace(item, weight=item.effective_weight)
    return replace(item, token="") if isinstance(item, Reviewer) else item
