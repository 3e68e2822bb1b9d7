"""A refusal answered to a browser is a page in words; it tells a guesser nothing the JSON would not."""

from __future__ import annotations


def test_the_page_tells_a_guesser_nothing_more_than_the_json(call, live):
    html = {"accept": "text/html,application/xhtml+xml"}
    wrong = call("GET", f"/r/{live.reviewers[0].token}x", headers=html, address=("10.7.7.7", 1))
    missing = call("GET", "/nowhere", headers=html, address=("10.7.7.7", 1))
    assert (wrong.status_code, wrong.content) == (missing.status_code, missing.content)
    assert wrong.headers["content-type"].startswith("text/html") and "This link is not valid" in wrong.text
    api = call("GET", f"/api/r/{live.reviewers[0].token}x", headers=html, address=("10.7.7.7", 1))
    assert api.json()["error"] == "not_found"  # scripts keep their JSON
