"""Subcommands for the reviewers' server without the GUI: `arena serve` and `arena links`."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from ..file_lock import SERVER, ContestLock
from ..lan import room_base_url
from ..model import InputError
from ..problems import problem
from ..server.links import DEFAULT_PORT, default_base_url, lan_addresses, reviewer_link, screen_link
from ..store import Store


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0 to 65535)")
    return port


def _serve(args) -> int:
    with Store.open(args.file) as store:  # a clear message for a wrong file, before any socket
        reviewers = len(store.contest().reviewers)
    with ContestLock(args.file, SERVER):  # ContestInUse while a console or another server has the file
        return _serve_locked(args, reviewers)


def _serve_locked(args, reviewers: int) -> int:
    stop = threading.Event()  # Ctrl+C from here on stops cleanly, even while the server is starting
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return _run_until_stopped(args, reviewers, stop)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _run_until_stopped(args, reviewers: int, stop: threading.Event) -> int:
    from ..server.runner import ReviewerServer  # uvicorn only when serving

    server = ReviewerServer(
        args.file, host=args.host, port=args.port, port_tries=1 if args.exact_port else 10
    )
    try:
        port = server.bind()
    except OSError as exc:
        raise InputError(problem("port_unavailable", detail=str(exc))) from None
    server.start()
    shown_host = args.host if args.host not in ("0.0.0.0", "") else None
    print(f"serving {args.file} for {reviewers} reviewers on port {port}", flush=True)
    for address in [shown_host] if shown_host else lan_addresses() or ["127.0.0.1"]:
        print(f"  {default_base_url(port, address)}/", flush=True)
    print(f"personal links: arena links {args.file} --base {default_base_url(port, shown_host)}", flush=True)
    print(
        f"projector screen: arena links {args.file} --screen --base {default_base_url(port, shown_host)}",
        flush=True,
    )
    print("press Ctrl+C to stop", flush=True)
    while not stop.wait(0.5):
        if not server.running:
            server.stop()
            print("arena serve: the server stopped unexpectedly", file=sys.stderr)
            return 1
    server.stop()
    print("stopped", flush=True)
    return 0


def _links(args) -> int:
    base = args.base or room_base_url(DEFAULT_PORT)  # never 127.0.0.1 when the laptop is on a network
    if not base.startswith(("http://", "https://")):
        raise InputError(problem("base_scheme", base=base))
    with Store.open(args.file) as store:
        reviewers = store.contest().reviewers
        screen = screen_link(base, store.screen_token())
    if args.screen:
        print(screen)
        return 0
    if args.audience:  # issue 13: the audience's room link (the projector shows it as a QR code)
        from ..audience_cards import room_link

        with Store.open(args.file) as store:
            state = store.audience_state()
        if state is None:
            raise InputError(f"{args.file}: the contest has no audience group")
        print(room_link(base, state["room_token"]))
        return 0
    for r in reviewers:
        print(f"{r.name}\t{r.group}\t{reviewer_link(base, r.token)}")
    # On stderr, so that stdout stays one line per reviewer for scripts and mail merges.
    print(f"projector screen (read-only, for a second display): {screen}", file=sys.stderr)
    return 0


def register(sub) -> None:
    p = sub.add_parser("serve", help="run the reviewers' server without the GUI")
    p.add_argument("file")
    p.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every interface)")
    p.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"port (default {DEFAULT_PORT}; the next free one of the following nine is taken if it is busy)",
    )
    p.add_argument("--exact-port", action="store_true", help="fail instead of trying the next ports")
    p.set_defaults(run=_serve)

    p = sub.add_parser("links", help="print each reviewer's personal link (name, group, link; tab-separated)")
    p.add_argument("file")
    p.add_argument("--base", help="the server's address as phones reach it, e.g. http://192.168.1.20:8700")
    p.add_argument(
        "--screen",
        action="store_true",
        help="print only the read-only projector screen's link (for a second display's browser)",
    )
    p.add_argument("--audience", action="store_true", help="print only the audience's room link (issue 13)")
    p.set_defaults(run=_links)
