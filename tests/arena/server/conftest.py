"""Fixtures for the reviewers' server: a live demo contest, the app in-process, the app on a real socket."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from playwright import sync_api as playwright_api
from server_helpers import Live

from arena.server.app import create_app
from arena.server.runner import ReviewerServer

# Debian's Chromium (Playwright cannot download browsers here), without the background traffic
# that this machine's closed network would refuse.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (the browser tests' pages open their own contexts)."""
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def live(demo_path):
    """The demo contest, started, with the second presenter open for scoring."""
    state = Live(demo_path)
    state.open(state.presenters[1])
    yield state
    state.store.close()


@pytest.fixture
def events():
    return []


@pytest.fixture
def app(live, events):
    application = create_app(live.path, events.append)
    yield application
    application.state.writer.close()
    application.state.room.close()


@pytest.fixture
def call(app):
    """Run one request against the app in-process (httpx.ASGITransport): call("GET", url, **kwargs)."""

    def request(method, url, address=("10.1.2.3", 5555), **kwargs):
        async def go():
            transport = httpx.ASGITransport(app=app, client=address)
            async with httpx.AsyncClient(transport=transport, base_url="http://arena.test") as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(go())

    return request


@pytest.fixture
def server(live, events):
    """The app on a real socket on 127.0.0.1 (a free port), in its background thread, hearing the host's
    session's change notice as the console's server does."""
    live.session.changes.subscribe(
        lambda change: events.extend(change.events)
    )  # ballots, as the host hears them
    srv = ReviewerServer(
        live.path, notify=events.append, host="127.0.0.1", port=0, changes=live.session.changes
    )
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def base(server):
    return f"http://127.0.0.1:{server.port}"
