#!/usr/bin/env bash
# Remove what install.sh put in ~/.local. The vault and its backups (~/.local/share/omavalmentaja) stay:
# remove that folder yourself only when its data is no longer needed.
set -euo pipefail
PREFIX=${PREFIX:-$HOME/.local}
rm -rf "$PREFIX/lib/omavalmentaja"
[ -L "$PREFIX/bin/omavalmentaja" ] && rm -f "$PREFIX/bin/omavalmentaja"
rm -f "$PREFIX/share/applications/omavalmentaja.desktop"
rm -f "$PREFIX"/share/icons/hicolor/*/apps/omavalmentaja.png "$PREFIX/share/icons/hicolor/scalable/apps/omavalmentaja.svg"
echo "Omavalmentaja removed; the vault in ${XDG_DATA_HOME:-$HOME/.local/share}/omavalmentaja was kept."
