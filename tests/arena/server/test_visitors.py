"""The room check's evidence: each address that reaches the phones' pages is told once, with the address;
the web screen and stray requests are not phones."""

from __future__ import annotations


def test_each_phone_address_is_told_once(app, call, live):
    heard = []
    app.state.visitors.listener = heard.append
    token = live.reviewers[0].token
    assert call("GET", "/", address=("10.1.2.3", 5000)).status_code == 200  # the "test from a phone" page
    assert call("GET", f"/api/r/{token}", address=("10.1.2.3", 5001)).status_code == 200
    assert call("GET", f"/r/{token}", address=("10.1.2.4", 5002)).status_code == 200
    assert heard == [
        {"type": "visitor", "address": "10.1.2.3"},
        {"type": "visitor", "address": "10.1.2.4"},
    ]
    assert app.state.visitors.addresses() == ["10.1.2.3", "10.1.2.4"]


def test_the_screen_and_stray_requests_are_not_phones(app, call, live):
    heard = []
    app.state.visitors.listener = heard.append
    call("GET", f"/screen/{live.store.screen_token()}", address=("10.9.9.9", 5000))
    call("GET", f"/api/screen/{live.store.screen_token()}", address=("10.9.9.9", 5000))
    call("GET", "/static/icon.svg", address=("10.9.9.8", 5000))
    call("GET", "/favicon.ico", address=("10.9.9.8", 5000))
    assert heard == [] and app.state.visitors.addresses() == []
