#!/usr/bin/env bash
# Build the standalone app (PyInstaller, one folder: dist/Arena/) and smoke-test it, from the project root's venv.
#     packaging/build_app.sh
# The build alone, on any OS: pyinstaller --noconfirm --clean packaging/arena.spec
set -euo pipefail
cd "$(dirname "$0")/.."
python -c "import PyInstaller" 2>/dev/null || python -m pip install -q "pyinstaller>=6"
start=$(date +%s)
pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/arena.spec
echo "built dist/Arena in $(( $(date +%s) - start )) s: $(du -sh dist/Arena | cut -f1)"
exe=dist/Arena/arena-cli
[ -e "$exe.exe" ] && exe="$exe.exe"
python packaging/smoke_test.py --arena "$exe"
