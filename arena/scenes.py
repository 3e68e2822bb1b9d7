"""What each projector scene shows, as plain data: shared by the Qt projector and the web view.

The Qt projector (ui/projector/) lays these facts out with widgets; the LAN
server's read-only screen (arena/server/screen.py) sends them as JSON to a
browser. Both decide the same way which presenters a scene counts, how many
reviewers may score, what the scoring status is and which results the reveal
has reached, so the two screens never disagree. The rule that matters most
lives here once: a result is part of a scene only when the reveal has reached
it (or the host shows the final ranking); no score ever appears before that.
The explanation of a score (`explanation`) follows the same rule: it is given
for the presenter in the spotlight only, with reviewers by group and slot. The
亮分 scene (`announcement`, rules in arena/announce.py) shows only a presenter
whose scoring is closed and whom the host has announced. The welcome scene's check-in counts and
the audience's room code come from arena.welcome_facts; the draw scene's facts from arena.draw.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from . import announce
from .anonymity import slots
from .draw import draw_view
from .model import Contest, Presenter
from .session import SessionState
from .tally import PresenterResult, Tally, fmt_score
from .welcome_facts import checkin_lines, room_code_shown

# -- shared rules -----------------------------------------------------------------------


def eligible_counts(contest: Contest, recusals: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Presenter id -> how many reviewers may score that presenter (recused ones are not counted)."""
    recused = Counter(presenter_id for _, presenter_id in recusals)
    reviewers = len(contest.reviewers)
    return {p.id: reviewers - recused[p.id] for p in contest.presenters}


def counted_ids(state: SessionState) -> tuple[int, ...]:
    """Whose ballots the scoring scene counts: every open window when several are open (ballots at
    the end), else the current presenter, else the one open window."""
    open_ids = state.open_presenter_ids
    if len(open_ids) > 1:
        return open_ids
    if state.current_presenter_id is not None:
        return (state.current_presenter_id,)
    return open_ids


def scoring_status(state: SessionState, ids: Iterable[int], done: int, total: int) -> str:
    """'closed', 'all_in', 'open' or 'soon': the line under the scoring progress bar."""
    windows = {state.scoring.get(pid) for pid in ids}
    if state.phase == "closed" or windows == {"closed"}:
        return "closed"
    if total and done >= total:
        return "all_in"
    if "open" in windows:
        return "open"
    return "soon"


def ranked(tally: Tally) -> list[PresenterResult]:
    """Presenters with a result, best first."""
    return [r for r in tally.presenters if r.rank is not None]


def reveal_order(results: list[PresenterResult]) -> list[PresenterResult]:
    """The order of the reveal: last place first, first place last."""
    return list(reversed(results))


def revealed(results: list[PresenterResult], step: int) -> list[PresenterResult]:
    """The presenters shown after `step` reveals, in the order they were revealed."""
    return reveal_order(results)[: max(0, min(step, len(results)))]


def explanation(result: PresenterResult, method: str, secret: str) -> dict:
    """Why a revealed presenter has its score, as plain data both screens word in their language.

    Group scores and weights, the totals trimming dropped (reviewers by their slot for this
    presenter, "区级领导 评委5": shuffled per presenter from the file's secret, so never a name and
    never a label the room could follow from one presenter to the next), marks dropped per
    criterion counted per group, the groups too small to trim, and how many reviewers scored.
    """
    slot = slots(secret, result.presenter.id, [(t.reviewer_id, t.group) for t in result.totals])
    groups, dropped, dropped_marks, untrimmed = [], [], [], []
    for group in result.groups:
        groups.append(
            {
                "group": group.group,
                "weight": f"{group.weight.normalize():f}",
                "score": fmt_score(group.score) or None,
            }
        )
        dropped += [
            {
                "group": group.group,
                "slot": slot[t.reviewer_id],
                "total": fmt_score(t.total),
                "reason": t.drop_reason,
            }
            for t in group.dropped
        ]
        if group.dropped_marks:
            dropped_marks.append({"group": group.group, "count": len(group.dropped_marks)})
        elif method == "trimmed" and group.score is not None and not group.trimmed and group.audience is None:
            untrimmed.append(group.group)
    return {
        "groups": groups,
        "dropped": dropped,
        "dropped_marks": dropped_marks,
        "untrimmed": untrimmed,
        "panel_notes": panel_notes(result),
        "ballots": result.ballots,
        "eligible": result.eligible,
        **_objective_facts(result),
    }


def _objective_facts(result: PresenterResult) -> dict:
    """Issue 13: the objective items (实绩), weighted in with the groups (only when the contest has some)."""
    if not result.objective:
        return {}
    items = [
        {"item": o.item, "weight": f"{o.weight.normalize():f}", "score": fmt_score(o.score) or None}
        for o in result.objective
    ]
    return {"objective": items}


PANEL_CODES = ("not_trimmed", "few_kept")


def panel_notes(result: PresenterResult) -> list[dict]:
    """The groups too small to trim, or trimmed down to fewer than 3 kept values (issue 15):
    {"code", "group", "n", "minimum" | "kept", "unit": "totals" | "marks"}, worded by each screen."""
    return [{"code": w.code, **w.params} for w in result.warnings if getattr(w, "code", None) in PANEL_CODES]


# -- the scenes as JSON-ready data (the web view) -----------------------------------------------


class SceneSource:
    """What a scene may read from the contest: the setup, ballot counts and (lazily) the tally."""

    def __init__(
        self,
        contest: Contest,
        eligible: dict[int, int],
        ballot_count: Callable[[int], int],
        tally: Callable[[], Tally],
        secret: str = "",
        announced: Callable[[], set[int]] = set,
        marks: Callable[[int], dict] | None = None,
        presence: Callable[[], tuple[dict[int, str], bool]] = lambda: ({}, False),
        audience: Callable[[], dict | None] = lambda: None,
        session_log: Callable[[], list[dict]] = list,
    ):
        self.contest = contest
        self.presenters: dict[int, Presenter] = {p.id: p for p in contest.presenters}
        self.queue = [p.id for p in contest.presenters]
        self.eligible = eligible
        self.ballot_count = ballot_count
        self.tally = tally
        self.secret = secret  # the file's anonymity secret: slots on screen (never sent anywhere)
        self.announced = announced  # presenter ids the host has announced (亮分)
        self.marks = marks  # presenter id -> {(reviewer id, criterion id): units}; per-criterion 亮分
        self.presence = presence  # (reviewer id -> check-in time, whether the welcome lists names)
        self.audience = audience  # the audience's state (arena.store_audience), None without one
        self.session_log = session_log  # the host's log (the draw scene reads its draw)


def _who(presenter: Presenter | None) -> dict | None:
    if presenter is None:
        return None
    return {"name": presenter.name, "speaker": presenter.speaker, "unit": presenter.unit}


def _result(result: PresenterResult, with_who: bool = False) -> dict:
    shown = {
        "rank": result.rank,
        "shared": result.shared_rank,
        "name": result.presenter.name,
        "score": fmt_score(result.score) or None,
    }
    if with_who:
        shown.update(speaker=result.presenter.speaker, unit=result.presenter.unit)
    return shown


def _welcome(source: SceneSource, state: SessionState) -> dict:
    c = source.contest
    checkins, with_names = source.presence()
    return {
        "date": c.date,
        "venue": c.venue,
        "organizer": c.organizer,
        "checkins": checkin_lines(c, checkins, with_names, state.phase == "closed"),
        "room": room_code_shown(source.audience()),
    }


def _presenting(source: SceneSource, state: SessionState) -> dict:
    current = state.current_presenter_id
    presenter = source.presenters.get(current) if current is not None else None
    following = state.next_presenter_id
    return {
        "presenter": _who(presenter),
        "position": [source.queue.index(current) + 1, len(source.queue)] if presenter else None,
        "next": source.presenters[following].name if following in source.presenters else None,
        "timer": {
            "remaining_s": round(state.remaining_s, 3),
            "running": state.timer_running,
            "phases": timer_phases(state),
        },
    }


def timer_phases(state: SessionState) -> list[dict]:
    """The presenter's named phases as {"name", "seconds"}, an extension added to the last one (as
    arena.phases.phase_at counts it); [] for a single unnamed time limit. With the remaining time,
    a screen finds the phase and its countdown itself (the web screen's clock ticks in the browser)."""
    if not any(p.name for p in state.phases):  # one time limit (its one unnamed phase), as before phases
        return []
    extra = state.time_limit_s - sum(p.seconds for p in state.phases)
    last = len(state.phases) - 1
    return [
        {"name": p.name, "seconds": p.seconds + (extra if i == last else 0)}
        for i, p in enumerate(state.phases)
    ]


def _scoring(source: SceneSource, state: SessionState) -> dict:
    ids = counted_ids(state)
    done = sum(source.ballot_count(pid) for pid in ids)
    total = sum(source.eligible.get(pid, 0) for pid in ids)
    presenter = source.presenters.get(ids[0]) if len(ids) == 1 else None
    return {
        "presenter": _who(presenter),
        "open_count": len(ids) if presenter is None else 1,
        "done": done,
        "total": total,
        "status": scoring_status(state, ids, done, total),
        "room": room_code_shown(source.audience()),
    }


def _results(source: SceneSource, state: SessionState) -> dict:
    tally = source.tally()
    results = ranked(tally)
    shown = revealed(results, state.reveal_step)
    view = {
        "provisional": tally.provisional,
        "count": len(results),
        "revealed": [_result(r, with_who=True) for r in shown],
        "explain": state.explain,
    }
    if state.explain and shown:  # the spotlight only: it has been revealed, the rest may not have been
        view["explanation"] = explanation(shown[-1], tally.method, source.secret)
    return view


def _ranking(source: SceneSource, state: SessionState) -> dict:
    tally = source.tally()
    return {
        "provisional": tally.provisional,
        "presenter_noun": source.contest.presenter_noun,  # the column's header ("" = the page's default)
        "rows": [_result(r) for r in tally.presenters],
    }


def announcement(source: SceneSource, state: SessionState) -> dict:
    """The 亮分 scene: the announced presenter's ritual as far as it has gone, and nothing of a
    presenter the host has not announced or whose scoring is still open."""
    pid = state.announce_presenter_id
    presenter = source.presenters.get(pid) if pid is not None else None
    closed = state.phase == "closed" or state.scoring.get(pid) == "closed"
    if presenter is None or not closed or pid not in source.announced():
        return {"announce": None}
    tally = source.tally()
    result = tally.result_of(pid)
    if result is None or result.score is None:
        return {"announce": None}
    rules = source.contest.scoring
    full = announce.plan(
        result,
        tally,
        source.secret,
        show_totals=rules.announce_totals,
        show_ranking=rules.announce_ranking,
        criteria=source.contest.criteria,
        marks=source.marks,
    )
    shown = announce.at(full, state.announce_elapsed_s)
    if shown["ranking_shown"]:
        rows = announce.ranking_so_far(tally, source.announced() | {pid})
        shown["ranking"] = rows
        shown["rank"] = next(
            ({"rank": r["rank"], "shared": r["shared"]} for r in rows if r["presenter_id"] == pid), None
        )
    shown["provisional"] = tally.provisional
    return {"announce": shown}


def _draw(source: SceneSource, state: SessionState) -> dict:
    """The draw of the speaking order (抽签): commitment, witnesses' inputs, then seed and order."""
    return {"draw": draw_view(source.session_log(), {pid: p.name for pid, p in source.presenters.items()})}


SCENE_DATA = {
    "welcome": _welcome,
    "presenting": _presenting,
    "scoring": _scoring,
    "results": _results,
    "ranking": _ranking,
    "blank": lambda source, state: {},
    "announce": announcement,
    "draw": _draw,
}


def scene_view(source: SceneSource, state: SessionState) -> dict:
    """Everything the current scene shows, and nothing else (no score before its reveal)."""
    scene = state.scene if state.scene in SCENE_DATA else "welcome"
    view = {
        "scene": scene,
        "version": state.version,
        "title": source.contest.title,
        **SCENE_DATA[scene](source, state),
    }
    if state.phase == "closed":  # a screen that loses the server after this says the contest ended
        view["closed"] = True
    return view
