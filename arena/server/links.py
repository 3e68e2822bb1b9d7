"""Reviewers' personal links: the one format shared by the server, the console's QR codes and the cards."""

from __future__ import annotations

import socket

DEFAULT_PORT = 8700


def reviewer_link(base_url: str, token: str) -> str:
    """The personal page of the reviewer holding `token`, e.g. http://192.168.1.20:8700/r/<token>."""
    return f"{base_url.rstrip('/')}/r/{token}"


def lan_address() -> str:
    """The laptop's address on the room's network as the OS would route it (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # UDP connect only picks a route
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def default_base_url(port: int = DEFAULT_PORT, host: str | None = None) -> str:
    return f"http://{host or lan_address()}:{port}"
