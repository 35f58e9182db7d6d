#!/usr/bin/env bash
# Build the installable one-folder app with PyInstaller: dist/omavalmentaja/ (run the program inside it as
# dist/omavalmentaja/omavalmentaja), and on Linux also dist/omavalmentaja-<version>-linux-x86_64.tar.gz
# (the folder, the .desktop file, the icons and an install script for ~/.local).
#   bash installer/build.sh [--dist DIR]     (DIR instead of dist/; the tests build into a cache folder)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=dist
if [ "${1:-}" = "--dist" ]; then DIST=$2; fi

if [ -x .venv/bin/python ]; then PY=.venv/bin/python
elif [ -x .venv/Scripts/python.exe ]; then PY=.venv/Scripts/python.exe  # Windows (Git Bash)
else bash scripts/install.sh; PY=.venv/bin/python
fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q -e '.[build]'

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  installer/omavalmentaja.spec
du -sh "$DIST/omavalmentaja"

case "$(uname -s)" in
  Linux)
    VERSION=$("$DIST/omavalmentaja/omavalmentaja" --version)
    NAME="omavalmentaja-$VERSION-linux-$(uname -m)"
    STAGE="$WORK/$NAME"
    mkdir -p "$STAGE/icons"
    cp -a "$DIST/omavalmentaja" "$STAGE/omavalmentaja"
    cp resources/omavalmentaja.desktop "$STAGE/"
    cp resources/icons/omavalmentaja.svg resources/icons/omavalmentaja-*.png "$STAGE/icons/"
    cp installer/linux/install.sh installer/linux/uninstall.sh "$STAGE/"
    tar -C "$WORK" -czf "$DIST/$NAME.tar.gz" "$NAME"
    du -sh "$DIST/$NAME.tar.gz"
    ;;
esac
