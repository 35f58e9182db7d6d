#!/usr/bin/env bash
# Install everything and run the whole test suite: lint, types, then pytest (GUI tests offscreen,
# keyring tests against a real gnome-keyring in a private D-Bus session).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests bench
.venv/bin/mypy
set +e
dbus-run-session -- .venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
