"""A refusal for a person at a browser: a short page in Chinese and English, never the JSON body.

A phone that opens a mistyped link (or a guesser's tenth wrong one) navigates with
`Accept: text/html`; it gets this page, worded by the refusal's code, with the same status
and headers as the JSON answer. A wrong token and a missing page get the same page, so a
guesser learns nothing more than from the JSON. API calls (`/api/...`) keep their JSON.
"""

from __future__ import annotations

from html import escape

from fastapi.responses import Response

# code -> (Chinese, English)
WORDS = {
    "not_found": (
        "此链接无效，请向会务人员确认您的个人链接。",
        "This link is not valid; please check your personal link with the organisers.",
    ),
    "too_many": ("请求过多，请稍后再试。", "Too many requests; please try again shortly."),
    "busy": ("服务器忙，请稍后再试。", "The server is busy; please try again shortly."),
}
OTHER = ("无法打开此页面。", "This page cannot be opened.")

PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Arena</title>
<link rel="stylesheet" href="/static/phone.css">
</head>
<body>
<main class="welcome refused" data-code="{code}">
  <h1>{zh}</h1>
  <p lang="en">{en}</p>
</main>
</body>
</html>
"""


def wants_page(request) -> bool:
    """A browser navigating to a page (not a script calling the API)."""
    accept = request.headers.get("accept", "")
    return request.method == "GET" and "text/html" in accept and not request.url.path.startswith("/api/")


def refusal_page(code: str, status: int, headers: dict | None = None) -> Response:
    zh, en = WORDS.get(code, OTHER)
    body = PAGE.format(code=escape(code), zh=escape(zh), en=escape(en))
    return Response(body, status, headers=headers, media_type="text/html; charset=utf-8")
