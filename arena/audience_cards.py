"""Seat cards for the audience (issue 13): `arena cards FILE OUT.pdf --audience N`.

Each card carries a one-time seat code and the QR code of the room link with that code; the first
phone that joins with a code takes it, and a second phone is refused (seat_used). The codes are
issued (stored in the contest file) when the cards are written; the log records how many, never a code.
"""

from __future__ import annotations

from pathlib import Path

from .cards import COLUMNS, ROWS, _draw_cut_marks, _draw_qr, _Layout, _paragraph
from .fonts import register_reportlab
from .model import InputError
from .report.output import atomic_output
from .store import Store

MAX_SEATS = 5000
INSTRUCTIONS = "用手机扫描二维码加入大众评审，为每位汇报对象投票。此码只能在一部手机上使用。"


def room_link(base_url: str, room_token: str, seat: str | None = None) -> str:
    """The audience's room link (the projector's QR), or a seat card's link carrying its code."""
    link = f"{base_url.rstrip('/')}/a/{room_token}"
    return f"{link}?seat={seat}" if seat else link


def write_seat_cards(store_path, out_pdf, base_url: str, count: int) -> Path:
    if not 1 <= count <= MAX_SEATS:
        raise InputError(f"--audience {count}: give a number of seat cards from 1 to {MAX_SEATS}")
    with Store.open(store_path) as store:
        state = store.audience_state()
        if state is None:
            raise InputError(f"{store_path}: the contest has no audience group, so there are no seat cards")
        if state["join_mode"] != "seats":
            raise InputError(
                f"{store_path}: the audience joins by the open room link (join: open), not by seat codes"
            )
        title = store.contest().title
        codes = store.issue_seat_codes(count)
    with atomic_output(out_pdf) as tmp_name:
        _draw(tmp_name, title, [(c, room_link(base_url, state["room_token"], c)) for c in codes])
    return Path(out_pdf)


def _draw(path: str, title: str, cards: list[tuple[str, str]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_reportlab()
    regular, bold = fonts
    canvas = Canvas(path, pagesize=A4, pageCompression=1, initialFontName=regular, lang="zh-CN")
    canvas.setTitle(f"{title} · 大众评审座位卡")
    canvas.setAuthor("Arena")
    layout = _Layout(*A4)
    mm, per_page = layout.mm, COLUMNS * ROWS
    for start in range(0, len(cards), per_page):
        _draw_cut_marks(canvas, layout)
        for slot, (code, link) in enumerate(cards[start : start + per_page]):
            x, y = layout.card_origin(slot)
            pad = 5 * mm
            inner_w = layout.card_w - 2 * pad
            top = y + layout.card_h - pad
            top -= _paragraph(canvas, title, bold, 10, x + pad, top, inner_w, lines=2)
            qr = 36 * mm
            _draw_qr(canvas, link, x + pad - 2 * mm, top - 2 * mm - qr, qr)
            text_x, text_w = x + pad + qr, inner_w - qr
            line = top - 5 * mm
            line -= _paragraph(canvas, "大众评审", bold, 16, text_x, line, text_w, lines=1) + 2 * mm
            line -= _paragraph(canvas, "座位码", regular, 9, text_x, line, text_w, lines=1) + 1 * mm
            _paragraph(canvas, f"{code[:4]} {code[4:]}", bold, 18, text_x, line, text_w, lines=1)
            _paragraph(canvas, INSTRUCTIONS, regular, 7, x + pad, y + pad + 9, inner_w, lines=2, gray=0.25)
        canvas.showPage()
    canvas.save()
