#!/usr/bin/env bash
# Extract the UI's messages into the Swedish and English Qt Linguist files (existing translations are kept;
# new or changed messages come out as type="unfinished"), then compile the .qm files the app loads.
# Finnish is the source language of the strings in the code, so it needs no catalogue of its own.
# Usage: bash scripts/update_translations.sh   (translate with .venv/bin/pyside6-linguist, then run it again)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
DIR=translations
mapfile -t SOURCES < <(find src/omavalmentaja/ui -name '*.py' | LC_ALL=C sort)
for lang in sv en; do
  # No source locations: line numbers would change with every edit of the UI and make merges conflict.
  "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language fi_FI -target-language "${lang}_FI" \
    "${SOURCES[@]}" -ts "$DIR/omavalmentaja_$lang.ts"
  "$BIN/pyside6-lrelease" -silent "$DIR/omavalmentaja_$lang.ts" -qm "$DIR/omavalmentaja_$lang.qm"
done
