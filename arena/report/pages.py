"""The report's page furniture: A4 templates, running header, page numbers, the PROVISIONAL mark.

"第 n 页 / 共 N 页" needs the page count before any page is final, so the
canvas keeps each page's state and draws the footers when the document is
saved (the usual two-step canvas of reportlab's cookbook).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from ..fonts import register_reportlab
from .colours import ACCENT, INK, MUTED, RULE, WARN  # noqa: F401  (others take them from here too)
from .grid import fit

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
PROVISIONAL_TEXT = "临时结果 · 草稿"
PROVISIONAL_BANNER = "PROVISIONAL 临时结果：评分尚未结束，本报告仅供参考，不作为正式结果"


@dataclass(frozen=True)
class Furniture:
    """What every page carries besides its content."""

    title: str
    subtitle: str
    short_hash: str
    provisional: bool


class Styles:
    """Paragraph styles in the shipped Chinese font (CJK line breaking everywhere)."""

    def __init__(self):
        self.regular, self.bold = register_reportlab()
        base = dict(fontName=self.regular, textColor=INK, wordWrap="CJK")
        self.body = ParagraphStyle("body", fontSize=9.5, leading=14, **base)
        self.small = ParagraphStyle("small", fontSize=8, leading=11, **{**base, "textColor": MUTED})
        self.cell = ParagraphStyle("cell", fontSize=8.5, leading=11, **base)
        self.h1 = ParagraphStyle(
            "h1",
            fontSize=15,
            leading=20,
            spaceBefore=4,
            spaceAfter=8,
            **{**base, "fontName": self.bold, "textColor": ACCENT},
        )
        self.h2 = ParagraphStyle(
            "h2", fontSize=11.5, leading=16, spaceBefore=10, spaceAfter=4, **{**base, "fontName": self.bold}
        )
        self.cover_title = ParagraphStyle(
            "cover_title", fontSize=24, leading=32, alignment=TA_CENTER, **{**base, "fontName": self.bold}
        )
        self.cover_sub = ParagraphStyle(
            "cover_sub", fontSize=15, leading=22, alignment=TA_CENTER, **{**base, "textColor": ACCENT}
        )
        self.warning = ParagraphStyle("warning", fontSize=9.5, leading=14, **{**base, "textColor": WARN})
        self.hash = ParagraphStyle("hash", fontSize=8.5, leading=12, **base)


def footer_canvas(furniture: Furniture):
    """A Canvas class that draws header, footer and watermark once the page count is known."""

    class ReportCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", register_reportlab()[0])
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_furniture(self, furniture, self._pageNumber, total)
                super().showPage()
            super().save()

    return ReportCanvas


def _draw_furniture(canvas: Canvas, furniture: Furniture, page: int, total: int) -> None:
    regular, _ = register_reportlab()
    canvas.saveState()
    if furniture.provisional:
        _draw_provisional(canvas, regular)
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    if page > 1:  # the cover has no running header
        top = PAGE_H - 12 * mm
        canvas.drawString(MARGIN_X, top, fit(furniture.title, regular, 7.5, CONTENT_W * 0.6))
        canvas.drawRightString(PAGE_W - MARGIN_X, top, furniture.subtitle)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
    bottom = 10 * mm
    canvas.drawCentredString(PAGE_W / 2, bottom, f"第 {page} 页 / 共 {total} 页")
    canvas.drawString(MARGIN_X, bottom, f"校验码 {furniture.short_hash}")
    canvas.drawRightString(PAGE_W - MARGIN_X, bottom, "Arena 擂台赛计分")
    canvas.restoreState()


def _draw_provisional(canvas: Canvas, font: str) -> None:
    """A pale diagonal mark across the page and a red line at its top: no one mistakes a draft."""
    canvas.saveState()
    canvas.setFillColor(Color(0.75, 0.1, 0.15, alpha=0.10))
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(40)
    canvas.setFont(font, 64)
    canvas.drawCentredString(0, -20, PROVISIONAL_TEXT)
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(WARN)
    canvas.setFont(font, 8)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 6.5 * mm, PROVISIONAL_BANNER)
    canvas.restoreState()


class ReportDocument(BaseDocTemplate):
    """One frame per page; h1 headings become PDF bookmarks so a reader can jump between sections."""

    def __init__(self, path: str, title: str, integrity_hash: str):
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="Arena",
            subject="擂台赛评分结果报告",
            creator="Arena",
            lang="zh-CN",
            initialFontName=register_reportlab()[0],
            keywords=f"SHA-256 {integrity_hash}",
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._outline_count = 0

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            key = f"section-{self._outline_count}"
            self._outline_count += 1
            self.canv.bookmarkPage(key)
            level = 0 if flowable.style.name == "h1" else 1
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level == 0)
