"""Nothing from stored data or a received file reaches the operator's terminal as a control sequence
(issue 10, finding 7, the terminal half)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import run_cli
from omavalmentaja.services import sync
from omavalmentaja.services.session import COACH_NAME_KEY
from sync_support import add_client, make_coach, make_office

HOSTILE = "Evil\x1b]0;owned\x07\x1b[2J\x9b31m\u202eAnnikki\r\x00"
UNSAFE = ["\x1b", "\x07", "\x9b", "\u202e", "\r", "\x00"]


def _clean(text: str) -> None:
    for ch in UNSAFE:
        assert ch not in text, repr(ch)


def test_a_coach_name_from_a_bundle_is_escaped_in_office_output(tmp_path: Path) -> None:
    office_session, key_file = make_office(tmp_path)
    office_dir = office_session.vault.folder
    office_session.lock()
    coach = make_coach(tmp_path, key_file, "Veera")
    with coach.db.transaction():  # a hostile device names itself as it likes
        coach.db.set_meta(COACH_NAME_KEY, HOSTILE)
    add_client(coach, "Aino", "Mäkinen")
    bundle = tmp_path / "b1.omvb"
    sync.export_bundle(coach, bundle)
    fingerprint = sync.device_info(coach).fingerprint
    coach.lock()
    imported = run_cli("office", "import", str(bundle), "--trust", fingerprint, data_dir=office_dir)
    assert imported.returncode == 0, imported.stderr
    _clean(imported.stdout)
    assert "\\u001b]0;owned\\u0007" in imported.stdout and "\\u202eAnnikki" in imported.stdout
    listed = run_cli("office", "devices", data_dir=office_dir)
    assert listed.returncode == 0
    _clean(listed.stdout)
    refused = run_cli("office", "assign", "no-such-client", "--to", HOSTILE.replace("\x00", ""), data_dir=office_dir)
    assert refused.returncode == 2
    _clean(refused.stderr)


def test_stored_client_names_are_escaped_in_lists_and_json_stays_exact(tmp_path: Path, session) -> None:
    client = add_client(session, "Aino", "Mäkinen")
    with session.db.transaction():  # stored before any input check, or arrived from elsewhere
        session.db.execute("UPDATE clients SET last_name = ?, municipality = ? WHERE id = ?",
                           (HOSTILE, "Kaja\u202eani", client.id))
    folder = session.vault.folder
    session.lock()
    plain = run_cli("client", "list", data_dir=folder)
    assert plain.returncode == 0, plain.stderr
    _clean(plain.stdout)
    as_json = run_cli("client", "list", "--json", data_dir=folder)
    _clean(as_json.stdout)
    rows = json.loads(as_json.stdout)
    assert rows[0]["last_name"] == HOSTILE and rows[0]["municipality"] == "Kaja\u202eani"


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_escaped_text_holds_no_terminal_control_and_reads_back_as_json(text: str) -> None:
    from omavalmentaja.cli.output import escape_controls

    escaped = escape_controls(text)
    assert not any(ord(ch) < 0x20 and ch not in "\n\t" or 0x7F <= ord(ch) <= 0x9F or ch in "\u202a\u202b\u202c\u202d"
                   "\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c" for ch in escaped)
    assert json.loads(json.dumps(escape_controls(json.dumps(text, ensure_ascii=False)))) is not None
    assert json.loads(escape_controls(json.dumps(text, ensure_ascii=False))) == text
