"""Reading and writing the files hosts already have: setup JSON, the Excel template, score CSVs.

Every reader is all-or-nothing: it returns a complete, validated result or
raises InputError naming every bad cell, and it never writes anything itself.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from pathlib import Path

from .intake import PaperRow
from .model import Contest, InputError, Place, Problem
from .resources import resource_path
from .setup import contest_to_dict, parse_setup

# list name -> (Chinese sheet, English sheet, [(field, Chinese header, English header)])
SHEETS = {
    "criteria": (
        "评分标准",
        "Criteria",
        [
            ("name", "名称", "name"),
            ("max", "满分", "max"),
            ("step", "步长", "step"),
            ("weight", "权重", "weight"),
        ],
    ),
    "groups": ("评委组", "Groups", [("name", "名称", "name"), ("weight", "权重", "weight")]),
    "reviewers": (
        "评委",
        "Reviewers",
        [
            ("name", "姓名", "name"),
            ("group", "评委组", "group"),
            ("title", "职务", "title"),
            ("recuse", "回避", "recuse"),
        ],
    ),
    "presenters": (
        "汇报对象",
        "Presenters",
        [
            ("name", "名称", "name"),
            ("speaker", "汇报人", "speaker"),
            ("unit", "单位", "unit"),
            ("minutes", "时限(分钟)", "minutes"),
            ("phases", "环节(名称 分钟)", "phases"),  # issue 17: "陈述 5, 答询 5" (empty: the default)
        ],
    ),
}
CONTEST_SHEET = ("比赛信息", "Contest")
# contest sheet key -> (Chinese label, English label, where it goes)
CONTEST_KEYS = [
    ("title", "标题", None),
    ("date", "日期", None),
    ("venue", "地点", None),
    ("organizer", "主办单位", None),
    ("presenter_noun", "汇报对象称谓", None),
    ("method", "计分方法", "scoring"),
    ("trim", "去掉最高最低各几个", "scoring"),
    ("level", "去分层级", "scoring"),
    ("tie_break", "同分决胜规则", "scoring"),
    ("ballot_mode", "评分方式", "scoring"),
    ("rounding", "取舍规则", "scoring"),  # issue 15: "total:1; final:2" (stage:decimals[:rule])
    ("trim_min", "最少几人才去分", "scoring"),
    ("full_score", "满分", "scoring"),
    ("reveal_mode", "亮分方式", "scoring"),
    ("announce_totals", "亮分显示每位评委总分", "scoring"),
    ("announce_ranking", "亮分显示当前排名", "scoring"),
    ("comments", "评语", "scoring"),  # issue 17: off / optional / required (关闭 / 可选 / 必填)
    ("outlier_points", "畸高畸低提示分差", "scoring"),
    ("outlier_show_median", "提示时显示中位数", "scoring"),
    ("phases", "环节(名称 分钟)", "scoring"),  # issue 17: the presenter timer in phases
    ("auto_open_scoring", "最后环节结束自动开始评分", "scoring"),
    ("auto_close_minutes", "评分开始几分钟后自动结束", "scoring"),
    ("sign_mode", "签字确认", "scoring"),  # issue 17: off / at_end / after_each (关闭 / 结束后 / 每位汇报后)
    ("welcome_names", "欢迎页显示签到名单", "scoring"),  # issue 17: 是 / 否
]
# Issue 13: the audience group, as rows of the contest sheet (arena/audience.py reads the values).
AUDIENCE_KEYS = {
    "大众评审名称": "name",
    "大众评审权重": "weight",
    "大众评审方式": "ballot",
    "大众评审汇总": "aggregate",
    "大众评审每机票数": "votes",
    "大众评审人数上限": "cap",
    "大众评审加入方式": "join",
}
INSTRUCTIONS = [
    "擂台赛设置模板 / Arena contest setup template",
    "每张工作表是一个列表，第一行是表头（中文或英文均可）。Each sheet is one list; row 1 holds the headers (Chinese or English).",
    "评分标准：满分、步长（如 1、0.5、0.25、0.01）、权重（留空则等于满分）。Criteria: max, step, weight (blank = max).",
    "评委组：权重用于加权各组得分。Groups: the weight of each reviewer group.",
    "评委：回避一栏填写不能评分的汇报对象名称，多个用逗号分隔。Reviewers: recuse lists presenters they may not score.",
    "计分方法：mean（平均）、trimmed（去掉最高最低后平均）、median（中位数）。Method: mean, trimmed, median.",
    "评分方式：per_presenter（逐个评分）或 all_at_end（最后统一评分）。",
    "取舍规则（可空）：如 total:1; final:2 表示每位评委总分保留一位小数、最后得分保留两位小数（四舍五入）；"
    "环节 total、criterion、weighted、group、final，可加 :half_even 或 :down。"
    "Rounding (optional): stage:decimals[:rule]; rules half_up (default), half_even, down.",
    "最少几人才去分（可空，默认 2k+1）：评委少于此数的组不去掉最高最低分。满分（可空，默认 100）。",
    "亮分方式：at_end（最后统一揭晓，默认）或 after_each（每位汇报评分结束后当场亮分）。"
    "Reveal: at_end (default) or after_each (announce each presenter once scoring closed).",
    "评语（可空）：关闭、可选或必填，每条最多 500 字。畸高畸低提示分差（可空）：评委总分与其他评委中位数相差超过此分数时，"
    "手机提示确认并可填理由；提示时显示中位数：是/否（默认否）。Comments: off/optional/required; outlier_points.",
    "环节（可空）：如 陈述 5, 答询 5，每位汇报依次计时，汇报对象表可另填本人的环节；最后环节结束可自动开始评分，"
    "评分开始若干分钟后可自动结束（0 为不自动结束）。Phases (optional): name minutes, ...; a presenter may have own.",
    "签字确认（可空）：关闭（默认）、结束后（比赛结束后每位评委签一次）或每位汇报后（每位汇报评分结束后签字）；"
    "欢迎页显示签到名单：是/否（默认否）。Signing: off/at_end/after_each; welcome_names: yes/no.",
    "然后运行 / then run:  arena new 比赛.arena --from 本文件.xlsx",
]


def read_setup(path: str | Path) -> Contest:
    """A setup file by its extension: .json or .xlsx."""
    path = Path(path)
    if not path.is_file():
        raise InputError(Problem(Place(), "setup_file_missing", {"path": str(path)}))
    if path.suffix.lower() == ".json":
        return read_setup_json(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_setup_xlsx(path)
    raise InputError(Problem(Place(), "setup_file_kind", {"path": str(path)}))


def read_setup_json(path: str | Path) -> Contest:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(
            Problem(Place(), "setup_not_json", {"path": str(path), "detail": str(exc)})
        ) from None
    return parse_setup(data)


def write_setup_json(contest: Contest, path: str | Path) -> None:
    Path(path).write_text(json.dumps(contest_to_dict(contest), ensure_ascii=False, indent=2), "utf-8")


def _sheet(workbook, names: tuple[str, str]):
    for name in names:
        if name in workbook.sheetnames:
            return workbook[name]
    return None


def _read_list(ws, fields, list_name, rows_out, where):
    header = [str(c.value).strip() if c.value is not None else "" for c in ws[1]]
    columns = {}
    for field, zh, en in fields:
        for i, h in enumerate(header):
            if h in (zh, en) or h.lower() == en:
                columns[field] = (i, h)
    for row in ws.iter_rows(min_row=2):
        values = [c.value for c in row]
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        index = len(rows_out)
        rows_out.append({f: values[i] if i < len(values) else None for f, (i, _) in columns.items()})
        for field, (_, h) in columns.items():
            where[(list_name, index, field)] = Place(list_name, index, field, ws.title, row[0].row, h)
        where[(list_name, index, "")] = Place(list_name, index, "", ws.title, row[0].row)


def read_setup_xlsx(path: str | Path) -> Contest:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(
            Problem(Place(), "workbook_unreadable", {"path": str(path), "detail": str(exc)})
        ) from None
    data: dict = {"scoring": {}}
    where: dict[tuple[str, int, str], Place] = {}
    missing = []
    for list_name, (zh, en, fields) in SHEETS.items():
        ws = _sheet(wb, (zh, en))
        data[list_name] = []
        if ws is None:
            missing.append(Problem(Place(list_name, sheet=zh), "sheet_missing"))
            continue
        _read_list(ws, fields, list_name, data[list_name], where)
    info = _sheet(wb, CONTEST_SHEET)
    if info is not None:
        labels = {label: (key, dest) for key, label, dest in CONTEST_KEYS}
        labels.update({key: (key, dest) for key, _, dest in CONTEST_KEYS})
        rows = info.iter_rows(min_row=1, max_col=2, values_only=True)
        for number, (key_cell, value_cell, *_) in enumerate(rows, start=1):
            key, dest = labels.get(str(key_cell).strip(), (None, None))
            audience_key = AUDIENCE_KEYS.get(str(key_cell).strip())
            if audience_key and value_cell not in (None, ""):
                data.setdefault("audience", {})[audience_key] = value_cell
                where[("audience", -1, audience_key)] = Place(sheet=CONTEST_SHEET[0], row=number)
            if key and value_cell is not None:
                (data["scoring"] if dest else data)[key] = value_cell
                where[(dest or "contest", -1, key)] = Place(sheet=CONTEST_SHEET[0], row=number)
    from .objective_io import read_sheet

    read_sheet(wb, data, where)  # issue 13: the optional 实绩 sheet
    wb.close()
    if missing:
        raise InputError(missing)

    def locate(list_name: str, index: int, field: str) -> Place:
        if list_name in ("contest", "scoring", "audience"):  # the row of the key's line, when it has one
            row = where[(list_name, index, field)].row if (list_name, index, field) in where else 0
            return Place(list_name, index, field, sheet=CONTEST_SHEET[0], row=row)
        found = where.get((list_name, index, field)) or where.get((list_name, index, ""))
        if found is not None:
            return Place(list_name, index, field, found.sheet, found.row, found.header if found.field else "")
        return Place(
            list_name, index, field, sheet=SHEETS[list_name][0] if list_name in SHEETS else list_name
        )

    return parse_setup(data, locate)


def write_template(path: str | Path, contest: Contest | None = None) -> None:
    """The Excel template: instructions, contest info, one sheet per list, example rows."""
    import openpyxl
    from openpyxl.styles import Font

    from .rounding import Rounding

    # The example rows are the demo contest's (read here: the demo module builds on this one).
    contest = contest or read_setup_json(resource_path("demo", "demo.json"))
    data = contest_to_dict(contest)
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "说明"
    for line in INSTRUCTIONS:
        notes.append([line])
    notes.column_dimensions["A"].width = 110
    info = wb.create_sheet(CONTEST_SHEET[0])
    info.append(["项目", "值"])
    for key, label, dest in CONTEST_KEYS:
        value = (data["scoring"] if dest else data).get(key, "")
        if key == "rounding":
            value = Rounding(contest.scoring.rounding).text()
        info.append([label, ", ".join(value) if isinstance(value, list) else value])
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 40
    names = " ".join(p.name for p in contest.presenters)
    for list_name, (zh, _en, fields) in SHEETS.items():
        ws = wb.create_sheet(zh)
        ws.append([h for _, h, _ in fields])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for item in data[list_name]:
            ws.append(
                [_joined(v, names) if isinstance(v := item.get(f, ""), list) else v for f, _, _ in fields]
            )
        for col, width in zip("ABCDE", (22, 14, 16, 30, 24)):
            ws.column_dimensions[col].width = width
    from .objective_io import INSTRUCTION, write_sheet

    notes.append([INSTRUCTION])
    write_sheet(wb, contest)  # issue 13: 实绩
    wb.save(path)


def _joined(items: list[str], names: str) -> str:
    """Items in one cell, with a separator that no presenter's name contains (`names`: all of them),
    so the cell reads back as written."""
    separator = next((sep for sep in (", ", "、", "; ", "；") if sep.strip() not in names), ", ")
    return separator.join(items)


SCORE_COLUMNS = ("reviewer", "presenter", "criterion", "score")


def read_scores_csv(path: str | Path) -> tuple[list[PaperRow], str]:
    """Paper ballots from `reviewer,presenter,criterion,score` rows, as written (checked by the intake).

    Returns one PaperRow per (reviewer, presenter) and the file's SHA-256; raises InputError for
    a file that is not a score sheet, or a mark given twice.
    """
    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(Problem(Place(), "scores_not_utf8", {"path": str(path)})) from None
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or [f.strip() for f in reader.fieldnames] != list(SCORE_COLUMNS):
        raise InputError(
            Problem(Place(), "scores_header", {"path": str(path), "columns": ",".join(SCORE_COLUMNS)})
        )
    problems: list[Problem] = []
    marks: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    first_row: dict[tuple[str, str], int] = {}
    for line, row in enumerate(reader, start=2):
        where = Place(file=Path(path).name, line=line)
        r, p = (row.get("reviewer") or "").strip(), (row.get("presenter") or "").strip()
        # The mark exactly as written: the intake's parser decides what a number is.
        crit, score = (row.get("criterion") or "").strip(), row.get("score") or ""
        if crit in marks[(r, p)]:
            problems.append(Problem(where, "second_mark", {"reviewer": r, "presenter": p, "criterion": crit}))
        marks[(r, p)][crit] = score
        first_row.setdefault((r, p), line)
    if problems:
        raise InputError(problems)
    rows = [
        PaperRow(r, p, ballot_marks, f"{Path(path).name} line {first_row[(r, p)]} ({r} / {p})")
        for (r, p), ballot_marks in marks.items()
    ]
    if not rows:
        raise InputError(Problem(Place(), "scores_empty", {"path": str(path)}))
    return rows, digest
