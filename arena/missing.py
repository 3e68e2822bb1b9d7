"""Missing ballots, as data: who has not scored whom, by group, and what that does to the result.

Closing a presenter's scoring, closing every window and closing the contest all
show this before they happen, and the console's next-step line counts it, so a
group weighted at 20 % never rests silently on 3 of its 10 reviewers. The
effects are codes with parameters; each interface words them:

- "under_half": fewer than half of the group's eligible reviewers scored (params: group, done, eligible).
- "too_small_to_trim": the contest trims k highest and lowest but the group has fewer than 2k+1
  ballots, so nothing is dropped for it (params: group, done, needed).
- "no_ballot": the group has no ballot at all for this presenter, so its weight is left out (params: group).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Contest


@dataclass(frozen=True)
class GroupGap:
    group: str
    eligible: int
    done: int
    missing: tuple[str, ...]  # reviewer names, in the setup's order
    effects: tuple[tuple[str, dict], ...]  # (code, params)


@dataclass(frozen=True)
class PresenterGap:
    presenter_id: int
    presenter: str
    groups: tuple[GroupGap, ...]  # only groups with someone missing

    @property
    def missing_count(self) -> int:
        return sum(len(g.missing) for g in self.groups)


def _effects(contest: Contest, group: str, done: int, eligible: int) -> tuple[tuple[str, dict], ...]:
    effects = []
    if done == 0:
        return (("no_ballot", {"group": group}),)
    if done * 2 < eligible:
        effects.append(("under_half", {"group": group, "done": done, "eligible": eligible}))
    rules = contest.scoring
    needed = 2 * rules.trim + 1
    if rules.method == "trimmed" and rules.trim > 0 and done < needed:
        effects.append(("too_small_to_trim", {"group": group, "done": done, "needed": needed}))
    return tuple(effects)


def missing_ballots(
    contest: Contest, submitted: set[tuple[int, int]], presenter_ids: Iterable[int]
) -> list[PresenterGap]:
    """For each presenter listed (in queue order) with a ballot missing: who is missing, by group."""
    wanted = set(presenter_ids)
    gaps = []
    for presenter in contest.presenters:
        if presenter.id not in wanted:
            continue
        groups = []
        for group in contest.groups:
            eligible = [
                r for r in contest.reviewers if r.group == group.name and presenter.name not in r.recuse
            ]
            missing = tuple(r.name for r in eligible if (r.id, presenter.id) not in submitted)
            if missing:
                done = len(eligible) - len(missing)
                effects = _effects(contest, group.name, done, len(eligible))
                groups.append(GroupGap(group.name, len(eligible), done, missing, effects))
        if groups:
            gaps.append(PresenterGap(presenter.id, presenter.name, tuple(groups)))
    return gaps
