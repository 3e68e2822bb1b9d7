"""A fontconfig setup with no CJK font at all, to prove Arena's own font does the work."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def no_cjk_fontconfig(tmp_path):
    """Environment variables for a subprocess whose fontconfig knows only one Latin font (or none)."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if shutil.os.path.exists(candidate):
            shutil.copy(candidate, fonts)
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>""",
        "utf-8",
    )
    return {"FONTCONFIG_FILE": str(conf), "FONTCONFIG_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
