"""The report's colours, in one place for the page furniture, the grids and the bars."""

from __future__ import annotations

from reportlab.lib.colors import HexColor

INK = HexColor("#1f2933")
MUTED = HexColor("#6b7280")
RULE = HexColor("#9aa5b1")
ACCENT = HexColor("#2f5d8a")
WARN = HexColor("#b4233c")
