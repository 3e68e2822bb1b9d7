"""The PDF report for the archive: `write_report(store_path, out_pdf)`.

A4, reportlab platypus, the shipped Chinese font embedded as a subset. Runs in
a worker thread of the console (it never touches Qt) or from `arena report`.
reportlab is imported only when a report is written.

Layout: pages.py (templates, header, page numbers, PROVISIONAL mark),
sections.py (cover, method, ranking, chart), bars.py (the bar chart, vector), details.py (per presenter,
statistics, integrity and signatures, the score matrix), signatures.py (the reviewers' own signatures,
drawn from their strokes), grid.py (a fast
table for the big parts), data.py (the one read of the contest file),
output.py (files written whole or not at all; also used by cards and exports).
"""

from __future__ import annotations

from pathlib import Path

from ..store import Store
from .output import atomic_output

__all__ = ["write_report"]


def write_report(store_path, out_pdf, *, anonymous: bool | None = None) -> Path:
    """Write the report of the contest in `store_path` to `out_pdf`; returns its path.

    `anonymous` None follows the contest's setting; True shows reviewers as
    "group #n", False by name. The PDF is written beside the target and renamed
    over it, so a reader never sees half a report.
    """
    from .data import gather

    with Store.open(store_path) as store:
        data = gather(store, anonymous)
    with atomic_output(out_pdf) as tmp_name:
        _build(data, tmp_name)
    return Path(out_pdf)


def _build(data, path: str) -> None:
    from . import details, prep, sections, signatures
    from .pages import Furniture, ReportDocument, Styles, footer_canvas

    styles = Styles()
    title = data.contest.title
    doc = ReportDocument(path, f"{title} · 评分结果报告", data.integrity_hash)
    subtitle = "评分结果报告（临时结果）" if data.provisional else "评分结果报告"
    furniture = Furniture(title, subtitle, data.integrity_hash[:16], data.provisional)
    story = []
    story += sections.cover(data, styles)
    story += sections.method(data, styles)
    story += prep.objective(data, styles) + prep.draw(data, styles)  # issue 13: 实绩 and 抽签
    story += sections.ranking(data, styles)
    story += sections.chart(data, styles)
    story += details.presenters(data, styles)
    story += details.statistics(data, styles)
    story += details.integrity_and_signatures(data, styles)
    story += signatures.signatures_page(data.sign_mode, list(data.presence), styles)
    story += details.matrix(data, styles)
    doc.build(story, canvasmaker=footer_canvas(furniture))
