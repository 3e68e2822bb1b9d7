"""The tally's warnings in the host's language, from their codes and parameters (arena.notices).

Each warning is a Notice: a code, its parameters and an English text. The console
words the code through tr(); a warning it does not know keeps the core's English.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class NoticeText(QObject):
    def templates(self) -> dict:
        return {
            "below_quorum": self.tr(
                "{group}: only {n} of {eligible} eligible reviewers scored (below quorum)"
            ),
            ("not_trimmed", "totals"): self.tr(
                "{group}: only {n} totals, fewer than {minimum}; not trimmed, all counted"
            ),
            ("not_trimmed", "marks"): self.tr(
                "{group}: only {n} marks per criterion, fewer than {minimum}; marks not trimmed, all counted"
            ),
            ("few_kept", "totals"): self.tr("{group}: {n} totals, only {kept} kept after trimming"),
            ("few_kept", "marks"): self.tr(
                "{group}: {n} marks per criterion, only {kept} kept after trimming"
            ),
            "no_scores": self.tr("no scores yet"),
            "leniency_on": self.tr(
                "leniency correction is on: each reviewer's totals are standardised first"
            ),
            "leniency_totals": self.tr(
                "leniency correction works on totals, so totals are trimmed, not marks"
            ),
            "leniency_flat": self.tr(
                "leniency: {count} reviewer(s) with no spread count as the contest mean"
            ),
            "uncounted_marks": self.tr("{count} mark(s) of incomplete or recused ballots are not counted"),
            "objective_missing": self.tr(
                "no value for the objective item {item}: not counted for this presenter"
            ),
            "weights_total": self.tr(
                "the group weights ({groups}) and objective weights ({items}) add up to {total}, not 100"
            ),
        }

    def say(self, warning: str) -> str:
        code = getattr(warning, "code", None)
        params = getattr(warning, "params", {})
        templates = self.templates()
        template = templates.get((code, params.get("unit"))) or templates.get(code)
        if template is None:
            return str(warning)
        return template.format(**params)
