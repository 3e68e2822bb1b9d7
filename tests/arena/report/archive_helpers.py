"""Helpers for the archive tests: read PDFs back with poppler, build small contests with ties."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

from arena.model import Contest, Criterion, Group, Presenter, Reviewer, ScoringRules
from arena.session import Session
from arena.store import BallotIn, Store


def pdf_text(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text as poppler's pdftotext extracts it (what a reader's copy-paste gets)."""
    pages = []
    if first is not None:
        pages += ["-f", str(first)]
    if last is not None:
        pages += ["-l", str(last)]
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def compact(text: str) -> str:
    """Text without whitespace: pdftotext keeps or drops spaces between CJK characters as it likes."""
    return re.sub(r"\s+", "", text)


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_fonts(path: Path) -> list[dict]:
    """pdffonts' table: name, emb ('yes'/'no') for every font the PDF uses."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # columns: name type [type...] encoding emb sub uni objectID gen
        rows.append({"name": parts[0], "emb": parts[-5]})
    return rows


def close_contest(path: Path) -> None:
    with Store.open(path) as store:
        Session(store).close_contest()


def tied_contest(path: Path, *, tie_break: tuple[str, ...] = (), split: bool = False) -> Path:
    """Three presenters, three reviewers; 甲 and 乙 get equal totals, 丙 less: a tie for first.

    With `split`, 乙's points lean more on 成效 than 甲's (same totals), so "criterion:成效" decides.
    """
    contest = Contest(
        title="并列测试赛",
        date="2024-05-01",
        venue="第二会议室",
        organizer="测试办",
        scoring=ScoringRules(method="mean", tie_break=tie_break),
        criteria=(
            Criterion("成效", Decimal(60), Decimal("0.5")),
            Criterion("表现", Decimal(40), Decimal("0.5")),
        ),
        groups=(Group("评委", Decimal(1)),),
        reviewers=tuple(Reviewer(name, "评委") for name in ("赵一", "钱二", "孙三")),
        presenters=tuple(Presenter(name) for name in ("甲项目", "乙项目", "丙项目")),
    )
    store = Store.create(path, contest)
    try:
        c = store.contest()
        marks = {"甲项目": (100, 70), "乙项目": (102, 68) if split else (100, 70), "丙项目": (90, 60)}  # 0.5s
        ballots = [
            BallotIn(
                r.id,
                p.id,
                {c.criteria[0].id: marks[p.name][0] - i, c.criteria[1].id: marks[p.name][1]},
                f"tie-{r.id}-{p.id}",
            )
            for i, r in enumerate(c.reviewers)
            for p in c.presenters
        ]
        store.record_ballots(ballots, "host")
    finally:
        store.close()
    return path


AWKWARD_PRESENTER = "R&D <创新> $100 链"
AWKWARD_TITLE = "关于某区二〇二四年度“两新”融合发展暨重点产业链高质量发展专项擂台赛的现场评议（第二轮·复赛）"


def awkward_contest(path: Path) -> Path:
    """Names a report must survive: markup characters, a dollar sign, a very long title and reviewer title."""
    contest = Contest(
        title=AWKWARD_TITLE,
        scoring=ScoringRules(method="median"),
        criteria=(Criterion("总体评价", Decimal(100), Decimal(1)),),
        groups=(Group("评委 & 专家", Decimal(1)),),
        reviewers=(
            Reviewer(
                "欧阳·司马长名字评委", "评委 & 专家", title="某某区发展和改革委员会副主任（兼区统计局局长）"
            ),
            Reviewer("李四", "评委 & 专家"),
        ),
        presenters=(Presenter(AWKWARD_PRESENTER, speaker="O'Neil"), Presenter("普通链")),
    )
    store = Store.create(path, contest)
    try:
        c = store.contest()
        store.record_ballots(
            [
                BallotIn(r.id, p.id, {c.criteria[0].id: 80 + i}, f"awk-{r.id}-{p.id}")
                for i, r in enumerate(c.reviewers)
                for p in c.presenters
            ],
            "host",
        )
    finally:
        store.close()
    return path
