#!/usr/bin/env bash
# Build the wheel and the sdist, install the wheel into a fresh venv outside the checkout, run the smoke test.
#     packaging/check_wheel.sh [PYTHON]      (default python3; `build` is installed in a throwaway venv)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/arena-wheel-XXXXXX")
trap 'rm -rf "$work"' EXIT

"$python" -m venv "$work/build-env"
"$work/build-env/bin/pip" install -q build
"$work/build-env/bin/python" -m build -o "$work/dist" . >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
ls -l "$work/dist"

"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/dist/*.whl
cd "$work"  # nothing from the checkout may be found from here
"$work/venv/bin/python" "$OLDPWD/packaging/smoke_test.py" --arena "$work/venv/bin/arena" --python "$work/venv/bin/python"
