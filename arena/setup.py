"""Turns a setup document (the JSON form, or a workbook read into it) into a Contest.

Every problem is collected and reported at once, named by where it is, so the
host can fix a whole spreadsheet in one pass instead of one error per try.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from .model import (
    BALLOT_MODES,
    METHODS,
    REVEAL_MODES,
    TIE_BREAK_KINDS,
    TRIM_LEVELS,
    Contest,
    Criterion,
    Group,
    InputError,
    Place,
    Presenter,
    Problem,
    Reviewer,
    ScoringRules,
)

# locate(list_name, index, field) -> where that cell is (a workbook's reader adds its sheet and row).
Locator = Callable[[str, int, str], Place]


def json_locator(list_name: str, index: int, field: str) -> Place:
    return Place(list_name, index, field)


class _Collector:
    def __init__(self, locate: Locator):
        self.locate = locate
        self.problems: list[Problem] = []

    def add(self, list_name: str, index: int, field: str, code: str, **params) -> None:
        """One problem by its code (arena/problems.py) and parameters."""
        self.problems.append(Problem(self.locate(list_name, index, field), code, params))

    def decimal(self, row: dict, list_name: str, i: int, field: str, default=None, positive=True):
        raw = row.get(field)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if default is None:
                self.add(list_name, i, field, "required")
            return default
        try:
            value = Decimal(str(raw).strip())
        except InvalidOperation:
            self.add(list_name, i, field, "not_a_number", value=raw)
            return default
        if not value.is_finite() or (positive and value <= 0):
            self.add(list_name, i, field, "not_positive", value=raw)
            return default
        return value

    def text(self, row: dict, list_name: str, i: int, field: str, required=False) -> str:
        raw = row.get(field)
        value = "" if raw is None else str(raw).strip()
        if required and not value:
            self.add(list_name, i, field, "required")
        return value


def _rows(data: dict, name: str, c: _Collector) -> list[dict]:
    rows = data.get(name)
    if rows is None or (isinstance(rows, list) and not rows):
        c.add(name, -1, "", "empty_list")
        return []
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        c.add(name, -1, "", "not_a_list")
        return []
    return rows


def _check_unique(names: list[str], list_name: str, c: _Collector) -> None:
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if name and name in seen:
            c.add(list_name, i, "name", "duplicate_name", name=name, other=seen[name] + 1)
        seen.setdefault(name, i)


def _criteria(data: dict, c: _Collector) -> list[Criterion]:
    out, names = [], []
    for i, row in enumerate(_rows(data, "criteria", c)):
        names.append(c.text(row, "criteria", i, "name", required=True))
        max_ = c.decimal(row, "criteria", i, "max")
        step = c.decimal(row, "criteria", i, "step", default=Decimal("0.5"))
        weight = c.decimal(row, "criteria", i, "weight", default=max_ or Decimal(1))
        if max_ is not None and step is not None and (max_ / step) % 1 != 0:
            c.add("criteria", i, "step", "step_not_dividing", step=str(step), max=str(max_))
        if max_ is not None and step is not None and weight is not None:
            out.append(Criterion(names[-1], max_, step, None if weight == max_ else weight))
    _check_unique(names, "criteria", c)
    return out


def _groups(data: dict, c: _Collector) -> list[Group]:
    out = []
    for i, row in enumerate(_rows(data, "groups", c)):
        name = c.text(row, "groups", i, "name", required=True)
        weight = c.decimal(row, "groups", i, "weight", default=Decimal(1))
        out.append(Group(name, weight or Decimal(1)))
    _check_unique([g.name for g in out], "groups", c)
    return out


def _presenters(data: dict, c: _Collector) -> list[Presenter]:
    out = []
    for i, row in enumerate(_rows(data, "presenters", c)):
        name = c.text(row, "presenters", i, "name", required=True)
        minutes = c.decimal(row, "presenters", i, "minutes", default=Decimal(5))
        out.append(
            Presenter(
                name,
                speaker=c.text(row, "presenters", i, "speaker"),
                unit=c.text(row, "presenters", i, "unit"),
                minutes=minutes or Decimal(5),
            )
        )
    _check_unique([p.name for p in out], "presenters", c)
    return out


def _split_names(raw) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        parts = raw.replace("，", ",").replace("、", ",").replace(";", ",").split(",")
    else:
        parts = [str(x) for x in raw]
    return tuple(p.strip() for p in parts if p.strip())


def _reviewers(data: dict, c: _Collector, groups: set[str], presenters: set[str]) -> list[Reviewer]:
    from .recusal import AmbiguousRecusal, split_recuse

    out = []
    for i, row in enumerate(_rows(data, "reviewers", c)):
        name = c.text(row, "reviewers", i, "name", required=True)
        group = c.text(row, "reviewers", i, "group", required=True)
        if group and group not in groups:
            c.add("reviewers", i, "group", "unknown_group", name=group)
        try:
            recuse = split_recuse(row.get("recuse"), presenters)
        except AmbiguousRecusal as exc:
            c.add("reviewers", i, "recuse", "ambiguous_recusal", text=exc.text, readings=exc.readings)
            recuse = ()
        for p in recuse:
            if p not in presenters:
                c.add("reviewers", i, "recuse", "unknown_presenter", name=p)
        out.append(Reviewer(name, group, title=c.text(row, "reviewers", i, "title"), recuse=recuse))
    _check_unique([r.name for r in out], "reviewers", c)
    return out


def _scoring(data: dict, c: _Collector, groups: set[str], criteria: set[str]) -> ScoringRules:
    raw = data.get("scoring") or {}
    if not isinstance(raw, dict):
        c.add("scoring", -1, "", "not_an_object")
        return ScoringRules()
    method = str(raw.get("method", "mean")).strip()
    if method not in METHODS:
        c.add("scoring", -1, "method", "not_one_of", choices=list(METHODS), value=method)
    trim = raw.get("trim", 1 if method == "trimmed" else 0)
    try:
        trim = int(str(trim).strip() or 0)
        if trim < 0 or (method == "trimmed" and trim < 1):
            raise ValueError
    except ValueError:
        c.add("scoring", -1, "trim", "trim_not_whole", value=trim)
        trim = 1
    level = str(raw.get("level", "total")).strip()
    if level not in TRIM_LEVELS:
        c.add("scoring", -1, "level", "not_one_of", choices=list(TRIM_LEVELS), value=level)
    mode = str(raw.get("ballot_mode", "per_presenter")).strip()
    if mode not in BALLOT_MODES:
        c.add("scoring", -1, "ballot_mode", "not_one_of", choices=list(BALLOT_MODES), value=mode)
    reveal = str(raw.get("reveal_mode", "at_end")).strip()
    if reveal not in REVEAL_MODES:
        c.add("scoring", -1, "reveal_mode", "not_one_of", choices=list(REVEAL_MODES), value=reveal)
    tie_break = _split_names(raw.get("tie_break"))
    for rule in tie_break:
        kind, _, arg = rule.partition(":")
        known = {"group": groups, "criterion": criteria}.get(kind)
        if kind not in TIE_BREAK_KINDS or (known is not None and arg not in known):
            c.add("scoring", -1, "tie_break", "unknown_tie_break", rule=rule)
    rules = ScoringRules(
        method=method,
        trim=trim if method == "trimmed" else 0,
        trim_level=level,
        leniency=bool(raw.get("leniency", False)),
        tie_break=tie_break,
        anonymous=bool(raw.get("anonymous", True)),
        ballot_mode=mode,
        reveal_mode=reveal if reveal in REVEAL_MODES else "at_end",
        announce_totals=_flag(raw.get("announce_totals", True)),
        announce_ranking=_flag(raw.get("announce_ranking", True)),
    )
    from .review_options import review_options_fields
    from .rule_book import rule_book_fields

    rules = replace(
        rules, review=review_options_fields(raw, lambda f, code, **kw: c.add("scoring", -1, f, code, **kw))
    )
    return rule_book_fields(
        raw, rules, lambda field, code, **params: c.add("scoring", -1, field, code, **params)
    )


def _flag(raw) -> bool:
    """A yes/no option from JSON (true/false) or a spreadsheet cell (是/否, yes/no, 1/0)."""
    if isinstance(raw, str):
        return raw.strip().lower() not in ("", "0", "false", "no", "n", "否", "不", "off")
    return bool(raw)


def parse_setup(data: dict, locate: Locator = json_locator) -> Contest:
    """Validate a setup document; raise InputError listing every problem found."""
    c = _Collector(locate)
    if not isinstance(data, dict):
        raise InputError(Problem(Place(), "not_a_setup"))
    title = c.text(data, "contest", -1, "title", required=True)
    criteria = _criteria(data, c)
    groups = _groups(data, c)
    presenters = _presenters(data, c)
    group_names = {g.name for g in groups}
    reviewers = _reviewers(data, c, group_names, {p.name for p in presenters})
    from .audience import parse_audience  # issue 13: the audience group

    def report(field: str, problem) -> None:  # an AudienceProblem: a code of arena.problems
        c.add("audience", -1, field, problem.code, **problem.params)

    audience = parse_audience(data.get("audience"), group_names, {x.name for x in criteria}, report)
    # A tie-break may name the audience's group like a panel group (group:<name>, its group score).
    ranked_groups = group_names | ({audience.name} if audience is not None else set())
    scoring = _scoring(data, c, ranked_groups, {x.name for x in criteria})
    from .phases import parse_timing  # issue 17: the presenter timer in phases

    timing, presenters = parse_timing(
        data.get("scoring"), data.get("presenters"), presenters, c.locate, c.problems
    )
    presence = _presence(data, c)
    if audience is not None:
        groups.append(audience.group)  # before the objective items: their weights add up with it
    objective = _objective(data, c, groups, presenters, scoring.full_score)
    if c.problems:
        raise InputError(c.problems)
    return Contest(
        title=title,
        date=c.text(data, "contest", -1, "date"),
        venue=c.text(data, "contest", -1, "venue"),
        organizer=c.text(data, "contest", -1, "organizer"),
        presenter_noun=c.text(data, "contest", -1, "presenter_noun"),
        scoring=scoring,
        criteria=tuple(criteria),
        groups=tuple(groups),
        reviewers=tuple(reviewers),
        presenters=tuple(presenters),
        timing=timing,
        objective=tuple(objective),
        audience=audience,
        presence=presence,
    )


def _presence(data: dict, c: _Collector):
    """Issue 17: signing on the phone and the welcome's names (arena/presence_options.py)."""
    from .presence_options import presence_fields

    raw = data.get("scoring")
    raw = raw if isinstance(raw, dict) else {}  # another shape is reported by _scoring
    return presence_fields(raw, lambda field, code, **params: c.add("scoring", -1, field, code, **params))


def _objective(data: dict, c: _Collector, groups: list, presenters: list, full: Decimal) -> list:
    """Issue 13: the objective items (实绩), checked in arena/objective.py."""
    from .objective import check_weights, parse_objective

    items, problems = parse_objective(data.get("objective"), [p.name for p in presenters], c.locate, full)
    weights = check_weights([g.weight for g in groups], items, c.locate("groups", -1, "weight"))
    c.problems += problems + weights
    return items


def contest_to_dict(contest: Contest) -> dict:
    """The JSON setup form of a contest (the inverse of parse_setup)."""
    from .phases import phases_text, timing_json
    from .presence_options import presence_json
    from .review_options import review_options_json
    from .objective import objective_json
    from .rule_book import rule_book_json

    s = contest.scoring
    out = {
        "title": contest.title,
        "date": contest.date,
        "venue": contest.venue,
        "organizer": contest.organizer,
        "presenter_noun": contest.presenter_noun,
        "scoring": {
            "method": s.method,
            "trim": s.trim,
            "level": s.trim_level,
            "leniency": s.leniency,
            "tie_break": list(s.tie_break),
            "anonymous": s.anonymous,
            "ballot_mode": s.ballot_mode,
            **rule_book_json(s),
            "reveal_mode": s.reveal_mode,
            "announce_totals": s.announce_totals,
            "announce_ranking": s.announce_ranking,
            **review_options_json(s.review),
            **timing_json(contest.timing),
            **presence_json(contest.presence),  # issue 17: sign mode, the welcome's names
        },
        "criteria": [
            {"name": x.name, "max": str(x.max), "step": str(x.step), "weight": str(x.effective_weight)}
            for x in contest.criteria
        ],
        "groups": [{"name": g.name, "weight": str(g.weight)} for g in contest.groups if g.kind != "audience"],
        "reviewers": [
            {"name": r.name, "group": r.group, "title": r.title, "recuse": list(r.recuse)}
            for r in contest.reviewers
        ],
        "presenters": [
            {
                "name": p.name,
                "speaker": p.speaker,
                "unit": p.unit,
                "minutes": str(p.minutes),
                "phases": phases_text(p.phases),
            }
            for p in contest.presenters
        ],
        **({"objective": objective_json(contest.objective)} if contest.objective else {}),
    }
    if contest.audience is not None:
        from .audience import audience_json

        out["audience"] = audience_json(contest.audience)
    return out
