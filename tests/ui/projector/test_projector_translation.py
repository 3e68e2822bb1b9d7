"""The projector speaks Chinese: every string is translated, and the compiled .qm matches the .ts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from arena.resources import resource_path

SOURCE = Path(__file__).resolve().parents[3] / "ui" / "projector"
TS = resource_path("translations", "projector_zh_CN.ts")


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), message.get("numerus") == "yes", translation, forms


def test_every_projector_string_has_a_finished_chinese_translation():
    found = list(messages())
    assert len(found) > 25
    for context, source, _, translation, forms in found:
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        assert all(form.strip() for form in forms), (context, source)
        assert all(ch in "".join(forms) for ch in re.findall(r"%\d|%n", source)), (context, source)


def test_every_tr_call_in_the_source_is_in_the_translation_file():
    sources = {source for _, source, _, _, _ in messages()}
    literals = set()
    for path in SOURCE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        literals |= set(re.findall(r'\.tr\(\s*"((?:[^"\\]|\\.)*)"', text))
        literals |= set(re.findall(r'translate\(\s*"\w+",\s*"((?:[^"\\]|\\.)*)"', text))
    assert literals and literals <= sources, literals - sources


def test_the_compiled_translation_matches_its_source(qapp, chinese):
    for context, source, numerus, _, forms in messages():
        if numerus:
            assert QCoreApplication.translate(context, source, "", 3) == forms[0].replace("%n", "3")
        else:
            assert QCoreApplication.translate(context, source) == forms[0], (context, source)


def test_switching_language_while_shown_retranslates_the_scene(projector, qapp):
    from ui.i18n import install_translators

    assert "Reviewers: how to join" in projector.texts()
    install_translators(qapp, "zh_CN")
    try:
        projector.qtbot.waitUntil(lambda: "评委如何参与评分" in projector.texts(), timeout=1000)
    finally:
        install_translators(qapp, "en")
    projector.qtbot.waitUntil(lambda: "Reviewers: how to join" in projector.texts(), timeout=1000)
