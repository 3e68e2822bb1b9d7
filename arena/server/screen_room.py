"""The audience's room code on the web screen (issue 13): the room link as an SVG QR code.

The web screen's welcome and scoring scenes show it while the audience may join (the scene data
says so: arena.welcome_facts.room_code_shown), as the Qt projector does. The screen asks for it at
`/api/screen/<screen token>/room.svg`; without an audience, or once joining is closed, the answer is
a 404 `no_audience` and nothing is drawn.

The link's address is the one the screen itself reached the server at: the wall's computer is on
the room's network, so the audience's phones reach the same address. A screen opened on the laptop
itself (loopback) gets the laptop's first LAN address instead, as `arena links` does.
"""

from __future__ import annotations

import io

from fastapi import Request
from fastapi.responses import Response

from ..audience_cards import room_link
from ..lan import is_loopback, room_base_url
from ..model import InputError
from ..welcome_facts import room_code_shown
from .refusals import Refusal


def base_url(request: Request) -> str:
    """Where phones in the room reach this server, judged from how the screen reached it."""
    url = request.url
    port = url.port or (443 if url.scheme == "https" else 80)
    host = url.hostname or ""
    if host == "localhost" or is_loopback(host):
        try:
            return room_base_url(port)
        except InputError:  # the laptop is on no network: the screen's own address is all there is
            pass
    return f"{url.scheme}://{url.netloc}"


def room_code_svg(link: str) -> bytes:
    """The link as a QR code: black on white, a quiet zone of two modules, scalable (a viewBox)."""
    import segno  # only when an audience joins: a faster start

    out = io.BytesIO()
    segno.make(link, error="m", micro=False).save(
        out, kind="svg", border=2, scale=1, omitsize=True, xmldecl=False, dark="#000000", light="#ffffff"
    )
    return out.getvalue()


def room_code_response(store, request: Request) -> Response:
    state = store.audience_state()
    if not room_code_shown(state):
        raise Refusal("no_audience", "the audience may not join now")
    svg = room_code_svg(room_link(base_url(request), state["room_token"]))
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "no-store"})
