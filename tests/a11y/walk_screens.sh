#!/usr/bin/env bash
# Inside `xvfb-run … dbus-run-session -- bash walk_screens.sh VARIANT…`: start the AT-SPI bus, then for each
# variant (coach, office, first-run) run the app's driver (drive_app.py, the project's python in $PYTHON)
# and walk each of its screens with the system's python3 and pyatspi (walk_atspi.py), one JSON line per
# screen. The driver says "ready NAME" for a screen and "end" after the last.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
sleep 1
for variant in "$@"; do
  coproc APP { "${PYTHON:-python3}" "$here/drive_app.py" "$variant"; }
  pid=$APP_PID
  ended=""
  while read -r -t 90 line <&"${APP[0]}"; do
    [[ "$line" == "end" ]] && ended=1 && break
    if [[ "$line" != ready\ * ]]; then
      echo "$line"
      continue
    fi
    /usr/bin/python3 "$here/walk_atspi.py" "omavalmentaja-a11y-$variant" "$variant: ${line#ready }"
    echo >&"${APP[1]}"
  done
  if [[ -z "$ended" ]]; then  # stalled (90 s without a screen) or crashed: say so, and stop it
    echo "{\"screen\": \"$variant\", \"error\": \"the driver stopped before its last screen\"}"
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
done
