"""The draw of the speaking order (抽签, issue 13) on the web screen, when the Qt projector shows it:
the commitment first, then the witnesses' inputs, then the seed and the order, never the seed before
the inputs are in. The facts are arena.draw.draw_view's, as on the Qt projector. Real server, Chromium.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from test_screen_welcome import SETUP, SIZES, WAIT, Served, expect, look

from arena.draw import Draw, draw_view

pytestmark = pytest.mark.browser

SEED = bytes(range(32))


@pytest.fixture
def served(tmp_path):
    served = Served(tmp_path / "draw.arena", SETUP, start=False)  # a draw comes before the start
    yield served
    served.close()


def test_commitment_then_witnesses_then_seed_and_order(browser, served):
    contexts, pages = [], {}
    try:
        for size, viewport in SIZES.items():
            context = browser.new_context(viewport=viewport, locale="zh-CN")
            contexts.append(context)
            pages[size] = context.new_page()
            pages[size].goto(served.link)
        page = pages["1920x1080"]
        expect(page.locator("#welcome")).to_be_visible(timeout=WAIT)
        commitment = hashlib.sha256(SEED).hexdigest()

        draw = Draw(served.session, seed=SEED)
        draw.commit()
        for p in pages.values():
            expect(p.locator("#d-step")).to_have_text(
                "第 1 步（共 3 步）：输入之前先公布承诺值", timeout=WAIT
            )
        expect(page.locator("#d-heading")).to_have_text("发言顺序抽签")
        expect(page.locator("#d-commitment-label")).to_have_text("承诺值（秘密种子的 SHA-256）")
        groups = [commitment[i : i + 16] for i in range(0, 64, 16)]
        expect(page.locator("#d-commitment")).to_have_text(
            f"{groups[0]} {groups[1]}\n{groups[2]} {groups[3]}"
        )
        assert SEED.hex() not in page.content() and SEED.hex() not in json.dumps(served.view())
        look(pages, "draw", "i13-draw-1-commitment")

        draw.add_witness("张三", "3 5 1")
        draw.add_witness("李四", "6,6,2")
        for p in pages.values():
            expect(p.locator("#d-witnesses")).to_have_text("张三：3 5 1 · 李四：6,6,2", timeout=WAIT)
        expect(page.locator("#d-step")).to_have_text("第 2 步（共 3 步）：见证人输入数字或骰子点数")
        expect(page.locator("#d-seed")).to_have_text("")
        assert SEED.hex() not in page.content() and SEED.hex() not in json.dumps(served.view())
        look(pages, "draw", "i13-draw-2-witnesses")

        order = draw.reveal()
        names = {p.id: p.name for p in served.store.presenters()}
        drawn = [names[i] for i in order]
        numbered = "   ".join(f"{i}. {name}" for i, name in enumerate(drawn, 1))
        for p in pages.values():
            expect(p.locator("#d-order")).to_have_text(numbered, timeout=WAIT)
        expect(page.locator("#d-step")).to_have_text("第 3 步（共 3 步）：公布种子，得出顺序")
        expect(page.locator("#d-seed")).to_have_text(f"种子：{SEED.hex()}")
        # The same facts the Qt projector's draw scene shows (arena.draw.draw_view).
        assert served.view()["draw"] == draw_view(served.store.session_log(), names)
        look(pages, "draw", "i13-draw-3-order")
    finally:
        for context in contexts:
            context.close()


def test_english_draw_scene(browser, served):
    Draw(served.session, seed=SEED).commit()
    context = browser.new_context(viewport=SIZES["1024x768"], locale="en-GB")
    try:
        page = context.new_page()
        page.goto(served.link)
        expect(page.locator("#d-heading")).to_have_text("Drawing the speaking order", timeout=WAIT)
        expect(page.locator("#d-step")).to_have_text(
            "Step 1 of 3: the commitment is shown before anyone types"
        )
        expect(page.locator("#d-commitment-label")).to_have_text("Commitment (SHA-256 of the secret seed)")
    finally:
        context.close()
