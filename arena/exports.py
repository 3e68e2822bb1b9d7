"""Results and raw scores for spreadsheets: `export(store_path, "out.xlsx" | "out.csv")`.

The workbook has the sheets 结果 (results, one row per presenter), 原始分 (every
counted ballot: each criterion's mark, the reviewer's total, whether it was
dropped), 提交记录 (the submission log, corrections included) and 信息 (the
contest and the integrity hash). A CSV holds 结果 and 原始分 as two titled
sections, in UTF-8 with a BOM so that Excel shows Chinese correctly. A .json file holds
the tally's interchange form (scoring.tally_json), the raw scores and the facts.
Scores are the tally's display values (two decimals, half up); marks are exact.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

from .tie_words import tie_note
from .anonymity import archive_labels
from .model import Contest, InputError
from .nouns import presenter_noun
from .problems import problem
from .report.data import SOURCE_NAMES, ReportData, gather
from .report.output import atomic_output
from .store import Store
from .tally import fmt_exact, fmt_score

SUFFIXES = (".xlsx", ".csv", ".json")


def export(store_path, out_path) -> Path:
    """Write results and raw scores to `out_path`, as .xlsx, .csv or .json by its suffix; returns the path."""
    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(problem("export_kind", path=str(out)))
    with Store.open(store_path) as store:
        data = gather(store)
        tables = {
            "结果": result_table(data),
            "原始分": raw_table(store, data),
            "提交记录": log_table(store, data.contest),
            "信息": info_table(data),
        }
    with atomic_output(out) as tmp_name:
        if suffix == ".xlsx":
            _write_xlsx(tmp_name, tables)
        elif suffix == ".json":
            _write_json(tmp_name, data, tables)
        else:
            _write_csv(tmp_name, {k: tables[k] for k in ("结果", "原始分")})
    return out


Table = tuple[list[str], list[list]]  # header, rows


def _score(value) -> Decimal | None:
    """The displayed score as a number a spreadsheet keeps exactly as printed ("91.50" -> 91.5)."""
    text = fmt_score(value)
    return Decimal(text) if text else None


def _mark(criterion, units: int) -> Decimal:
    """A mark in points, never in exponent form (from_units normalises 20 to 2E+1)."""
    return Decimal(format(criterion.from_units(units), "f"))


def result_table(data: ReportData) -> Table:
    groups = [g.name for g in data.contest.groups]
    header = [
        "名次",
        "并列",
        presenter_noun(data.contest),
        "汇报人",
        "单位",
        "最终得分",
        *[f"{g}组得分" for g in groups],
        "有效票",
        "应评票",
        "精确值",
        "同分说明",
        *[f"{x.name}{suffix}" for x in data.contest.objective for suffix in ("实绩值", "实绩得分")],
    ]
    rows = []
    for pr in data.result.presenters:
        rows.append(
            [
                pr.rank,
                "是" if pr.shared_rank else "",
                pr.presenter.name,
                pr.presenter.speaker,
                pr.presenter.unit,
                _score(pr.score),
                *[_score(g.score) for g in pr.groups],
                pr.ballots,
                pr.eligible,
                fmt_exact(pr.score) or "",
                tie_note(pr),  # worded from the tally's codes, in the archive's language
                *[v for o in pr.objective for v in (o.value, _score(o.score))],  # issue 13: 实绩
            ]
        )
    return header, rows


def raw_table(store: Store, data: ReportData) -> Table:
    """One row per counted ballot, presenters in queue order, reviewers in setup order."""
    contest = data.contest
    header = [
        presenter_noun(contest),
        "评委",
        "评委组",
        "匿名编号",
        *[c.name for c in contest.criteria],
        "总分",
        "去掉",
        "提交编号",
        "提交时间",
        "来源",
    ]
    anonymous = archive_labels(contest, store.anonymity_secret())
    dropped_marks = _dropped_marks(data)
    marks: dict[tuple[int, int], dict[int, int]] = {}
    submission: dict[tuple[int, int], int] = {}
    for rid, pid, cid, value, sid in store.score_rows():
        marks.setdefault((rid, pid), {})[cid] = value
        submission[(rid, pid)] = sid
    log = {sid: (at, source) for sid, at, source in store.submission_times()}
    # Issue 17: the comment and the outlier flag of each counted ballot, when the contest takes them.
    review = contest.scoring.review
    notes = {(rid, pid): (comment, outlier) for rid, pid, comment, outlier in data.notes}
    with_notes = bool(notes) or review.comments != "off" or review.outlier_check
    if with_notes:
        header += ["评语", "畸高畸低提示"]
    rows = []
    for p in contest.presenters:
        for r in contest.reviewers:
            ballot = marks.get((r.id, p.id))
            if ballot is None:
                continue
            total, dropped = data.matrix.get((r.id, p.id), (None, False))
            at, source = log.get(submission[(r.id, p.id)], ("", ""))
            rows.append(
                [
                    p.name,
                    r.name,
                    r.group,
                    anonymous[r.id],
                    *[_mark(c, ballot[c.id]) if c.id in ballot else None for c in contest.criteria],
                    _score(total),
                    "是" if dropped else dropped_marks.get((r.id, p.id), ""),
                    submission[(r.id, p.id)],
                    at,
                    SOURCE_NAMES.get(source, source),
                    *(_notes_cells(*notes.get((r.id, p.id), ("", ""))) if with_notes else ()),
                ]
            )
    return header, rows


def _notes_cells(comment: str, outlier: str) -> list[str]:
    """The comment, and the outlier flag in words ("畸低 34.00（中位数 86.00）：理由")."""
    if not outlier:
        return [comment, ""]
    flag = json.loads(outlier)
    word = {"high": "畸高", "low": "畸低"}.get(flag.get("direction"), "")
    text = f"{word} {flag.get('distance', '')}（中位数 {flag.get('median', '')}）"
    return [comment, text + (f"：{flag['reason']}" if flag.get("reason") else "")]


def log_table(store: Store, contest: Contest) -> Table:
    """The submission log as received, corrections included (a mark list per ballot)."""
    reviewers = {r.id: r for r in contest.reviewers}
    presenters = {p.id: p.name for p in contest.presenters}
    criteria = {c.id: c for c in contest.criteria}
    header = ["提交编号", "提交时间", "评委", "评委组", presenter_noun(contest), "来源", "各项得分", "备注"]
    rows = []
    for sid, at, rid, pid, source, ballot, note in store.submission_log_rows():
        reviewer = reviewers.get(rid)
        marks = "，".join(
            f"{criteria[int(c)].name} {_mark(criteria[int(c)], u)}" if int(c) in criteria else f"#{c} {u}"
            for c, u in json.loads(ballot).items()
        )
        rows.append(
            [
                sid,
                at,
                reviewer.name if reviewer else f"#{rid}",
                reviewer.group if reviewer else "",
                presenters.get(pid, f"#{pid}"),
                SOURCE_NAMES.get(source, source),
                marks,
                note,
            ]
        )
    return header, rows


def info_table(data: ReportData) -> Table:
    c = data.contest
    rows = [
        ["标题", c.title],
        ["日期", c.date],
        ["地点", c.venue],
        ["主办单位", c.organizer],
        ["状态", "临时结果（评分尚未结束）" if data.provisional else "正式结果（评分已结束）"],
        ["评分结束时间", data.closed_at or ""],
        ["导出时间", data.generated_at],
        ["完整性校验码（SHA-256）", data.integrity_hash],
    ]
    if c.objective:  # issue 13: each item's weight and source, and the hash locked at the start
        from .objective import objective_hash

        rows += [
            [f"实绩：{x.name}", f"权重 {x.weight.normalize():f}%，来源 {x.source}，规则 {x.rule}"]
            for x in c.objective
        ]
        rows.append(["实绩校验码（SHA-256）", objective_hash(c.objective)])
    return ["项目", "内容"], rows


def _dropped_marks(data: ReportData) -> dict[tuple[int, int], str]:
    """(reviewer, presenter) -> the marks per-criterion trimming left out of that ballot, in words."""
    words = {"highest": "最高", "lowest": "最低"}
    out: dict[tuple[int, int], list[str]] = {}
    for pr in data.result.presenters:
        for group in pr.groups:
            for m in group.dropped_marks:
                key = (m.reviewer.reviewer_id, pr.presenter.id)
                out.setdefault(key, []).append(f"{m.criterion} {m.mark}（{words.get(m.reason, m.reason)}）")
    return {key: "；".join(parts) for key, parts in out.items()}


def _write_xlsx(path: str, tables: dict[str, Table]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, (header, rows) in tables.items():
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        head_cells = []
        for text in header:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            head_cells.append(cell)
        sheet.append(head_cells)
        for row in rows:
            # floats write faster than Decimals; marks and scores have few decimals, which a float keeps
            sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
    workbook.save(path)


def _write_csv(path: str, tables: dict[str, Table]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        for i, (title, (header, rows)) in enumerate(tables.items()):
            if i:
                writer.writerow([])
            writer.writerow([title])
            writer.writerow(header)
            for row in rows:
                writer.writerow([_csv_value(v) for v in row])


def _csv_value(value) -> str:
    if value is None:
        return ""
    return format(value, "f") if isinstance(value, Decimal) else str(value)


def _write_json(path: str, data: ReportData, tables: dict[str, Table]) -> None:
    """The tally's interchange form, plus the raw scores and the contest facts, for other programs."""
    from .tally import tally_json

    def records(name: str) -> list[dict]:
        header, rows = tables[name]
        return [{k: _json_value(v) for k, v in zip(header, row)} for row in rows]

    document = {
        "info": {k: v for k, v in tables["信息"][1]},
        "results": tally_json(data.result),
        "raw_scores": records("原始分"),
    }
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _json_value(value):
    return format(value, "f") if isinstance(value, Decimal) else value
