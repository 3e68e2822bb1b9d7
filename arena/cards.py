"""Printable reviewer cards: eight per A4 page with cut marks, each with the reviewer's QR link.

The host prints these before the meeting and lays one at each seat. A card
carries the contest title, the reviewer's name and group, the QR code of their
personal link (drawn as vector squares so it stays sharp on any printer), the
link in short form for typing, and one line of instructions.
"""

from __future__ import annotations

from pathlib import Path

from .fonts import register_reportlab
from .model import InputError, Reviewer
from .problems import problem
from .report.output import atomic_output
from .server.links import reviewer_link
from .store import Store

COLUMNS, ROWS = 2, 4
INSTRUCTIONS = "用手机扫描二维码进入本人评分页面，逐项打分后提交。此码仅限本人使用，请勿转发。"


def write_cards(store_path, out_pdf, base_url: str, wifi: str = "", wifi_password: str = "") -> Path:
    """Write one card per reviewer (in setup order) to `out_pdf`; returns its path. With `wifi`, each
    card also names the room's Wi-Fi (and its password) to join before scanning."""
    with Store.open(store_path) as store:
        contest = store.contest()
    if not contest.reviewers:
        raise InputError(problem("no_reviewers", path=str(store_path)))
    with atomic_output(out_pdf) as tmp_name:
        _draw_cards(tmp_name, contest, base_url, _wifi_line(wifi, wifi_password))
    with Store.open(store_path) as store, store.transaction():  # the contest remembers its cards' address
        store.log_action("cards_printed", {"base": base_url, "file": Path(out_pdf).name})
    return Path(out_pdf)


def printed_base(store: Store) -> str | None:
    """The address the contest's cards were last printed with (None when none were printed)."""
    printed = [e for e in store.session_log() if e["action"] == "cards_printed"]
    return printed[-1]["detail"]["base"] if printed else None


def _wifi_line(name: str, password: str) -> str:
    if not name:
        return ""
    return f"Wi-Fi：{name}" + (f"　密码：{password}" if password else "")


def _draw_cards(path: str, contest, base_url: str, wifi: str = "") -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_reportlab()
    canvas = Canvas(path, pagesize=A4, pageCompression=1, initialFontName=fonts[0], lang="zh-CN")
    canvas.setTitle(f"{contest.title} · 评委卡")
    canvas.setAuthor("Arena")
    layout = _Layout(*A4)
    per_page = COLUMNS * ROWS
    reviewers = contest.reviewers
    for start in range(0, len(reviewers), per_page):
        _draw_cut_marks(canvas, layout)
        for slot, reviewer in enumerate(reviewers[start : start + per_page]):
            x, y = layout.card_origin(slot)
            link = reviewer_link(base_url, reviewer.token)
            _draw_card(canvas, fonts, x, y, layout, contest.title, reviewer, link, wifi)
        canvas.showPage()
    canvas.save()


class _Layout:
    """Where the cards sit: a 2 x 4 grid inside a 10 mm margin (the margin holds the cut marks)."""

    def __init__(self, page_w: float, page_h: float):
        from reportlab.lib.units import mm

        self.mm = mm
        self.margin = 10 * mm
        self.page_w, self.page_h = page_w, page_h
        self.card_w = (page_w - 2 * self.margin) / COLUMNS
        self.card_h = (page_h - 2 * self.margin) / ROWS

    def card_origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner of card `slot`, filled left to right, top to bottom."""
        column, row = slot % COLUMNS, slot // COLUMNS
        return self.margin + column * self.card_w, self.page_h - self.margin - (row + 1) * self.card_h

    def cut_xs(self) -> list[float]:
        return [self.margin + i * self.card_w for i in range(COLUMNS + 1)]

    def cut_ys(self) -> list[float]:
        return [self.margin + i * self.card_h for i in range(ROWS + 1)]


def _draw_cut_marks(canvas, layout: _Layout) -> None:
    """Marks in the margin at every cut line, and small crosses where inner cut lines meet."""
    mm = layout.mm
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.2)
    mark, gap = 6 * mm, 1.5 * mm
    for x in layout.cut_xs():
        canvas.line(x, layout.page_h - layout.margin + gap, x, layout.page_h - layout.margin + gap + mark)
        canvas.line(x, layout.margin - gap, x, layout.margin - gap - mark)
    for y in layout.cut_ys():
        canvas.line(layout.margin - gap - mark, y, layout.margin - gap, y)
        canvas.line(layout.page_w - layout.margin + gap, y, layout.page_w - layout.margin + gap + mark, y)
    arm = 2 * mm
    for x in layout.cut_xs()[1:-1]:
        for y in layout.cut_ys():
            canvas.line(x - arm, y, x + arm, y)
            canvas.line(x, y - arm, x, y + arm)
    for y in layout.cut_ys()[1:-1]:
        for x in layout.cut_xs():
            canvas.line(x - arm, y, x + arm, y)
            canvas.line(x, y - arm, x, y + arm)
    canvas.restoreState()


def _draw_card(
    canvas, fonts, x, y, layout: _Layout, title: str, reviewer: Reviewer, link: str, wifi: str = ""
) -> None:
    mm = layout.mm
    regular, bold = fonts
    pad = 5 * mm
    inner_w = layout.card_w - 2 * pad
    top = y + layout.card_h - pad
    top -= _paragraph(canvas, title, bold, 10, x + pad, top, inner_w, lines=2)
    qr_size = 36 * mm
    qr_top = top - 2 * mm
    _draw_qr(canvas, link, x + pad - 2 * mm, qr_top - qr_size, qr_size)
    text_x = x + pad + qr_size
    text_w = inner_w - qr_size
    line_top = qr_top - 3 * mm
    line_top -= _paragraph(canvas, reviewer.name, bold, 18, text_x, line_top, text_w, lines=1) + 2 * mm
    line_top -= _paragraph(canvas, reviewer.group, regular, 10, text_x, line_top, text_w, lines=1) + 1 * mm
    if reviewer.title:
        _paragraph(canvas, reviewer.title, regular, 8, text_x, line_top, text_w, lines=2, gray=0.3)
    bottom = y + pad
    _paragraph(canvas, INSTRUCTIONS, regular, 7, x + pad, bottom + 9, inner_w, lines=2, gray=0.25)
    short = link.split("://", 1)[-1]
    _paragraph(canvas, short, regular, 6.5, x + pad, bottom + 17 + 9, inner_w, lines=1)
    if wifi:  # join this network first: the link works only on it
        _paragraph(canvas, wifi, bold, 8, x + pad, bottom + 17 + 9 + 10, inner_w, lines=1)


def _paragraph(canvas, text, font, size, x, top, width, *, lines: int, gray: float = 0.0) -> float:
    """Draw wrapped text, its top at `top`, in at most `lines` lines (shrunk to fit); returns its height."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    while True:
        style = ParagraphStyle(
            "card",
            fontName=font,
            fontSize=size,
            leading=size * 1.25,
            wordWrap="CJK",
            textColor=(gray,) * 3,
        )
        para = Paragraph(escape(text), style)
        _, height = para.wrapOn(canvas, width, 1000)
        if height <= lines * style.leading + 0.1 or size <= 5:
            break
        size -= 0.5
    para.drawOn(canvas, x, top - height)
    return height


def _draw_qr(canvas, link: str, x: float, y: float, size: float) -> None:
    """The QR code of `link` with its quiet zone, as filled squares (runs merged into bars)."""
    import segno

    qr = segno.make(link, error="m", micro=False)
    rows = [list(row) for row in qr.matrix_iter(scale=1, border=4)]
    module = size / len(rows)
    canvas.saveState()
    canvas.setFillGray(0)
    for r, row in enumerate(rows):
        top = y + size - (r + 1) * module
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                canvas.rect(x + start * module, top, (c - start) * module, module * 1.04, stroke=0, fill=1)
            else:
                c += 1
    canvas.restoreState()
