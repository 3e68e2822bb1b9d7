"""The report's comments (评语) and outlier flags (畸高畸低), issue 17.

Each presenter's section lists the comments of the ballots that count, under the reviewers' labels
(anonymous archive labels unless the contest is named); the statistics list every counted ballot whose
total stood far from the others when it arrived, with how far, the median and the reviewer's reason.
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from .data import ReportData
from .pages import CONTENT_W, INK, Styles
from .sections import p, table

DIRECTIONS = {"high": "畸高", "low": "畸低"}
BASES = {"group": "本组", "panel": "全体评委"}


def _note_style(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle("note", parent=styles.small, textColor=INK, spaceBefore=1.5)


def presenter_comments(presenter_id: int, data: ReportData, styles: Styles) -> list:
    """The comments on one presenter's counted ballots ([] when there are none)."""
    rows = sorted(
        (row for row in data.notes if row[1] == presenter_id and row[2]),
        key=lambda row: (data.labels.get(row[0], ""),),
    )
    if not rows:
        return []
    story = [Spacer(1, 1.5 * mm), p(f"评语（{len(rows)} 条）", styles.body)]
    for rid, _, comment, _ in rows:
        text = escape(comment).replace("\n", "<br/>")
        label = escape(data.labels.get(rid, "—"))
        story.append(Paragraph(f"<font name='{styles.bold}'>{label}</font>：{text}", _note_style(styles)))
    return story


def outlier_flags(data: ReportData, styles: Styles) -> list:
    """The statistics' list of far-out totals that count, with the reason given ([] when none)."""
    names = {pr.id: pr.name for pr in data.contest.presenters}
    rows = [["汇报对象", "评委", "提示", "相差 / 中位数", "理由"]]
    for rid, pid, _, outlier in data.notes:
        if not outlier:
            continue
        flag = json.loads(outlier)
        rows.append(
            [
                names.get(pid, "—"),
                data.labels.get(rid, "—"),
                DIRECTIONS.get(flag.get("direction"), "—"),
                f"{flag.get('distance', '')} / {flag.get('median', '')}（{BASES.get(flag.get('basis'), '')}）",
                Paragraph(escape(flag.get("reason") or "（未说明）"), _note_style(styles)),
            ]
        )
    if len(rows) == 1:
        return []
    note = (
        "评委的总分与其他评委（本组已交不足 3 人时为全体评委）已交总分的中位数相差超过设定分差时，手机先提示确认；"
        "以下为提交时被标记、现仍计入的评分票（提示不阻止提交，分数照常计入）。"
    )
    widths = [34 * mm, 34 * mm, 14 * mm, 36 * mm, CONTENT_W - 118 * mm]
    return [p("畸高畸低提示", styles.h2), p(note, styles.small), table(rows, widths, styles)]
