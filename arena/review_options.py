"""The setup's options for what a reviewer adds to a ballot (issue 17): comments (评语) and the
outlier confirmation (畸高畸低).

Read from the `scoring` object of a setup document (JSON, or the workbook's contest sheet),
checked, and written back by `review_options_json` (keys left out at their default), so a setup
survives a round trip and the console's editor keeps them untouched.

- `comments`: "off" (default), "optional" or "required"; a comment holds at most COMMENT_MAX
  characters.
- `outlier_points`: how far (in points of the reviewer's total, 0-100 as the phone shows it) a
  total may stand from the median of the others before the phone asks to confirm; empty: never.
- `outlier_show_median`: the phone may name the median in that question (default: only how far).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

COMMENT_MODES = ("off", "optional", "required")
COMMENT_MAX = 500
KEYS = ("comments", "outlier_points", "outlier_show_median")


@dataclass(frozen=True)
class ReviewOptions:
    comments: str = "off"
    outlier_points: Decimal | None = None
    outlier_show_median: bool = False

    @property
    def outlier_check(self) -> bool:
        return self.outlier_points is not None


def review_options_fields(raw: dict, problem: Callable[..., None]) -> ReviewOptions:
    """The options from a setup's `scoring` object; each problem goes to `problem(field, code, **params)`
    with a code of arena.problems."""
    mode = str(raw.get("comments") or "off").strip().lower()
    mode = {"关闭": "off", "可选": "optional", "必填": "required"}.get(mode, mode)
    if mode not in COMMENT_MODES:
        problem("comments", "not_one_of", choices=", ".join(COMMENT_MODES), value=mode)
        mode = "off"
    points = raw.get("outlier_points")
    threshold = None
    if points is not None and str(points).strip():
        try:
            threshold = Decimal(str(points).strip())
            if not threshold.is_finite() or threshold <= 0:
                raise InvalidOperation
        except InvalidOperation:
            problem("outlier_points", "not_positive", value=points)
            threshold = None
    shown = raw.get("outlier_show_median", False)
    if isinstance(shown, str):
        shown = shown.strip().lower() not in ("", "0", "false", "no", "n", "否", "不", "off")
    return ReviewOptions(mode, threshold, bool(shown))


def review_options_json(options: ReviewOptions) -> dict:
    """The keys of the setup's `scoring` object for these options (only those that differ from default)."""
    out: dict = {}
    if options.comments != "off":
        out["comments"] = options.comments
    if options.outlier_points is not None:
        out["outlier_points"] = f"{options.outlier_points.normalize():f}"
    if options.outlier_show_median:
        out["outlier_show_median"] = True
    return out


def review_options_row(options: ReviewOptions) -> dict:
    """The contest table's columns for these options."""
    points = options.outlier_points
    return {
        "comments": options.comments,
        "outlier_points": "" if points is None else f"{points.normalize():f}",
        "outlier_show_median": int(options.outlier_show_median),
    }


def review_options_from_row(comments: str, points: str, show_median: int) -> ReviewOptions:
    return ReviewOptions(comments, Decimal(points) if points else None, bool(show_median))
