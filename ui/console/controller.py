"""The console's hold on one open contest: its store, its live session, the reviewers' server.

Widgets call the controller's methods for every host action and listen to its
signals (and the bridge's) to redraw; none of them writes to the store itself.

Signals:
    setup_changed(): the setup was edited (lists, names, rules).
    server_changed(): the reviewers' server started or stopped.
    error(str): a host action could not be done; the text is for the host.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from arena.ballots import ballot_units
from arena.model import Contest
from arena.server.links import DEFAULT_PORT, reviewer_link
from arena.session import Session, SessionState
from arena.store import BallotIn, BallotRefused, Receipt, Store
from ui.bridge import CoreBridge
from ui.console.file_lock import ContestLock
from ui.console.optional import module_present, reviewer_server_class, tally_function
from ui.console.tally_worker import TallyWorker


class ContestController(QObject):
    setup_changed = Signal()
    server_changed = Signal()
    error = Signal(str)

    def __init__(self, path: str | Path, bridge: CoreBridge | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.lock = ContestLock(self.path, self)
        self.lock.acquire()  # ContestInUse when another window has the file
        try:
            self.store = Store.open(self.path)
        except BaseException:
            self.lock.release()
            raise
        self.session = Session(self.store)
        self.bridge = bridge or CoreBridge(self)
        self.server = None
        self.base_url = ""
        self.session.subscribe(self._session_moved)
        tally = tally_function()
        # The provisional tally off the GUI thread (issue 16): its own connection, one at a time.
        self.tallies = TallyWorker(self.path, tally, self) if tally else None

    # -- reading ------------------------------------------------------------------

    def contest(self) -> Contest:
        return self.store.contest()

    def state(self) -> SessionState:
        return self.session.state()

    def tally(self):
        """Provisional results, or None while the scoring module is not available."""
        tally = tally_function()
        return tally(self.store) if tally else None

    # -- host actions on the session --------------------------------------------------

    def act(self, action: str, *args) -> SessionState | None:
        """Run one session action by name; a refusal becomes an `error` signal, not an exception."""
        try:
            return getattr(self.session, action)(*args)
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

    def toggle_scoring(self) -> SessionState | None:
        """Open scoring for the current presenter, or close it when it is open."""
        state = self.state()
        current = state.current_presenter_id
        if current is None:
            return None
        if state.scoring.get(current) == "open":
            return self.act("close_scoring", [current])
        return self.act("open_scoring", [current])

    def _session_moved(self, state: SessionState) -> None:
        self.bridge.session_changed.emit(state)
        if self.server is not None:
            self.server.state_changed()

    # -- ballots entered by the host ------------------------------------------------------

    def record_proxy_ballot(
        self, reviewer_id: int, presenter_id: int, marks: dict[str, object], note: str = ""
    ) -> Receipt:
        """A paper ballot typed in by the host: same checks as a phone's, logged as entered by the host.

        Raises BallotRefused when the marks break a rule; nothing is written then.
        """
        if self.store.session_row()["phase"] == "closed":
            raise BallotRefused("closed", self.tr("The contest is closed: the scores are frozen."))
        contest = self.contest()
        reviewer = next(r for r in contest.reviewers if r.id == reviewer_id)
        presenter = next(p for p in contest.presenters if p.id == presenter_id)
        units = ballot_units(contest, marks)
        ballot = BallotIn(reviewer_id, presenter_id, units, f"host-{uuid.uuid4()}")
        with self.store.transaction():
            # A paper ballot may arrive after its window closed; the host vouches for it.
            receipt = self.store.record_ballot(ballot, "host", note=note, require_open=False)
            self.store.log_action(
                "proxy_ballot",
                {
                    "reviewer": reviewer.name,
                    "presenter": presenter.name,
                    "submission_id": receipt.submission_id,
                    "note": note,
                },
            )
        self.bridge.ballot_committed.emit(
            {
                "type": "ballot",
                "reviewer_id": reviewer_id,
                "presenter_id": presenter_id,
                "submission_id": receipt.submission_id,
                "source": "host",
            }
        )
        if self.server is not None:
            self.server.state_changed()
        return receipt

    # -- setup ------------------------------------------------------------------------

    def update_setup(self, contest: Contest) -> list[str]:
        """Save an edited setup (arena.model.InputError when refused); everyone redraws from the store."""
        changes = self.store.update_setup(contest)
        if self.server is not None:  # phones re-read the lists (names, queue, recusals)
            self.server.state_changed()
        self.setup_changed.emit()
        self.bridge.setup_changed.emit()
        self.bridge.session_changed.emit(self.state())
        return changes

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
        server = server_class(str(self.path), self.bridge.notify, listen or host, port)
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
        if self.tallies is not None:
            self.tallies.stop()
        self.stop_server()
        self.store.close()
        self.lock.release()
