"""The console's hold on one open contest: its store, its live session, the reviewers' server.

Widgets call the controller's methods for every host action and listen to the
bridge's signals to redraw; none of them writes to the store itself. Every change
(the session's actions, a saved setup, ballots from any source, what another
process did) is published once on the contest's change notice (`self.changes`,
arena.changes); the bridge, the projector and the reviewers' server subscribe.

Signals:
    server_changed(): the reviewers' server started or stopped.
    error(str): a host action could not be done; the text is for the host.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from arena.changes import Change, Changes
from arena.intake import enter_paper_ballot
from arena.model import Contest
from arena.server.links import DEFAULT_PORT, reviewer_link
from arena.session import Refused, Session, SessionState
from arena.store import Receipt, Store
from arena.tally.shared import shared_tally
from ui.bridge import CoreBridge
from ui.console.backup_keeper import BackupKeeper
from ui.console.deferred_imports import module_present, reviewer_server_class, tally_function
from ui.console.file_lock import ContestLock
from ui.console.tally_worker import TallyWorker


class ContestController(QObject):
    server_changed = Signal()
    error = Signal(str)

    def __init__(self, path: str | Path, bridge: CoreBridge | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.lock = ContestLock(self.path, self)
        self.lock.acquire()  # ContestInUse when another window has the file
        try:
            self.store = Store.open(self.path, check="setup")  # the other pages: ui/console/page_check.py
        except BaseException:
            self.lock.release()
            raise
        self.changes = Changes()
        self.session = Session(self.store, changes=self.changes)
        self.bridge = bridge or CoreBridge(self)
        self.bridge.state_reader = self.state  # for a session change found in the file, without its state
        self._unsubscribe_bridge = self.changes.subscribe(self.bridge.on_change)
        self.server = None
        self.base_url = ""
        self.backups = BackupKeeper(self)  # after the bridge: it listens to the session's changes
        # The provisional tally in a process of its own (issue 16): its own connection, one at a time.
        self.tallies = TallyWorker(self.path, parent=self) if tally_function() else None

    # -- reading ------------------------------------------------------------------

    def contest(self) -> Contest:
        return self.store.contest()

    def state(self) -> SessionState:
        return self.session.state()

    def tally(self):
        """Provisional results, or None while the scoring module is not available."""
        return shared_tally(self.store) if tally_function() else None

    # -- host actions on the session --------------------------------------------------

    def act(self, action: str, *args) -> SessionState | None:
        """Run one session action by name; a refusal becomes an `error` signal, not an exception."""
        try:
            return getattr(self.session, action)(*args)
        except Refused as exc:  # a coded refusal: worded here, never the core's English
            self.error.emit(self.refused_text(exc))
            return None
        except ValueError as exc:
            if self.store.session_row()["phase"] == "closed":
                self.error.emit(
                    self.tr(
                        "The contest is closed: the scores are frozen and the queue cannot move any more."
                    )
                )
            else:
                self.error.emit(self.tr("Not done: {reason}").format(reason=exc))
            return None

    def refused_text(self, exc: Refused) -> str:
        texts = {
            "announce_not_closed": self.tr("Close this presenter's scoring before announcing the score."),
            "announce_no_scores": self.tr("Nobody has scored this presenter: there is no score to announce."),
            "announce_unknown": self.tr("That presenter is no longer in the contest."),
        }
        return texts.get(exc.code, self.tr("Not done: {reason}").format(reason=exc))

    def tick(self) -> SessionState | None:
        """The phase timer's automatic step, if one is due (issue 17: Session.tick, logged)."""
        return self.act("tick")

    def toggle_scoring(self) -> SessionState | None:
        """Open scoring for the current presenter, or close it when it is open."""
        state = self.state()
        current = state.current_presenter_id
        if current is None:
            return None
        if state.scoring.get(current) == "open":
            return self.act("close_scoring", [current])
        return self.act("open_scoring", [current])

    # -- ballots entered by the host ------------------------------------------------------

    def record_proxy_ballot(
        self, reviewer_id: int, presenter_id: int, marks: dict[str, object], note: str = ""
    ) -> Receipt:
        """A paper ballot typed in by the host: one call to the intake (the phone's checks, any window).

        Raises BallotRefused when the marks break a rule; nothing is written then.
        """
        return enter_paper_ballot(self.store, reviewer_id, presenter_id, marks, note, changes=self.changes)

    # -- setup ------------------------------------------------------------------------

    def update_setup(self, contest: Contest) -> list[str]:
        """Save an edited setup (arena.model.InputError when refused); everyone redraws from the store."""
        edits = self.store.update_setup(contest)
        # Phones re-read the lists (names, queue, recusals); every screen redraws from the store.
        self.changes.publish(Change(setup=True, session=True, state=self.state()))
        return edits

    def set_presence_options(self, sign_mode: str, welcome_names: bool) -> None:
        """Signing on the phone (off / at_end / after_each) and the welcome's names (issue 17)."""
        self.store.set_presence_options(sign_mode, welcome_names)
        self.changes.publish(Change(setup=True, presence=True))

    # -- the reviewers' server --------------------------------------------------------

    @property
    def server_available(self) -> bool:
        return module_present("arena.server.runner")  # imported only when the server starts

    def start_server(self, host: str, port: int = DEFAULT_PORT, listen: str | None = None) -> str:
        """Bind and start the server; returns the base URL for links. Raises OSError on no free port."""
        server_class = reviewer_server_class()
        if server_class is None:
            raise RuntimeError(self.tr("The reviewers' server is not part of this build yet."))
        self.stop_server()
        # Listen on the address the links carry: the host chose the room's network on purpose.
        server = server_class(str(self.path), self.bridge.notify, listen or host, port, changes=self.changes)
        server.app.state.visitors.listener = self.bridge.notify  # the room check hears who reached it
        server.bind()
        server.start()
        self.server = server
        self.base_url = f"http://{host}:{server.port}"
        self.server_changed.emit()
        return self.base_url

    def stop_server(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
            self.base_url = ""
            self.server_changed.emit()

    def link_of(self, token: str) -> str:
        return reviewer_link(self.base_url, token) if self.base_url else ""

    def latest_tally(self):
        """The newest tally the worker delivered (a moment old), or None before the first."""
        return self.tallies.latest if self.tallies else None

    def close(self) -> None:
        self._unsubscribe_bridge()
        self.bridge.detach()  # a change still queued for the GUI thread finds no closed store to read
        self.backups.stop()
        if self.tallies is not None:
            self.tallies.stop()
        self.stop_server()
        self.store.close()
        self.lock.release()
