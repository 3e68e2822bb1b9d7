"""The room address from the command line (issue 14, item 7): `arena links` and `arena cards` without
--base use the laptop's LAN address, never 127.0.0.1 when there is one, and refuse clearly when the
laptop is on no network. The operating system's interface list is the boundary the tests replace."""

from __future__ import annotations

import subprocess

import pytest

from arena import lan
from arena.cli import main

WIFI = [("lo", "127.0.0.1"), ("wlp2s0", "192.168.31.20")]
ALONE = [("lo", "127.0.0.1")]


def test_links_never_print_loopback_when_a_lan_address_exists(monkeypatch, capsys, demo_path):
    monkeypatch.setattr(lan, "_interfaces", lambda: WIFI)
    assert main(["links", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "127.0.0.1" not in out
    assert all("\thttp://192.168.31.20:8700/r/" in line for line in out.strip().splitlines())


def test_links_refuse_when_the_laptop_is_on_no_network(monkeypatch, capsys, demo_path):
    monkeypatch.setattr(lan, "_interfaces", lambda: ALONE)
    assert main(["links", str(demo_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert "no network address that phones could reach" in captured.err and "--base" in captured.err


def test_cards_use_the_lan_address_and_refuse_without_one(monkeypatch, capsys, demo_path, tmp_path):
    monkeypatch.setattr(lan, "_interfaces", lambda: ALONE)
    assert main(["cards", str(demo_path), str(tmp_path / "c.pdf")]) == 2
    assert not (tmp_path / "c.pdf").exists()
    capsys.readouterr()
    monkeypatch.setattr(lan, "_interfaces", lambda: WIFI)
    assert main(["cards", str(demo_path), str(tmp_path / "c.pdf")]) == 0
    assert "links to http://192.168.31.20:8700" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True).stdout
    assert "192.168.31.20" in text and "127.0.0.1" not in text


def test_this_machine_lists_every_interface_address():
    """The real answer on the machine running the tests: loopback last, every address once."""
    pairs = lan.ipv4_interfaces()
    addresses = [address for _, address in pairs]
    assert len(addresses) == len(set(addresses))
    if any(lan.is_loopback(a) for a in addresses):
        assert lan.is_loopback(addresses[-1])


@pytest.mark.parametrize("address, expected", [("127.0.0.1", True), ("127.1.2.3", True), ("10.0.0.2", False)])
def test_loopback_is_recognised(address, expected):
    assert lan.is_loopback(address) is expected
