"""Cold start of the host console: from `python main.py FILE.arena` to its window mapped on an X display.

    python bench/bench_startup.py [--runs 5] [--exe dist/Arena/Arena] [--compare OTHER_CHECKOUT]

Starts a private Xvfb, writes a demo contest with ballots, then launches the app
`--runs` times (a new process each time) and polls the X server until the
console's window (titled with the file's name) is viewable; prints each start, the
median, and an import breakdown (`python -X importtime -c "import ui.app"`, the
packages that cost the most, cumulative). `--exe` times a bundled app instead of
`python main.py` (the import breakdown is then skipped). `--compare DIR` alternates
starts of DIR/main.py (another checkout, say the commit before a change) with this
one's, so both medians come from the same minutes of a shared machine, and prints the ratio.
Needs Xvfb, xwininfo (x11-utils) and Qt's xcb libraries (libxcb-cursor0 and friends).
Target: median under 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arena.demo import write_demo


def start_xvfb() -> tuple[subprocess.Popen, str]:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            display = f":{number}"
            proc = subprocess.Popen(
                ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return proc, display
                time.sleep(0.05)
            proc.kill()
    raise SystemExit("no free X display for Xvfb")


def window_viewable(display: str, name: str) -> bool:
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
    for line in tree.splitlines():
        if name in line:
            wid = line.split()[0]
            info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True, env=env).stdout
            if "IsViewable" in info:
                return True
    return False


def one_start(command: list[str], display: str, name: str, timeout: float = 60) -> float:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while time.perf_counter() - start < timeout:
            if window_viewable(display, name):
                return time.perf_counter() - start
            if proc.poll() is not None:
                raise SystemExit(f"the app exited ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.01)
        raise SystemExit("no window within the timeout")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def import_breakdown(top: int = 14) -> None:
    """Self-time summed per top-level package, and the cumulative time of the heaviest modules."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import ui.app"], cwd=ROOT, capture_output=True, text=True
    )
    self_by_package: dict[str, int] = defaultdict(int)
    cumulative: dict[str, int] = {}
    for line in result.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if not m:
            continue
        own, cum, name = int(m.group(1)), int(m.group(2)), m.group(4)
        self_by_package[name.split(".")[0]] += own
        cumulative[name] = max(cumulative.get(name, 0), cum)
    total = sum(self_by_package.values())
    print(f"\nimport ui.app: {total / 1e6:.2f} s (self time summed over every module)")
    print("  by top-level package (self time):")
    for name, us in sorted(self_by_package.items(), key=lambda kv: -kv[1])[:top]:
        print(f"    {name:<28} {us / 1e3:7.0f} ms")
    print("  heaviest single imports (cumulative):")
    for name, us in sorted(cumulative.items(), key=lambda kv: -kv[1])[:top]:
        print(f"    {name:<40} {us / 1e3:7.0f} ms")
    loaded = {n.split(".")[0] for n in cumulative}
    for heavy in ("numpy", "matplotlib", "reportlab", "fastapi", "uvicorn", "openpyxl", "segno"):
        print(f"  {heavy:<12} {'imported' if heavy in loaded else 'not imported'} at start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--exe", help="a bundled app to start instead of `python main.py`")
    parser.add_argument("--compare", help="another checkout whose main.py to time in turn with this one")
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="arena-bench-start-") as tmp:
            path = Path(tmp) / "coldstart.arena"
            write_demo(path, ballots=True).close()
            command = [args.exe] if args.exe else [sys.executable, str(ROOT / "main.py")]
            commands = {"this": command + [str(path)]}
            if args.compare:
                commands = {
                    "other": [sys.executable, str(Path(args.compare) / "main.py"), str(path)],
                    **commands,
                }
            times: dict[str, list[float]] = {label: [] for label in commands}
            for i in range(args.runs):
                for label, cmd in commands.items():
                    # A killed app leaves its lock file; an older Arena (--compare) may not read a newer one.
                    path.with_name(f".{path.name}.lock").unlink(missing_ok=True)
                    seconds = one_start(cmd, display, path.name)
                    times[label].append(seconds)
                    print(f"start {i + 1} ({label}): {seconds:.2f} s to a mapped window")
            medians = {label: statistics.median(t) for label, t in times.items()}
            for label, median in medians.items():
                print(f"median of {args.runs} ({label}): {median:.2f} s (target < 1.5 s)")
            if args.compare:
                print(f"this / other: {medians['this'] / medians['other']:.2f}")
    finally:
        xvfb.terminate()
        xvfb.wait()
    if not args.exe:
        import_breakdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
