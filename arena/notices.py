"""Warnings from the tally as data: a stable code and its parameters, with an English text for the CLI.

A Notice is a str (its English wording), so every place that shows or stores the
tally's warnings as text keeps working, and it also carries `code` and `params`,
which every other interface (the console's tr(), the projector, the PDF in
Chinese, the web screen) words in its own language. Nothing parses the text back.

Codes and parameters:
    below_quorum   group, n, eligible        fewer than half the group's eligible reviewers scored
    not_trimmed    group, n, minimum, unit   too few totals (unit "totals") or marks per criterion
                                             (unit "marks") to trim: all counted
    few_kept       group, n, kept, unit      trimmed down to fewer than 3 kept values
    no_scores      -                         nobody has scored the presenter yet
    leniency_on    -                         leniency correction is on
    leniency_totals -                        leniency works on totals, so criterion trimming is off
    leniency_flat  count                     reviewers with no spread count as the contest mean
    uncounted_marks count                    marks of incomplete or recused ballots
    objective_missing item                   no value of this objective item (实绩) for the presenter
    weights_total  groups, items, total      group and objective weights do not add up to 100 (an edit since)
"""

from __future__ import annotations

FEW_KEPT = 3  # below this many kept values a trimmed mean is close to a median: say so

_EN = {
    "below_quorum": "{group}: only {n} of {eligible} eligible reviewers scored (below quorum)",
    ("not_trimmed", "totals"): "{group}: {n} totals, fewer than {minimum}; not trimmed",
    ("not_trimmed", "marks"): "{group}: {n} marks per criterion, fewer than {minimum}; marks not trimmed",
    ("few_kept", "totals"): "{group}: {n} totals trimmed down to {kept} kept",
    ("few_kept", "marks"): "{group}: {n} marks per criterion trimmed down to {kept} kept",
    "no_scores": "no scores yet",
    "leniency_on": "leniency correction is ON: each reviewer's totals are standardised before aggregating",
    "leniency_totals": "leniency correction works on reviewer totals, so trimming is on totals, not criteria",
    "leniency_flat": "leniency: {count} reviewers scored one presenter or gave everyone the same total;"
    " their totals count as the contest mean",
    "uncounted_marks": "{count} marks belong to incomplete or recused ballots and are not counted",
    "objective_missing": "no value for the objective item {item}: it is not counted for this presenter",
    "weights_total": "the group weights ({groups}) and objective weights ({items}) add up to {total}, not 100",
}


class Notice(str):
    """A warning: its English text, plus `code` and `params` for the other interfaces."""

    code: str
    params: dict

    def __new__(cls, code: str, **params) -> Notice:
        template = _EN.get((code, params.get("unit"))) or _EN[code]
        notice = super().__new__(cls, template.format(**params))
        notice.code = code
        notice.params = params
        return notice

    def __reduce__(self):
        # Rebuilt from its code and parameters (the tally worker's process sends warnings back pickled).
        return _notice, (self.code, self.params)

    def as_json(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}


def _notice(code: str, params: dict) -> Notice:
    return Notice(code, **params)


def notice_json(warning: str) -> dict:
    """{"code", "params"} of a warning; a plain string (from an older tally) has the code "text"."""
    if isinstance(warning, Notice):
        return warning.as_json()
    return {"code": "text", "params": {"text": str(warning)}}
