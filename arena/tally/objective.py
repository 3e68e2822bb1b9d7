"""The objective items (实绩) in the tally: each presenter's converted scores, weighted in (issue 13).

    F(p) = (Σ_g W_g × A_g(p) + Σ_o W_o × O_o(p)) / (Σ_g W_g + Σ_o W_o)

over the groups that scored p and the items that give p a value; the weights are percents.
"""

from __future__ import annotations

from fractions import Fraction

from ..model import Contest
from ..notices import Notice
from ..objective import convert, plain
from .results import ObjectiveResult


def converted(contest: Contest) -> tuple:
    """(item, {presenter name: score}) for every objective item, on the contest's scale."""
    full = Fraction(contest.scoring.full_score)
    return tuple((item, convert(item, full)) for item in contest.objective)


def objective_results(items: tuple, presenter: str) -> tuple[ObjectiveResult, ...]:
    return tuple(
        ObjectiveResult(
            item.name, item.weight, item.source, item.rule, item.value_of(presenter), scores.get(presenter)
        )
        for item, scores in items
    )


def weight_with_objective(weight: Fraction, points: Fraction, objective) -> tuple[Fraction, Fraction]:
    """The groups' weight and weighted points, with the items that give this presenter a score."""
    for o in objective:
        if o.score is not None:
            weight += Fraction(o.weight)
            points += Fraction(o.weight) * o.score
    return weight, points


def weight_notes(contest: Contest) -> list[Notice]:
    """The weights stop adding up to 100 when a group's weight is edited after the items were set."""
    if not contest.objective:
        return []
    groups = sum((g.weight for g in contest.groups), 0)
    items = sum((x.weight for x in contest.objective), 0)
    if groups + items == 100:
        return []
    return [Notice("weights_total", groups=plain(groups), items=plain(items), total=plain(groups + items))]
