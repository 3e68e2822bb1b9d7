"""The core's input problems (arena.problems: a place, a code, parameters) in the host's language.

Each code of arena.problems.ENGLISH has its wording here through tr(), filled in from the
problem's parameters; the place (a list, row and field of the setup, a workbook's sheet and
row, a file's line) is worded here too. Nothing reads the core's English back: a code this
console does not know yet shows the core's English wording (and a test fails for it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from arena.model import InputError
from arena.problems import Place, Problem
from arena.store import BallotRefused


class ProblemText(QObject):
    def messages(self) -> dict[str, str]:
        """code -> the host's wording, with the parameters' names as fields."""
        return {
            "text": "{text}",
            "required": self.tr("is required"),
            "not_a_number": self.tr("“{value}” is not a number"),
            "not_positive": self.tr("must be a positive number, not {value}"),
            "step_not_dividing": self.tr("the step {step} does not divide the maximum {max}"),
            "duplicate_name": self.tr("the name “{name}” is used twice (also row {other})"),
            "empty_list": self.tr("the list is empty: at least one row is needed"),
            "not_a_list": self.tr("must be a list of rows"),
            "not_an_object": self.tr("must be a set of named values"),
            "not_a_setup": self.tr(
                "this is not a contest setup (title, criteria, groups, reviewers and presenters)"
            ),
            "not_one_of": self.tr("must be one of {choices}, not “{value}”"),
            "trim_not_whole": self.tr("must be a whole number of at least 1, not “{value}”"),
            "not_whole": self.tr("must be a whole number, not “{value}”"),
            "unknown_group": self.tr("no group is called “{name}”"),
            "unknown_presenter": self.tr("no presenter is called “{name}”"),
            "ambiguous_recusal": self.tr(
                "“{text}” can be read as more than one list of presenters ({readings}): give them as a list"
            ),
            "unknown_tie_break": self.tr("the tie-break rule “{rule}” names no current group or criterion"),
            "rounding_not_a_list": self.tr("write the rounding stages like total:1; final:2"),
            "stage_not_an_object": self.tr("rounding stage {stage} is not in the form stage:decimals[:rule]"),
            "stage_unknown": self.tr("rounding stage {stage}: “{name}” is not one of {choices}"),
            "stage_rule_unknown": self.tr(
                "rounding stage {stage}: the rule “{rule}” is not one of {choices}"
            ),
            "stage_decimals": self.tr(
                "rounding stage {stage}: the decimals must be a whole number from 0 to {max}"
            ),
            "stage_twice": self.tr("rounding stage {stage}: {name} is named twice"),
            "rounding_with_leniency": self.tr("rounding stages cannot be combined with leniency correction"),
            "rounding_needs_criterion_level": self.tr(
                "the criterion and weighted stages need each criterion's marks trimmed separately"
            ),
            "rounding_total_with_criterion_level": self.tr(
                "a reviewer's total does not enter the score when each criterion is trimmed on its own"
            ),
            "trim_min_too_small": self.tr("must be at least {minimum} to drop {trim} at each end"),
            "full_score_with_leniency": self.tr("leniency correction works on the 0-100 scale only"),
            "setup_file_missing": self.tr("{path}: there is no such file"),
            "setup_file_kind": self.tr("{path}: a setup is an Excel (.xlsx) or JSON file"),
            "setup_not_json": self.tr("{path}: not a valid JSON file ({detail})"),
            "workbook_unreadable": self.tr("{path}: not a readable Excel workbook ({detail})"),
            "sheet_missing": self.tr("is missing"),
            "contest_file_exists": self.tr("{path} already exists: choose another name"),
            "scored_criterion_removed": self.tr("criterion {name} already has scores and cannot be removed"),
            "scored_criterion_changed": self.tr(
                "criterion {name} already has scores: its maximum and step cannot change"
            ),
            "scored_reviewer_removed": self.tr("{name} already has ballots and cannot be removed"),
            "scored_presenter_removed": self.tr("{name} already has ballots and cannot be removed"),
            "scored_recusal": self.tr("{reviewer} already scored {presenter}: the recusal cannot be added"),
            "closed_details_only": self.tr(
                "the contest is closed: only the contest details (title, date, venue, organizer) can "
                "still be corrected; refused: {refused}"
            ),
            "scores_not_utf8": self.tr("{path}: not UTF-8 text"),
            "scores_header": self.tr("{path}: the first row must be exactly {columns}"),
            "scores_empty": self.tr("{path}: there are no scores in the file"),
            "second_mark": self.tr("a second mark for {reviewer} / {presenter} / {criterion}"),
            "export_kind": self.tr("{path}: export to an Excel (.xlsx), CSV or JSON file"),
            "recount_kind": self.tr("{path}: the recount workbook is an Excel (.xlsx) file"),
            "recount_leniency": self.tr(
                "the recount workbook cannot express leniency correction as formulas"
            ),
            "no_folder": self.tr("{path}: there is no such folder"),
            "is_folder": self.tr("{path} is a folder"),
            "no_reviewers": self.tr("the contest has no reviewers yet, so there are no cards to print"),
            "too_fine": self.tr("the criteria's weights and steps are too fine-grained to add up exactly"),
            "ids_too_large": self.tr("the contest file's row numbers are too large to tally"),
            "output_kind": self.tr("{path}: the output must be a {suffixes} file"),
            "base_incomplete": self.tr("“{base}”: give a full address such as http://192.168.1.20:8700"),
            "base_scheme": self.tr("the address must start with http:// or https:// (not “{base}”)"),
            "port_unavailable": self.tr("the port cannot be opened ({detail})"),
            "pdf_missing": self.tr("{path}: there is no such file"),
            "not_a_pdf": self.tr("{path}: not a PDF file"),
            "pdf_unreadable": self.tr("{path}: not a readable PDF ({detail})"),
            "no_lan_address": self.tr(
                "this laptop has no network address that phones could reach: join the room's Wi-Fi "
                "(or start the laptop's hotspot) and try again"
            ),
            "ballot_refused": "{detail}",  # worded by the refusal's own code in message()
            # the audience group (大众评审, issue 13)
            "audience_not_object": self.tr("must be an object"),
            "audience_name_taken": self.tr("“{name}” is also the name of a panel group"),
            "audience_weight": self.tr("must be a positive number, not {value}"),
            "audience_ballot": self.tr(
                "must be same, rating, vote or a list of criterion names, not {value}"
            ),
            "audience_criterion": self.tr("there is no criterion “{name}”"),
            "audience_aggregate": self.tr("must be mean, mean_top or votes_top, not {value}"),
            "audience_vote_pairing": self.tr(
                "the vote ballot goes with the votes_top aggregate, and votes_top with it"
            ),
            "audience_cap": self.tr("must be a whole number from 1 to {most}, not {value}"),
            "audience_votes": self.tr("must be a whole number of at least 1, not {value}"),
            "audience_join": self.tr("must be open or seats, not {value}"),
            # objective pre-scores (实绩, issue 13) and the draw in force
            "objective_list": self.tr("must be a list of objective items"),
            "objective_required": self.tr("is required"),
            "objective_number": self.tr("“{value}” is not a number"),
            "objective_weight": self.tr("must be a positive number of percent, not {value}"),
            "objective_rule": self.tr("must be score, linear or rank, not “{value}”"),
            "objective_better": self.tr("must be higher or lower, not “{value}”"),
            "objective_duplicate": self.tr("the objective item “{name}” is listed twice"),
            "objective_presenter": self.tr("there is no presenter “{name}”"),
            "objective_range": self.tr("{presenter}: {value} is outside 0 to {full} (rule: score)"),
            "objective_bounds": self.tr("{presenter}: {value} is outside the linear range {low} to {high}"),
            "objective_flat": self.tr(
                "the linear range is empty: the lowest and highest value are both {value}"
            ),
            "weights_total": self.tr(
                "the group weights ({groups}) and objective weights ({items}) add up to {total}, not 100"
            ),
            "draw_queue": self.tr(
                "draw {number} set the order of the presenters: cancel it before adding, removing or moving one"
            ),
            "values_file_kind": self.tr("{path}: a values file is a .json or .xlsx file"),
            # the presenter timer in phases (issue 17)
            "phases_not_list": self.tr("“{raw}” is not a list of phases (for example: 陈述 5, 答询 5)"),
            "phase_unreadable": self.tr(
                "phase {index}: “{raw}” is not a name and minutes (for example: 陈述 5)"
            ),
            "phase_name_missing": self.tr("phase {index} has no name"),
            "phase_minutes_bad": self.tr(
                "phase {index}: “{raw}” is not a number of minutes above 0 and at most 600"
            ),
            "phases_too_many": self.tr("{count} phases: at most {maximum}"),
            "auto_close_bad": self.tr("“{raw}” is not a whole number of minutes from 0 to 600"),
            # the presence options of a setup (issue 17)
            "sign_mode_unknown": self.tr("must be off, at_end or after_each, not “{value}”"),
            "not_yes_no": self.tr("must be yes or no, not “{value}”"),
        }

    def lists(self) -> dict[str, str]:
        return {
            "contest": self.tr("Contest"),
            "scoring": self.tr("Scoring rules"),
            "criteria": self.tr("Criteria"),
            "groups": self.tr("Groups"),
            "reviewers": self.tr("Reviewers"),
            "presenters": self.tr("Presenters"),
            "audience": self.tr("Audience"),
            "objective": self.tr("Objective items (实绩)"),
        }

    def fields(self, list_name: str) -> dict[str, str]:
        person = list_name == "reviewers"
        return {
            "name": self.tr("Name"),
            "max": self.tr("Max"),
            "step": self.tr("Step"),
            "weight": self.tr("Weight"),
            "group": self.tr("Group"),
            "title": self.tr("Title (position)") if person else self.tr("Title"),
            "recuse": self.tr("Recused from"),
            "speaker": self.tr("Speaker"),
            "unit": self.tr("Unit"),
            "minutes": self.tr("Minutes"),
            "date": self.tr("Date"),
            "venue": self.tr("Venue"),
            "organizer": self.tr("Organizer"),
            "presenter_noun": self.tr("What is presented"),
            "method": self.tr("Method"),
            "trim": self.tr("Drop at each end"),
            "level": self.tr("Trim level"),
            "tie_break": self.tr("Tie-break order"),
            "ballot_mode": self.tr("Ballot mode"),
            "rounding": self.tr("Rounding stages"),
            "trim_min": self.tr("Trim only from"),
            "full_score": self.tr("Full score"),
            "reveal_mode": self.tr("Reveal"),
            "announce_totals": self.tr("Announce every total"),
            "announce_ranking": self.tr("Announce the ranking so far"),
            "phases": self.tr("Phases (name minutes, …)"),
            "auto_open_scoring": self.tr("Open scoring when the last phase ends"),
            "auto_close_minutes": self.tr("Close scoring after (minutes)"),
            "comments": self.tr("Comments"),
            "outlier_points": self.tr("Outlier question from (points)"),
            "outlier_show_median": self.tr("The question names the median"),
            "ballot": self.tr("Audience ballot"),
            "aggregate": self.tr("Audience aggregate"),
            "join": self.tr("How the audience joins"),
            "cap": self.tr("Most audience phones"),
            "votes": self.tr("Votes per phone"),
            "sign_mode": self.tr("Signing on the phone"),
            "welcome_names": self.tr("Welcome lists checked-in names"),
        }

    def place(self, where: Place) -> str:
        """Where a problem is, as the host reads it ("" for a problem of the whole input)."""
        column = where.header or self.fields(where.list).get(where.field, where.field)
        if where.file:
            if not where.line:
                return where.file
            return self.tr("{file}, line {line}").format(file=where.file, line=where.line)
        if where.sheet:
            if where.row and column:
                return self.tr("sheet “{sheet}”, row {row}, {column}").format(
                    sheet=where.sheet, row=where.row, column=column
                )
            if where.row:
                return self.tr("sheet “{sheet}”, row {row}").format(sheet=where.sheet, row=where.row)
            if column:
                return self.tr("sheet “{sheet}”, {column}").format(sheet=where.sheet, column=column)
            return self.tr("sheet “{sheet}”").format(sheet=where.sheet)
        name = self.lists().get(where.list, where.list)
        if where.index >= 0:
            if column:
                return self.tr("{list} row {row}, {column}").format(
                    list=name, row=where.index + 1, column=column
                )
            return self.tr("{list} row {row}").format(list=name, row=where.index + 1)
        if where.list in ("contest", "scoring") and column:
            return column  # a field of its own: "Tie-break order", "Rounding stages"
        if where.list and column:
            return self.tr("{list}, {column}").format(list=name, column=column)
        return name or column

    def message(self, problem: Problem) -> str:
        """What is wrong, without the place."""
        params = dict(problem.params)
        if problem.code == "ballot_refused" and params.get("refusal"):
            from ui.console.refusal_text import refusal_text

            detail, refusal = params.pop("detail", ""), params.pop("refusal")
            return refusal_text(BallotRefused(refusal, detail, **params), [])
        if "readings" in params:
            params["readings"] = self.tr(" or ").join(
                " + ".join(f"“{name}”" for name in reading) for reading in params["readings"]
            )
        if "refused" in params:
            params["refused"] = self.tr(", ").join(self.lists().get(k, k) for k in params["refused"])
        if "choices" in params:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        template = self.messages().get(problem.code)
        if template is None:
            return problem.message  # a code newer than this console: the core's English
        return template.format(**params)

    def line(self, problem: Problem) -> str:
        where = self.place(problem.where)
        message = self.message(problem)
        return self.tr("{where}: {message}").format(where=where, message=message) if where else message


def problem_message(problem: Problem) -> str:
    """One problem's message in the host's language (without its place)."""
    return ProblemText().message(problem)


def problem_line(problem: Problem) -> str:
    """One problem with its place, in the host's language."""
    return ProblemText().line(problem)


def input_error_text(exc: InputError) -> str:
    """Every problem an InputError carries, one line each, in the host's language."""
    text = ProblemText()
    return "\n".join(text.line(p) for p in exc.problems)
