"""The console's main window: the start page, or an open contest's live session, setup and access tabs.

The window owns the keyboard shortcuts (declared in ui/console/shortcuts.py),
the projector toggle, the help panel, the language switch and the remembered
geometry. A language switch rebuilds the pages around the same open contest,
so a running server and session carry on untouched.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QKeyCombination, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from arena.backups import backup_folder
from arena.demo import write_demo
from arena.io import read_setup, write_template
from arena.model import InputError
from arena.open_errors import ContestFileError
from arena.store import Store
from ui.chime import chime_player
from ui.console.access import AccessPage
from ui.console.controller import ContestController
from ui.console.deferred_imports import exporter, module_present, projector_class, report_writer
from ui.console.file_lock import ContestInUse, ContestLock, in_use
from ui.console.guard import ask_before_leaving_live
from ui.console.help_panel import HelpPanel
from ui.console.lazy_tab import LazyTab
from ui.console.live import LivePage
from ui.console.open_error_text import show_open_error
from ui.console.page_check import check_pages_in_background
from ui.console.problem_text import input_error_text
from ui.console.setup_editor import SetupEditor
from ui.console.shortcuts import all_shortcuts
from ui.console.start_page import StartPage
from ui.console.storage_alarm import StorageAlarm
from ui.console.tasks import run_in_background
from ui.i18n import install_translators


def demo_file(folder: str | None = None, ballots: bool = True) -> Path:
    """A fresh copy of the demo contest in the user's documents folder (not the temp folder, where
    later save dialogs would start): with its seeded ballots (to try the reveal) or without (to
    practise with phones)."""
    folder = Path(folder or QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home())
    folder.mkdir(parents=True, exist_ok=True)
    stem = "arena-demo" if ballots else "arena-practice"
    path = folder / f"{stem}.arena"
    for n in range(2, 100):  # never overwrite a demo that another window is running
        if not in_use(path):
            break
        path = folder / f"{stem}-{n}.arena"
    write_demo(path, ballots=ballots, overwrite=True).close()
    return path


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


class MainWindow(QMainWindow):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.controller: ContestController | None = None
        self.projector = None
        self.actions_by_name: dict[str, QAction] = {}
        self.setObjectName("consoleWindow")
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.help_dock = QDockWidget(objectName="helpDock")
        self.help_dock.setAllowedAreas(Qt.RightDockWidgetArea | Qt.LeftDockWidgetArea)
        self.addDockWidget(Qt.RightDockWidgetArea, self.help_dock)
        self.help_dock.hide()
        self.storage_alarm = StorageAlarm(self)  # in the status bar once raised (no bar taken before)
        self._build()
        geometry = settings.get("window/geometry")
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- building (again after a language switch) ------------------------------------------------

    def _build(self) -> None:
        self.menuBar().clear()
        for action in self.actions_by_name.values():
            self.removeAction(action)
        self.actions_by_name.clear()
        self._make_actions()
        self._make_menus()
        self.help_panel = HelpPanel()
        self.help_dock.setWidget(self.help_panel)
        self.help_dock.setWindowTitle(self.tr("Help and shortcuts"))
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.start_page = StartPage(self.settings.recent_files())
        self.start_page.open_requested.connect(self.open_contest)
        self.start_page.browse_requested.connect(self.browse_contest)
        self.start_page.new_requested.connect(self.new_contest)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.practice_requested.connect(self.open_practice)
        self.start_page.template_requested.connect(self.save_template)
        self.stack.addWidget(self.start_page)
        self.pages = None
        if self.controller is not None:
            self._show_contest_pages()
        self.storage_alarm.retranslate()
        self._update_title()

    def _make_actions(self) -> None:
        handlers = {
            "toggle_projector": self.toggle_projector,
            "help": self.toggle_help,
            "new_contest": self.new_contest,
            "open_contest": self.browse_contest,
            "quit": self.close,
            "undo": lambda: self._on_setup_tab() and self.setup.undo_stack.undo(),
            "redo": lambda: self._on_setup_tab() and self.setup.undo_stack.redo(),
        }
        for shortcut in all_shortcuts():
            action = QAction(shortcut.label, self)
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
            action.setShortcutContext(Qt.WindowShortcut)
            handler = handlers.get(shortcut.name) or (lambda _=False, n=shortcut.name: self.perform(n))
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[shortcut.name] = action
        # A tick in the Session menu says whether the projector explains the score (from the session).
        self.actions_by_name["toggle_explanation"].setCheckable(True)

    def _make_menus(self) -> None:
        a = self.actions_by_name
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a["new_contest"], a["open_contest"]])
        file_menu.addAction(self.tr("Open a backup…"), self.browse_backups)
        file_menu.addAction(self.tr("Open the demo contest"), self.open_demo)
        file_menu.addAction(self.tr("Save the Excel template…"), self.save_template)
        file_menu.addSeparator()
        self.report_action = file_menu.addAction(
            self.tr("Write the results report (PDF)…"), self.write_report
        )
        self.export_action = file_menu.addAction(self.tr("Export the results…"), self.export_results)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("Close the contest file"), self.leave_contest_file)
        file_menu.addAction(a["quit"])
        session = self.menuBar().addMenu(self.tr("&Session"))
        for name in (
            "next_presenter",
            "toggle_timer",
            "extend_timer",
            "reset_timer",
            "toggle_scoring",
            "open_all",
            "close_all",
            "reveal_next",
            "reveal_previous",
            "toggle_explanation",
        ):
            session.addAction(a[name])
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addActions([a["toggle_projector"], a["help"]])
        language = view.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, text in (
            ("system", self.tr("Follow the system")),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            action = language.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.settings.get("language") == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
        self._enable_actions()

    def _enable_actions(self) -> None:
        has_contest = self.controller is not None
        for name in (
            "next_presenter",
            "toggle_timer",
            "extend_timer",
            "reset_timer",
            "toggle_scoring",
            "open_all",
            "close_all",
            "reveal_next",
            "reveal_previous",
            "toggle_explanation",
            "toggle_projector",
        ):
            self.actions_by_name[name].setEnabled(has_contest)
        if has_contest and self.pages is not None:
            self._follow_buttons()
        # Whether the parts are there, without importing them before they are used (a slower start).
        self.report_action.setEnabled(has_contest and module_present("arena.report"))
        self.export_action.setEnabled(has_contest and module_present("arena.exports"))
        self.actions_by_name["toggle_projector"].setEnabled(has_contest and module_present("ui.projector"))

    def _show_contest_pages(self) -> None:
        self.pages = QTabWidget(objectName="contestTabs")
        self.live = LivePage(self.controller, self.settings)
        self.access = AccessPage(self.controller, self.settings)
        self.access.wifi_changed.connect(
            lambda hint: self.projector is not None and self.projector.set_join_hint(hint)
        )
        self.live.audience.room_link_changed.connect(  # issue 13: the audience's room QR code
            lambda link: self.projector is not None and self.projector.set_room_link(link)
        )
        self.pages.addTab(self.live, self.tr("Live session"))
        controller = self.controller
        # Built when first shown (issue 16): a 500 x 100 setup editor took seconds to build.
        self._setup_tab = LazyTab(self.pages, self.tr("Setup"), lambda: SetupEditor(controller))
        self.pages.addTab(self.access, self.tr("Reviewer access"))
        self._presence_tab = LazyTab(
            self.pages, self.tr("Check-in and signing"), lambda: presence_board(controller)
        )
        self.stack.addWidget(self.pages)
        self.stack.setCurrentWidget(self.pages)
        self.live.buttons_enabled.connect(self._follow_buttons)
        self._follow_state(self.controller.state())
        self._follow_buttons()

    @property
    def setup(self) -> SetupEditor:
        """The setup editor, built on first use."""
        return self._setup_tab.widget()

    def _follow_state(self, state) -> None:
        """The checkable menu entries show the session's state, whoever changed it."""
        self.actions_by_name["toggle_explanation"].setChecked(state.explain)

    def _follow_buttons(self) -> None:
        """The menu (and so the key) offers the reveal exactly when the live page's button does."""
        for name in ("reveal_next", "reveal_previous"):
            self.actions_by_name[name].setEnabled(self.live.buttons[name].isEnabled())

    def _on_setup_tab(self) -> bool:
        # Undo must never change a setup the host is not looking at.
        return self.pages is not None and self._setup_tab.is_current()

    def _update_title(self) -> None:
        if self.controller is None:
            self.setWindowTitle(self.tr("Arena console"))
        else:
            self.setWindowTitle(f"{self.controller.contest().title} — {self.controller.path.name} — Arena")

    # -- contests -------------------------------------------------------------------------------

    def open_contest(self, path: str | Path) -> bool:
        if self.controller is not None and _same_file(self.controller.path, path):
            self.close_contest_file()  # opening it again reloads it (this window holds its lock)
        try:
            controller = ContestController(path)
        except ContestFileError as exc:
            backup = show_open_error(self, exc)
            return self.open_contest(backup) if backup is not None else False
        except InputError as exc:
            title = (
                self.tr("The contest is already open")
                if isinstance(exc, ContestInUse)
                else self.tr("Cannot open the contest")
            )
            QMessageBox.warning(self, title, input_error_text(exc))
            return False
        self.close_contest_file()
        self.controller = controller
        controller.error.connect(lambda message: self.statusBar().showMessage(message, 8000))
        controller.bridge.session_changed.connect(self._follow_state)
        controller.bridge.storage_full.connect(self.storage_alarm.raise_alarm)
        controller.bridge.ballots_committed.connect(lambda events: self.storage_alarm.clear())
        self.settings.add_recent(path)
        try:
            self._show_contest_pages()
        except sqlite3.DatabaseError:  # damage the open-time check did not see: say so, free the file
            self.pages = None  # half built: never shown
            self.close_contest_file()
            show_open_error(self, ContestFileError("damaged", path))
            return False
        check_pages_in_background(self, controller)  # the pages Store.open left unchecked
        self._enable_actions()
        self._update_title()
        self._restore_projector()  # it was showing when this file was last open: it comes back there
        if self.access.resume_if_live():
            self.statusBar().showMessage(
                self.tr("The contest was live: the reviewers' server is running again at {url}").format(
                    url=controller.base_url
                ),
                10000,
            )
        return True

    def found_damaged(self, path: Path) -> None:
        """The background check found damaged pages in the open file: close it, say so, offer its backup."""
        self.close_contest_file()
        backup = show_open_error(self, ContestFileError("damaged", path))
        if backup is not None:
            self.open_contest(backup)

    def close_contest_file(self) -> None:
        if self.controller is None:
            return
        if self.projector is not None:
            self._remember_projector()  # its full-screen state may have changed (F11 on the projector)
            self.projector.close()
            self.projector = None
        if self.pages is not None:
            self.live.shutdown()
            self.stack.removeWidget(self.pages)
            self.pages.deleteLater()
            self.pages = None
        self.controller.close()
        self.controller = None
        self.start_page.set_recent(self.settings.recent_files())
        self.stack.setCurrentWidget(self.start_page)
        self._enable_actions()
        self._update_title()

    def is_live(self) -> bool:
        return self.controller is not None and self.controller.state().phase == "live"

    def leave_contest_file(self) -> bool:
        """Close the file as the host asked; while the contest is live, only after a Yes."""
        if self.is_live() and not ask_before_leaving_live(self):
            return False
        self.close_contest_file()
        return True

    def browse_contest(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a contest"), "", self.tr("Arena contests (*.arena)")
        )
        if path:
            self.open_contest(path)

    def browse_backups(self) -> None:
        """Pick one of the backups beside the open (or last) contest file and open it."""
        recent = self.settings.recent_files()
        current = self.controller.path if self.controller is not None else (recent[0] if recent else "")
        folder = str(backup_folder(current)) if current else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a backup"), folder, self.tr("Arena contests (*.arena)")
        )
        if path and (self.controller is None or self.leave_contest_file()):
            self.open_contest(path)

    def new_contest(self, source: str | None = None, target: str | None = None) -> bool:
        """A new contest file from an Excel template or a JSON setup, checked in full first."""
        if not source:
            source, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the setup (Excel or JSON)"), "", self.tr("Setup files (*.xlsx *.json)")
            )
            if not source:
                return False
        try:
            contest = read_setup(source)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("The setup file has problems"), input_error_text(exc))
            return False
        if not target:
            default = str(Path(source).with_suffix(".arena"))
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the new contest as"), default, self.tr("Arena contests (*.arena)")
            )
            if not target:
                return False
        if self.controller is not None and _same_file(self.controller.path, target):
            self.close_contest_file()  # its connection must not outlive the file it is replacing
        guard = ContestLock(target)
        try:
            guard.acquire()  # never replace a contest that another window is running
            Store.create(target, contest, overwrite=True).close()
        except (InputError, OSError) as exc:
            text = input_error_text(exc) if isinstance(exc, InputError) else str(exc)
            QMessageBox.warning(self, self.tr("Cannot create the contest"), text)
            return False
        finally:
            guard.release()
        return self.open_contest(target)

    def open_demo(self) -> bool:
        opened = self.open_contest(demo_file())
        if opened:  # 232 ballots counted while every presenter "waits": say why
            self.statusBar().showMessage(
                self.tr(
                    "The demo's ballots are seeded: the results and the reveal can be tried at once. "
                    "To try phones, open the practice contest (no scores)."
                ),
                20000,
            )
        return opened

    def open_practice(self) -> bool:
        return self.open_contest(demo_file(ballots=False))

    def save_template(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the Excel template"), "arena-setup.xlsx", "Excel (*.xlsx)"
            )
            if not path:
                return
        write_template(path)
        self.statusBar().showMessage(self.tr("Template saved to {path}").format(path=path), 8000)

    # -- session actions, projector, help ----------------------------------------------------------

    def perform(self, name: str) -> None:
        if self.controller is not None and self.pages is not None:
            self.live.perform(name)
            self._follow_state(self.controller.state())  # a checkable entry ticks itself when triggered

    def toggle_projector(self) -> None:
        if self.controller is None or projector_class() is None:
            return
        if self.projector is not None and self.projector.isVisible():
            self.projector.hide()
        else:
            self.show_projector()
        self._remember_projector()

    def show_projector(self, placement: dict | None = None) -> None:
        """Show the projector: where it was last time for this file (`placement`), else full screen on a
        second screen, else a window."""
        window_class = projector_class()
        if self.controller is None or window_class is None:
            return
        if self.projector is None:
            self.projector = window_class(self.controller.store, self.controller.bridge)
            if hasattr(self.projector, "host_key"):
                self.projector.host_key.connect(self._projector_key)
            self.projector.installEventFilter(self)  # F11 there, a move: written down at once (crashes)
            if hasattr(self.projector, "set_join_hint"):
                self.projector.set_join_hint(self.access.join_hint())
            if hasattr(self.projector, "set_chime"):  # issue 17: the end of each phase chimes
                self.projector.set_chime(chime_player(self.settings))
            if hasattr(self.projector, "set_room_link") and getattr(self, "live", None) is not None:
                self.projector.set_room_link(self.live.audience.link)
            self.projector.apply_state(self.controller.state())  # the new window starts where the session is
        screens = QGuiApplication.screens()
        remembered = next((s for s in screens if placement and s.name() == placement.get("screen")), None)
        screen = remembered or next((s for s in screens if s is not self.screen()), None)
        full = placement.get("full", True) if remembered is not None else screen is not None
        if screen is not None:  # a second screen (or the one it was on): the projector fills it
            self.projector.setScreen(screen)
            self.projector.setGeometry(screen.geometry())
        else:
            area = self.screen().availableGeometry()  # a 16:9 window within the host's screen
            width = int(area.width() * 0.7)
            self.projector.resize(width, min(int(area.height() * 0.7), width * 9 // 16))
        if full:  # no pointer over the picture
            self.projector.setCursor(Qt.CursorShape.BlankCursor)
            self.projector.showFullScreen()
        else:
            self.projector.unsetCursor()
            self.projector.show()

    def _placements(self) -> dict:
        try:
            found = json.loads(self.settings.get("projector/placements") or "{}")
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def _remember_projector(self) -> None:
        """Write down, for this file, whether the projector shows and where (read back on reopening)."""
        if self.controller is None or self.projector is None:
            return
        placements = self._placements()
        shown = self.projector is not None and self.projector.isVisible()
        placements[str(self.controller.path.resolve())] = {
            "shown": shown,
            "screen": self.projector.screen().name() if shown else "",
            "full": shown and self.projector.isFullScreen(),
        }
        self.settings.set("projector/placements", json.dumps(placements, ensure_ascii=False))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.projector and event.type() in (QEvent.WindowStateChange, QEvent.Move):
            QTimer.singleShot(0, self._remember_projector)
        return super().eventFilter(watched, event)

    def _restore_projector(self) -> None:
        placement = self._placements().get(str(self.controller.path.resolve()))
        if placement and placement.get("shown"):
            self.show_projector(placement)

    def _projector_key(self, key: int) -> None:
        """A key pressed while the projector has focus works as the same shortcut on the console."""
        pressed = QKeySequence(QKeyCombination(QGuiApplication.keyboardModifiers(), Qt.Key(key)))
        for action in self.actions_by_name.values():
            if action.isEnabled() and any(
                pressed.matches(k) == QKeySequence.ExactMatch for k in action.shortcuts()
            ):
                action.trigger()
                return

    def toggle_help(self) -> None:
        self.help_dock.setVisible(not self.help_dock.isVisible())

    def set_language(self, code: str) -> None:
        self.settings.set("language", code)
        install_translators(QApplication.instance(), code)
        self._build()

    # -- reports ----------------------------------------------------------------------------------

    def write_report(self, out: str | None = None) -> None:
        self._background_file(report_writer(), out, ".report.pdf", "PDF (*.pdf)")

    def export_results(self, out: str | None = None) -> None:
        self._background_file(exporter(), out, ".xlsx", self.tr("Results (*.xlsx *.csv *.json)"))

    def _background_file(self, writer, out, suffix, pattern) -> None:
        if writer is None or self.controller is None:
            return
        if not out:
            default = str(self.controller.path.with_suffix(suffix))
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), default, pattern)
            if not out:
                return
        path = str(self.controller.path)
        self.statusBar().showMessage(self.tr("Writing {path}…").format(path=out))
        run_in_background(
            lambda: writer(path, out),
            lambda _: self.statusBar().showMessage(self.tr("Written: {path}").format(path=out), 10000),
            lambda message: QMessageBox.warning(self, self.tr("Could not write the file"), message),
        )

    # -- closing ------------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        # Ctrl+Q and the window's close button both land here: a live contest asks first (default No).
        if self.is_live() and not ask_before_leaving_live(self):
            event.ignore()
            return
        self.settings.set("window/geometry", self.saveGeometry())
        self.close_contest_file()
        super().closeEvent(event)


def presence_board(controller):
    """The check-in and signature board (issue 17), imported when its tab is first shown."""
    from ui.console.presence_board import PresenceBoard

    return PresenceBoard(controller)
