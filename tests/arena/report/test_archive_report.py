"""The PDF report read back: ranking, every score as the tally prints it, the hash, fonts, marks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from archive_helpers import close_contest, compact, page_count, pdf_fonts, pdf_text, tied_contest

from arena.anonymity import archive_labels
from arena.demo import write_demo
from arena.report import write_report
from arena.store import Store
from arena.tally import fmt_score, tally
from arena.verify import hashes_in_pdf, verify


@pytest.fixture(scope="module")
def closed_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("closed") / "demo.arena"
    write_demo(path, ballots=True).close()
    close_contest(path)
    return path


@pytest.fixture(scope="module")
def final_report(closed_demo):
    return write_report(closed_demo, closed_demo.with_name("report.pdf"))


@pytest.fixture(scope="module")
def final_text(final_report):
    return pdf_text(final_report)


@pytest.fixture(scope="module")
def final_tally(closed_demo):
    with Store.open(closed_demo) as store:
        return tally(store)


def test_ranking_table_lists_presenters_in_rank_order_with_the_tally_scores(final_report, final_tally):
    ranking_page = next(
        text
        for n in range(1, page_count(final_report) + 1)
        if "二、排名" in (text := pdf_text(final_report, first=n, last=n))
    )
    lines = ranking_page.splitlines()
    positions = []
    for pr in final_tally.presenters:
        row = next(i for i, line in enumerate(lines) if pr.presenter.name in line)
        positions.append(row)
        assert fmt_score(pr.score) in ranking_page
    assert positions == sorted(positions), "presenters must appear in rank order"


def test_every_group_score_and_reviewer_total_is_printed_as_the_tally_prints_it(final_text, final_tally):
    for pr in final_tally.presenters:
        heading = f"{pr.presenter.name} 名次 {pr.rank} 最终得分 {fmt_score(pr.score)}"
        assert compact(heading) in compact(final_text)
        for group in pr.groups:
            assert fmt_score(group.score) in final_text
    # the per-presenter sections and the matrix print each reviewer total (twice over the report)
    counts = {}
    for pr in final_tally.presenters:
        for total in pr.totals:
            counts[fmt_score(total.total)] = counts.get(fmt_score(total.total), 0) + 2
    for shown, expected in counts.items():
        assert final_text.count(shown) >= expected, shown


def test_the_printed_hash_is_the_one_verify_computes(closed_demo, final_report):
    result = verify(closed_demo, final_report)
    assert result.ok, result.problems
    assert hashes_in_pdf(final_report) and set(hashes_in_pdf(final_report)) == {result.integrity_hash}
    printed = compact(pdf_text(final_report)).count(f"完整性校验码（SHA-256）：{result.integrity_hash}")
    assert printed == 2  # on the cover and above the signatures


def test_closed_report_has_no_provisional_mark_and_states_closing_time(final_text):
    assert "PROVISIONAL" not in final_text and "临时结果" not in final_text
    assert "评分尚未结束" not in final_text
    assert re.search(r"评分结束时间\s*\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", final_text)


def test_pages_are_numbered_of_total_with_a_running_header(final_report, final_text):
    total = page_count(final_report)
    for n in range(1, total + 1):
        assert f"第{n}页/共{total}页" in compact(final_text)
    assert final_text.count("评分结果报告") >= total  # running header on every page after the cover


def test_contents_include_method_sections_statistics_signatures_and_matrix(final_text):
    for heading in (
        "一、评分办法",
        "二、排名",
        "得分图",
        "三、各产业链得分明细",
        "四、提交统计",
        "五、核验与签字",
        "附录",
        "评分矩阵",
    ):
        assert heading in final_text
    criteria = (("工作成效", "40"), ("创新举措", "25"), ("下步计划", "25"), ("汇报表现", "10"))
    for criterion, maximum in criteria:
        assert re.search(rf"{criterion}\s+{maximum}", final_text)
    assert "去掉 1 个最高分和 1 个最低分" in final_text
    assert "「区级领导」组得分高者居前" in final_text
    for role in ("计分人", "监督人", "主持人"):
        assert role in final_text
    assert "收到的评分票（含修改）" in final_text and "232" in final_text
    # trimmed mean, k = 1: each group of each presenter drops its highest and its lowest total
    assert compact(final_text).count("2（最高1，最低1）") == 8 * 3


def test_reviewers_are_anonymous_by_default_and_named_on_request(closed_demo, final_text, tmp_path):
    with Store.open(closed_demo) as store:
        department_heads = [r.name for r in store.reviewers() if r.group == "部门负责人"]
        archive = archive_labels(store.contest(), store.anonymity_secret())
    # The matrix keeps one row per anonymous reviewer, by the archive label drawn from the file's secret.
    assert all(label in final_text for label in archive.values())
    assert "部门负责人 评委3" in final_text and " #" not in final_text
    assert not any(name in final_text for name in department_heads)
    named = pdf_text(write_report(closed_demo, tmp_path / "named.pdf", anonymous=False))
    assert all(name in named for name in department_heads)
    assert "部门负责人 评委3" not in named


def test_font_is_embedded_and_renders_without_any_system_cjk_font(final_report, tmp_path):
    fonts = pdf_fonts(final_report)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert any("NotoSansSC" in f["name"] for f in fonts)
    empty = tmp_path / "fonts.conf"  # fontconfig with no font directory at all
    empty.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )

    def render(env):
        prefix = tmp_path / ("bare" if env else "normal")
        subprocess.run(
            ["pdftoppm", "-r", "40", "-f", "1", "-l", "2", "-png", str(final_report), str(prefix)],
            check=True,
            env={**os.environ, **env},
            capture_output=True,
        )
        return [p.read_bytes() for p in sorted(tmp_path.glob(f"{prefix.name}-*.png"))]

    bare, normal = render({"FONTCONFIG_FILE": str(empty)}), render({})
    assert len(bare) == 2 and bare == normal  # the same pixels: nothing came from the reader's fonts
    assert "某区“2+6”特色产业链擂台赛" in pdf_text(final_report, first=1, last=1)


def test_draft_report_carries_the_provisional_mark(tmp_path):
    path = tmp_path / "open.arena"
    write_demo(path, ballots=True).close()
    text = pdf_text(write_report(path, tmp_path / "draft.pdf"))
    total = page_count(tmp_path / "draft.pdf")
    assert text.count("PROVISIONAL") >= total  # a banner on every page
    assert "评分尚未结束（本报告为临时结果）" in text


def test_shared_ranks_are_marked(tmp_path):
    path = tied_contest(tmp_path / "tie.arena")
    text = pdf_text(write_report(path, tmp_path / "tie.pdf"))
    assert text.count("1（并列）") >= 2
    assert "同分，名次并列" in text


def test_report_of_a_contest_without_scores_still_renders(demo_path, tmp_path):
    text = pdf_text(write_report(demo_path, tmp_path / "empty.pdf"))
    assert "尚无评分" in text and "二、排名" in text


def test_names_with_markup_dollars_and_great_length_render(tmp_path):
    from archive_helpers import AWKWARD_PRESENTER, AWKWARD_TITLE, awkward_contest

    from arena.cards import write_cards

    path = awkward_contest(tmp_path / "awkward.arena")
    text = compact(pdf_text(write_report(path, tmp_path / "awkward.pdf")))
    assert compact(AWKWARD_PRESENTER) in text and compact(AWKWARD_TITLE) in text
    cards = compact(pdf_text(write_cards(path, tmp_path / "cards.pdf", "http://10.0.0.9:8700")))
    assert "欧阳·司马长名字评委" in cards and "评委&专家" in cards


def test_the_bar_chart_is_vector_text_and_shapes(final_report, final_tally):
    from pypdf import PdfReader

    pages = PdfReader(final_report).pages
    assert not [image for page in pages for image in page.images]  # sharp at any zoom: no raster
    chart_page = next(page for page in pages if "得分图" in page.extract_text())
    chart = compact(chart_page.extract_text()).split("得分图", 1)[1]  # drawn after the ranking table
    assert "最终得分（横轴自" in chart or "最终得分（满分100）" in chart
    for pr in final_tally.presenters:  # each bar: its rank and name, and its score as printed
        assert compact(f"{pr.rank}  {pr.presenter.name}") in chart
        assert fmt_score(pr.score) in chart


def test_partial_scoring_warnings_are_printed_in_chinese(demo_path, tmp_path):
    from arena.store import BallotIn

    with Store.open(demo_path) as store:
        contest = store.contest()
        presenter = contest.presenters[0]
        leaders = [r for r in contest.reviewers if r.group == "区级领导" and presenter.name not in r.recuse][
            :2
        ]
        store.record_ballots(
            [
                BallotIn(
                    r.id, presenter.id, {c.id: c.max_units - i for c in contest.criteria}, f"partial-{r.id}"
                )
                for i, r in enumerate(leaders)
            ],
            "host",
        )
    text = compact(pdf_text(write_report(demo_path, tmp_path / "partial.pdf")))
    assert "区级领导：应评7人，仅2人评分（不足半数）" in text
    assert "区级领导：仅2个评委总分，少于3个，未去掉最高最低分，全部计入" in text
    assert "尚无评分" in text  # the presenters nobody has scored yet


def test_a_tie_settled_by_the_tie_break_rule_says_so(tmp_path):
    path = tied_contest(tmp_path / "settled.arena", tie_break=("criterion:成效",), split=True)
    with Store.open(path) as store:
        first, second = tally(store).presenters[:2]
    assert (first.presenter.name, first.rank, second.rank) == ("乙项目", 1, 2)
    text = compact(pdf_text(write_report(path, tmp_path / "settled.pdf")))
    assert "1（并列）" not in text
    assert text.count("同分，按「成效」项平均得分高者居前排定") >= 2
    assert "依次比较：「成效」项平均得分高者居前" in text


def test_report_runs_in_a_worker_thread_without_pyplot_or_qt(demo_scored_path, tmp_path):
    code = (
        "import sys, threading\n"
        "from arena.report import write_report\n"
        "assert 'reportlab' not in sys.modules and 'matplotlib' not in sys.modules  # lazy\n"
        "done = []\n"
        f"worker = threading.Thread(target=lambda: done.append(write_report({str(demo_scored_path)!r},"
        f" {str(tmp_path / 'w.pdf')!r})))\n"
        "worker.start(); worker.join(120)\n"
        "assert done, 'no report'\n"
        "bad = [m for m in sys.modules if m.startswith(('matplotlib.pyplot', 'PySide6'))]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=180, cwd=root
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
    assert (tmp_path / "w.pdf").stat().st_size > 10_000


@pytest.mark.parametrize(
    "rules, expected",
    [
        (
            {"method": "trimmed", "trim": 1, "trim_level": "criterion"},
            ["各评分项分别去掉 1 个最高分", "按单项去掉的分数"],
        ),
        ({"method": "median"}, ["组内汇总：中位数"]),
        ({"method": "mean", "leniency": True}, ["评委宽严校正：已启用", "总分为宽严校正后的数值"]),
    ],
)
def test_every_aggregation_rule_is_described_and_reported(tmp_path, rules, expected):
    from dataclasses import replace

    from arena.demo import demo_ballots, demo_contest

    contest = demo_contest()
    contest = replace(contest, scoring=replace(contest.scoring, **rules))
    path = tmp_path / "rules.arena"
    with Store.create(path, contest) as store:
        store.record_ballots(demo_ballots(store), "demo")
        result = tally(store)
    text = pdf_text(write_report(path, tmp_path / "rules.pdf"))
    for phrase in expected:
        assert phrase in text, phrase
    for pr in result.presenters:
        assert fmt_score(pr.score) in text
