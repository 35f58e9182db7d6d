#!/usr/bin/env bash
# Install everything and open the desktop app on a throwaway demo vault.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/omavalmentaja --demo "$@"
