"""The laptop's addresses on the room's network, found without Qt and without sending anything.

`ipv4_interfaces` lists (interface, address) pairs: on Linux from each interface's
address (the SIOCGIFADDR ioctl, as `ip addr` reads it); elsewhere, and in addition,
from the host's name table and the address the system would route from (a UDP
socket "connected" to a private address: no packet leaves). `room_address` is the
one the console would offer first: never loopback when a LAN address exists.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys

from .model import InputError
from .problems import problem

SIOCGIFADDR = 0x8915


def _linux_interfaces() -> list[tuple[str, str]]:
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(s.fileno(), SIOCGIFADDR, struct.pack("256s", name.encode()[:15]))
            except OSError:  # no IPv4 address on it (or down)
                continue
            found.append((name, socket.inet_ntoa(packed[20:24])))
    return found


def _named_addresses() -> list[tuple[str, str]]:
    found = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        found += [("", info[4][0]) for info in infos]
    except OSError:
        pass
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))  # UDP connect: picks the route, sends nothing
            found.append(("", s.getsockname()[0]))
    except OSError:
        pass
    return found


def _interfaces() -> list[tuple[str, str]]:
    """The operating system's answer (the boundary tests replace)."""
    found = _linux_interfaces() if sys.platform.startswith("linux") else []
    return found + _named_addresses()


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def ipv4_interfaces() -> list[tuple[str, str]]:
    """(interface name or "", address) for each IPv4 address, LAN addresses first, loopback last."""
    seen, result = set(), []
    for name, address in _interfaces():
        if address in seen or address == "0.0.0.0":
            continue
        seen.add(address)
        result.append((name, address))
    return sorted(result, key=lambda pair: is_loopback(pair[1]))


def lan_addresses() -> list[str]:
    return [address for _, address in ipv4_interfaces() if not is_loopback(address)]


def room_base_url(port: int) -> str:
    """The base of reviewers' links when the host gave none: the first LAN address, never loopback.

    Raises InputError (code "no_lan_address") when the laptop is on no network phones could reach.
    """
    addresses = lan_addresses()
    if not addresses:
        error = InputError(problem("no_lan_address"))
        error.code = "no_lan_address"
        raise error
    return f"http://{addresses[0]}:{port}"
