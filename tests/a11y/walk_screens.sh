#!/usr/bin/env bash
# Inside `xvfb-run … dbus-run-session -- bash walk_screens.sh N`: start the AT-SPI bus, run the app's
# driver (drive_app.py, the project's python in $PYTHON) and walk the first N screens with the system's
# python3 and pyatspi (walk_atspi.py), one JSON line per screen.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
screens="${1:-1}"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
sleep 1
coproc APP { "${PYTHON:-python3}" "$here/drive_app.py"; }
for _ in $(seq "$screens"); do
  read -r -t 60 line <&"${APP[0]}"
  echo "$line"
  /usr/bin/python3 "$here/walk_atspi.py" omavalmentaja-a11y
  echo >&"${APP[1]}"
done
kill "$APP_PID" 2>/dev/null || true
