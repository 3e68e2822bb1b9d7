"""Paper-ballot refusals in the host's language, with the criterion's name and the numbers kept.

Each refusal is raised by the real rules (arena.intake, the store, the controller)
and shown through the console's wording, here in Chinese.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from arena.intake import ballot_units
from arena.model import Contest, Criterion
from arena.store import BallotIn, BallotRefused
from ui.console.controller import ContestController
from ui.console.refusal_text import refusal_text
from ui.i18n import install_translators


@pytest.fixture
def chinese(settings, qapp):
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


@pytest.fixture
def controller(demo_path, qapp):
    c = ContestController(demo_path)
    c.session.start()
    yield c
    c.close()


def _marks(contest, **changes):
    marks = {c.name: "10" for c in contest.criteria}
    marks.update(changes)
    return marks


def refused(call) -> BallotRefused:
    with pytest.raises(BallotRefused) as caught:
        call()
    return caught.value


def test_every_mark_rule_is_told_in_chinese_with_its_name_and_numbers(chinese, controller):
    contest = controller.contest()
    first, second = contest.criteria[0].name, contest.criteria[1].name
    names = [c.name for c in contest.criteria]
    cases = [
        ("not_a_number", _marks(contest, **{first: "abc"}), f"{first}：“abc”不是数字"),
        (
            "out_of_range",
            _marks(contest, **{first: "99"}),
            f"{first}：99 不在 0 到 {contest.criteria[0].max} 之间",
        ),
        ("off_step", _marks(contest, **{first: "10.3"}), f"{first}：10.3 不是其步长 0.5 的整数倍"),
        ("unknown_criterion", {**_marks(contest), "颜值": "5"}, "没有名为“颜值”的评分项"),
        (
            "duplicate_criterion",
            {**_marks(contest), str(contest.criteria[1].id): "5"},
            f"{second} 填写了两次",
        ),
        (
            "missing_criterion",
            {k: v for k, v in _marks(contest).items() if k != second},
            f"以下评分项没有打分：{second}",
        ),
    ]
    for code, marks, wanted in cases:
        exc = refused(lambda m=marks: ballot_units(contest, m))
        assert exc.code == code
        assert refusal_text(exc, names) == wanted


def test_recused_closed_and_replayed_are_told_in_chinese(chinese, controller):
    contest = controller.contest()
    names = [c.name for c in contest.criteria]
    reviewer = next(r for r in contest.reviewers if r.recuse)
    presenter = next(p for p in contest.presenters if p.name in reviewer.recuse)
    marks = _marks(contest)
    exc = refused(lambda: controller.record_proxy_ballot(reviewer.id, presenter.id, marks))
    assert exc.code == "recused"
    assert (
        refusal_text(exc, names, reviewer.name, presenter.name)
        == f"{reviewer.name} 须回避 {presenter.name}，不能为其打分：请选择其他评委"
    )

    other = next(p for p in contest.presenters if p.name not in reviewer.recuse)
    units = ballot_units(contest, marks)
    controller.store.record_ballot(
        BallotIn(reviewer.id, other.id, units, "paper-1"), "host", require_open=False
    )
    changed = {c: u - 1 for c, u in units.items()}
    exc = refused(
        lambda: controller.store.record_ballot(
            BallotIn(reviewer.id, other.id, changed, "paper-1"), "host", require_open=False
        )
    )
    assert exc.code == "replayed"
    assert refusal_text(exc, names) == "这张评分表已用其他分数记录过，请重新录入"

    controller.act("close_contest")
    exc = refused(lambda: controller.record_proxy_ballot(reviewer.id, other.id, marks))
    assert exc.code == "closed"
    assert refusal_text(exc, names) == "比赛已结束：分数已冻结，不能再录入评分表"


def test_the_paper_ballot_dialog_shows_the_chinese_reason(chinese, open_console, demo_path, settings):
    settings.set("language", "zh_CN")
    window = open_console(demo_path)
    window.live.perform("start")
    dialog = window.live.enter_proxy_ballot()
    first = window.controller.contest().criteria[0]
    dialog.set_marks({c.name: "10" for c in window.controller.contest().criteria} | {first.name: "10.25"})
    dialog.submit()
    assert dialog.receipt is None and dialog.isVisible()
    assert dialog.message.text() == f"{first.name}：10.25 不是其步长 0.5 的整数倍"
    assert window.controller.store.counts()["submissions"] == 0
    dialog.reject()


def test_a_criterion_whose_name_holds_a_colon_keeps_its_whole_name(chinese):
    contest = Contest(
        title="t",
        criteria=(Criterion("创新", Decimal(10), id=1), Criterion("创新: 举措", Decimal(10), id=2)),
    )
    exc = refused(lambda: ballot_units(contest, {"创新": "5", "创新: 举措": "7.3"}))
    assert refusal_text(exc, ["创新", "创新: 举措"]) == "创新: 举措：7.3 不是其步长 0.5 的整数倍"


def test_the_english_detail_is_never_read_back(chinese):
    """Words come from the code and its parameters only: a detail alone gets the code's plain wording."""
    english_only = BallotRefused("off_step", "创新: 7.3 is not a multiple of 0.5")
    assert refusal_text(english_only, ["创新"]) == "有一项分数不是该评分项步长的整数倍"
