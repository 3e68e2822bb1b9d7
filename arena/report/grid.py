"""A compact, fast table flowable for the big parts of the report (hundreds of reviewers).

reportlab's Table measures every cell as a paragraph and splits long tables
slowly; a score matrix of 500 reviewers x 100 presenters has 50,000 cells. A
Grid has fixed column widths and one line per row, draws text straight onto
the canvas, repeats its header rows on each page and splits in constant time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .colours import INK, MUTED, RULE

HEAD_BG = HexColor("#e8eef5")
STRIPE_BG = HexColor("#f6f8fa")


@dataclass(frozen=True)
class Cell:
    text: str
    muted: bool = False  # drawn grey and struck through: a dropped score
    align: str = "right"  # "left" | "right" | "center"


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis when it does not fit the width."""
    if _width(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def two_lines(text: str, font: str, size: float, width: float) -> tuple[str, str]:
    """Break a column heading over two lines (CJK breaks anywhere); the second is cut if still too long."""
    if stringWidth(text, font, size) <= width:
        return text, ""
    cut = len(text)
    while cut > 1 and stringWidth(text[:cut], font, size) > width:
        cut -= 1
    # prefer a break after a space or where Chinese meets Latin: "产业链" / "012", not "产业链0" / "12"
    seams = [
        i
        for i in range(1, cut + 1)
        if i < len(text) and (_is_cjk(text[i - 1]) != _is_cjk(text[i]) or text[i - 1] == " ")
    ]
    if seams:
        cut = seams[-1]
    return text[:cut], fit(text[cut:].strip(), font, size, width)


def _is_cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


class Grid(Flowable):
    """Rows of Cells in fixed-width columns; `header` rows repeat at the top of each page."""

    def __init__(
        self,
        header: list[list[Cell]],
        rows: list[list[Cell]],
        widths: list[float],
        *,
        font: str,
        bold: str,
        size: float = 7,
        row_height: float | None = None,
        dividers: tuple[int, ...] = (),
    ):
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.dividers = dividers  # column indices with a vertical rule on their left
        self.font, self.bold, self.size = font, bold, size
        self.row_height = row_height or size * 1.45
        self.width = sum(widths)

    def wrap(self, avail_width, avail_height):
        self.height = (len(self.header) + len(self.rows)) * self.row_height
        return self.width, self.height

    def split(self, avail_width, avail_height):
        fits = int(avail_height // self.row_height) - len(self.header)
        if fits < 1 or fits >= len(self.rows):
            return [] if fits < 1 else [self]
        return [self._part(self.rows[:fits]), self._part(self.rows[fits:])]

    def _part(self, rows: list[list[Cell]]) -> Grid:
        return Grid(
            self.header,
            rows,
            self.widths,
            font=self.font,
            bold=self.bold,
            size=self.size,
            row_height=self.row_height,
            dividers=self.dividers,
        )

    def draw(self):
        canvas = self.canv
        top = self.height
        for i, row in enumerate(self.header):
            self._draw_row(row, top - (i + 1) * self.row_height, header=True)
        body_top = top - len(self.header) * self.row_height
        for i, row in enumerate(self.rows):
            self._draw_row(row, body_top - (i + 1) * self.row_height, stripe=i % 2 == 1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, 0, self.width, 0)
        canvas.line(0, top, self.width, top)
        canvas.line(0, body_top, self.width, body_top)
        for column in self.dividers:
            x = sum(self.widths[:column])
            canvas.line(x, 0, x, top)

    def _draw_row(self, row: list[Cell], y: float, *, header: bool = False, stripe: bool = False) -> None:
        """One text object per row (drawString would make one per cell: 50,000 cells is slow)."""
        canvas = self.canv
        if header or stripe:
            canvas.setFillColor(HEAD_BG if header else STRIPE_BG)
            canvas.rect(0, y, self.width, self.row_height, stroke=0, fill=1)
        baseline = y + (self.row_height - self.size) / 2 + self.size * 0.18
        font = self.bold if header else self.font
        text_object = canvas.beginText()
        text_object.setFont(font, self.size)
        colour = INK
        text_object.setFillColor(colour)
        struck = []
        x = 0.0
        for cell, width in zip(row, self.widths):
            if cell.text:
                text, start, text_w = self._place(cell, font, x, width)
                wanted = MUTED if cell.muted else INK
                if wanted is not colour:
                    colour = wanted
                    text_object.setFillColor(colour)
                text_object.setTextOrigin(start, baseline)
                _text_out(text_object, text, font, self.size, text_w)
                if cell.muted:
                    struck.append((start, text_w))
            x += width
        canvas.drawText(text_object)
        if struck:
            middle = baseline + self.size * 0.33
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.5)
            for start, text_w in struck:
                canvas.line(start, middle, start + text_w, middle)

    def _place(self, cell: Cell, font: str, x: float, width: float) -> tuple[str, float, float]:
        """The text as it fits, where it starts, and its width."""
        pad = 3.0
        text = fit(cell.text, font, self.size, width - 2 * pad)
        text_w = _width(text, font, self.size)
        if cell.align == "left":
            return text, x + pad, text_w
        if cell.align == "center":
            return text, x + (width - text_w) / 2, text_w
        return text, x + width - pad - text_w, text_w


def _text_out(text_object, text: str, font: str, size: float, text_w: float) -> None:
    """text_object.textOut(text), from a cache of the PDF operators it wrote for the same text before.

    reportlab turns each string into subset-encoded operators one character at a time (most of the
    time of a 50,000-cell matrix). The operators depend only on the text, the font and size, and the
    font subset selected before it (once a character has a code in a document, it keeps it), so they
    are remembered per canvas under that key and replayed, with the subset left selected after them.
    """
    canvas = text_object._canvas
    cache = canvas.__dict__.setdefault("_arena_text_ops", {})
    key = (text, font, size, text_object._curSubset)
    hit = cache.get(key)
    if hit is None:
        text_object.textOut(text)
        cache[key] = (text_object._code[-1], text_object._curSubset)
        return
    text_object._code.append(hit[0])
    text_object._curSubset = hit[1]
    text_object._x += text_w


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    """Widths repeat (a matrix holds the same few hundred numbers many times): measure each once."""
    return stringWidth(text, font, size)
