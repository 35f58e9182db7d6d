#!/usr/bin/env bash
# Install Omavalmentaja for this user (no root): the program in ~/.local/lib/omavalmentaja, the command
# ~/.local/bin/omavalmentaja, the menu entry and its icons in ~/.local/share. Running it again upgrades in
# place. The vault (~/.local/share/omavalmentaja) is never touched.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
TARGET="$PREFIX/lib/omavalmentaja"

rm -rf "$TARGET.new"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications"
cp -a "$HERE/omavalmentaja" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sfn "$TARGET/omavalmentaja" "$PREFIX/bin/omavalmentaja"

for png in "$HERE"/icons/omavalmentaja-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$PREFIX/share/icons/hicolor/${size}x${size}/apps/omavalmentaja.png"
done
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
cp "$HERE/icons/omavalmentaja.svg" "$PREFIX/share/icons/hicolor/scalable/apps/omavalmentaja.svg"
sed "s|^Exec=.*|Exec=$TARGET/omavalmentaja|" "$HERE/omavalmentaja.desktop" \
  > "$PREFIX/share/applications/omavalmentaja.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
echo "Omavalmentaja installed in $TARGET (menu: Office → Omavalmentaja; command: $PREFIX/bin/omavalmentaja)"
