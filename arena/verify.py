"""Proof that a contest file, its results and a printed report agree: `arena verify`.

The submission log is the record (the database refuses to change or delete its
rows); the scores table is a cache of its latest ballot per (reviewer,
presenter) that a direct edit could alter. Verification recomputes the current
scores and the results from the log, compares them with the file, and checks
the integrity hash a report printed. The hash covers the ordered log and the
results, so a changed ballot, a changed score or a changed rule all show.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .intake import BallotRules
from .model import InputError
from .presence import signature_hash_lines, verify_signatures
from .problems import problem
from .store import BallotRefused, Store
from .tally import Tally, fmt_score, tally

HASH_LABEL = "SHA-256"
HASH_PATTERN = re.compile(r"SHA-256\W{0,6}([0-9a-f]{64})")
APPEND_ONLY_GUARDS = (
    "submissions_no_update",
    "submissions_no_delete",
    "session_log_no_update",
    "session_log_no_delete",
    "signatures_no_update",
    "signatures_no_delete",
)


@dataclass
class VerifyResult:
    ok: bool
    integrity_hash: str
    problems: list[str] = field(default_factory=list)
    report_hash: str | None = None  # the hash printed in the report, when one was given
    notes: list[str] = field(default_factory=list)  # facts worth knowing that are not faults


# -- the integrity hash ---------------------------------------------------------------


def result_lines(result: Tally) -> list[str]:
    """The results in a canonical text form: exact fractions, so no rounding hides a change."""
    lines = []
    for pr in result.presenters:
        groups = [[g.group, _exact(g.score), g.n] for g in pr.groups]
        line = [
            pr.presenter.id,
            pr.presenter.name,
            pr.rank,
            _exact(pr.score),
            pr.shared_rank,
            pr.ballots,
            groups,
        ]
        if pr.objective:  # issue 13; absent otherwise, so older reports keep their hash
            line.append([[o.item, _exact(o.score)] for o in pr.objective])
        lines.append(_canonical(line))
    return lines


def integrity_hash(store: Store, result: Tally | None = None) -> str:
    """SHA-256 hex over the ordered submission log and the results (`result` saves a second tally)."""
    digest = hashlib.sha256(b"arena integrity v1\nsubmissions\n")
    for row in store.log_rows():
        digest.update(_canonical(list(row)).encode() + b"\n")
    notes = store.notes_log_rows()  # issue 17: comments and outlier flags (none: the hash is as before)
    if notes:
        digest.update(b"notes\n")
        for row in notes:
            digest.update(_canonical(list(row)).encode() + b"\n")
    digest.update(b"results\n")
    for line in result_lines(result if result is not None else tally(store)):
        digest.update(line.encode() + b"\n")
    signed = signature_hash_lines(store)
    if signed:  # a file without signatures keeps the hash it had before signing existed
        digest.update(b"signatures\n")
        for line in signed:
            digest.update(line.encode() + b"\n")
    return digest.hexdigest()


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _exact(value) -> str | None:
    return None if value is None else f"{value.numerator}/{value.denominator}"


# -- verification ----------------------------------------------------------------------


def verify(store_path, report_pdf=None) -> VerifyResult:
    """Check the file against its own log and, given one, a report against the file."""
    store = Store.open(store_path)
    try:
        names = _Names(store)
        problems = _missing_guards(store) + _closing_problems(store)
        expected, log_problems = _scores_from_log(store, names)
        problems += log_problems
        problems += _compare_scores(_scores_in_file(store), expected, names)
        from .audience_verify import audience_log_problems  # issue 13

        problems += audience_log_problems(store)
        file_result = tally(store)
        problems += _compare_results(file_result, _tally_from_log(store))
        signature_problems, notes = verify_signatures(store)
        problems += signature_problems
        from .verify_prep import prep_problems

        problems += prep_problems(store)  # issue 13: the draw and the objective values
        digest = integrity_hash(store, file_result)
    finally:
        store.close()
    report_hash = None
    if report_pdf is not None:
        report_hash, pdf_problems = _check_report(Path(report_pdf), digest)
        problems += pdf_problems
    return VerifyResult(not problems, digest, problems, report_hash, notes)


class _Names:
    """Names for messages: a person reads 'score of 王建国 for 总部经济', not 'reviewer 1, presenter 3'."""

    def __init__(self, store: Store):
        contest = self.contest = store.contest()
        self.reviewers = {r.id: r.name for r in contest.reviewers}
        self.presenters = {p.id: p.name for p in contest.presenters}
        self.criteria = {c.id: c for c in contest.criteria}
        self.recusals = store.recusals()

    def pair(self, reviewer_id: int, presenter_id: int) -> str:
        reviewer = self.reviewers.get(reviewer_id, f"unknown reviewer #{reviewer_id}")
        presenter = self.presenters.get(presenter_id, f"unknown presenter #{presenter_id}")
        return f"{reviewer} for {presenter}"

    def points(self, criterion_id: int, units: int) -> str:
        criterion = self.criteria.get(criterion_id)
        return str(units) if criterion is None else str(criterion.from_units(units))

    def criterion(self, criterion_id: int) -> str:
        criterion = self.criteria.get(criterion_id)
        return criterion.name if criterion else f"unknown criterion #{criterion_id}"


def _missing_guards(store: Store) -> list[str]:
    present = store.trigger_names()
    return [
        f"the append-only guard {name} has been removed from the file, so its log may have been edited"
        for name in APPEND_ONLY_GUARDS
        if name not in present
    ]


def _closing_problems(store: Store) -> list[str]:
    """A closed contest has its closing in the session log, and no phone ballot arrived after it.

    (Paper ballots may be imported after closing; a phone cannot get one in.)
    """
    phase, closing = store.closed_at()
    if phase != "closed":
        return []
    if closing is None:
        return ["the file says the contest is closed, but its session log has no closing"]
    late = store.phone_ballots_after(closing)
    return [
        f"submission #{sid} came from a phone at {at}, after scoring closed at {closing}" for sid, at in late
    ]


Key = tuple[int, int, int]  # reviewer id, presenter id, criterion id


def _scores_from_log(store: Store, names: _Names) -> tuple[dict[Key, tuple[int, int]], list[str]]:
    """The current scores as the log says: (r, p, c) -> (units, submission id), and any bad log entry."""
    latest: dict[tuple[int, int], tuple[int, dict[int, int]]] = {}
    problems: list[str] = []
    audience = store.audience_ids()  # issue 13: checked by arena.audience_verify
    for sid, rid, pid, ballot, source, raw in store.logged_ballots():
        if rid in audience:
            continue
        try:
            units = {int(c): int(u) for c, u in json.loads(ballot).items()}
        except (ValueError, TypeError, AttributeError):
            problems.append(f"submission #{sid} ({names.pair(rid, pid)}) is not a readable ballot")
            continue
        problems += _bad_ballot(sid, rid, pid, units, names)
        if source == "phone" and raw:
            problems += _raw_disagrees(sid, rid, pid, units, raw, names)
        latest[(rid, pid)] = (sid, units)  # a correction replaces the whole earlier ballot
    expected = {
        (rid, pid, cid): (value, sid)
        for (rid, pid), (sid, units) in latest.items()
        for cid, value in units.items()
    }
    return expected, problems


def _bad_ballot(sid: int, rid: int, pid: int, units: dict[int, int], names: _Names) -> list[str]:
    where = f"submission #{sid} ({names.pair(rid, pid)})"
    problems = []
    if rid not in names.reviewers or pid not in names.presenters:
        problems.append(f"{where} names a reviewer or presenter the contest does not have")
    if (rid, pid) in names.recusals:
        problems.append(f"{where} is a ballot from a recused reviewer")
    for cid, value in units.items():
        criterion = names.criteria.get(cid)
        if criterion is None:
            problems.append(f"{where} scores an unknown criterion #{cid}")
        elif not 0 <= value <= criterion.max_units:
            shown = names.points(cid, value)
            problems.append(f"{where} gives {criterion.name} {shown}, outside 0..{criterion.max}")
    return problems


def _raw_disagrees(sid: int, rid: int, pid: int, units: dict[int, int], raw: str, names: _Names) -> list[str]:
    """A phone's ballot as it sent it, read again by today's mark parser, against the units logged.

    Finds marks an older Arena rounded on the way in (an off-step "10.0000000000000000000000000000001"
    logged as 10, "1e-999999999" as 0).
    """
    where = f"submission #{sid} ({names.pair(rid, pid)})"
    try:
        marks = json.loads(raw)["marks"]
        again = BallotRules(names.contest, ()).units(marks)
    except BallotRefused as exc:
        return [f"{where}: the phone sent a mark the rules refuse ({exc}), yet it was logged"]
    except (ValueError, TypeError, KeyError):
        return []  # not a phone's JSON body: nothing to compare
    if again != units:
        return [f"{where}: the marks the phone sent do not match the units logged"]
    return []


def _scores_in_file(store: Store) -> dict[Key, tuple[int, int]]:
    return {(r, p, c): (value, sid) for r, p, c, value, sid in store.score_rows()}


def _compare_scores(actual: dict, expected: dict, names: _Names) -> list[str]:
    problems = []
    for key in sorted(actual.keys() | expected.keys()):
        rid, pid, cid = key
        where = f"score of {names.pair(rid, pid)}, {names.criterion(cid)}"
        have, want = actual.get(key), expected.get(key)
        if want is None:
            problems.append(
                f"{where}: the file holds {names.points(cid, have[0])} but no ballot in the log gave it"
            )
        elif have is None:
            problems.append(
                f"{where}: submission #{want[1]} gave {names.points(cid, want[0])}"
                " but the file's scores lack it"
            )
        elif have[0] != want[0]:
            problems.append(
                f"{where}: the file says {names.points(cid, have[0])} but the submission log"
                f" says {names.points(cid, want[0])} (submission #{want[1]})"
            )
        elif have[1] != want[1]:
            problems.append(
                f"{where}: the file points to submission #{have[1]}, the latest logged ballot is #{want[1]}"
            )
    return problems


def _tally_from_log(store: Store) -> Tally:
    """The results from the log alone: the tally of an in-memory copy whose scores are rebuilt."""
    copy = store.in_memory_copy()
    try:
        copy.rebuild_scores_from_log()
        return tally(copy)
    finally:
        copy.close()


def _compare_results(file_result: Tally, log_result: Tally) -> list[str]:
    in_file = {pr.presenter.id: pr for pr in file_result.presenters}
    problems = []
    for pr in log_result.presenters:
        mine = in_file.get(pr.presenter.id)
        if mine is None or (mine.score, mine.rank) != (pr.score, pr.rank):
            shown = "no result" if mine is None else _shown(mine)
            problems.append(
                f"result of {pr.presenter.name}: the file gives {shown},"
                f" the submission log gives {_shown(pr)}"
            )
    return problems


def _shown(pr) -> str:
    return f"{fmt_score(pr.score) or 'no score'} (rank {pr.rank if pr.rank is not None else '-'})"


# -- the printed report -----------------------------------------------------------------------


def hashes_in_pdf(path: Path) -> list[str]:
    """The full integrity hashes a PDF carries: printed on its cover, and in its metadata.

    Only the cover is read when it prints one (text extraction of a 300-page report
    takes pypdf many seconds); other PDFs are searched page by page.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not path.is_file():
        raise InputError(problem("pdf_missing", path=str(path)))
    with path.open("rb") as f:
        if not f.read(1024).lstrip().startswith(b"%PDF-"):
            raise InputError(problem("not_a_pdf", path=str(path)))
    try:
        reader = PdfReader(path)
        found = _hashes(reader.pages[0].extract_text() or "") if reader.pages else []
        if not found:
            found = _hashes("".join(page.extract_text() or "" for page in reader.pages))
        keywords = (reader.metadata or {}).get("/Keywords") or ""
    except (PdfReadError, ValueError, OSError) as exc:
        raise InputError(problem("pdf_unreadable", path=str(path), detail=str(exc))) from None
    return found + _hashes(str(keywords))


def _hashes(text: str) -> list[str]:
    return HASH_PATTERN.findall(re.sub(r"\s+", "", text))


def _check_report(path: Path, digest: str) -> tuple[str | None, list[str]]:
    found = hashes_in_pdf(path)
    if not found:
        return None, [f"{path.name}: no integrity hash ({HASH_LABEL}) found in the report"]
    wrong = sorted({h for h in found if h != digest})
    if wrong:
        return wrong[0], [
            f"{path.name} was made from different data: it prints {wrong[0]}, this file gives {digest}"
        ]
    return digest, []
