"""The report's signatures page (签字确认, issue 17): one box per reviewer, their name and the signature
they drew on the phone, redrawn from its vector strokes as reportlab paths (sharp at any zoom).

No mark or total stands next to a name (in an anonymous contest that would tie marks to a person);
a box says when the reviewer signed, and whether the host corrected one of their scores afterwards.
The signatures are in the integrity hash printed on the same report (arena.verify).
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ..presence import BOX_H, BOX_W, BoardRow
from .pages import CONTENT_W, Styles
from .sections import clock_time, p

PER_ROW = 3
BOX_GAP = 4 * mm
BOX_HEIGHT = 34 * mm
INK = HexColor("#1c1b1f")
FRAME = HexColor("#b9b3c0")
MUTED = HexColor("#6b6670")
WARN = HexColor("#8a5a00")


class SignatureRow(Flowable):
    """Up to PER_ROW reviewer boxes side by side (a row never splits across pages)."""

    def __init__(self, rows: list[BoardRow], styles: Styles):
        super().__init__()
        self.rows = rows
        self.styles = styles
        self.box_w = (CONTENT_W - BOX_GAP * (PER_ROW - 1)) / PER_ROW

    def wrap(self, available_width, available_height):
        return CONTENT_W, BOX_HEIGHT + BOX_GAP

    def draw(self) -> None:
        for i, row in enumerate(self.rows):
            self._box(i * (self.box_w + BOX_GAP), BOX_GAP, row)

    def _box(self, x: float, y: float, row: BoardRow) -> None:
        c = self.canv
        w, h = self.box_w, BOX_HEIGHT
        c.setStrokeColor(FRAME)
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(self.styles.bold, 9)
        c.drawString(x + 2.5 * mm, y + h - 5 * mm, row.name)
        c.setFillColor(MUTED)
        c.setFont(self.styles.regular, 7)
        c.drawRightString(x + w - 2.5 * mm, y + h - 5 * mm, row.group)
        area_x, area_y, area_w, area_h = x + 3 * mm, y + 7 * mm, w - 6 * mm, h - 14 * mm
        if not row.signed:
            c.setFont(self.styles.regular, 8)
            c.drawCentredString(x + w / 2, area_y + area_h / 2, "未签字")
            return
        first = row.signed[0]
        scale = min(area_w / BOX_W, area_h / BOX_H)
        left = area_x + (area_w - BOX_W * scale) / 2
        top = area_y + (area_h + BOX_H * scale) / 2
        c.setStrokeColor(INK)
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in first.strokes:
            path = c.beginPath()
            for j, (px, py) in enumerate(stroke):
                point = (left + px * scale, top - py * scale)
                if j == 0:
                    path.moveTo(*point)
                else:
                    path.lineTo(*point)
            if len(stroke) == 1:
                path.lineTo(left + stroke[0][0] * scale + 0.3, top - stroke[0][1] * scale)
            c.drawPath(path, stroke=1, fill=0)
        c.setFont(self.styles.regular, 7)
        c.setFillColor(MUTED)
        when = "签字 " + clock_time(first.at)
        if len(row.signed) > 1:
            when += f"（共 {len(row.signed)} 项）"
        c.drawString(x + 2.5 * mm, y + 2.2 * mm, when)
        if any(s.precedes_correction for s in row.signed):
            c.setFillColor(WARN)
            c.drawRightString(x + w - 2.5 * mm, y + 2.2 * mm, "签字后主持人修改过评分")


def signatures_page(mode: str, rows: list[BoardRow], styles: Styles) -> list:
    """The section, or nothing when the contest does not sign on the phone and nobody signed."""
    if mode == "off" and not any(row.signed for row in rows):
        return []
    signed = sum(1 for row in rows if row.signed)
    scope = "每个汇报对象评分关闭后" if mode == "after_each" else "全部评分结束后"
    story = [CondPageBreak(80 * mm), Spacer(1, 6 * mm), p("六、评委签字确认", styles.h1)]
    story.append(
        p(
            f"评委在{scope}于本人手机上核对本人的评分并手写签名（{signed} / {len(rows)} 位已签字）。"
            "签名以笔画矢量保存，连同所确认评分摘要的 SHA-256 计入上方的完整性校验码；"
            "arena verify 逐一核对每个签名与提交记录。此处不列出任何分数。",
            styles.body,
        )
    )
    story.append(Spacer(1, 3 * mm))
    for first in range(0, len(rows), PER_ROW):
        story.append(SignatureRow(rows[first : first + PER_ROW], styles))
    return story
