"""A reviewer's comment (评语) on a ballot, and the reason given for a far-out total (issue 17).

Plain text, at most COMMENT_MAX characters (Unicode code points, as the phone counts them), line
breaks kept, other control characters dropped, surrounding space trimmed. Refusals carry codes the
interfaces word themselves: `comment_required`, `comment_too_long` (max), `comments_off`,
`reason_too_long` (max).
"""

from __future__ import annotations

import re

from .review_options import COMMENT_MAX
from .store import BallotRefused

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def clean_text(raw: object) -> str:
    """Text as kept in the log: \\r\\n as \\n, no control characters but line breaks and tabs, trimmed."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise BallotRefused("invalid", "a comment must be text")
    return _CONTROL.sub("", raw.replace("\r\n", "\n").replace("\r", "\n")).strip()


def checked_comment(raw: object, mode: str) -> str:
    """The comment to log under the setup's mode ("off", "optional", "required"); BallotRefused otherwise."""
    text = clean_text(raw)
    if mode == "off":
        if text:
            raise BallotRefused("comments_off", "this contest takes no comments")
        return ""
    if len(text) > COMMENT_MAX:
        raise BallotRefused(
            "comment_too_long", f"a comment holds at most {COMMENT_MAX} characters", max=str(COMMENT_MAX)
        )
    if mode == "required" and not text:
        raise BallotRefused("comment_required", "this contest asks for a comment with every ballot")
    return text


def checked_reason(raw: object) -> str:
    """The optional reason a reviewer gives for confirming a far-out total."""
    text = clean_text(raw)
    if len(text) > COMMENT_MAX:
        raise BallotRefused(
            "reason_too_long", f"a reason holds at most {COMMENT_MAX} characters", max=str(COMMENT_MAX)
        )
    return text
