"""Runs the reviewers' app with uvicorn in a named background thread, on a socket bound beforehand.

The host (the Qt console or `arena serve`) calls `bind()` on its own thread: a
port conflict is reported at once and the address for the QR codes is known
before anything starts. `start()` runs uvicorn in a daemon thread and returns
once it is serving; `stop()` ends the phones' streams, asks uvicorn to exit and
joins with a timeout, so the GUI is never blocked for long.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from pathlib import Path

import uvicorn

from ..changes import Change, Changes
from ..intake import Listener
from .app import create_app
from .links import DEFAULT_PORT
from .protocol import MAX_CONNECTIONS, READ_TIMEOUT_S, limited_protocol

log = logging.getLogger(__name__)

THREAD_NAME = "arena-reviewer-server"
# reviewers' links, the screen's, the audience's room link and its phones' tokens (issue 13)
_TOKEN_IN_PATH = re.compile(r"/(r|screen|a|d)/(?!static/)[^/\s?\"]+")


class TokenRedactor(logging.Filter):
    """Blanks reviewers' tokens out of any request line logged, should someone turn the access log on."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_IN_PATH.sub(r"/\1/<token>", a) if isinstance(a, str) else a for a in record.args
            )
        if isinstance(record.msg, str):
            record.msg = _TOKEN_IN_PATH.sub(r"/\1/<token>", record.msg)
        return True


def _raise_open_file_limit(wanted: int = 8192) -> None:
    """Up to 500 phones each hold a live-feed connection and a request connection; 1024 files is tight."""
    try:
        import resource  # not on Windows, where the limit is not the problem
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            log.warning("could not raise the open-file limit from %s", soft)


def _redact_access_log() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, TokenRedactor) for f in access.filters):
        access.addFilter(TokenRedactor())


class ReviewerServer:
    def __init__(
        self,
        store_path: str | Path,
        notify: Listener | None = None,
        host: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
        port_tries: int = 10,
        *,
        read_timeout_s: float = READ_TIMEOUT_S,
        max_connections: int = MAX_CONNECTIONS,
        streams_per_token: int | None = None,
        changes: Changes | None = None,
    ):
        self.store_path = Path(store_path)
        self.host = host
        self.wanted_port = port
        self.port_tries = max(1, port_tries)
        self.read_timeout_s = read_timeout_s
        self.max_connections = max_connections
        limits = {} if streams_per_token is None else {"streams_per_token": streams_per_token}
        self.app = create_app(self.store_path, notify, changes=changes, **limits)
        self.changes: Changes = self.app.state.changes
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._sock is None:
            raise RuntimeError("bind() first: the port is chosen when the socket is bound")
        return self._sock.getsockname()[1]

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def bind(self) -> int:
        """Bind the listening socket, trying the chosen port then the next ones; returns the port."""
        if self._sock is not None:
            return self.port
        ports = [0] if self.wanted_port == 0 else range(self.wanted_port, self.wanted_port + self.port_tries)
        last_error: OSError | None = None
        for port in ports:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((self.host, port))
                sock.listen(2048)
            except OSError as exc:
                sock.close()
                last_error = exc
                continue
            self._sock = sock
            self.wanted_port = self.port  # a restart keeps the address printed on the QR codes
            return self.port
        last = self.wanted_port + self.port_tries - 1
        raise OSError(
            f"cannot listen on {self.host} port {self.wanted_port}"
            + (f"-{last}" if last > self.wanted_port else "")
            + f": {last_error.strerror if last_error else 'unavailable'} (another program may be using it;"
            " choose another port)"
        )

    def start(self, timeout: float = 10.0) -> None:
        """Serve in a daemon thread; returns once uvicorn is accepting connections."""
        if self.running:
            return
        self.bind()
        config = uvicorn.Config(
            # No access log: each line would hold a reviewer's token. log_config=None leaves the
            # host's logging set-up alone (uvicorn's own would replace it process-wide).
            self.app,
            access_log=False,
            log_config=None,
            timeout_graceful_shutdown=2,
            lifespan="on",
            ws="none",
            http=limited_protocol(self.read_timeout_s, self.max_connections),
            # Phones talk to the laptop directly: no proxy whose X-Forwarded-For should be believed
            # (that middleware cost every ballot a little), and no "server: uvicorn" advertised.
            proxy_headers=False,
            server_header=False,
        )
        _redact_access_log()  # uvicorn logs requests whenever that logger has a handler, whatever we asked
        _raise_open_file_limit()
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name=THREAD_NAME, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise OSError("the reviewers' server stopped while starting (see the log)")
            if time.monotonic() > deadline:
                raise OSError("the reviewers' server did not start in time")
            time.sleep(0.01)

    def _serve(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except Exception:
            log.exception("the reviewers' server failed")

    def state_changed(self) -> None:
        """The host changed something, told by hand (any thread): published as a change of setup and session.

        A host whose Session publishes on the same change notice (`changes`) never needs this.
        """
        self.changes.publish(Change(setup=True, session=True))

    def _call_on_loop(self, callback) -> None:
        loop = getattr(self.app.state, "loop", None)
        if loop is None or not self.running:
            return
        try:
            loop.call_soon_threadsafe(callback)
        except RuntimeError:  # the loop closed in the meantime: nothing left to push to
            pass

    def stop(self, timeout: float = 5.0) -> None:
        if self._server is not None and self.running:
            self._call_on_loop(self.app.state.feed.close)  # end the phones' streams first
            self._call_on_loop(self.app.state.screen.feed.close)  # and the screens'
            self._server.should_exit = True
            self._thread.join(timeout)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(1.0)
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> ReviewerServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
