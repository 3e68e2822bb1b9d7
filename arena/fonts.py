"""The Chinese font Arena ships (static Noto Sans SC, TrueType outlines, SIL OFL) and its registration.

Arena never relies on a system CJK font: the room's laptop may have none, and a
report must render the same on any reader's machine. reportlab embeds the font
as a subset (text and the bar chart alike). The Qt side registers the same files
in ui/fonts.py (this core never imports Qt).
"""

from __future__ import annotations

from functools import cache

from .resources import resource_path

FAMILY = "Noto Sans SC"
REGULAR = resource_path("fonts", "NotoSansSC-Regular.ttf")
BOLD = resource_path("fonts", "NotoSansSC-Bold.ttf")
PDF_REGULAR, PDF_BOLD = "NotoSansSC", "NotoSansSC-Bold"


@cache
def register_reportlab() -> tuple[str, str]:
    """Register the font with reportlab; returns the (regular, bold) names to use in styles."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_REGULAR, str(REGULAR)))
    pdfmetrics.registerFont(TTFont(PDF_BOLD, str(BOLD)))
    addMapping(PDF_REGULAR, 0, 0, PDF_REGULAR)
    addMapping(PDF_REGULAR, 1, 0, PDF_BOLD)
    return PDF_REGULAR, PDF_BOLD
