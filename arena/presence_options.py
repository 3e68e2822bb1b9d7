"""The setup's two presence options (issue 17): signing on the phone (签字确认) and the welcome's names.

Read from the `scoring` object of a setup document (JSON, or the workbook's contest sheet, rows
签字确认 and 欢迎页显示签到名单), under the names the console's tab and the store already use
(arena/store_presence.py):

    "scoring": {"sign_mode": "at_end", "welcome_names": true}

- `sign_mode`: "off" (default), "at_end" (each reviewer signs once the contest is closed) or
  "after_each" (after each presenter's scoring is closed); a sheet may say 关闭 / 结束后 / 每位汇报后.
- `welcome_names`: whether the projector's welcome scene lists who has checked in (default no);
  true/false, or 是/否, yes/no, 1/0 in a sheet.

A wrong value is a problem with a code (`sign_mode_unknown`, `not_yes_no`) and its place. A new
contest file takes the options from its setup; in an open file the console's Check-in and signing
tab changes them (a setup edit leaves them as they are, so a stale editor never undoes the tab).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .store_presence import SIGN_MODES

KEYS = ("sign_mode", "welcome_names")
SIGN_WORDS = {
    "关闭": "off",
    "不签字": "off",
    "否": "off",
    "结束后": "at_end",
    "比赛结束后": "at_end",
    "全部结束后": "at_end",
    "每位汇报后": "after_each",
    "每个汇报后": "after_each",
    "逐个": "after_each",
}
YES = ("是", "yes", "y", "true", "1", "on")
NO = ("否", "no", "n", "false", "0", "off", "不")


@dataclass(frozen=True)
class PresenceOptions:
    sign_mode: str = "off"
    welcome_names: bool = False


def presence_fields(raw: dict, problem: Callable[..., None]) -> PresenceOptions:
    """The options from a setup's `scoring` object; each problem goes to `problem(field, code, **params)`."""
    mode = raw.get("sign_mode")
    mode = "off" if mode is None else str(mode).strip()
    mode = SIGN_WORDS.get(mode, mode.lower() or "off")
    if mode not in SIGN_MODES:
        problem("sign_mode", "sign_mode_unknown", value=str(raw.get("sign_mode"))[:40])
        mode = "off"
    names = _yes_no(raw.get("welcome_names"))
    if names is None:
        problem("welcome_names", "not_yes_no", value=str(raw.get("welcome_names"))[:40])
        names = False
    return PresenceOptions(mode, names)


def _yes_no(raw) -> bool | None:
    """True, False, or None for a value that is neither (an empty cell is no)."""
    if raw is None or isinstance(raw, bool):
        return bool(raw)
    if isinstance(raw, int | float):
        return bool(raw) if raw in (0, 1) else None
    text = str(raw).strip().lower()
    if text in YES:
        return True
    if text in NO or not text:
        return False
    return None


def presence_json(options: PresenceOptions | None) -> dict:
    """The keys of the setup's `scoring` object for these options (only those that differ from default)."""
    out: dict = {}
    if options is not None and options.sign_mode != "off":
        out["sign_mode"] = options.sign_mode
    if options is not None and options.welcome_names:
        out["welcome_names"] = True
    return out


def presence_row(options: PresenceOptions | None) -> dict:
    """The contest table's columns for a new file (none without options: the table's defaults)."""
    if options is None:
        return {}
    return {"sign_mode": options.sign_mode, "welcome_names": int(options.welcome_names)}
