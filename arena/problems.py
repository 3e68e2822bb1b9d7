"""Problems with an input as data: where (a Place), a stable code and its parameters.

The setup checks (arena.setup, arena.rule_book, arena.rounding, arena.recusal), the
file readers (arena.io) and the setup edits (arena.setup_edits) report each problem
as `Problem(place, code, params)`. The English wording below is the CLI's and the
logs'; the console words each code through tr() (ui/console/problem_text.py).
Nothing parses the English back. To add a code: add it and its English here, its
wording in ProblemText.messages(), and run lupdate (docs/console.md, "Messages by code").

A Place names a list of the setup and a row and field in it; read from a workbook it
also carries the sheet's name, the row's number there and the column's header as
written; read from a text file, the file's name and line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# code -> English, with {param} fields (the same parameters every interface receives)
ENGLISH = {
    "text": "{text}",  # a message the core has no code for (never a setup check; see docs)
    "required": "is required",
    "not_a_number": "{value!r} is not a number",
    "not_positive": "must be a positive number, not {value}",
    "step_not_dividing": "the step {step} does not divide the max {max}",
    "duplicate_name": "duplicate name {name!r} (also #{other})",
    "empty_list": "the list is empty: at least one entry is needed",
    "not_a_list": "must be a list of objects",
    "not_an_object": "must be an object",
    "not_a_setup": "the setup must be an object with title, criteria, groups, reviewers, presenters",
    "not_one_of": "must be one of {choices}, not {value!r}",
    "trim_not_whole": "must be a whole number of at least 1, not {value!r}",
    "not_whole": "must be a whole number, not {value!r}",
    "unknown_group": "unknown group {name!r}",
    "unknown_presenter": "unknown presenter {name!r}",
    "ambiguous_recusal": "{text!r} can be read as more than one list of presenters ({readings}); "
    "use the list form",
    "unknown_tie_break": "unknown rule {rule!r}",
    "rounding_not_a_list": "must be a list of stages or text like 'total:1; final:2'",
    "stage_not_an_object": "stage {stage} must be an object with stage, decimals and rule",
    "stage_unknown": "stage {stage}: {name!r} is not one of {choices}",
    "stage_rule_unknown": "stage {stage}: rule {rule!r} is not one of {choices}",
    "stage_decimals": "stage {stage}: decimals must be a whole number from 0 to {max}",
    "stage_twice": "stage {stage}: {name} is named twice",
    "rounding_with_leniency": "rounding stages cannot be combined with leniency correction",
    "rounding_needs_criterion_level": "the criterion and weighted stages need level: criterion "
    "(each criterion on its own)",
    "rounding_total_with_criterion_level": "a reviewer's total does not enter the score when each "
    "criterion is trimmed on its own",
    "trim_min_too_small": "must be at least {minimum} to drop {trim} at each end",
    "full_score_with_leniency": "leniency correction works on the 0-100 scale only",
    "setup_file_missing": "{path}: no such file",
    "setup_file_kind": "{path}: a setup is a .json or .xlsx file",
    "setup_not_json": "{path}: not valid JSON ({detail})",
    "workbook_unreadable": "{path}: not a readable Excel workbook ({detail})",
    "sheet_missing": "is missing",
    "contest_file_exists": "{path} already exists; choose another name or pass --force",
    "scored_criterion_removed": "criterion {name} already has scores and cannot be removed",
    "scored_criterion_changed": "criterion {name} already has scores: its max and step cannot change",
    "scored_reviewer_removed": "reviewer {name} already has ballots and cannot be removed",
    "scored_presenter_removed": "presenter {name} already has ballots and cannot be removed",
    "scored_recusal": "{reviewer} already scored {presenter}: the recusal cannot be added",
    "closed_details_only": "the contest is closed: only the contest details (title, date, venue, "
    "organizer) can still be corrected; refused: {refused}",
    "scores_not_utf8": "{path}: not UTF-8 text",
    "scores_header": "{path}: the header must be exactly {columns}",
    "scores_empty": "{path}: no scores in the file",
    "second_mark": "a second mark for {reviewer} / {presenter} / {criterion}",
    "export_kind": "{path}: export to a .xlsx, .csv or .json file",
    "recount_kind": "{path}: the recount workbook is an .xlsx file",
    "recount_leniency": "the recount workbook cannot express leniency correction as formulas",
    "no_folder": "{path}: no such folder",
    "is_folder": "{path} is a folder",
    "no_reviewers": "{path}: the contest has no reviewers yet, so there are no cards to print",
    "too_fine": "the criteria's weights and steps are too fine-grained to add up exactly",
    "ids_too_large": "the contest file's row ids are too large to tally",
    "output_kind": "{path}: the output must be a {suffixes} file",
    "base_incomplete": "--base {base!r}: give a full address such as http://192.168.1.20:8700",
    "base_scheme": "--base must start with http:// or https:// (got {base!r})",
    "port_unavailable": "{detail}",
    "pdf_missing": "{path}: no such file",
    "not_a_pdf": "{path}: not a PDF file",
    "pdf_unreadable": "{path}: not a readable PDF ({detail})",
    "no_lan_address": "this laptop has no network address that phones could reach (only 127.0.0.1); join "
    "the room's Wi-Fi (or start the laptop's hotspot) and try again, or give --base http://ADDRESS:PORT",
    "ballot_refused": "{detail}",  # a paper row the intake refused: refusal (its code), detail, its params
    # the presenter timer in phases (arena.phases, issue 17)
    "phases_not_list": "{raw!r} is not a list of phases (for example: 陈述 5, 答询 5)",
    "phase_unreadable": "phase {index}: {raw!r} is not a name and minutes (for example: 陈述 5)",
    "phase_name_missing": "phase {index} has no name",
    "phase_minutes_bad": "phase {index}: {raw!r} is not a number of minutes above 0 and at most 600",
    "phases_too_many": "{count} phases: at most {maximum}",
    # objective pre-scores (arena.objective, issue 13) and the draw in force (arena.draw)
    "objective_list": "must be a list of objects",
    "objective_required": "is required",
    "objective_number": "{value!r} is not a number",
    "objective_weight": "must be a positive number of percent, not {value}",
    "objective_rule": "must be one of score, linear, rank, not {value!r}",
    "objective_better": "must be higher or lower, not {value!r}",
    "objective_duplicate": "duplicate objective item {name!r}",
    "objective_presenter": "unknown presenter {name!r}",
    "objective_range": "{presenter}: {value} is outside 0..{full} (rule score)",
    "objective_bounds": "{presenter}: {value} is outside the linear range {low}..{high}",
    "objective_flat": "the linear range is empty: the lowest and highest value are both {value}",
    "weights_total": "the weights of the groups ({groups}) and the objective items ({items})"
    " add up to {total}, not 100",
    "draw_queue": "draw {number} set the order of the presenters: cancel it before adding, removing or moving one",
    # the audience group (arena.audience, issue 13)
    "audience_not_object": "must be an object",
    "audience_name_taken": "{name!r} is also the name of a panel group",
    "audience_weight": "must be a positive number, not {value}",
    "audience_ballot": "must be same, rating, vote or a list of criterion names, not {value}",
    "audience_criterion": "unknown criterion {name!r}",
    "audience_aggregate": "must be one of mean, mean_top, votes_top, not {value}",
    "audience_vote_pairing": "the vote ballot goes with the votes_top aggregate, and votes_top with it",
    "audience_cap": "must be a whole number from 1 to {most}, not {value}",
    "audience_votes": "must be a whole number of at least 1, not {value}",
    "audience_join": "must be open or seats, not {value}",
    "values_file_kind": "{path}: a values file is a .json or .xlsx file",
    "auto_close_bad": "{raw!r} is not a whole number of minutes from 0 to 600",
    # the presence options of a setup (arena.presence_options, issue 17)
    "sign_mode_unknown": "must be off, at_end or after_each, not {value!r}",
    "not_yes_no": "must be yes or no, not {value!r}",
}

# The lists of a setup and the English names their places use.
LISTS = ("contest", "scoring", "criteria", "groups", "reviewers", "presenters")
# What the closed contest refuses to change, by kind (closed_details_only's `kinds`).
CHANGE_KINDS = ("scoring", "criteria", "groups", "reviewers", "presenters")


@dataclass(frozen=True)
class Place:
    """Where a problem is: a list of the setup, a row (from 0; -1 = the list itself) and a field;
    a workbook's sheet, row number and column header; or a text file's name and line."""

    list: str = ""
    index: int = -1
    field: str = ""
    sheet: str = ""
    row: int = 0
    header: str = ""
    file: str = ""
    line: int = 0

    def __str__(self) -> str:
        """The CLI's wording: "criteria #3, max", "sheet 评委, row 5, 评委组", "scores.csv line 4"."""
        if self.file:
            return f"{self.file} line {self.line}" if self.line else self.file
        if self.sheet:
            parts = [f"sheet {self.sheet}"]
            if self.row:
                parts.append(f"row {self.row}")
            if self.header or self.field:
                parts.append(self.header or self.field)
            return ", ".join(parts)
        if not self.list:
            return self.field
        if self.index < 0:
            return f"{self.list}.{self.field}" if self.field else self.list
        return (
            f"{self.list} #{self.index + 1}, {self.field}" if self.field else f"{self.list} #{self.index + 1}"
        )


NOWHERE = Place()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where, a code from ENGLISH and the code's parameters."""

    where: Place
    code: str
    params: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in ENGLISH:  # a new code must be worded (here and in the console) first
            raise KeyError(f"unknown problem code {self.code!r}")

    @property
    def message(self) -> str:
        """The English wording, without the place."""
        return english(self.code, self.params)

    def __str__(self) -> str:
        where = str(self.where)
        return f"{where}: {self.message}" if where else self.message


def english(code: str, params: dict) -> str:
    shown = {k: _joined(v) for k, v in params.items()}
    if "refused" in params:
        shown["refused"] = ", ".join("scoring rules" if k == "scoring" else k for k in params["refused"])
    return ENGLISH[code].format(**shown)


def _joined(value):
    """Lists in parameters (choices, readings, refused kinds) as English shows them."""
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], (list, tuple)):  # readings: lists of names
            return " or ".join(" + ".join(f"“{name}”" for name in reading) for reading in value)
        return ", ".join(str(v) for v in value)
    return value


def problem(code: str, where: Place = NOWHERE, **params) -> Problem:
    return Problem(where, code, params)
