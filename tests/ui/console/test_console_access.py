"""Reviewer access: the server switch, personal links, QR codes that scan, phones counted, printable cards."""

from __future__ import annotations

import subprocess
import threading

import httpx
from pypdf import PdfReader
from PySide6.QtCore import Qt


def start(window, qtbot, port):
    access = window.access
    window.pages.setCurrentWidget(access)
    access.address.setCurrentIndex(access.address.findData("127.0.0.1"))
    access.port.setValue(port)
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert window.controller.server is not None, access.status.text()
    return access


def test_links_and_qr_codes_lead_each_reviewer_to_their_own_page(
    open_console, qtbot, demo_path, free_port, tmp_path
):
    window = open_console(demo_path)
    access = start(window, qtbot, free_port)
    assert access.switch.text() == "Stop the server"
    assert not access.port.isEnabled()
    reviewer = window.controller.contest().reviewers[4]
    access.table.selectRow(4)
    link = access.selected_link()
    port = window.controller.server.port  # the chosen port, or the next free one if it was taken
    assert link == f"http://127.0.0.1:{port}/r/{reviewer.token}"
    assert access.qr_caption.text() == reviewer.name
    png = tmp_path / "qr.png"
    assert access.qr.pixmap().save(str(png))
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True)
    assert scanned.stdout.strip() == link
    page = httpx.get(f"http://127.0.0.1:{port}/api/r/{reviewer.token}", timeout=5)
    assert page.status_code == 200
    qtbot.mouseClick(access.switch, Qt.LeftButton)
    assert window.controller.server is None and access.switch.text() == "Start the server"
    assert access.table.item(0, 2).text() == "(start the server)"


def test_a_phone_on_the_live_feed_is_counted(open_console, qtbot, demo_path, free_port):
    window = open_console(demo_path)
    start(window, qtbot, free_port)
    token = window.controller.contest().reviewers[0].token
    port = window.controller.server.port
    stop = threading.Event()

    def listen():
        with httpx.stream("GET", f"http://127.0.0.1:{port}/api/r/{token}/events", timeout=10) as reply:
            for _ in reply.iter_lines():
                if stop.is_set():
                    return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: window.live.phones.text() == "Phones connected: 1", timeout=10000)
    stop.set()
    window.controller.stop_server()  # ends the stream
    thread.join(5)


def test_printable_cards_are_written_off_the_gui_thread(open_console, qtbot, demo_path, free_port, tmp_path):
    window = open_console(demo_path)
    access = start(window, qtbot, free_port)
    assert access.cards.isEnabled()
    out = tmp_path / "cards.pdf"
    access.write_cards(str(out), open_when_done=False)
    assert not access.cards.isEnabled()  # busy while the worker writes
    access.refresh()  # a setup change or the server's state arriving meanwhile
    assert not access.cards.isEnabled()  # a second click would start a second writer
    qtbot.waitUntil(lambda: not access.cards_note.text().startswith("Writing"), timeout=60000)
    access.refresh()  # the next refresh leaves the outcome in view
    assert access.cards_note.text() == f"Cards written to {out}"
    assert access.cards.isEnabled()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert window.controller.contest().reviewers[0].name in text
