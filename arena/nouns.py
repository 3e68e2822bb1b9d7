"""What a contest calls the things presented (产业链, 项目, 选手): the setup's presenter noun.

The setup may name it (contest.presenter_noun); with none each interface uses its own default,
汇报对象 in Chinese and "Presenter" in English. Every screen, the PDF and the exports head their
presenter columns with it.
"""

from __future__ import annotations

NOUN_ZH = "汇报对象"
NOUN_EN = "Presenter"


def presenter_noun(contest, default: str = NOUN_ZH) -> str:
    """The contest's own noun, or `default` when the setup names none."""
    return (getattr(contest, "presenter_noun", "") or "").strip() or default
