"""Objective pre-scores (实绩) in files: the workbook's 实绩 sheet, and the values file `arena objective` reads.

The sheet holds one row per item: 名称 / 权重 / 来源 / 规则 / 下限 / 上限 / 方向 (or their English
headers), then one column per presenter, headed by the presenter's name, holding the value. A values
file is a .json (the setup's "objective" list, or an object with one) or an .xlsx with that sheet; an
item it names replaces the stored item of that name field by field (what it leaves out stays), a new
name adds an item. Everything is checked again as a whole before anything is written.
"""

from __future__ import annotations

import json
from pathlib import Path

from .model import Contest, InputError
from .problems import NOWHERE, Place, Problem
from .objective import ObjectiveItem, check_weights, objective_json, parse_objective

SHEET = ("实绩", "Objective")
# field -> (Chinese header, English header)
COLUMNS = {
    "name": ("名称", "name"),
    "weight": ("权重", "weight"),
    "source": ("来源", "source"),
    "rule": ("规则", "rule"),
    "low": ("下限", "low"),
    "high": ("上限", "high"),
    "better": ("方向", "better"),
}
INSTRUCTION = (
    "实绩（可选）：每行一个客观指标：名称、权重（占最终得分的百分比；有实绩时各评委组与实绩的权重合计须为 100）、"
    "来源（如 商务局）、规则（分数 score / 线性 linear / 名次 rank）、下限、上限（线性规则可空）、"
    "方向（越高越好 higher / 越低越好 lower），其后每列以汇报对象名称为表头，填写其数值。"
    "Objective (optional): one item per row; the presenters' values in columns headed by their names."
)


def read_sheet(workbook, data: dict, where: dict) -> None:
    """The 实绩 sheet (when there is one) into data["objective"], recording where each cell is."""
    ws = next((workbook[name] for name in SHEET if name in workbook.sheetnames), None)
    if ws is None:
        return
    header = [str(c.value).strip() if c.value is not None else "" for c in ws[1]]
    fields = {}
    for i, h in enumerate(header):
        field = next((f for f, (zh, en) in COLUMNS.items() if h in (zh, en) or h.lower() == en), None)
        fields[i] = field
    rows = data["objective"] = []
    where[("objective", -1, "")] = Place("objective", -1, "", ws.title)
    for row in ws.iter_rows(min_row=2):
        values = [c.value for c in row]
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        item: dict = {"values": {}}
        index = len(rows)
        for i, value in enumerate(values):
            if i >= len(header) or not header[i]:
                continue
            if fields.get(i):
                item[fields[i]] = value
            elif value is not None and str(value).strip():
                item["values"][header[i]] = value
        for i, h in enumerate(header):
            key = fields.get(i) or "values"
            where.setdefault(
                ("objective", index, key), Place("objective", index, key, ws.title, row[0].row, h)
            )
        where[("objective", index, "")] = Place("objective", index, "", ws.title, row[0].row)
        rows.append(item)


def write_sheet(workbook, contest: Contest) -> None:
    """The 实绩 sheet of the Excel template: the header and the contest's items (if any)."""
    ws = workbook.create_sheet(SHEET[0])
    names = [p.name for p in contest.presenters]
    ws.append([zh for zh, _ in COLUMNS.values()] + names)
    for item in objective_json(contest.objective):
        ws.append([item.get(f, "") for f in COLUMNS] + [item["values"].get(n, "") for n in names])


def read_values(path: str | Path, contest: Contest) -> tuple[ObjectiveItem, ...]:
    """A values file merged over the contest's items, checked as a whole; InputError names every problem."""
    path = Path(path)
    if not path.is_file():
        raise InputError(Problem(NOWHERE, "setup_file_missing", {"path": str(path)}))
    where: dict = {}
    if path.suffix.lower() == ".json":
        try:
            raw = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(
                Problem(NOWHERE, "setup_not_json", {"path": str(path), "detail": str(exc)})
            ) from None
        rows = raw.get("objective") if isinstance(raw, dict) else raw
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise InputError(
                Problem(NOWHERE, "workbook_unreadable", {"path": str(path), "detail": str(exc)})
            ) from None
        data: dict = {}
        read_sheet(wb, data, where)
        wb.close()
        if "objective" not in data:
            raise InputError(Problem(Place(sheet=SHEET[0]), "sheet_missing"))
        rows = data["objective"]
    else:
        raise InputError(Problem(NOWHERE, "values_file_kind", {"path": str(path)}))
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InputError(Problem(Place(file=path.name), "objective_list"))
    merged = {item["name"]: item for item in objective_json(contest.objective)}
    for row in rows:
        name = str(row.get("name") or "").strip()
        base = merged.get(name, {})
        overlay = {k: v for k, v in row.items() if k != "values" and v is not None and str(v).strip() != ""}
        merged[name] = {**base, **overlay, "values": {**base.get("values", {}), **(row.get("values") or {})}}

    def locate(list_name: str, index: int, field: str) -> str:
        name = list(merged)[index] if 0 <= index < len(merged) else ""
        return f"{path.name}: {name or list_name}" + (f", {field}" if field else "")

    full = contest.scoring.full_score
    items, problems = parse_objective(
        list(merged.values()), [p.name for p in contest.presenters], locate, full
    )
    problems += check_weights([g.weight for g in contest.groups], items, f"{path.name}: weights")
    if problems:
        raise InputError(problems)
    return tuple(items)
