"""Smoke test of an installed Arena (a wheel in a fresh venv) or of the standalone app, run from outside the checkout.

    python packaging/smoke_test.py --arena /path/to/venv/bin/arena [--python /path/to/venv/bin/python]
    python packaging/smoke_test.py --arena dist/Arena/Arena

Uses only the standard library, and the app only through its command line, the way
a host does: `arena demo`, `arena tally --json`, `arena report` (a PDF with the
shipped font embedded), the console window started offscreen on a contest file
and closed (`--check-start`), then `arena serve` answering the phone page and a
ballot over HTTP on 127.0.0.1, a second `arena serve` refused (the file lock),
and Ctrl+C stopping the server. The ballot needs an open scoring window, which
only the console opens: with `--python` (the venv's interpreter) the test opens
one through arena.session and expects the ballot accepted; without it (a bundle
has no interpreter to lend) it expects the server's `closed` refusal, which still
proves the request reached the contest file through validation. Exit code 0 when
everything passed; each step prints one line.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

STEP_TIMEOUT_S = 180


class SmokeFailure(Exception):
    pass


def run(cmd: list[str], *, env=None, expect: int = 0, cwd=None) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        cmd, capture_output=True, text=True, encoding="utf-8", env=env, timeout=STEP_TIMEOUT_S, cwd=cwd
    )
    if proc.returncode != expect:
        raise SmokeFailure(
            f"{' '.join(cmd)} exited {proc.returncode}, expected {expect}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    return proc


def step(name: str) -> None:
    print(f"ok  {name}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method: str, url: str, body: dict | None = None) -> tuple[int, str]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def check_cli(arena: list[str], work: Path) -> Path:
    demo = work / "demo.arena"
    run([*arena, "demo", str(demo), "--ballots"])
    step("arena demo --ballots writes the demo contest")
    ranking = json.loads(run([*arena, "tally", str(demo), "--json"]).stdout)
    ranks = [p["rank"] for p in ranking["presenters"]]
    if len(ranks) != 8 or ranks[0] != 1:
        raise SmokeFailure(f"arena tally: unexpected ranking {ranks}")
    step(f"arena tally --json ranks {len(ranks)} presenters")
    pdf = work / "report.pdf"
    run([*arena, "report", str(demo), str(pdf)])
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data or b"+NotoSansSC" not in data:
        raise SmokeFailure("arena report: the PDF does not embed the shipped Noto Sans SC subset")
    step(f"arena report writes a {len(data) // 1024} KiB PDF with Noto Sans SC embedded")
    run([*arena, "verify", str(demo), str(pdf)])
    step("arena verify recomputes the results and checks the report's integrity hash")
    return demo


def check_gui(arena: list[str], demo: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = run([*arena, "--check-start", str(demo)], env=env).stdout
    if "contest_open=True" not in out or "loaded=True" not in out or "'Noto Sans SC'" not in out:
        raise SmokeFailure(f"the console did not start as expected:\n{out}")
    if "tally: ready" not in out:
        raise SmokeFailure(f"the console's tally process gave no result:\n{out}")
    step("the console opens the contest offscreen with the shipped font, tallies in its own process, closes")


def open_first_window(python: str, path: Path) -> None:
    code = (
        "import sys\nfrom arena.store import Store\nfrom arena.session import Session\n"
        "with Store.open(sys.argv[1]) as store:\n"
        "    session = Session(store)\n    session.start()\n"
        "    session.open_scoring([store.contest().presenters[0].id])\n"
    )
    run([python, "-c", code, str(path)], cwd=path.parent)


def check_server(arena: list[str], work: Path, python: str | None) -> None:
    path = work / "live.arena"
    run([*arena, "demo", str(path)])
    if python:
        open_first_window(python, path)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    links = run([*arena, "links", str(path), "--base", base]).stdout.splitlines()
    tokens = [line.split("\t")[2].rsplit("/", 1)[1] for line in links]
    flags = subprocess.CREATE_NEW_PROCESS_GROUP if sys.platform == "win32" else 0
    server = subprocess.Popen(
        [*arena, "serve", str(path), "--host", "127.0.0.1", "--port", str(port), "--exact-port"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        creationflags=flags,
    )
    try:
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while True:
            try:
                status, page = http("GET", f"{base}/r/{tokens[0]}")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SmokeFailure(f"arena serve did not answer: {server.stderr.read()}") from None
                time.sleep(0.2)
        if status != 200 or "<html" not in page.lower():
            raise SmokeFailure(f"GET /r/TOKEN: {status}")
        step("arena serve answers the phone page")
        submit_ballot(base, tokens, accepted=python is not None)
        second = run([*arena, "serve", str(path), "--port", str(free_port())], expect=2)
        if "open in another Arena" not in second.stderr:
            raise SmokeFailure(f"a second arena serve was not told the file is in use: {second.stderr}")
        step("a second arena serve on the same file is refused: " + second.stderr.strip().splitlines()[-1])
    finally:
        if server.poll() is None:
            server.send_signal(signal.CTRL_BREAK_EVENT if sys.platform == "win32" else signal.SIGINT)
        try:
            out, err = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            raise SmokeFailure("arena serve did not stop on Ctrl+C") from None
    if server.returncode != 0 or "stopped" not in out:
        raise SmokeFailure(f"arena serve stopped with {server.returncode}: {err[-2000:]}")
    step("arena serve stops cleanly on Ctrl+C")


def submit_ballot(base: str, tokens: list[str], accepted: bool) -> None:
    for token in tokens:
        status, text = http("GET", f"{base}/api/r/{token}")
        view = json.loads(text)
        open_ids = [int(k) for k, v in view["state"]["scoring"].items() if v == "open"]
        presenters = [p for p in view["presenters"] if not p["recused"]]
        target = next((p for p in presenters if p["id"] in open_ids), None) or (
            None if accepted else presenters[0]
        )
        if target is not None:
            break
    else:
        raise SmokeFailure("no reviewer may score an open presenter")
    marks = {str(c["id"]): c["max"] for c in view["criteria"]}
    body = {"client_id": "smoke-test-1", "presenter_id": target["id"], "marks": marks}
    status, text = http("POST", f"{base}/api/r/{token}/ballots", body)
    if accepted and status != 200:
        raise SmokeFailure(f"the ballot was not accepted: {status} {text}")
    if not accepted and (status != 409 or json.loads(text).get("error") != "closed"):
        raise SmokeFailure(f"a ballot for a closed window: expected 409 closed, got {status} {text}")
    verdict = "accepted" if accepted else "refused as `closed` (no window open without the console)"
    step(f"a ballot over HTTP is {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arena", required=True, help="the installed `arena` script or the bundled app")
    parser.add_argument("--python", help="the interpreter Arena is installed in (opens a scoring window)")
    args = parser.parse_args()
    arena = [str(Path(args.arena).resolve())]
    with tempfile.TemporaryDirectory(prefix="arena-smoke-") as tmp:
        work = Path(tmp)
        here = os.getcwd()
        os.chdir(work)  # outside any checkout: nothing may be found beside the current folder
        try:
            started = time.perf_counter()
            demo = check_cli(arena, work)
            check_gui(arena, demo)
            check_server(arena, work, args.python)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
        finally:
            os.chdir(here)
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
