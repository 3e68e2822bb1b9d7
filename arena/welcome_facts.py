"""The welcome scene's live facts, shared by the Qt projector and the web screen (issues 13 and 17).

- Who has checked in (签到), per group: "区级领导 7/8 已签到". Nothing until someone has checked in,
  and nothing once the contest is closed; the names of those checked in only when the host chose
  the welcome-names option. The audience group (大众评审) is not counted: its phones do not check in.
  Each screen words the counts in its own language.
- Whether the audience's room code (the QR of the room link) is up: while the contest has an
  audience and its joining is open. The welcome and scoring scenes show it.

Plain data, Qt-free: the Qt projector (ui/projector/welcome.py) and the web screen
(arena.scenes, sent by arena/server/screen.py) read the same facts, so both screens agree.
"""

from __future__ import annotations

from .model import Contest
from .presence import checkin_counts


def checkin_lines(contest: Contest, checkins: dict[int, str], with_names: bool, closed: bool) -> list[dict]:
    """Per group, in setup order: {"group", "checked_in", "reviewers"} and, when the host chose to
    show them, "names" (of those checked in, in setup order). [] before anyone checked in, and once
    the contest is closed (the welcome is then no longer about arriving)."""
    if not checkins or closed:
        return []
    audience = {g.name for g in contest.groups if g.kind == "audience"}  # phones, not reviewers: no 签到
    lines = []
    for count in checkin_counts(contest, checkins):
        if count.group in audience:
            continue
        line = {"group": count.group, "checked_in": count.checked_in, "reviewers": count.reviewers}
        if with_names:
            line["names"] = list(count.names)
        lines.append(line)
    return lines


def room_code_shown(audience_state: dict | None) -> bool:
    """Whether the screens show the audience's room code: an audience group whose joining is open."""
    return bool(audience_state and audience_state.get("joining"))
