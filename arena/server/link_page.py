"""The page a browser is shown for a wrong or truncated link, or after too many wrong links (issue 17).

A phone that opens a mistyped link must read a message in its language, not a JSON body. Any
GET answered 404 or 429 whose client asks for HTML (a browser navigating) gets this page with the
same status; every other client still gets the JSON problem. A wrong token and a missing page still
look exactly alike (the page names no token, and is the same for both).
"""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from ..resources import resource_path

_PAGE = (resource_path("web") / "link.html").read_text(encoding="utf-8")
PAGES = {code: _PAGE.replace("{problem}", code).encode("utf-8") for code in ("not_found", "too_many")}


def wants_html(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.method == "GET" and "text/html" in accept and not request.url.path.startswith("/api/")


def link_page(code: str, status: int, headers: dict | None = None) -> Response:
    return Response(PAGES[code], status, headers=headers, media_type="text/html; charset=utf-8")
