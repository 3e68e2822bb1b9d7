"""Translations, settings, help: what a Chinese-speaking host sees, what the console remembers."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from arena.resources import resource_path
from ui.console.help_panel import key_text
from ui.console.main_window import MainWindow
from ui.console.shortcuts import all_shortcuts
from ui.i18n import install_translators, resolve_language
from ui.settings import SETTINGS, Settings

ROOT = Path(__file__).resolve().parents[3]
TS = resource_path("translations", "arena_zh_CN.ts")
QM = resource_path("translations", "arena_zh_CN.qm")


def messages(ts_path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            text = translation.text or "".join(n.text or "" for n in translation.iter("numerusform"))
            found[(name, message.find("source").text)] = "" if translation.get("type") else text
    return found


def test_every_console_string_is_in_the_catalogue_and_translated(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing (it ships with PySide6-Essentials)")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui" / "console").glob("*.py"))
    subprocess.run(
        [lupdate, *sources, "ui/app.py", "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    wanted, committed = set(messages(fresh)), messages(TS)
    assert wanted - set(committed) == set(), "run pyside6-lupdate (see docs/console.md)"
    untranslated = [key for key in wanted if not committed.get(key)]
    assert untranslated == []


def test_lupdate_sees_every_string_the_code_translates():
    """A call lupdate cannot parse would leave its string in English forever; find them all by AST."""
    in_code = set()
    for path in [*(ROOT / "ui" / "console").glob("*.py"), ROOT / "ui" / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("tr", "translate"):
                texts = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if texts:
                    in_code.add(texts[0] if node.func.attr == "tr" else texts[1])
    in_catalogue = {source for _, source in messages(TS)}
    assert in_code - in_catalogue == set()


def test_the_compiled_catalogue_translates_the_key_strings(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    committed = messages(TS)
    for context, source in [
        ("LivePage", "Next presenter"),
        ("LivePage", "Close the contest…"),
        ("Board", "Only who is missing"),
        ("Shortcuts", "Start / pause the timer"),
        ("SetupEditor", "Save"),
        ("StartPage", "Demo with scores (ballots seeded)"),
        ("MainWindow", "Live session"),
        ("AccessPage", "Start the server"),
    ]:
        assert translator.translate(context, source) == committed[(context, source)] != ""
    # A .qm older than its .ts would miss strings added since: every committed translation is in it.
    stale = [
        k for k, v in committed.items() if v and translator.translate(k[0], k[1]) != v and "%n" not in k[1]
    ]
    assert stale == []


def test_chinese_console_and_switching_language_live(open_console, qtbot, demo_path, settings):
    window = open_console(demo_path)
    assert window.live.buttons["next_presenter"].text() == "Next presenter"
    window.set_language("zh_CN")
    assert settings.get("language") == "zh_CN"
    assert window.live.buttons["next_presenter"].text() == "下一位"
    assert window.pages.tabText(0) == "现场进行"
    assert "下一位" in window.help_panel.browser.toPlainText()
    assert window.controller is not None and window.live.board.summary.text().startswith("目前已计入")
    window.set_language("en")
    assert window.live.buttons["next_presenter"].text() == "Next presenter"


SYSTEM_CHILD = """
import sys
from PySide6.QtCore import QSettings
from ui.app import open_window
from ui.settings import Settings
window = open_window([sys.argv[1]], Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
print(window.live.buttons["next_presenter"].text())
"""


def test_the_system_language_decides_until_the_host_chooses(tmp_path, demo_path):
    assert resolve_language("zh_CN") == "zh_CN" and resolve_language("en") == "en"

    def first_button(locale: str, setting: str) -> str:
        ini = tmp_path / f"{locale}-{setting}.ini"
        QSettings(str(ini), QSettings.Format.IniFormat).setValue("language", setting)
        env = {
            **os.environ,
            "LC_ALL": locale,
            "LANG": locale,
            "LANGUAGE": "",
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
        }
        done = subprocess.run(
            [sys.executable, "-c", SYSTEM_CHILD, str(demo_path), str(ini)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert first_button("zh_CN.UTF-8", "system") == "下一位"
    assert first_button("en_US.UTF-8", "system") == "Next presenter"
    assert first_button("zh_CN.UTF-8", "en") == "Next presenter"
    assert first_button("en_US.UTF-8", "zh_CN") == "下一位"


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "console.md").read_text("utf-8")
    table = {m.group(1) for m in re.finditer(r"^\| `([^`]+)` \|", doc, re.M)}
    assert {s.name for s in SETTINGS} == table
    assert all(s.help for s in SETTINGS)


def test_settings_round_trip_and_recent_files(tmp_path, qapp):
    ini = str(tmp_path / "s.ini")
    s = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert s.get("server/port") == 8700 and s.get("results/show_provisional") is True
    for i in range(3):
        (tmp_path / f"{i}.arena").write_bytes(b"")
        s.add_recent(tmp_path / f"{i}.arena")
    s.set("server/port", 9001)
    s.set("results/show_provisional", False)
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert again.get("server/port") == 9001 and again.get("results/show_provisional") is False
    assert [Path(p).name for p in again.recent_files()] == ["2.arena", "1.arena", "0.arena"]
    (tmp_path / "1.arena").unlink()
    assert [Path(p).name for p in again.recent_files()] == ["2.arena", "0.arena"]
    with pytest.raises(KeyError):
        s.set("no/such/setting", 1)


def test_window_geometry_is_remembered(settings, qtbot, demo_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(761, 611)
    qtbot.waitUntil(lambda: window.width() == 761)
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (761, 611)


def test_help_lists_every_shortcut_and_each_is_bound(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    qtbot.keyClick(window, Qt.Key_F1)
    assert window.help_dock.isVisible()
    text = window.help_panel.browser.toPlainText()
    for shortcut in all_shortcuts():
        assert key_text(shortcut.keys) in text and shortcut.label in text
        bound = [k.toString() for k in window.actions_by_name[shortcut.name].shortcuts()]
        assert bound == list(shortcut.keys)
    qtbot.keyClick(window, Qt.Key_F1)
    assert not window.help_dock.isVisible()


def test_f9_shows_and_hides_the_projector(open_console, qtbot, demo_path):
    window = open_console(demo_path)
    window.live.perform("start")
    qtbot.keyClick(window, Qt.Key_F9)
    assert window.projector is not None and window.projector.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is window)
    qtbot.keyClick(window, Qt.Key_F9)
    assert not window.projector.isVisible()


def test_keys_pressed_on_the_projector_drive_the_console(open_console, qtbot, demo_scored_path):
    window = open_console(demo_scored_path)
    window.live.perform("start")
    window.toggle_projector()
    projector = window.projector
    projector.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is projector)
    qtbot.keyClick(projector, Qt.Key_F7)
    assert window.live.state.current_presenter_id == window.live.state.queue[1]
    qtbot.keyClick(projector, Qt.Key_F5)
    assert window.live.state.timer_running
    window.live.close_contest(confirm=False)  # the reveal keys ask nothing once the contest is closed
    qtbot.keyClick(projector, Qt.Key_F12)
    qtbot.keyClick(projector, Qt.Key_F12)
    qtbot.keyClick(projector, Qt.Key_F12, Qt.ShiftModifier)
    assert window.live.state.reveal_step == 1


def test_install_translators_loads_console_and_projector(qapp):
    try:
        installed = install_translators(qapp, "zh_CN")
        assert len(installed) >= 2  # arena_zh_CN.qm and projector_zh_CN.qm (plus Qt's own when present)
        assert QCoreApplication.translate("LivePage", "Next presenter") == "下一位"
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("LivePage", "Next presenter") == "Next presenter"
