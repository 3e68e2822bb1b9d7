"""The shipped Chinese font: static TrueType, covers GBK, renders in Qt and in PDFs without system fonts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from fontTools.ttLib import TTFont

from arena.fonts import BOLD, REGULAR


def gbk_characters():
    """Every character of the GBK code page (double-byte area)."""
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                yield bytes([lead, trail]).decode("gbk")
            except UnicodeDecodeError:
                continue


def test_fonts_are_static_truetype_and_cover_all_of_gbk():
    for path, weight in ((REGULAR, 400), (BOLD, 700)):
        with TTFont(path, lazy=True) as font:  # closed after: warnings are errors in this suite
            assert "glyf" in font and "CFF " not in font  # TrueType outlines: reportlab can embed them
            assert "fvar" not in font  # static: no variable axes to fall back to Thin
            cmap = font.getBestCmap()
            missing = [
                ch for ch in gbk_characters() if ord(ch) not in cmap and not 0xE000 <= ord(ch) <= 0xF8FF
            ]
            # Noto Sans SC lacks one GBK symbol, U+2252 (≒), which no name or label uses; every Hanzi is there.
            assert missing == ["\u2252"], (
                f"{len(missing)} GBK characters missing, e.g. {''.join(missing[:20])}"
            )
            assert font["OS/2"].usWeightClass == weight


def run_isolated(code: str, env_extra: dict) -> str:
    env = {**os.environ, **env_extra}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_qt_renders_chinese_with_no_system_cjk_font(no_cjk_fontconfig):
    out = run_isolated(
        """
        from PySide6.QtWidgets import QApplication, QLabel
        from PySide6.QtGui import QFontDatabase
        from ui.fonts import register_qt_fonts
        app = QApplication([])
        assert not [f for f in QFontDatabase.families() if 'CJK' in f or 'WenQuanYi' in f or 'Droid' in f]
        register_qt_fonts(app)
        def shot(text):
            label = QLabel(text); label.resize(200, 80); label.setStyleSheet('font-size: 40px')
            return label.grab().toImage()
        # private-use code point: the font has no glyph, so this is what a missing glyph (a box) looks like
        box, lei, tai = shot('\\ue000'), shot('擂'), shot('台')
        print(lei != box and tai != box and lei != tai)
        """,
        no_cjk_fontconfig,
    )
    assert out.strip() == "True"


def test_reportlab_embeds_a_subset_that_reads_back_as_chinese(tmp_path):
    from reportlab.pdfgen import canvas

    from arena.fonts import register_reportlab

    regular, bold = register_reportlab()
    pdf = tmp_path / "font.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont(regular, 18)
    c.drawString(72, 720, "擂台赛 数字经济 喆堃珺")
    c.setFont(bold, 18)
    c.drawString(72, 690, "总部经济")
    c.save()
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in fonts.splitlines() if "NotoSansSC" in line]
    assert len(rows) == 2 and all(" yes " in row for row in rows)  # embedded and subset
    assert pdf.stat().st_size < 200_000  # a subset, not the 10 MB font
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "擂台赛 数字经济 喆堃珺" in text and "总部经济" in text
