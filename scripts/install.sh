#!/usr/bin/env bash
# Install what omavalmentaja needs on a fresh Debian/Ubuntu machine: system libraries for Qt and the
# test tools (as root, with apt-get), then a virtual environment in .venv with the package and its extras.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0 libxcb-xkb1 libxrender1 libxi6 libnss3 libasound2
  xvfb xauth x11-utils poppler-utils dbus dbus-x11 gnome-keyring sqlite3 fonts-dejavu-core
  at-spi2-core python3-pyatspi
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages (install them as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e '.[test,build]' 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import omavalmentaja, sqlcipher3, PySide6.QtWidgets" \
  || { echo "install failed" >&2; exit 1; }
