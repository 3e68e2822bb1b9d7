"""The tally: exact weighted results from the contest file.

compute.py    tally(store) -> Tally, and its JSON form (tally_json)
results.py    the result types (ReviewerTotal, GroupResult, PresenterResult, Tally) and fmt_score
sql.py        the SQL the tally reads through (one pass per presenter, integer sums)
tiebreak.py   ranks and the contest's tie-break chain
leniency.py   the optional per-reviewer correction
explain.py    the explanation of a score (JSON for screens and the report)
shared.py     one tally per state of the file, shared by every screen
child.py      the loop of the console's tally process, and the light tally it sends back
"""

from .compute import tally, tally_json
from .results import (
    QUORUM,
    DroppedMark,
    GroupResult,
    PresenterResult,
    ReviewerTotal,
    Tally,
    fmt_exact,
    fmt_score,
)

__all__ = [
    "QUORUM",
    "DroppedMark",
    "GroupResult",
    "PresenterResult",
    "ReviewerTotal",
    "Tally",
    "fmt_exact",
    "fmt_score",
    "tally",
    "tally_json",
]
