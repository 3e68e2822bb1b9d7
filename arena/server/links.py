"""Reviewers' personal links: the one format shared by the server, the console's QR codes and the cards."""

from __future__ import annotations

from ..lan import lan_addresses as _lan_addresses

DEFAULT_PORT = 8700


def reviewer_link(base_url: str, token: str) -> str:
    """The personal page of the reviewer holding `token`, e.g. http://192.168.1.20:8700/r/<token>."""
    return f"{base_url.rstrip('/')}/r/{token}"


def screen_link(base_url: str, screen_token: str) -> str:
    """The read-only projector view for a second display, e.g. http://192.168.1.20:8700/screen/<token>."""
    return f"{base_url.rstrip('/')}/screen/{screen_token}"


def lan_addresses() -> list[str]:
    """The laptop's IPv4 addresses other than loopback (arena.lan: every interface, nothing sent)."""
    return _lan_addresses()


def lan_address() -> str:
    addresses = lan_addresses()
    return addresses[0] if addresses else "127.0.0.1"


def default_base_url(port: int = DEFAULT_PORT, host: str | None = None) -> str:
    return f"http://{host or lan_address()}:{port}"
